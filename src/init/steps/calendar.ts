import { addDays } from '../../core/dates.js';
import { WEEKDAYS, type Calendar, type DayHours, type Holiday, type Season, type Weekday } from '../../core/policy.js';
import { DAY_LABELS } from '../../i18n/terms.js';
import { parseHours } from '../checks.js';
import { HOLIDAY_COUNTRIES, publicHolidays, type HolidayCountry, type OfferedHoliday } from '../holidays.js';
import { say } from '../messages.js';
import type { StepContext } from './step.js';

const COUNTRY_NAMES: Record<HolidayCountry, { en: string; ar: string }> = {
  'GB-ENG': { en: 'England', ar: 'إنجلترا' },
  'GB-SCT': { en: 'Scotland', ar: 'اسكتلندا' },
  'GB-WLS': { en: 'Wales', ar: 'ويلز' },
  'GB-NIR': { en: 'Northern Ireland', ar: 'أيرلندا الشمالية' },
  SA: { en: 'Saudi Arabia', ar: 'السعودية' },
  AE: { en: 'United Arab Emirates', ar: 'الإمارات' },
  EG: { en: 'Egypt', ar: 'مصر' },
  MY: { en: 'Malaysia', ar: 'ماليزيا' },
};
const NO_COUNTRY = '=none';
type Kind = 'same' | 'week' | 'always';

/** A holiday in a checkbox list: its dates, its name, and whether the date is an estimate. */
export const holidayChoiceName = (holiday: OfferedHoliday, lang: 'en' | 'ar') =>
  `${holiday.date}${holiday.until ? `..${holiday.until}` : ''} ${holiday.name}${holiday.estimated ? ` (${say(lang, 'holidayEstimated')})` : ''}`;

const hoursText = (hours: DayHours | undefined) => (hours === undefined ? '' : Array.isArray(hours) ? hours.join(', ') : hours);

function defaultTimeZone(lang: 'en' | 'ar'): string {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return zone && zone !== 'UTC' && zone.includes('/') ? zone : lang === 'ar' ? 'Asia/Riyadh' : 'Europe/London';
}

/** The next Ramadan by the Umm al-Qura calendar, as a suggestion for a season's dates. */
function nextRamadan(today: string): { from: string; to: string } | undefined {
  const hijri = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura', { month: 'numeric', timeZone: 'UTC' });
  const month = (iso: string) => Number(hijri.format(new Date(`${iso}T12:00:00Z`)));
  let day = today;
  for (let i = 0; i < 400 && month(day) === 9; i++) day = addDays(day, 1);
  for (let i = 0; i < 400; i++, day = addDays(day, 1)) {
    if (month(day) !== 9) continue;
    let last = day;
    while (month(addDays(last, 1)) === 9) last = addDays(last, 1);
    return { from: day, to: last };
  }
  return undefined;
}

/**
 * The office-hours calendar: its timetable (the same hours on working days, hours per weekday, or
 * 24/7), time zone, public holidays of a country for the coming year, and an optional season.
 */
export async function askCalendar(context: StepContext, seed: Calendar | undefined): Promise<Calendar> {
  const { ask, lang, check, today } = context;
  const kind = await ask.select<Kind>({
    id: ['calendar', 'kind'], message: say(lang, 'calendarKind'), optional: true,
    choices: [
      { value: 'same', name: say(lang, 'calendarSame') },
      { value: 'week', name: say(lang, 'calendarWeek') },
      { value: 'always', name: say(lang, 'calendarAlways') },
    ],
    default: seed?.always_open ? 'always' : seed?.week ? 'week' : 'same',
  });
  const usualDays: Weekday[] = (seed?.days as Weekday[] | undefined) ?? (lang === 'ar' ? ['sun', 'mon', 'tue', 'wed', 'thu'] : ['mon', 'tue', 'wed', 'thu', 'fri']);
  const usualHours = (typeof seed?.hours === 'string' ? seed.hours : undefined) ?? (lang === 'ar' ? '08:00-16:00' : '09:00-17:00');
  const timetable: Partial<Calendar> = {};
  // Weeks in Arabic-speaking countries start on Sunday.
  const week = lang === 'ar' ? [...WEEKDAYS.slice(6), ...WEEKDAYS.slice(0, 6)] : WEEKDAYS;
  if (kind === 'same') {
    const days = await ask.multi({
      id: ['calendar', 'days'], message: say(lang, 'workingDays'),
      choices: week.map((day) => ({ value: day, name: DAY_LABELS[lang][day]! })),
      default: usualDays,
      validate: check.pickOne,
    });
    const hours = await ask.text({ id: ['calendar', 'hours'], message: say(lang, 'workingHours'), default: hoursText(seed?.hours) || usualHours, validate: check.hours });
    Object.assign(timetable, { days, hours: parseHours(hours)! });
  } else if (kind === 'week') {
    const hoursByDay: Partial<Record<Weekday, DayHours>> = {};
    for (const day of week) {
      const suggestion = seed?.week ? hoursText(seed.week[day]) : usualDays.includes(day) ? usualHours : '';
      const hours = await ask.text({
        id: ['calendar', 'week', day], message: say(lang, 'dayHours', { day: DAY_LABELS[lang][day]! }),
        default: suggestion, optional: true, validate: check.dayHours,
      });
      if (hours) hoursByDay[day] = parseHours(hours)!;
    }
    if (Object.keys(hoursByDay).length === 0) hoursByDay[usualDays[0]!] = usualHours;
    timetable.week = hoursByDay;
  } else {
    timetable.always_open = true;
  }
  const timezone = await ask.text({ id: ['calendar', 'timezone'], message: say(lang, 'timezone'), default: seed?.timezone ?? defaultTimeZone(lang), validate: check.timezone });

  const country = await ask.select({
    id: ['calendar', 'country'], message: say(lang, 'country'), optional: true,
    choices: [{ value: NO_COUNTRY, name: say(lang, 'noCountry') }, ...HOLIDAY_COUNTRIES.map((code) => ({ value: code, name: `${COUNTRY_NAMES[code][lang]} (${code})` }))],
    default: seed?.country && (HOLIDAY_COUNTRIES as readonly string[]).includes(seed.country) ? seed.country : NO_COUNTRY,
  });
  let holidays: Holiday[] | undefined = seed?.holidays;
  if (country !== NO_COUNTRY) {
    // publicHolidays loads the holiday data (2.2 MB) only now: most runs never need it.
    const offered = await publicHolidays(country as HolidayCountry, today, addDays(today, 365), lang);
    const chosen = await ask.multi({
      id: ['calendar', 'holidays'], message: say(lang, 'holidayPick'), optional: true,
      choices: offered.map((holiday) => ({ value: holiday.date, name: holidayChoiceName(holiday, lang) })),
      default: offered.map((holiday) => holiday.date),
    });
    const picked = offered.filter((holiday) => chosen.includes(holiday.date)).map(({ rule: _rule, ...holiday }): Holiday => holiday);
    // Holidays the user wrote by hand, outside the year offered, stay.
    const kept = (seed?.holidays ?? []).filter((holiday) => !offered.some((item) => item.date === holiday.date) && (holiday.date < today || holiday.date > addDays(today, 365)));
    holidays = [...kept, ...picked].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  }

  const seedSeason = seed?.seasons?.[0];
  const seasons: Season[] | undefined = await (async () => {
    const wanted = await ask.confirm({ id: ['calendar', 'season', 'add'], message: say(lang, 'season'), default: seedSeason !== undefined, optional: true });
    if (!wanted) return undefined;
    const ramadan = nextRamadan(today);
    const name = await ask.text({ id: ['calendar', 'season', 'name'], message: say(lang, 'seasonName'), default: seedSeason?.name && typeof seedSeason.name === 'string' ? seedSeason.name : say(lang, 'seasonNameDefault'), validate: check.required });
    const from = await ask.text({ id: ['calendar', 'season', 'from'], message: say(lang, 'seasonFrom'), default: seedSeason?.from ?? ramadan?.from ?? today, validate: check.date });
    const to = await ask.text({ id: ['calendar', 'season', 'to'], message: say(lang, 'seasonTo'), default: seedSeason?.to && seedSeason.to >= from ? seedSeason.to : ramadan && ramadan.to >= from ? ramadan.to : addDays(from, 29), validate: check.dateFrom(from) });
    const hours = await ask.text({ id: ['calendar', 'season', 'hours'], message: say(lang, 'seasonHours'), default: hoursText(seedSeason?.hours) || (lang === 'ar' ? '10:00-15:00' : '10:00-16:00'), validate: check.hours });
    return [{ name, from, to, ...(seedSeason?.days ? { days: seedSeason.days } : {}), hours: parseHours(hours)! }, ...(seed?.seasons?.slice(1) ?? [])];
  })();

  return {
    id: seed?.id ?? 'office',
    name: seed?.name ?? (lang === 'ar' ? 'ساعات العمل' : 'Working hours'),
    timezone,
    ...timetable,
    ...(country !== NO_COUNTRY ? { country } : {}),
    ...(holidays && holidays.length > 0 ? { holidays } : {}),
    ...(seasons ? { seasons } : {}),
  };
}
