import { parseDuration, type DurationUnit } from '../core/duration.js';
import { joinList, plural, type Lang } from '../i18n/index.js';
import { WORKING_UNITS } from './labels.js';

const INTL_UNITS: Record<DurationUnit, string> = { s: 'second', m: 'minute', h: 'hour', d: 'day', w: 'week', mo: 'month', y: 'year' };

/** Numbers in Western digits in both languages, as the policy writes them. */
export const locale = (lang: Lang) => (lang === 'ar' ? 'ar-u-nu-latn' : 'en');

/** "5d" on business hours reads "5 working days" / "5 أيام عمل"; on calendar time "5 days" / "5 أيام". */
export function humanizeDuration(text: string, lang: Lang, working = false): string {
  const duration = parseDuration(text);
  if (!duration) return text;
  const parts = duration.parts.map(({ value, unit }) => {
    if (working && (unit === 'h' || unit === 'd' || unit === 'w')) return plural(lang, value, WORKING_UNITS[lang][unit]);
    return new Intl.NumberFormat(locale(lang), { style: 'unit', unit: INTL_UNITS[unit], unitDisplay: 'long' }).format(value);
  });
  return joinList(lang, parts);
}

export function humanizeDate(iso: string, lang: Lang): string {
  const date = new Date(`${iso}T00:00:00Z`);
  return new Intl.DateTimeFormat(locale(lang), { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}
