import type { Holiday } from '../core/policy.js';
import { addDays } from '../core/dates.js';
import type { Lang } from '../i18n/index.js';
import { madeOnce } from '../core/made-once.js';

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
 * date-holidays is loaded here, on first use, never when cs-policy starts.
 */
export async function publicHolidays(country: HolidayCountry, from: string, to: string, lang: Lang): Promise<OfferedHoliday[]> {
  // One source per country and run: the calendar step and the review step both ask (for different
  // ranges), and making it is most of what an answer costs. In dist/, date-holidays is the build's
  // vendor bundle with the data of HOLIDAY_COUNTRIES only (scripts/build.mjs), started from its
  // code cache; from src/ (in tests), the package itself.
  const { default: Holidays } = await import('date-holidays');
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
  return holidaysOf(source, from, to, lang);
}

type HolidaysClass = typeof import('date-holidays').default;

function holidaysOf(source: InstanceType<HolidaysClass>, from: string, to: string, lang: Lang): OfferedHoliday[] {
  const offered: OfferedHoliday[] = [];
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) {
    for (const holiday of source.getHolidays(year, lang)) {
      if (holiday.type !== 'public' && holiday.type !== 'bank') continue;
      // Islamic holidays begin at sunset the evening before; the day written first is the closed day.
      const date = holiday.date.slice(0, 10);
      if (date < from || date > to) continue;
      const days = Math.max(1, Math.round((holiday.end.getTime() - holiday.start.getTime()) / 86_400_000));
      const estimated = HIJRI_RULE.test(holiday.rule);
      const previous = offered.find((item) => item.date === date);
      // Some countries list two holidays on one day (Egypt's 25 January): one closure is enough.
      if (previous) { previous.name = `${previous.name} / ${holiday.name}`; continue; }
      offered.push({ date, ...(days > 1 ? { until: addDays(date, days - 1) } : {}), name: holiday.name, ...(estimated ? { estimated: true } : {}), rule: holiday.rule });
    }
  }
  return offered.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
