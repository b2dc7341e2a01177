import type { Holiday } from '../core/policy.js';
import { addDays } from '../core/dates.js';
import type { Lang } from '../i18n/index.js';
import { HOLIDAY_TABLE } from '../generated/holiday-table.js';
import { libraryHolidays, type HolidayTable, type YearHoliday } from './holiday-library.js';

/**
 * Countries and regions whose public holidays the wizard offers. The United Kingdom has no
 * holidays of its own: its nations differ (Scotland's 2 January, St Andrew's Day...).
 */
export const HOLIDAY_COUNTRIES = ['GB-ENG', 'GB-SCT', 'GB-WLS', 'GB-NIR', 'SA', 'AE', 'EG', 'MY'] as const;
export type HolidayCountry = (typeof HOLIDAY_COUNTRIES)[number];

/** date-holidays writes Islamic holidays as a day of a Hijri month: "1 Shawwal P3D". */
const HIJRI_RULE = /^\d{1,2} (Muharram|Safar|Rabi al-awwal|Rabi al-thani|Jumada al-awwal|Jumada al-thani|Rajab|Shaban|Ramadan|Shawwal|Dhu al-Qidah|Dhu al-Hijjah)\b/;

export interface OfferedHoliday extends Holiday {
  name: string;
  /** The Hijri rule the date comes from, for Islamic holidays. */
  rule: string;
}

/**
 * The public holidays of a country from `from` to `to` (both included), as policy holidays: one
 * entry per holiday, `until` for those of several days, `estimated` for Islamic ones, whose day
 * depends on the sighting of the moon and is announced shortly before.
 *
 * The years around the build's are read from the table the build made from date-holidays
 * (scripts/build.mjs); any other year from date-holidays itself, loaded then. Starting the package
 * (its engine, its data and their code cache) was the largest part of init: from an answers file
 * that names a country, init took 238.0 against 204.2 ms with the table (medians of 31 alternated runs).
 */
export async function publicHolidays(country: HolidayCountry, from: string, to: string, lang: Lang): Promise<OfferedHoliday[]> {
  const offered: OfferedHoliday[] = [];
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) {
    for (const [date, days, name, rule] of tabled(country, year, lang) ?? (await libraryHolidays(country, year, lang))) {
      if (date < from || date > to) continue;
      const estimated = HIJRI_RULE.test(rule);
      const previous = offered.find((item) => item.date === date);
      // Some countries list two holidays on one day (Egypt's 25 January): one closure is enough.
      if (previous) { previous.name = `${previous.name} / ${name}`; continue; }
      offered.push({ date, ...(days > 1 ? { until: addDays(date, days - 1) } : {}), name, ...(estimated ? { estimated: true } : {}), rule });
    }
  }
  return offered.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

let table: HolidayTable | undefined;

/** A year of the build's table, or undefined for a year it did not read. */
function tabled(country: HolidayCountry, year: number, lang: Lang): YearHoliday[] | undefined {
  table ??= JSON.parse(HOLIDAY_TABLE) as HolidayTable;
  return table[`${country} ${lang}`]?.[year];
}
