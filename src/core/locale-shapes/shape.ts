/*
 * How a locale writes a long date, a number and a count of a unit, read from Intl once at build time
 * (derive.ts) and applied here without Intl. Why: the first Intl formatter of a run costs about 20 ms
 * here, ICU listing its locales (a fresh `node -e` making one DateTimeFormat, medians of 11 runs),
 * against 0.2 ms for the table; brief, pilot and compare made one for a date or a percentage, and
 * so spent a seventh of their start-up on it. The shapes cover what the reports write (Gregorian
 * dates, Western digits, decimals and percentages, whole counts of a unit); the build keeps a locale
 * only when these functions give exactly what Intl gives for it, and anything else asks Intl.
 */

/** The options of every long date cs-policy writes, at build time and at run time alike. */
export const LONG_DATE_OPTIONS = { calendar: 'gregory', numberingSystem: 'latn', dateStyle: 'long', timeZone: 'UTC' } as const;

/** The options of a month and year ("June 2026"), at build time and at run time alike. */
export const MONTH_OPTIONS = { calendar: 'gregory', numberingSystem: 'latn', year: 'numeric', month: 'long', timeZone: 'UTC' } as const;

/** The options of an instant ("1 July 2026 at 03:00") less its zone, at build time and at run time alike. */
export const INSTANT_OPTIONS = { calendar: 'gregory', numberingSystem: 'latn', dateStyle: 'long', timeStyle: 'short', hourCycle: 'h23' } as const;

/**
 * A long date, a month or an instant as a sequence: literal text, or a field (`d` day, `dd` day of
 * two digits, `M` month name, `y` year, `H` hour, `HH` hour of two digits, `mm` minute).
 */
export type DateToken = string | { field: 'd' | 'dd' | 'M' | 'y' | 'H' | 'HH' | 'mm' };

export interface DateShape {
  tokens: DateToken[];
  /** January first. */
  months: string[];
}

/** The text before and after the digits: [positive prefix, positive suffix, negative prefix, negative suffix]. */
export type Affixes = [string, string, string, string];

export interface NumberShape {
  decimal: string;
  group: string;
  /** Digits in the group nearest the decimal mark, and in each group above it (3 and 2 in en-IN). */
  primary: number;
  secondary: number;
  /** Digits the integer part needs beyond the first group before `useGrouping: 'auto'` groups it. */
  minimumGrouping: number;
  decimalAffixes: Affixes;
  percentAffixes: Affixes;
}

/** The long name of a count of a unit, by plural category: `{0} days`; Arabic's `one` and `two` carry no number. */
export type UnitShape = Partial<Record<Intl.LDMLPluralRule, string>>;

/** A Gregorian date and time in a date shape; the year is written whole, as Intl writes years 1 to 9999. */
export function formatDateWith(shape: DateShape, year: number, month: number, day: number, hour = 0, minute = 0): string {
  let text = '';
  for (const token of shape.tokens) {
    if (typeof token === 'string') text += token;
    else if (token.field === 'd') text += String(day);
    else if (token.field === 'dd') text += String(day).padStart(2, '0');
    else if (token.field === 'M') text += shape.months[month - 1];
    else if (token.field === 'y') text += String(year);
    else if (token.field === 'H') text += String(hour);
    else if (token.field === 'HH') text += String(hour).padStart(2, '0');
    else text += String(minute).padStart(2, '0');
  }
  return text;
}

export interface NumberOptions {
  style: 'decimal' | 'percent';
  minimumFractionDigits: number;
  maximumFractionDigits: number;
  /** `always` is Intl's `useGrouping: true`; `auto`, its default, leaves a short number ungrouped where the locale does. */
  grouping: 'always' | 'auto' | false;
}

/**
 * A finite number as Intl.NumberFormat writes it with Western digits: from the shortest decimal
 * that reads back as the same double (as ICU takes a double), a percentage shifted two places in
 * decimal rather than multiplied, rounded half away from zero at the last fraction digit, and a
 * negative zero signed as Intl signs it.
 */
export function formatNumberWith(shape: NumberShape, options: NumberOptions, value: number): string {
  const negative = value < 0 || Object.is(value, -0);
  const text = String(Math.abs(value));
  const e = text.indexOf('e');
  const mantissa = e < 0 ? text : text.slice(0, e);
  const dot = mantissa.indexOf('.');
  let digits = mantissa.replace('.', '');
  // Where the decimal point falls in `digits`: the integer part is digits.slice(0, point).
  let point = (dot < 0 ? mantissa.length : dot) + (e < 0 ? 0 : Number(text.slice(e + 1))) + (options.style === 'percent' ? 2 : 0);
  if (point < 0) {
    digits = '0'.repeat(-point) + digits;
    point = 0;
  }
  const keep = point + options.maximumFractionDigits;
  if (keep < digits.length) {
    const up = digits.charCodeAt(keep) >= 53; // '5'
    digits = digits.slice(0, keep);
    if (up) {
      const incremented = increment(digits);
      if (incremented.length > digits.length) point++;
      digits = incremented;
    }
  }
  let integer = digits.slice(0, point).padEnd(point, '0').replace(/^0+(?=.)/, '') || '0';
  let fraction = digits.slice(point).replace(/0+$/, '');
  if (fraction.length < options.minimumFractionDigits) fraction = fraction.padEnd(options.minimumFractionDigits, '0');
  if (options.grouping !== false) integer = grouped(shape, integer, options.grouping === 'auto' ? shape.minimumGrouping : 1);
  const number = fraction ? `${integer}${shape.decimal}${fraction}` : integer;
  const affixes = options.style === 'percent' ? shape.percentAffixes : shape.decimalAffixes;
  return negative ? `${affixes[2]}${number}${affixes[3]}` : `${affixes[0]}${number}${affixes[1]}`;
}

/** A string of decimal digits plus one, one digit longer when it carries past the first. */
function increment(digits: string): string {
  let i = digits.length - 1;
  while (i >= 0 && digits[i] === '9') i--;
  if (i < 0) return `1${'0'.repeat(digits.length)}`;
  return `${digits.slice(0, i)}${String.fromCharCode(digits.charCodeAt(i) + 1)}${'0'.repeat(digits.length - i - 1)}`;
}

function grouped(shape: NumberShape, integer: string, minimumGrouping: number): string {
  if (integer.length < shape.primary + minimumGrouping) return integer;
  let end = integer.length - shape.primary;
  let text = integer.slice(end);
  while (end > 0) {
    const start = Math.max(0, end - shape.secondary);
    text = `${integer.slice(start, end)}${shape.group}${text}`;
    end = start;
  }
  return text;
}

/** A whole count of a unit; `category` is the count's plural category, `number` the count as the locale writes it. */
export function formatUnitWith(shape: UnitShape, category: Intl.LDMLPluralRule, number: string): string | undefined {
  return shape[category]?.replace('{0}', () => number);
}
