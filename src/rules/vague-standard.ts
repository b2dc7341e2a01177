import { allTexts } from '../core/policy.js';
import { defineRule } from './rule.js';

/**
 * Words that promise speed without a number: the commonest defect of real policies. Arabic is
 * matched without diacritics or tatweel, and with the conjunction و allowed in front.
 */
const VAGUE_EN = ['asap', 'as soon as possible', 'quickly', 'promptly', 'swiftly', 'speedily', 'rapidly', 'immediately', 'shortly', 'soon', 'timely', 'in a timely manner', 'without delay', 'in due course', 'at the earliest', 'reasonable time', 'fast'];
const VAGUE_AR = ['بسرعة', 'بأسرع وقت', 'في أسرع وقت', 'في أقرب وقت', 'بأقرب وقت', 'بأقصى سرعة', 'فورا', 'حالا', 'قريبا', 'في الوقت المناسب', 'دون تأخير', 'بدون تأخير', 'في وقت قصير', 'سريعا', 'عاجلا'];

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
// The words alone, without the u flag: V8 compiles a case-insensitive Unicode pattern with letter
// classes in its lookarounds slowly enough to show in the start-up of every validate run. The
// word boundaries are checked apart, on the one character on either side.
const VAGUE_WORDS = new RegExp(`(?:${VAGUE_EN.map(escape).join('|')}|(?:و)?(?:${VAGUE_AR.map(escape).join('|')}))`, 'gi');
const WORD_CHAR_BEFORE = /[\p{L}\p{M}\p{N}]$/u;
const WORD_CHAR_AFTER = /^[\p{L}\p{M}\p{N}]/u;
const ARABIC_MARKS = /[\u064B-\u065F\u0670\u0640]/g;

export function findVagueWording(text: string): string | undefined {
  const plain = text.replace(ARABIC_MARKS, '');
  VAGUE_WORDS.lastIndex = 0;
  for (let match = VAGUE_WORDS.exec(plain); match; match = VAGUE_WORDS.exec(plain)) {
    const end = match.index + match[0].length;
    // Two code units either side, so that a letter outside the BMP is seen whole.
    if (!WORD_CHAR_BEFORE.test(plain.slice(Math.max(0, match.index - 2), match.index)) && !WORD_CHAR_AFTER.test(plain.slice(end, end + 2))) {
      return match[0];
    }
    VAGUE_WORDS.lastIndex = match.index + 1;
  }
  return undefined;
}

export default defineRule({
  meta: {
    id: 'vague-standard',
    description: {
      en: 'A standard is a number, a unit and a clock: it has a target and its wording makes no vague promise ("quickly", "ASAP", "بأسرع وقت").',
      ar: 'المعيار رقم ووحدة وساعة: له هدف، ولا تحمل صياغته وعدًا مبهمًا ("quickly" أو "ASAP" أو "بأسرع وقت").',
    },
    severity: 'error',
    help: {
      why: {
        en: '"Quickly" cannot be measured or kept. Replace the vague words with a target, the clock it runs on and, if you like, the share of cases that meet it.',
        ar: 'لا يمكن قياس "بسرعة" ولا الوفاء بها. استبدل بالعبارة المبهمة هدفًا والساعة التي يُحسب عليها، ونسبة الحالات التي تبلغه إن شئت.',
      },
      fix: 'standards:\n  - id: reply\n    action: answer-email\n    metric: first-response\n    target: 1d          # not "as soon as possible"\n    clock: business\n    calendar: office-hours\n    text: We reply within one working day.',
    },
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
