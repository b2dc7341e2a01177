import type { Lang } from '../i18n/lang.js';
import { zoneClock } from './business-time/zone.js';
import { shapedInstant, shapedLongDate, shapedMonth } from './locale-shapes/index.js';
import { INSTANT_OPTIONS, LONG_DATE_OPTIONS, MONTH_OPTIONS } from './locale-shapes/shape.js';
import { madeOnce } from './made-once.js';
import type { Policy } from './policy.js';

/*
 * The conventions dates are written in, per organisation: a UK council's English briefing says
 * "22 February 2027", a US company's "February 22, 2027". The policy's `locale` (en-GB) names the
 * region; without it, the country of its first calendar that has one (GB-ENG: GB). The region
 * applies to each language the policy is written in (en-GB, ar-GB). Figures follow the same tag
 * (report/numbers.ts). Dates stay on the Gregorian calendar and digits Western in both languages, as
 * the policy writes them.
 */

/** The region of a locale tag or a calendar's country: en-GB → GB, GB-ENG → GB, es-419 → 419. */
function regionOf(tag: string, isCountry: boolean): string | undefined {
  if (isCountry) return /^[A-Z]{2}/.exec(tag)?.[0];
  return /^[a-z]{2,3}(?:-[A-Z][a-z]{3})?-([A-Z]{2}|\d{3})$/.exec(tag)?.[1];
}

/** The BCP 47 tag a text in `lang` writes dates and numbers by, for this policy: en-GB, ar-SA, or just en. */
export function policyLocale(policy: Pick<Policy, 'locale' | 'calendars'>, lang: Lang): string {
  const region = policy.locale
    ? regionOf(policy.locale, false)
    : policy.calendars?.map((calendar) => calendar.country && regionOf(calendar.country, true)).find(Boolean);
  if (!region) return lang;
  try {
    return Intl.getCanonicalLocales(`${lang}-${region}`)[0] ?? lang;
  } catch {
    return lang;
  }
}

/** A policy date (YYYY-MM-DD) as people read it: "22 February 2027" (en-GB), "February 22, 2027" (en). */
export function formatDate(locale: string, isoDate: string): string {
  const shaped = madeOnce(`date shape ${locale}`, () => shapedLongDate(locale) ?? null);
  const text = shaped?.(isoDate);
  if (text !== undefined) return text;
  const dates = madeOnce(`date ${locale}`, () => new Intl.DateTimeFormat(locale, LONG_DATE_OPTIONS));
  return dates.format(new Date(`${isoDate}T00:00:00Z`));
}

/** A month (YYYY-MM) as people read it: "June 2026", "يونيو 2026". */
export function formatMonth(locale: string, isoMonth: string): string {
  if (!/^\d{4}-\d{2}$/.test(isoMonth)) return isoMonth;
  const shaped = madeOnce(`month shape ${locale}`, () => shapedMonth(locale) ?? null);
  const text = shaped?.(isoMonth);
  if (text !== undefined) return text;
  const months = madeOnce(`month ${locale}`, () => new Intl.DateTimeFormat(locale, MONTH_OPTIONS));
  return months.format(new Date(`${isoMonth}-01T00:00:00Z`));
}

/**
 * An instant as people read it, in the policy's time zone, with the zone named so the reader
 * knows which clock: "1 July 2026 at 03:00 (Asia/Riyadh)". Not ISO with `.000Z`. The wall time
 * comes from the business-time engine's clock, which reads offsets without Intl where it can.
 */
export function formatInstant(locale: string, instant: string | number | Date, timeZone: string): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return String(instant);
  const shaped = madeOnce(`instant shape ${locale}`, () => shapedInstant(locale) ?? null);
  const text =
    shaped?.(wallTime(date, timeZone)) ??
    madeOnce(`instant ${locale} ${timeZone}`, () => new Intl.DateTimeFormat(locale, { ...INSTANT_OPTIONS, timeZone })).format(date);
  // In Arabic the zone's name is a left-to-right run of its own (U+2068…U+2069, see report/bidi.ts).
  return locale.startsWith('ar') ? `${text} (\u2068${timeZone}\u2069)` : `${text} (${timeZone})`;
}

/** An instant's wall time in a zone, as a Date read in UTC. */
function wallTime(date: Date, timeZone: string): Date {
  return new Date(date.getTime() + zoneClock(timeZone).offsetAt(date.getTime()));
}

/** A day a report names (YYYY-MM-DD) in the policy's locale, or the language's when it has none; anything else as given. */
export function reportDay(locale: string | undefined, lang: Lang, value: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDate(locale ?? lang, value) : value;
}
