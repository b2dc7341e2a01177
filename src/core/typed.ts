import { foldArabic, withPrefixesDropped } from './arabic.js';
import { parseDuration, toSeconds, type ClockScale, type DurationUnit } from './duration.js';

/**
 * Numbers, durations, shares and amounts as people type and write them, in English and Arabic,
 * with Western or Arabic-Indic digits: "2 hours", "ساعتان", "٣ أيام", "90%", "٩٠٪", "ninety".
 * The wizard reads every numeric answer through here, and the standard-text-figures rule reads
 * the figures a standard's text states with the same words, so what one accepts the other finds.
 */

/** Arabic-Indic and Persian digits as ASCII; the Arabic decimal point, thousands mark and per cent sign too. */
export function westernDigits(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.charCodeAt(0);
    if (code >= 0x0660 && code <= 0x0669) out += String(code - 0x0660);
    else if (code >= 0x06f0 && code <= 0x06f9) out += String(code - 0x06f0);
    else if (char === '٫') out += '.';
    else if (char === '٬') out += ',';
    else if (char === '٪') out += '%';
    else out += char;
  }
  return out;
}

const EN_UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const EN_TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };

/** Arabic number words, folded (foldArabic): masculine and feminine, nominative and oblique. */
const AR_UNITS_WRITTEN: Record<string, number> = {
  صفر: 0, واحد: 1, واحده: 1, احد: 1, اثنان: 2, اثنين: 2, اثنتان: 2, اثنتين: 2, ثلاث: 3, ثلاثه: 3, اربع: 4, اربعه: 4,
  خمس: 5, خمسه: 5, ست: 6, سته: 6, سبع: 7, سبعه: 7, ثماني: 8, ثمان: 8, ثمانيه: 8, تسع: 9, تسعه: 9, عشر: 10, عشره: 10,
};
const AR_TENS_WRITTEN: Record<string, number> = {
  عشرون: 20, عشرين: 20, ثلاثون: 30, ثلاثين: 30, اربعون: 40, اربعين: 40, خمسون: 50, خمسين: 50, ستون: 60, ستين: 60,
  سبعون: 70, سبعين: 70, ثمانون: 80, ثمانين: 80, تسعون: 90, تسعين: 90,
};
const AR_HUNDREDS_WRITTEN: Record<string, number> = { مئه: 100, مائه: 100, مئتان: 200, مئتين: 200, مائتان: 200, مائتين: 200 };

/** A table whose Arabic keys are folded as the texts it reads are (مئة and مائة both read ميه). */
const folded = <T>(table: Record<string, T>): Record<string, T> => Object.fromEntries(Object.entries(table).map(([key, value]) => [foldArabic(key), value]));
const foldedSet = (words: string[]) => new Set(words.map(foldArabic));
const AR_UNITS = folded(AR_UNITS_WRITTEN);
const AR_TENS = folded(AR_TENS_WRITTEN);
const AR_HUNDREDS = folded(AR_HUNDREDS_WRITTEN);


/** Duration words, folded: singular, dual (which carries its own 2) and plural. */
const UNIT_WORDS: Record<string, { unit: DurationUnit; dual?: boolean; plural?: boolean }> = {};
const units = (unit: DurationUnit, singular: string[], plural: string[], dual: string[] = []) => {
  for (const word of singular) UNIT_WORDS[foldArabic(word)] = { unit };
  for (const word of plural) UNIT_WORDS[foldArabic(word)] = { unit, plural: true };
  for (const word of dual) UNIT_WORDS[foldArabic(word)] = { unit, dual: true };
};
units('s', ['second', 'sec', 'ثانيه'], ['seconds', 'secs', 'ثوان', 'ثواني', 'ثواني'], ['ثانيتين', 'ثانيتان']);
units('m', ['minute', 'min', 'دقيقه'], ['minutes', 'mins', 'دقائق', 'دقايق'], ['دقيقتين', 'دقيقتان']);
units('h', ['hour', 'hr', 'ساعه'], ['hours', 'hrs', 'ساعات'], ['ساعتين', 'ساعتان']);
units('d', ['day', 'يوم', 'يوما'], ['days', 'ايام'], ['يومين', 'يومان', 'يومي']);
units('w', ['week', 'wk', 'اسبوع', 'اسبوعا'], ['weeks', 'wks', 'اسابيع'], ['اسبوعين', 'اسبوعان']);
units('mo', ['month', 'شهر', 'شهرا'], ['months', 'اشهر', 'شهور'], ['شهرين', 'شهران']);
units('y', ['year', 'yr', 'سنه', 'عام', 'عاما'], ['years', 'yrs', 'سنوات', 'سنين', 'اعوام'], ['سنتين', 'سنتان', 'عامين', 'عامان']);

/** Words that may stand between a number and its unit, or after it: "3 working days", "٣ أيام عمل". */
const UNIT_QUALIFIERS = foldedSet(['working', 'business', 'calendar', 'clear', 'full', 'whole', 'office', 'عمل']);
/** Words after which "a day" or a bare "ساعة" is a time span rather than "24 hours a day". */
const SPAN_WORDS = foldedSet(['within', 'in', 'after', 'under', 'for', 'خلال', 'غضون', 'بعد', 'قبل', 'مده', 'اقصاه', 'لمده']);
/** Words that mark a rate or a period rather than a promise: "24 hours a day", "على مدار الساعة". */
const RATE_WORDS = foldedSet(['a', 'per', 'each', 'every', 'كل', 'في']);
const AROUND = foldedSet(['مدار', 'طوال', 'around', 'round']);
const PERCENT_WORDS = foldedSet(['percent', 'pc', 'بالمئه', 'بالمائه', 'بالميه']);
/** The word after "في" in "٩٠ في المئة", folded once here rather than for every token read. */
const HUNDRED_AFTER_FI = foldedSet(['المئة', 'المائة']);
const CURRENCY_CODES = new Set(['gbp', 'usd', 'eur', 'sar', 'aed', 'egp', 'kwd', 'qar', 'bhd', 'omr', 'jod']);
const CURRENCY_SYMBOLS = new Set(['£', '$', '€']);
const CURRENCY_WORDS = foldedSet([
  'pound', 'pounds', 'dollar', 'dollars', 'euro', 'euros', 'riyal', 'riyals', 'dirham', 'dirhams',
  'ريال', 'ريالا', 'ريالات', 'دولار', 'دولارا', 'دولارات', 'جنيه', 'جنيها', 'جنيهات', 'درهم', 'درهما', 'دراهم', 'يورو', 'دينار', 'دينارا', 'دنانير',
]);

export interface Token { text: string; start: number; end: number }

// Basic Latin, Latin-1, Latin Extended and the Arabic block: where \p{L} or \p{M} holds, as ranges
// (test/core/typed.test.ts checks every code point of these blocks against the regex).
const LETTER_OR_MARK = [
  0x41, 0x5a, 0x61, 0x7a, 0xaa, 0xaa, 0xb5, 0xb5, 0xba, 0xba, 0xc0, 0xd6, 0xd8, 0xf6, 0xf8, 0x24f,
  0x610, 0x61a, 0x620, 0x65f, 0x66e, 0x6d3, 0x6d5, 0x6dc, 0x6df, 0x6e8, 0x6ea, 0x6ef, 0x6fa, 0x6fc, 0x6ff, 0x6ff,
];
let otherLetterOrMark: RegExp | undefined;

/** Whether a code point is a letter or a mark (\p{L} or \p{M}). */
export function isLetterOrMark(code: number): boolean {
  if (code <= 0x24f || (code >= 0x600 && code <= 0x6ff)) {
    for (let i = 0; i < LETTER_OR_MARK.length; i += 2) if (code >= LETTER_OR_MARK[i]! && code <= LETTER_OR_MARK[i + 1]!) return true;
    return false;
  }
  otherLetterOrMark ??= /[\p{L}\p{M}]/u;
  return otherLetterOrMark.test(String.fromCodePoint(code));
}

const isDigitAt = (text: string, i: number) => {
  const code = text.charCodeAt(i);
  return code >= 48 && code <= 57;
};
const CURRENCY_SIGNS = '%£$€';

/**
 * Words, numbers (with their decimal point) and the signs %, £, $, € of a folded text: the tokens
 * of /\d+(?:[.,]\d+)*|[%£$€]|[\p{L}\p{M}]+/gu, read code by code. The regex, compiled and run in
 * code not yet optimised, took validate's rules a few milliseconds at every start: with the forms
 * computed once per word in vague-standard.ts, validate of one policy took 214 against 224 ms of
 * CPU (medians of 31 alternated runs). The property test in test/core/typed.test.ts checks that
 * the two read every text alike.
 */
export function tokens(folded: string): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < folded.length; ) {
    const code = folded.codePointAt(i)!;
    const size = code > 0xffff ? 2 : 1;
    let end = i;
    if (code >= 48 && code <= 57) {
      do end++;
      while (isDigitAt(folded, end));
      while ((folded[end] === '.' || folded[end] === ',') && isDigitAt(folded, end + 1)) {
        end += 2;
        while (isDigitAt(folded, end)) end++;
      }
    } else if (CURRENCY_SIGNS.includes(folded[i]!)) {
      end = i + 1;
    } else if (isLetterOrMark(code)) {
      end = i + size;
      for (let next = folded.codePointAt(end); next !== undefined && isLetterOrMark(next); next = folded.codePointAt(end)) end += next > 0xffff ? 2 : 1;
    }
    if (end > i) {
      out.push({ text: folded.slice(i, end), start: i, end });
      i = end;
    } else i += size;
  }
  return out;
}

let lastRead: { text: string; tokens: Token[] } | undefined;

/**
 * The tokens of a text as written, folded and in western digits. The rule standard-text-figures
 * asks durationsIn, sharesIn and amountsIn of the same text in turn, so the last text's tokens are
 * kept for the next call instead of being read three times. No caller changes the list.
 */
function tokensOf(text: string): Token[] {
  if (lastRead?.text !== text) lastRead = { text, tokens: tokens(foldArabic(westernDigits(text))) };
  return lastRead.tokens;
}

/** A word without the و ف ب ل ك it may carry in front, and without ال. */
function bareWords(word: string): string[] {
  const out = withPrefixesDropped(word, 2);
  // Indexed: see withPrefixesDropped.
  for (let i = 0, forms = out.length; i < forms; i++) if (out[i]!.length > 3 && out[i]!.startsWith('ال')) out.push(out[i]!.slice(2));
  return out;
}

function lookupWord<T>(table: Record<string, T> | Map<string, T>, word: string): T | undefined {
  const bare = bareWords(word);
  for (let i = 0; i < bare.length; i++) {
    const found = table instanceof Map ? table.get(bare[i]!) : own(table, bare[i]!);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** A table's own entry: "constructor" in a text is a word, not Object's. */
const own = <T>(table: Record<string, T>, key: string): T | undefined => (Object.hasOwn(table, key) ? table[key] : undefined);

const HALF: Record<string, number> = { نصف: 1 };

const toNumber = (digits: string) => Number(digits.replace(/,(?=\d{3}(\D|$))/g, '').replace(',', '.'));

/** A number at tokens[i]: digits, or number words ("twenty five", "خمسة وعشرون", "half"). */
function numberAt(list: Token[], i: number): { value: number; next: number } | undefined {
  const first = list[i]?.text;
  if (first === undefined) return undefined;
  if (/^\d/.test(first)) return { value: toNumber(first), next: i + 1 };
  if (first === 'half') return { value: 0.5, next: list[i + 1]?.text === 'an' || list[i + 1]?.text === 'a' ? i + 2 : i + 1 };
  if (lookupWord(HALF, first)) return { value: 0.5, next: i + 1 };
  if (first === 'a' || first === 'an') return list[i + 1]?.text === 'half' ? { value: 0.5, next: i + 2 } : undefined;
  let total = 0;
  let current = 0;
  let j = i;
  let any = false;
  for (; j < list.length; j++) {
    const word = list[j]!.text;
    if (word === 'and' && any) continue;
    // Number words join with و ("خمسة وعشرون"); no other letter in front makes a word a number.
    const plain = any && word.startsWith('و') && word.length > 2 ? word.slice(1) : word;
    const unit = own(EN_UNITS, plain) ?? own(AR_UNITS, plain);
    const ten = own(EN_TENS, plain) ?? own(AR_TENS, plain);
    const hundred = own(AR_HUNDREDS, plain);
    if (unit !== undefined) current += unit;
    else if (ten !== undefined) current += ten;
    else if (hundred !== undefined) current += hundred;
    else if (word === 'hundred' && any) current *= 100;
    else if (word === 'thousand' && any) { total += current * 1000; current = 0; }
    else break;
    any = true;
  }
  if (!any) return undefined;
  // "and" is not part of a number when no number follows it.
  while (j > i && list[j - 1]!.text === 'and') j--;
  return { value: total + current, next: j };
}

/** A figure a text states, where it stands (code units of the text) and how it is written. */
export interface Figure<T> { value: T; start: number; end: number; written: string }
export interface TypedDuration { value: number; unit: DurationUnit }

function durationAt(list: Token[], i: number, answer: boolean): { parts: TypedDuration; next: number } | undefined {
  const token = list[i]!;
  const unitWord = lookupWord(UNIT_WORDS, token.text);
  if (unitWord) {
    // A dual carries its number; a bare singular counts as one only after "within", "خلال" and the like.
    const before = list[i - 1]?.text;
    const spanBefore = before === undefined ? answer : bareWords(before).some((word) => SPAN_WORDS.has(word));
    if (unitWord.dual) return { parts: { value: 2, unit: unitWord.unit }, next: i + 1 };
    if (!unitWord.plural && spanBefore) {
      // "خلال يوم عمل واحد": the number may come after its unit in Arabic.
      let next = i + 1;
      while (list[next] && UNIT_QUALIFIERS.has(list[next]!.text)) next++;
      const after = list[next] ? numberAt(list, next) : undefined;
      if (after?.value === 1) return { parts: { value: 1, unit: unitWord.unit }, next: after.next };
      if (list[i + 1] && bareWords(list[i + 1]!.text).includes('نصف')) return { parts: { value: 1.5, unit: unitWord.unit }, next: i + 2 };
      return { parts: { value: 1, unit: unitWord.unit }, next: i + 1 };
    }
    return undefined;
  }
  const number = numberAt(list, i);
  if (!number) return undefined;
  let j = number.next;
  while (list[j] && UNIT_QUALIFIERS.has(list[j]!.text)) j++;
  const unit = list[j] ? lookupWord(UNIT_WORDS, list[j]!.text) : undefined;
  if (!unit || unit.dual) return undefined;
  let next = j + 1;
  // "ساعة ونصف", "an hour and a half".
  let value = number.value;
  if (list[next]?.text === 'and' && list[next + 1]?.text === 'a' && list[next + 2]?.text === 'half') { value += 0.5; next += 3; }
  else if (list[next] && bareWords(list[next]!.text).includes('نصف')) { value += 0.5; next += 1; }
  return { parts: { value, unit: unit.unit }, next };
}

/** "an hour", "a day", "one working day" when written with an article (English only). */
function articleDurationAt(list: Token[], i: number): { parts: TypedDuration; next: number } | undefined {
  const word = list[i]!.text;
  if (word !== 'a' && word !== 'an') return undefined;
  let j = i + 1;
  let value = 1;
  if (list[j]?.text === 'half' && (list[j + 1]?.text === 'an' || list[j + 1]?.text === 'a')) { value = 0.5; j += 2; }
  while (list[j] && UNIT_QUALIFIERS.has(list[j]!.text)) j++;
  const unit = list[j] ? own(UNIT_WORDS, list[j]!.text) : undefined;
  if (!unit || unit.plural || unit.dual) return undefined;
  return { parts: { value, unit: unit.unit }, next: j + 1 };
}

/** Every duration a text states: "3 working days", "٣ أيام عمل", "within one hour", "خلال ساعتين". */
export function durationsIn(text: string, answer = false): Figure<TypedDuration>[] {
  const list = tokensOf(text);
  const found: Figure<TypedDuration>[] = [];
  for (let i = 0; i < list.length; ) {
    const before = list[i - 1]?.text;
    const article = articleDurationAt(list, i);
    const afterSpan = before === undefined ? answer : SPAN_WORDS.has(before);
    const hit = article && (afterSpan || article.parts.value === 0.5) ? article : durationAt(list, i, answer);
    if (!hit) { i++; continue; }
    const tail = list.slice(hit.next, hit.next + 2).map((token) => token.text);
    const rate = tail.length === 2 && RATE_WORDS.has(tail[0]!) && lookupWord(UNIT_WORDS, tail[1]!) !== undefined;
    const around = before !== undefined && bareWords(before).some((word) => AROUND.has(word));
    if (!rate && !around) {
      const start = list[i]!.start;
      const end = list[hit.next - 1]!.end;
      found.push({ value: hit.parts, start, end, written: text.slice(start, end) });
    }
    i = hit.next;
  }
  return found;
}

/** Every share a text states: "90%", "٩٠٪", "90 per cent", "٩٠ بالمئة", "ninety percent". */
export function sharesIn(text: string): Figure<number>[] {
  const list = tokensOf(text);
  const found: Figure<number>[] = [];
  for (let i = 0; i < list.length; i++) {
    const number = numberAt(list, i);
    if (!number || number.value === 0.5 && !/^\d/.test(list[i]!.text)) continue;
    const next = list[number.next]?.text;
    const after = list[number.next + 1]?.text;
    let end: number | undefined;
    if (next === '%' || (next !== undefined && bareWords(next).some((word) => PERCENT_WORDS.has(word)))) end = number.next;
    else if (next === 'per' && after === 'cent') end = number.next + 1;
    else if (next === 'في' && after !== undefined && HUNDRED_AFTER_FI.has(after)) end = number.next + 1;
    if (end === undefined) continue;
    const start = list[i]!.start;
    found.push({ value: number.value, start, end: list[end]!.end, written: text.slice(start, list[end]!.end) });
    i = end;
  }
  return found;
}

/** Every amount of money a text states: "£10", "10 GBP", "١٠ ريالات", "ten pounds". */
export function amountsIn(text: string): Figure<number>[] {
  const list = tokensOf(text);
  const found: Figure<number>[] = [];
  for (let i = 0; i < list.length; i++) {
    const token = list[i]!.text;
    if ((CURRENCY_SYMBOLS.has(token) || CURRENCY_CODES.has(token)) && list[i + 1] && /^\d/.test(list[i + 1]!.text)) {
      found.push({ value: toNumber(list[i + 1]!.text), start: list[i]!.start, end: list[i + 1]!.end, written: text.slice(list[i]!.start, list[i + 1]!.end) });
      i++;
      continue;
    }
    const number = numberAt(list, i);
    if (!number) continue;
    const next = list[number.next]?.text;
    if (next !== undefined && (CURRENCY_CODES.has(next) || bareWords(next).some((word) => CURRENCY_WORDS.has(word)))) {
      const start = list[i]!.start;
      const end = list[number.next]!.end;
      found.push({ value: number.value, start, end, written: text.slice(start, end) });
      i = number.next;
    }
  }
  return found;
}

/** How a duration is written in a policy: 30m rather than 0.5h. */
function shortForm(parts: TypedDuration[]): string | undefined {
  const smaller: Partial<Record<DurationUnit, [DurationUnit, number]>> = { h: ['m', 60], m: ['s', 60], w: ['d', 7], y: ['mo', 12] };
  if (parts.length === 1) {
    let { value, unit } = parts[0]!;
    while (!Number.isInteger(value) && smaller[unit]) [unit, value] = [smaller[unit]![0], value * smaller[unit]![1]];
    return `${Math.round(value * 1000) / 1000}${unit}`;
  }
  // Several parts ("1 hour 30 minutes"): in the smallest unit, when the sum is whole on any clock.
  const order: DurationUnit[] = ['y', 'mo', 'w', 'd', 'h', 'm', 's'];
  const scale: Partial<Record<DurationUnit, number>> = { h: 3600, m: 60, s: 1 };
  if (parts.some((part) => scale[part.unit] === undefined)) return undefined;
  const smallest = parts.map((part) => part.unit).sort((a, b) => order.indexOf(b) - order.indexOf(a))[0]!;
  const seconds = parts.reduce((sum, part) => sum + part.value * scale[part.unit]!, 0);
  return `${seconds / scale[smallest]!}${smallest}`;
}

/**
 * A duration typed by a person, as the policy writes it ("2 hours" → 2h, "ساعتان" → 2h,
 * "٣ أيام" → 3d, "half an hour" → 30m); the short and ISO forms pass through. Undefined when the
 * whole answer is not a duration.
 */
export function parseTypedDuration(typed: string): string | undefined {
  const plain = westernDigits(typed).trim();
  const compact = plain.replace(/\s+/g, '');
  if (parseDuration(compact)) return compact;
  if (parseDuration(compact.toLowerCase())) return compact.toLowerCase();
  const found = durationsIn(plain, true);
  if (found.length === 0) return undefined;
  // The whole answer, apart from "and" / "و" between parts and "within" in front, is durations.
  const folded = foldArabic(plain);
  let rest = '';
  let from = 0;
  for (const figure of found) { rest += folded.slice(from, figure.start); from = figure.end; }
  rest += folded.slice(from);
  const leftover = rest.split(/[\s,\u060c]+/).filter(Boolean).filter((word) => !['and', 'و', 'within', 'in', 'خلال', 'عمل', 'working', 'business'].includes(word));
  if (leftover.length > 0) return undefined;
  return shortForm(found.map((figure) => figure.value));
}

/** A number typed in any digits or in words: "90", "٩٠", "12.5", "١٢٫٥", "ninety", "تسعون". */
export function parseTypedNumber(typed: string): number | undefined {
  const plain = westernDigits(typed).trim();
  if (/^[-+]?\d+(\.\d+)?$/.test(plain)) return Number(plain);
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(plain)) return Number(plain.replaceAll(',', ''));
  const list = tokens(foldArabic(plain));
  const number = numberAt(list, 0);
  return number && number.next === list.length && list.length > 0 ? number.value : undefined;
}

/** A share from 0 to 100, typed "90", "90%", "٩٠٪", "90 per cent", "٩٠ بالمئة". */
export function parseTypedShare(typed: string): number | undefined {
  const plain = westernDigits(typed).trim();
  const bare = parseTypedNumber(plain.replace(/\s*%$/, ''));
  const value = bare ?? (() => {
    const shares = sharesIn(plain);
    return shares.length === 1 && shares[0]!.start === 0 && shares[0]!.end === foldArabic(plain).length ? shares[0]!.value : undefined;
  })();
  return value !== undefined && value >= 0 && value <= 100 ? value : undefined;
}

/** An amount of money: a positive number with at most two decimals, in any digits, a currency sign allowed. */
export function parseTypedMoney(typed: string): number | undefined {
  const plain = westernDigits(typed).trim().replace(/^[\u00a3$\u20ac]\s*/, '');
  const value = parseTypedNumber(plain);
  return value !== undefined && value > 0 && Math.round(value * 100) === value * 100 ? value : undefined;
}

/** Seconds of a duration found in a text, on a clock. */
export function figureSeconds(duration: TypedDuration, clock?: ClockScale): number {
  return toSeconds({ parts: [duration] }, clock);
}
