import { allTexts } from '../core/policy.js';
import { defineRule } from './rule.js';

/**
 * Words that promise speed without a number: the commonest defect of real policies. Arabic is
 * matched without diacritics or tatweel, and with the conjunction و allowed in front.
 */
const VAGUE_EN = ['asap', 'as soon as possible', 'quickly', 'promptly', 'swiftly', 'speedily', 'rapidly', 'immediately', 'shortly', 'soon', 'timely', 'in a timely manner', 'without delay', 'in due course', 'at the earliest', 'reasonable time', 'fast'];
const VAGUE_AR = ['بسرعة', 'بأسرع وقت', 'في أسرع وقت', 'في أقرب وقت', 'بأقرب وقت', 'بأقصى سرعة', 'فورا', 'حالا', 'قريبا', 'في الوقت المناسب', 'دون تأخير', 'بدون تأخير', 'في وقت قصير', 'سريعا', 'عاجلا'];

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const VAGUE_PATTERN = new RegExp(
  `(?<![\\p{L}\\p{M}\\p{N}])(?:${VAGUE_EN.map(escape).join('|')}|(?:و)?(?:${VAGUE_AR.map(escape).join('|')}))(?![\\p{L}\\p{M}\\p{N}])`,
  'iu',
);
const ARABIC_MARKS = /[\u064B-\u065F\u0670\u0640]/g;

export function findVagueWording(text: string): string | undefined {
  return VAGUE_PATTERN.exec(text.replace(ARABIC_MARKS, ''))?.[0];
}

export default defineRule({
  meta: {
    id: 'vague-standard',
    description: {
      en: 'A standard is a number, a unit and a clock: it has a target and its wording makes no vague promise ("quickly", "ASAP", "بأسرع وقت").',
      ar: 'المعيار رقم ووحدة وساعة: له هدف، ولا تحمل صياغته وعدًا مبهمًا ("quickly" أو "ASAP" أو "بأسرع وقت").',
    },
    severity: 'error',
    messages: {
      noTarget: {
        en: 'the standard "{standard}" has no target: say how long, such as 4h or 5d',
        ar: 'المعيار "{standard}" بلا هدف: حدّد المدة، مثل 4h أو 5d',
      },
      vagueWording: {
        en: 'the standard "{standard}" promises "{words}" instead of a number: state the target and its clock',
        ar: 'يعد المعيار "{standard}" بعبارة "{words}" بدل رقم: اذكر الهدف والساعة التي يُحسب عليها',
      },
    },
  },
  check({ policy }, report) {
    policy.standards.forEach((standard, i) => {
      if (standard.target === undefined) report('noTarget', ['standards', i, 'id'], { standard: standard.id });
      for (const text of allTexts(standard.text)) {
        const words = findVagueWording(text);
        if (words) {
          report('vagueWording', ['standards', i, 'text'], { standard: standard.id, words });
          break;
        }
      }
    });
  },
});
