import { interpolate, type Lang } from '../i18n/lang.js';

/** Latin digits in Arabic too, as the briefings print them; no grouping, at most `digits` decimals (all of them when `fixed`). */
export function num(lang: Lang, value: number, digits = 2, fixed = false): string {
  return new Intl.NumberFormat(lang === 'ar' ? 'ar-u-nu-latn' : 'en', { maximumFractionDigits: digits, minimumFractionDigits: fixed ? digits : 0, useGrouping: false }).format(value);
}

/** A count with the thousands grouped: 12,345. */
export function integer(lang: Lang, n: number): string {
  return n.toLocaleString(lang === 'ar' ? 'ar-u-nu-latn' : 'en');
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

/** A computed percentage as the reports print it: `86.3%`, always one decimal so that columns line up. */
export const percent = (lang: Lang, value: number) => `${num(lang, roundPercent(value), 1, true)}%`;

/** Two percentages as a range: `12.5–40.0%`. */
export const percentRange = (lang: Lang, low: number, high: number) => `${num(lang, roundPercent(low), 1, true)}–${num(lang, roundPercent(high), 1, true)}%`;

/** A value in its unit as the policy gives it: `85%`, `30 seconds`. */
export const withUnit = (lang: Lang, value: number, unit: string) => (unit === '%' ? `${num(lang, value)}%` : `${num(lang, value)} ${unit}`);

const DIRECTIONS = {
  'at-least': { en: 'at least {value}', ar: '{value} على الأقل' },
  'at-most': { en: 'at most {value}', ar: '{value} على الأكثر' },
} as const;

/** A KPI's target in words: "at least 85%". */
export function targetText(lang: Lang, kpi: { direction: keyof typeof DIRECTIONS; target: number; unit: string }): string {
  return interpolate(DIRECTIONS[kpi.direction][lang], { value: withUnit(lang, kpi.target, kpi.unit) });
}
