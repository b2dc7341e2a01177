import { forEachText } from '../core/text-fields.js';
import { defineRule } from './rule.js';

export default defineRule({
  meta: {
    id: 'translation-missing',
    description: {
      en: 'In a policy written in several languages, every text is given in each of them (a plain string counts as the first language).',
      ar: 'في السياسة المكتوبة بعدة لغات، يُكتب كل نص بكل واحدة منها (والنص المفرد يُعد باللغة الأولى).',
    },
    severity: 'warning',
    messages: {
      missing: {
        en: 'this text has no {langs} version; the policy is written in {languages}',
        ar: 'هذا النص بلا صيغة {langs}؛ والسياسة مكتوبة بـ {languages}',
      },
    },
  },
  check({ policy }, report) {
    if (policy.languages.length < 2) return;
    const [first, ...others] = policy.languages;
    const languages = policy.languages.join(', ');
    forEachText(policy, (text, path) => {
      const missing = typeof text === 'string' ? others : policy.languages.filter((lang) => lang !== first && !(lang in text));
      if (missing.length > 0) report('missing', path, { langs: missing.map((lang) => `"${lang}"`).join(', '), languages }, 'key');
    });
  },
});
