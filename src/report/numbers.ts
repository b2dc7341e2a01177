import { say, type Lang } from '../i18n/lang.js';
import { shapedNumber, shapedUnitCount } from '../core/locale-shapes/index.js';
import { madeOnce } from '../core/made-once.js';

/*
 * Numbers as the policy's locale writes them (core/locale.ts policyLocale: en-GB, ar-SA, or just the
 * report's language): its grouping, decimal mark and percent sign, the way dates follow it. Digits
 * stay Western in both languages, as the policy and its dates write them. `locale` is that tag; a
 * report without a policy passes its language (`en`, `ar`). Machine formats (json, sarif, csv,
 * github, junit) do not come here: they keep plain ASCII numbers.
 */

/** Formats a number; a function, so that the marks below are dropped only where a locale writes them. */
type NumberText = (value: number) => string;

/**
 * Arabic locales write direction marks around the percent and minus signs (85\u200e%\u200e). The
 * reports isolate every left-to-right run themselves (report/bidi.ts), and a mark would count as a
 * column in a terminal table and a character in a Markdown line; so the marks are dropped.
 */
const MARKS = /[\u200e\u200f\u061c]/g;

/** One kept formatter per locale and style (core/made-once.ts). */
function formatter(locale: string, style: 'decimal' | 'percent', digits: number, fixed: boolean, grouping: boolean): NumberText {
  return madeOnce(`number ${locale}|${style}|${digits}|${fixed}|${grouping}`, (): NumberText => {
    const options = { style, maximumFractionDigits: digits, minimumFractionDigits: fixed ? digits : 0 } as const;
    const shaped = shapedNumber(locale, { ...options, grouping: grouping ? 'always' : false });
    // Intl only for what the locale's shape does not cover (core/locale-shapes/shape.ts), made when first needed.
    let intl: Intl.NumberFormat | undefined;
    const format = (value: number) => shaped?.(value) ?? (intl ??= numberFormat(locale, { numberingSystem: 'latn', ...options, useGrouping: grouping })).format(value);
    const sample = format(-1234.5);
    return sample.replace(MARKS, '') !== sample ? (value) => format(value).replace(MARKS, '') : format;
  });
}

/** A tag Intl cannot read formats as English rather than failing a report. */
function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  try {
    return new Intl.NumberFormat(locale, options);
  } catch {
    return new Intl.NumberFormat('en', options);
  }
}

/** A count in one of Intl's units, in words and Western digits: "7 months", "5 days", "3 سنوات". */
export function unitText(locale: string, value: number, unit: string): string {
  const shaped = madeOnce(`unit shape ${locale} ${unit}`, () => shapedUnitCount(locale, unit) ?? null);
  return shaped?.(value) ?? madeOnce(`unit ${locale} ${unit}`, () => numberFormat(locale, { numberingSystem: 'latn', style: 'unit', unit, unitDisplay: 'long' })).format(value);
}

/** A figure without grouping: at most `digits` decimals (all of them when `fixed`), the locale's decimal mark. */
export function num(locale: string, value: number, digits = 2, fixed = false): string {
  return formatter(locale, 'decimal', digits, fixed, false)(value);
}

/** A count with the thousands grouped as the locale groups them: 12,345 (en-GB), 12.345 (ar-MA), 1,23,456 (en-IN). */
export function integer(locale: string, n: number): string {
  return formatter(locale, 'decimal', 3, false, true)(n);
}

/**
 * The one rounding rule for a computed percentage, in every table and every chart: one decimal,
 * cut down, never rounded up. A standard met 94.96% of the time against a 95% target must not
 * read 95.0%, and a chart must say what the table says. The allowance of a billionth absorbs
 * binary error, so that 86.3 held as 86.29999999999998 still reads 86.3.
 */
export function roundPercent(value: number): number {
  return Math.floor(value * 10 + 1e-9) / 10;
}

/** A share (0–100) with the locale's percent sign where the locale puts it: 85%, 85٪, 85 %. */
function share(locale: string, value: number, digits: number, fixed: boolean): string {
  // Intl takes a fraction; the value is already cut to its decimals, so dividing cannot round it up.
  return formatter(locale, 'percent', digits, fixed, false)(value / 100);
}

/** A computed percentage as the reports print it: `86.3%`, always one decimal so that columns line up. */
export const percent = (locale: string, value: number) => share(locale, roundPercent(value), 1, true);

/** Two percentages as a range: `12.5–40.0%`, the percent sign once, as the locale places it. */
export function percentRange(locale: string, low: number, high: number): string {
  const highText = percent(locale, high);
  const highNumber = num(locale, roundPercent(high), 1, true);
  const at = highText.indexOf(highNumber);
  const lowNumber = num(locale, roundPercent(low), 1, true);
  return at < 0 ? `${percent(locale, low)}–${highText}` : `${highText.slice(0, at)}${lowNumber}–${highText.slice(at)}`;
}

/** The locale a report writes its numbers in: its policy's (core/locale.ts policyLocale), else the report's language. */
export const numberLocale = (report: { policy: { locale?: string } }, lang: Lang): string => report.policy.locale ?? lang;

/** A value in its unit as the policy gives it: `85%`, `30 seconds`. */
export const withUnit = (locale: string, value: number, unit: string) => (unit === '%' ? share(locale, value, 2, false) : `${num(locale, value)} ${unit}`);

const DIRECTIONS = {
  'at-least': { en: 'at least {value}', ar: '{value} على الأقل' },
  'at-most': { en: 'at most {value}', ar: '{value} على الأكثر' },
} as const;

/** A KPI's target in words: "at least 85%"; its number in `locale` (the language's own when not given). */
export function targetText(lang: Lang, kpi: { direction: keyof typeof DIRECTIONS; target: number; unit: string }, locale: string = lang): string {
  return say(lang, DIRECTIONS[kpi.direction], { value: withUnit(locale, kpi.target, kpi.unit) });
}
