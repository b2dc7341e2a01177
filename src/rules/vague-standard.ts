import { foldArabic, withPrefixesDropped } from '../core/arabic.js';
import type { DocPath } from '../core/finding.js';
import type { LocalText } from '../core/policy.js';
import type { Localized } from '../i18n/index.js';
import { defineRule } from './rule.js';

/**
 * Phrases that promise a time without a number: the commonest defect of real policies. Matched
 * whole word by whole word, after foldArabic (so hamza, alef, taa marbuta, alef maqsura, tashkeel
 * and tatweel do not matter), with و ف ب ل ك allowed in front of the first word.
 */
export const VAGUE_EN: readonly string[] = [
  'asap', 'as soon as possible', 'as soon as we can', 'as soon as practicable', 'as soon as practical',
  'as quickly as possible', 'as quickly as we can', 'as fast as possible', 'as early as possible',
  'quickly', 'quick', 'promptly', 'prompt', 'swiftly', 'swift', 'speedily', 'speedy', 'rapidly', 'rapid',
  'immediately', 'immediate', 'instantly', 'shortly', 'soon', 'timely', 'without delay', 'without undue delay',
  'without unnecessary delay', 'without unreasonable delay', 'with minimal delay', 'with minimum delay',
  'in due course', 'at the earliest', 'earliest opportunity', 'earliest convenience', 'reasonable time',
  'reasonable period', 'reasonable timeframe', 'reasonable timescale', 'right away', 'straight away',
  'straightaway', 'forthwith', 'expeditiously', 'urgently', 'as a matter of urgency', 'fast', 'in short order',
  'before long', 'in good time', 'regularly', 'periodically', 'from time to time', 'as a priority', 'a few minutes',
  'a few hours', 'a few days', 'a couple of days', 'a matter of days', 'within minutes', 'within hours', 'within days',
];
export const VAGUE_AR: readonly string[] = [
  'بسرعة', 'أسرع وقت', 'أقرب وقت', 'أسرع ما يمكن', 'أقرب ما يمكن', 'أقصى سرعة', 'أسرع فرصة', 'أقرب فرصة',
  'أقصر وقت', 'فورا', 'فوري', 'فورية', 'على الفور', 'في الحال', 'حالا', 'قريبا', 'عما قريب', 'القريب العاجل',
  'عاجلا', 'بشكل عاجل', 'بصورة عاجلة', 'على وجه السرعة', 'على جناح السرعة', 'سريعا', 'بشكل سريع', 'بصورة سريعة',
  'دون تأخير', 'بدون تأخير', 'بلا تأخير', 'من غير تأخير', 'دون إبطاء', 'بدون إبطاء', 'بلا إبطاء',
  'في الوقت المناسب', 'في وقت مناسب', 'في وقت قصير', 'وقت معقول', 'مدة معقولة', 'فترة معقولة',
  'بشكل دوري', 'بصورة دورية', 'بانتظام', 'من وقت لآخر', 'أيام قليلة', 'بضعة أيام', 'بضع ساعات', 'ساعات قليلة',
  'بضع دقائق', 'دقائق قليلة', 'على سبيل الأولوية',
];

/** A phrase as folded words, and as the list writes it (what a finding quotes). */
interface Phrase { words: string[]; written: string }

let byFirstWord: Map<string, Phrase[]> | undefined;

// Built on first use, not at load: validate's start-up pays for nothing it may not need.
function phrases(): Map<string, Phrase[]> {
  if (byFirstWord) return byFirstWord;
  const table = new Map<string, Phrase[]>();
  const add = (written: string, folded: string) => {
    const words = folded.split(' ');
    const list = table.get(words[0]!);
    if (list) list.push({ words, written });
    else table.set(words[0]!, [{ words, written }]);
  };
  // The English list is written folded already (lower case, no Arabic): no need to fold it again.
  for (const written of VAGUE_EN) add(written, written);
  for (const written of VAGUE_AR) add(written, foldArabic(written));
  // Longest first, so that "without undue delay" is quoted rather than a shorter phrase in it.
  for (const list of table.values()) if (list.length > 1) list.sort((a, b) => b.words.length - a.words.length);
  byFirstWord = table;
  return table;
}

const isSpace = (code: number) => code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x200f || code === 0x200e || (code >= 0x2000 && code <= 0x200a);

// Latin-1 and Latin Extended, and the Arabic block: where \p{L}, \p{M} and \p{N} hold, as ranges
// (test/rules/vague-wording.test.ts checks every code point of both blocks against the regex).
const LATIN = [0xaa, 0xaa, 0xb2, 0xb3, 0xb5, 0xb5, 0xb9, 0xba, 0xbc, 0xbe, 0xc0, 0xd6, 0xd8, 0xf6, 0xf8, 0x24f];
const ARABIC = [0x610, 0x61a, 0x620, 0x669, 0x66e, 0x6d3, 0x6d5, 0x6dc, 0x6df, 0x6e8, 0x6ea, 0x6fc, 0x6ff, 0x6ff];
const inRanges = (ranges: readonly number[], code: number) => {
  for (let i = 0; i < ranges.length; i += 2) if (code >= ranges[i]! && code <= ranges[i + 1]!) return true;
  return false;
};
let otherWordChar: RegExp | undefined;

/**
 * Letters, marks and digits, and the joiners that make one word of "fast-track" or "customer's".
 * By code for the scripts policies are written in: a Unicode property regex costs start-up time
 * to compile, so it is built only for a text in another script.
 */
export function isWordCode(code: number): boolean {
  if (code < 0x80) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || code === 39 || code === 45;
  if (code <= 0x24f) return inRanges(LATIN, code);
  if (code >= 0x600 && code <= 0x6ff) return inRanges(ARABIC, code);
  if (code === 0x2019) return true;
  otherWordChar ??= /[\p{L}\p{M}\p{N}]/u;
  return otherWordChar.test(String.fromCodePoint(code));
}
const CLOSING_QUOTE: Record<string, string> = { '"': '"', '“': '”', '«': '»' };

interface Word { text: string; spaceBefore: boolean }

/**
 * The words of a folded text, without those between quotes: a quoted name ("Quick Pay") is no
 * promise. spaceBefore tells whether only white space separates a word from the one before.
 */
function wordsOf(folded: string): Word[] {
  const words: Word[] = [];
  let spaceOnly = true;
  for (let i = 0; i < folded.length; ) {
    const char = folded[i]!;
    const closing = CLOSING_QUOTE[char];
    const close = closing === undefined ? -1 : folded.indexOf(closing, i + 1);
    if (close !== -1) {
      i = close + 1;
      spaceOnly = false;
      continue;
    }
    // A letter outside the BMP is two code units; take the code point whole.
    const code = folded.codePointAt(i)!;
    const size = code > 0xffff ? 2 : 1;
    if (isWordCode(code)) {
      let end = i + size;
      while (end < folded.length) {
        const next = folded.codePointAt(end)!;
        if (!isWordCode(next)) break;
        end += next > 0xffff ? 2 : 1;
      }
      words.push({ text: folded.slice(i, end), spaceBefore: spaceOnly });
      spaceOnly = true;
      i = end;
    } else {
      if (!isSpace(code)) spaceOnly = false;
      i += size;
    }
  }
  return words;
}

/** The first vague phrase in a text, as the list writes it, or undefined. */
export function findVagueWording(text: string): string | undefined {
  return wordingIn(wordsOf(foldArabic(text)));
}

function wordingIn(words: readonly Word[]): string | undefined {
  const table = phrases();
  // Indexed loops, no closures: see withPrefixesDropped.
  for (let i = 0; i < words.length; i++) {
    const candidates = withPrefixesDropped(words[i]!.text, 1);
    for (let c = 0; c < candidates.length; c++) {
      const list = table.get(candidates[c]!);
      if (list === undefined) continue;
      for (const phrase of list) if (phraseAt(phrase, words, i)) return phrase.written;
    }
  }
  return undefined;
}

/** Whether a phrase's later words follow words[i], each after white space only. */
function phraseAt(phrase: Phrase, words: readonly Word[], i: number): boolean {
  for (let k = 1; k < phrase.words.length; k++) {
    const word = words[i + k];
    if (word === undefined || word.text !== phrase.words[k] || !word.spaceBefore) return false;
  }
  return true;
}

/**
 * Phrasings the list cannot hold, as word patterns over the folded words: a word from `first`,
 * then, after at most `gap` other words, a word from `then`. "في أقرب فرصة متاحة", "بأقصى سرعة
 * ممكنة", "دون أي تأخير", "without any delay", "as quickly as is practicable", "within a short period".
 */
interface Variant { first: ReadonlySet<string>; then: ReadonlySet<string>; gap: number; before?: ReadonlySet<string> }
const set = (words: string) => new Set(words.split(' ').map(foldArabic));
const VARIANTS: readonly Variant[] = [
  // A superlative of speed or nearness before a time noun: أسرع/أقرب/أقصر/أعجل + وقت/فرصة/مدة/ما…
  { first: set('أسرع أقرب أقصر أعجل أقصى'), then: set('وقت وقتا الأوقات فرصة الفرص فرصه مدة ما آجال الآجال أجل سرعة سرعه الإمكان'), gap: 1 },
  // A time noun with an adjective that names no time: مدة قصيرة، فترة وجيزة، وقت معقول…
  { first: set('وقت مدة فترة أجل زمن'), then: set('معقول معقولة قصير قصيرة وجيز وجيزة مناسب مناسبة قريب ملائم ملائمة مقبول مقبولة'), gap: 0 },
  // "Without any delay": a negation, then a word for delay.
  { first: set('دون بدون بلا غير'), then: set('تأخير تأخر إبطاء تباطؤ مماطلة انتظار'), gap: 2 },
  // "In an urgent way": بشكل/بصورة/بطريقة + an adjective of speed.
  { first: set('بشكل بصورة بطريقة'), then: set('فوري فورية عاجل عاجلة سريع سريعة مستعجل مستعجلة دوري دورية منتظم منتظمة'), gap: 1 },
  { first: set('without'), then: set('delay delays delaying'), gap: 2 },
  { first: set('reasonable short shortest timely acceptable appropriate suitable brief'), then: set('time period timeframe timescale manner fashion while delay'), gap: 0 },
  // "as quickly as is practicable", "as soon as reasonably possible" (not "as soon as we receive").
  { before: set('as'), first: set('soon quickly fast early promptly rapidly speedily swiftly quick'), then: set('possible practicable practical feasible reasonably humanly achievable'), gap: 2 },
];

/** The first phrasing of a vague promise that the list does not hold, as the text writes it, or undefined. */
export function findVagueVariant(text: string): string | undefined {
  return variantIn(wordsOf(foldArabic(text)));
}

function variantIn(found: readonly Word[]): string | undefined {
  const words = found.map((word) => word.text);
  // Each word's forms once, not once per variant and per word before it: validate runs this over
  // every text of a policy in code not yet optimised, where a CPU profile found it the rule's
  // costliest function. Indexed loops, no closures: see withPrefixesDropped.
  const forms = words.map((word) => withPrefixesDropped(word, 2));
  for (let i = 0; i < words.length; i++) {
    for (let v = 0; v < VARIANTS.length; v++) {
      const variant = VARIANTS[v]!;
      if (!someIn(forms[i]!, variant.first)) continue;
      if (variant.before && !(i > 0 && variant.before.has(words[i - 1]!))) continue;
      for (let k = 1; k <= variant.gap + 1 && i + k < words.length; k++) {
        if (someIn(forms[i + k]!, variant.then)) return words.slice(variant.before ? i - 1 : i, i + k + 1).join(' ');
      }
    }
  }
  return undefined;
}

/** Whether any of the forms is in the set. */
function someIn(forms: readonly string[], set: ReadonlySet<string>): boolean {
  for (let i = 0; i < forms.length; i++) if (set.has(forms[i]!)) return true;
  return false;
}

/** A vague promise by the list or by a phrasing variant. */
export function findVaguePromise(text: string): string | undefined {
  // The text folded and split once for both searches.
  const words = wordsOf(foldArabic(text));
  return wordingIn(words) ?? variantIn(words);
}

/** Where a promise is written, for the message. */
function place(en: string, ar: string): Localized {
  return { en, ar };
}

export default defineRule({
  meta: {
    id: 'vague-standard',
    description: {
      en: 'A standard has a target, and no promise (a standard, its remedy or compensation, an escalation condition, an action step, the pilot notice) is vague ("quickly", "ASAP", "بأسرع وقت"), in any language.',
      ar: 'للمعيار هدف، ولا يحمل أي وعد (المعيار وتعويضه ومعالجته، وشرط التصعيد، وخطوات الإجراء، وإشعار التجربة) عبارة مبهمة ("quickly" أو "ASAP" أو "بأسرع وقت")، بأي لغة.',
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
        en: '{place} promises "{words}" instead of a number: state the time, such as "within 4 working hours"',
        ar: 'يعد {place} بعبارة "{words}" بدل رقم: اذكر المدة، مثل "خلال 4 ساعات عمل"',
      },
    },
  },
  check({ policy }, report) {
    const check = (text: LocalText | undefined, path: DocPath, where: Localized) => {
      if (text === undefined) return;
      const entries: [DocPath, string][] = typeof text === 'string' ? [[path, text]] : Object.entries(text).map(([lang, value]) => [[...path, lang], value]);
      for (const [at, value] of entries) {
        const words = findVaguePromise(value);
        if (words) report('vagueWording', at, { place: where, words });
      }
    };
    policy.standards.forEach((standard, i) => {
      if (standard.target === undefined) report('noTarget', ['standards', i, 'id'], { standard: standard.id });
      check(standard.text, ['standards', i, 'text'], place(`the standard "${standard.id}"`, `المعيار "${standard.id}"`));
      check(standard.remedy, ['standards', i, 'remedy'], place(`the remedy of "${standard.id}"`, `ما يُتخذ عند إخلال "${standard.id}"`));
      check(standard.compensation?.text, ['standards', i, 'compensation', 'text'], place(`the compensation of "${standard.id}"`, `تعويض "${standard.id}"`));
    });
    policy.escalation.levels.forEach((level, i) =>
      check(level.when, ['escalation', 'levels', i, 'when'], place(`the condition of escalation level ${level.level}`, `شرط مستوى التصعيد ${level.level}`)),
    );
    policy.actions.forEach((action, i) =>
      action.steps?.forEach((step, s) => check(step, ['actions', i, 'steps', s], place(`step ${s + 1} of the action "${action.id}"`, `الخطوة ${s + 1} من الإجراء "${action.id}"`))),
    );
    check(policy.pilot?.notice, ['pilot', 'notice'], place('the pilot notice', 'إشعار التجربة'));
  },
});
