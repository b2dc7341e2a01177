import type { Lang } from '../i18n/index.js';
import { madeOnce } from '../core/made-once.js';

/**
 * One public or bank holiday of a year as date-holidays gives it: its first day, its length in
 * days, its name, and the rule its date comes from ("1 Shawwal P3D" for an Islamic one).
 */
export type YearHoliday = [date: string, days: number, name: string, rule: string];

/** Years of holidays by country and language ("GB-ENG en"), then by year. */
export type HolidayTable = Record<string, Record<string, YearHoliday[]>>;

/**
 * The public and bank holidays of a country in one year, from date-holidays. In dist/, the package
 * is the build's vendor bundle with the data of the wizard's countries only (scripts/build.mjs),
 * started from its code cache; from src/ (in tests and at build), the package itself.
 */
export async function libraryHolidays(country: string, year: number, lang: Lang): Promise<YearHoliday[]> {
  const { default: Holidays } = await import('date-holidays');
  // One source per country and run: the calendar step and the review step both ask.
  const source = madeOnce(`holidays ${country}`, () => {
    const holidays = new Holidays(...(country.split('-') as [string, string]));
    // No time zone ("", which date-holidays reads as none). cs-policy reads a holiday's calendar
    // date and its length in days, which the zone does not change: the same 3,958 holidays of these
    // countries, 2020 to 2040, in both languages, under six process zones. With the country's zone,
    // date-holidays converted every start and end through moment-timezone: init from an answers
    // file took 296.8 against 274.2 ms without (medians of 21 alternated runs).
    holidays.setTimezone('');
    return holidays;
  });
  return source
    .getHolidays(year, lang)
    .filter((holiday) => holiday.type === 'public' || holiday.type === 'bank')
    // Islamic holidays begin at sunset the evening before; the day written first is the closed day.
    .map((holiday) => [holiday.date.slice(0, 10), Math.max(1, Math.round((holiday.end.getTime() - holiday.start.getTime()) / 86_400_000)), holiday.name, holiday.rule]);
}

/** What the build writes to src/generated/holiday-table.js: these countries' years, in both languages. */
export async function holidayTable(countries: readonly string[], years: readonly number[]): Promise<HolidayTable> {
  const table: HolidayTable = {};
  for (const country of countries) {
    for (const lang of ['en', 'ar'] as const) {
      const byYear: Record<string, YearHoliday[]> = {};
      for (const year of years) byYear[year] = await libraryHolidays(country, year, lang);
      table[`${country} ${lang}`] = byYear;
    }
  }
  return table;
}
