import { parseDuration, type DurationUnit } from '../core/duration.js';
import { formatDate } from '../core/locale.js';
import { joinList, NUMBER_LOCALE, say, type Lang } from '../i18n/index.js';
import { madeOnce } from '../core/made-once.js';
import { MESSAGES } from '../i18n/messages.js';
import { unitText } from '../report/numbers.js';
import { WEEKDAYS, type DayHours, type Timetable, type Weekday } from '../core/policy.js';
import { DAY_TERMS } from '../i18n/terms.js';
import { BRIEF_MESSAGES, WORKING_UNITS } from './messages.js';

const INTL_UNITS: Record<DurationUnit, string> = { s: 'second', m: 'minute', h: 'hour', d: 'day', w: 'week', mo: 'month', y: 'year' };

/** Numbers in Western digits in both languages, as the policy writes them. */
export const locale = (lang: Lang) => NUMBER_LOCALE[lang];

/** "5d" on business hours reads "5 working days" / "5 أيام عمل"; on calendar time "5 days" / "5 أيام". */
export function humanizeDuration(text: string, lang: Lang, working = false): string {
  const duration = parseDuration(text);
  if (!duration) return text;
  const parts = duration.parts.map(({ value, unit }) => {
    if (working && (unit === 'h' || unit === 'd' || unit === 'w')) return say(lang, WORKING_UNITS[unit], { count: value });
    return unitText(locale(lang), value, INTL_UNITS[unit]);
  });
  return joinList(lang, parts);
}

/** A policy date in a locale's long form: "22 February 2027" (en-GB), "February 22, 2027" (en). */
export function humanizeDate(iso: string, dateLocale: string): string {
  return formatDate(dateLocale, iso);
}

/** One day's hours: a split shift joined by commas, "+1" said as "next day". */
export function hoursText(value: DayHours, lang: Lang): string {
  return (Array.isArray(value) ? value : [value]).map((span) => span.replace(/\+1$/, say(lang, BRIEF_MESSAGES.nextDay))).join(say(lang, MESSAGES.comma));
}

/** Money as people write it: £40, £12.50; grouped as the policy's locale groups; Western digits in both languages. */
export function humanizeMoney(amount: number, currency: string, lang: Lang, policyLocale?: string): string {
  const whole = Number.isInteger(amount);
  const shownIn = policyLocale ?? locale(lang);
  return madeOnce(`money ${shownIn} ${currency} ${whole}`, () => new Intl.NumberFormat(shownIn, { numberingSystem: 'latn', style: 'currency', currency, ...(whole ? { maximumFractionDigits: 0, minimumFractionDigits: 0 } : {}) })).format(amount);
}

/** Opening hours as staff read them: "09:00-17:00", or per weekday where the days differ. */
export function timetableText(calendar: Timetable & { always_open?: boolean }, lang: Lang, alwaysOpen: string): string {
  if (calendar.always_open) return alwaysOpen;
  const hours = (value: DayHours) => hoursText(value, lang);
  if (calendar.hours === undefined && !calendar.week) return '';
  // The same hours on some days read like a week that lists them: "Monday to Friday 09:00-17:00".
  const week = calendar.week ?? (calendar.days ? Object.fromEntries(calendar.days.map((day) => [day, calendar.hours!])) : undefined);
  if (!week) return hours(calendar.hours!);
  const separator = say(lang, MESSAGES.semicolon);
  // Runs of days with the same hours read as one: "Monday to Thursday 09:00-17:00; Friday 09:00-16:30".
  const runs: { first: Weekday; last: Weekday; hours: string }[] = [];
  let previous: Weekday | undefined;
  // The week starts on the first open day after a closed one, so that Sunday to Thursday stays one run.
  const start = WEEKDAYS.findIndex((day, i) => week[day] !== undefined && week[WEEKDAYS[(i + 6) % 7]!] === undefined);
  const order = start <= 0 ? WEEKDAYS : [...WEEKDAYS.slice(start), ...WEEKDAYS.slice(0, start)];
  for (const day of order) {
    const value = week[day];
    if (value === undefined) { previous = undefined; continue; }
    const text = hours(value);
    const run = runs.at(-1);
    if (run && previous !== undefined && run.last === previous && run.hours === text) run.last = day;
    else runs.push({ first: day, last: day, hours: text });
    previous = day;
  }
  const to = say(lang, MESSAGES.rangeTo);
  return runs.map((run) => `${say(lang, DAY_TERMS[run.first])}${run.first === run.last ? '' : to + say(lang, DAY_TERMS[run.last])} ${run.hours}`).join(separator);
}
