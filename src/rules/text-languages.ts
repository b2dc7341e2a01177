import { didYouMean } from '../core/suggest.js';
import { forEachText } from '../core/text-fields.js';
import { defineRule } from './rule.js';

export default defineRule({
  meta: {
    id: 'text-languages',
    description: {
      en: 'Texts are keyed only by the languages the policy declares, every text exists in the first one, and each declared language is used.',
      ar: 'لا تُكتب النصوص إلا باللغات التي تعلنها السياسة، ولكل نص صيغة باللغة الأولى، وتُستعمل كل لغة معلنة.',
    },
    severity: 'error',
    messages: {
      undeclared: {
        en: 'the language "{lang}" is not among the policy\'s languages ({languages})',
        ar: 'اللغة "{lang}" ليست من لغات السياسة ({languages})',
      },
      undeclaredNear: {
        en: 'the language "{lang}" is not among the policy\'s languages ({languages}); did you mean "{suggestion}"?',
        ar: 'اللغة "{lang}" ليست من لغات السياسة ({languages})؛ هل تقصد "{suggestion}"؟',
      },
      missingFirst: {
        en: 'this text has no "{lang}" version, the policy\'s first language',
        ar: 'هذا النص بلا صيغة "{lang}"، وهي اللغة الأولى للسياسة',
      },
      unused: {
        en: 'the policy declares the language "{lang}" but no text is written in it',
        ar: 'تعلن السياسة اللغة "{lang}" لكن لا نص مكتوب بها',
      },
    },
  },
  check({ policy }, report) {
    const declared = new Set(policy.languages);
    const first = policy.languages[0]!;
    const languages = policy.languages.join(', ');
    const used = new Set<string>([first]);
    forEachText(policy, (text, path) => {
      if (typeof text === 'string') return;
      const keys = Object.keys(text);
      for (const lang of keys) {
        if (declared.has(lang)) {
          used.add(lang);
          continue;
        }
        const primary = lang.split('-')[0]!;
        const suggestion = declared.has(primary) ? primary : didYouMean(lang, declared);
        if (suggestion) report('undeclaredNear', [...path, lang], { lang, languages, suggestion }, 'key');
        else report('undeclared', [...path, lang], { lang, languages }, 'key');
      }
      if (!(first in text)) report('missingFirst', path, { lang: first }, 'key');
    });
    policy.languages.forEach((lang, i) => {
      if (!used.has(lang)) report('unused', ['languages', i], { lang });
    });
  },
});
