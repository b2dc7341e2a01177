import { parseDuration, type DurationUnit } from '../core/duration.js';
import { joinList, plural, type Lang } from '../i18n/index.js';
import { WEEKDAYS, type Calendar, type DayHours, type Weekday } from '../core/policy.js';
import { DAY_LABELS } from '../i18n/terms.js';
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

/** Opening hours as staff read them: "09:00-17:00", or per weekday where the days differ. */
export function timetableText(calendar: Calendar, lang: Lang, alwaysOpen: string): string {
  if (calendar.always_open) return alwaysOpen;
  const hours = (value: DayHours) => (Array.isArray(value) ? value : [value]).join(lang === 'ar' ? '، ' : ', ');
  if (!calendar.week) return calendar.hours === undefined ? '' : hours(calendar.hours);
  const separator = lang === 'ar' ? '؛ ' : '; ';
  // Runs of days with the same hours read as one: "Monday to Thursday 09:00-17:00; Friday 09:00-16:30".
  const runs: { first: Weekday; last: Weekday; hours: string }[] = [];
  let previous: Weekday | undefined;
  for (const day of WEEKDAYS) {
    const value = calendar.week[day];
    if (value === undefined) { previous = undefined; continue; }
    const text = hours(value);
    const run = runs.at(-1);
    if (run && previous !== undefined && run.last === previous && run.hours === text) run.last = day;
    else runs.push({ first: day, last: day, hours: text });
    previous = day;
  }
  const to = lang === 'ar' ? ' إلى ' : ' to ';
  return runs.map((run) => `${DAY_LABELS[lang][run.first]}${run.first === run.last ? '' : to + DAY_LABELS[lang][run.last]} ${run.hours}`).join(separator);
}
