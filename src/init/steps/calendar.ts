import { addDays } from '../../core/dates.js';
import { WEEKDAYS, textIn, type Calendar, type DayHours, type Holiday, type Season, type Weekday } from '../../core/policy.js';
import { DAY_TERMS } from '../../i18n/terms.js';
import { parseHours, typed } from '../answer-checks.js';
import { HOLIDAY_COUNTRIES, publicHolidays, type HolidayCountry } from '../holidays.js';
import { INIT_MESSAGES } from '../messages.js';
import { askKeptText } from './keep.js';
import type { StepContext } from './step.js';
import { say, termChoices } from '../../i18n/index.js';
import { systemTimeZone } from '../../io/system-time-zone.js';

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
export const holidayChoiceName = (holiday: Holiday & { name?: string }, lang: 'en' | 'ar') =>
  `${holiday.date}${holiday.until ? `..${holiday.until}` : ''} ${holiday.name ?? ''}${holiday.estimated ? ` (${say(lang, INIT_MESSAGES.holidayEstimated)})` : ''}`;

const hoursText = (hours: DayHours | undefined) => (hours === undefined ? '' : Array.isArray(hours) ? hours.join(', ') : hours);

/** The suggestions that follow the language: the zone, week and hours usual where it is spoken. Weeks in Arabic-speaking countries start on Sunday. */
const USUAL: Record<'en' | 'ar', { zone: string; days: Weekday[]; hours: string; seasonHours: string; week: readonly Weekday[] }> = {
  en: { zone: 'Europe/London', days: ['mon', 'tue', 'wed', 'thu', 'fri'], hours: '09:00-17:00', seasonHours: '10:00-16:00', week: WEEKDAYS },
  ar: { zone: 'Asia/Riyadh', days: ['sun', 'mon', 'tue', 'wed', 'thu'], hours: '08:00-16:00', seasonHours: '10:00-15:00', week: [...WEEKDAYS.slice(6), ...WEEKDAYS.slice(0, 6)] },
};

function defaultTimeZone(lang: 'en' | 'ar'): string {
  const zone = systemTimeZone();
  return zone && zone !== 'UTC' && zone.includes('/') ? zone : USUAL[lang].zone;
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
    id: ['calendar', 'kind'], message: say(lang, INIT_MESSAGES.calendarKind), optional: true,
    choices: [
      { value: 'same', name: say(lang, INIT_MESSAGES.calendarSame) },
      { value: 'week', name: say(lang, INIT_MESSAGES.calendarWeek) },
      { value: 'always', name: say(lang, INIT_MESSAGES.calendarAlways) },
    ],
    default: seed?.always_open ? 'always' : seed?.week ? 'week' : 'same',
  });
  const usualDays: Weekday[] = (seed?.days as Weekday[] | undefined) ?? USUAL[lang].days;
  const usualHours = (typeof seed?.hours === 'string' ? seed.hours : undefined) ?? USUAL[lang].hours;
  const timetable: Partial<Calendar> = {};
  const week = USUAL[lang].week;
  if (kind === 'same') {
    const days = await ask.multi({
      id: ['calendar', 'days'], message: say(lang, INIT_MESSAGES.workingDays),
      choices: termChoices(lang, DAY_TERMS, week),
      default: usualDays,
      validate: check.pickOne,
    });
    const hours = await ask.text({ id: ['calendar', 'hours'], message: say(lang, INIT_MESSAGES.workingHours), default: hoursText(seed?.hours) || usualHours, validate: check.hours });
    Object.assign(timetable, { days, hours: parseHours(hours)! });
  } else if (kind === 'week') {
    const hoursByDay: Partial<Record<Weekday, DayHours>> = {};
    for (const day of week) {
      const suggestion = seed?.week ? hoursText(seed.week[day]) : usualDays.includes(day) ? usualHours : '';
      const hours = await ask.text({
        id: ['calendar', 'week', day], message: say(lang, INIT_MESSAGES.dayHours, { day: say(lang, DAY_TERMS[day]) }),
        default: suggestion, optional: true, validate: check.dayHours,
      });
      if (hours) hoursByDay[day] = parseHours(hours)!;
    }
    if (Object.keys(hoursByDay).length === 0) hoursByDay[usualDays[0]!] = usualHours;
    timetable.week = hoursByDay;
  } else {
    timetable.always_open = true;
  }
  const timezone = await ask.text({ id: ['calendar', 'timezone'], message: say(lang, INIT_MESSAGES.timezone), default: seed?.timezone ?? defaultTimeZone(lang), validate: check.timezone });

  const country = await ask.select({
    id: ['calendar', 'country'], message: say(lang, INIT_MESSAGES.country), optional: true,
    choices: [{ value: NO_COUNTRY, name: say(lang, INIT_MESSAGES.noCountry) }, ...HOLIDAY_COUNTRIES.map((code) => ({ value: code, name: `${COUNTRY_NAMES[code][lang]} (${code})` }))],
    default: seed?.country && (HOLIDAY_COUNTRIES as readonly string[]).includes(seed.country) ? seed.country : NO_COUNTRY,
  });
  const holidays = country !== NO_COUNTRY ? await askHolidays(context, country as HolidayCountry, seed) : seed?.holidays;

  const seedSeason = seed?.seasons?.[0];
  const seasons: Season[] | undefined = await (async () => {
    const wanted = await ask.confirm({ id: ['calendar', 'season', 'add'], message: say(lang, INIT_MESSAGES.season), default: seedSeason !== undefined, optional: true });
    if (!wanted) return undefined;
    const ramadan = nextRamadan(today);
    const name = await askKeptText(context, { id: ['calendar', 'season', 'name'], message: say(lang, INIT_MESSAGES.seasonName), seeded: seedSeason !== undefined, previous: seedSeason?.name, suggestion: say(lang, INIT_MESSAGES.seasonNameDefault), required: true });
    const from = await ask.text({ id: ['calendar', 'season', 'from'], message: say(lang, INIT_MESSAGES.seasonFrom), default: seedSeason?.from ?? ramadan?.from ?? today, normalize: typed.date, validate: check.date });
    const to = await ask.text({ id: ['calendar', 'season', 'to'], message: say(lang, INIT_MESSAGES.seasonTo), default: seedSeason?.to && seedSeason.to >= from ? seedSeason.to : ramadan && ramadan.to >= from ? ramadan.to : addDays(from, 29), normalize: typed.date, validate: check.dateFrom(from) });
    // A season with hours per weekday keeps them: the wizard asks only for one set of hours.
    const hours = seedSeason?.week && seedSeason.hours === undefined
      ? undefined
      : await ask.text({ id: ['calendar', 'season', 'hours'], message: say(lang, INIT_MESSAGES.seasonHours), default: hoursText(seedSeason?.hours) || USUAL[lang].seasonHours, validate: check.hours });
    const season: Season = { ...seedSeason, ...(name !== undefined ? { name } : {}), from, to, ...(hours !== undefined ? { hours: parseHours(hours)! } : {}) };
    if (name === undefined) delete season.name;
    return [season, ...(seed?.seasons?.slice(1) ?? [])];
  })();

  // Fields the wizard does not know of stay; those it asked about are as answered.
  const { days: _days, hours: _hours, week: _week, always_open: _always, country: _country, holidays: _holidays, seasons: _seasons, ...kept } = seed ?? {};
  return {
    ...kept,
    id: seed?.id ?? 'office',
    ...(seed ? {} : { name: say(lang, INIT_MESSAGES.defaultCalendarName) }),
    timezone,
    ...timetable,
    ...(country !== NO_COUNTRY ? { country } : {}),
    ...(holidays && holidays.length > 0 ? { holidays } : {}),
    ...(seasons ? { seasons } : {}),
  };
}

/**
 * The public holidays of a country to close on. A new calendar is offered the coming year's, all
 * ticked. A calendar that has holidays lists them as the user wrote them, all ticked, with the
 * country's holidays it lacks unticked: taking the suggestion keeps the list as it was.
 */
async function askHolidays(context: StepContext, country: HolidayCountry, seed: Calendar | undefined): Promise<Holiday[]> {
  const { ask, lang, today } = context;
  // publicHolidays reads the build's table of holidays (or date-holidays, for a year outside it) only now.
  const offered = await publicHolidays(country, today, addDays(today, 365), lang);
  const written = seed?.holidays ?? [];
  const fresh = offered.filter((holiday) => !written.some((item) => item.date === holiday.date));
  const choices = [
    ...written.filter((holiday, i) => written.findIndex((item) => item.date === holiday.date) === i)
      .map((holiday) => ({ value: holiday.date, name: holidayChoiceName({ ...holiday, name: textIn(holiday.name, lang) }, lang) })),
    ...fresh.map((holiday) => ({ value: holiday.date, name: holidayChoiceName(holiday, lang) })),
  ];
  const chosen = await ask.multi({
    id: ['calendar', 'holidays'], message: say(lang, INIT_MESSAGES.holidayPick), optional: true,
    choices,
    default: seed ? written.map((holiday) => holiday.date) : offered.map((holiday) => holiday.date),
  });
  const kept = written.filter((holiday) => chosen.includes(holiday.date));
  const added = fresh.filter((holiday) => chosen.includes(holiday.date)).map(({ rule: _rule, ...holiday }): Holiday => holiday);
  if (added.length === 0) return kept;
  return [...kept, ...added].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
