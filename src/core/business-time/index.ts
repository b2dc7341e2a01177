/**
 * The one business-time engine: when a calendar is open, and how much time passes on a clock
 * between two instants. Pure: no I/O, and the only outside fact it reads is the runtime's time-zone
 * data (through `Intl`).
 *
 * Semantics, in the calendar's own time zone:
 * - The ordinary week: `always_open` is 24/7; else `week`; else `hours` on `days` (Mon-Fri if absent).
 * - A season's timetable replaces the ordinary one from `from` to `to` (local dates, included);
 *   where seasons overlap, the first listed wins. Its `days` default to the ordinary working days.
 * - Holidays close the local dates `date` to `until` (included).
 * - Hours belong to the local date they start on: "22:00-02:00+1" on a Friday is Friday's shift
 *   (a season, holiday or working day is decided by Friday), but its time is counted where it
 *   falls. So a holiday closes the shifts that start on it, not the end of the night before.
 * - Wall times become instants as Temporal's "compatible" disambiguation does: a repeated time
 *   is its first occurrence, a skipped one moves forward by the gap. 09:00-17:00 on a day the
 *   clocks change at 01:00 is 8 hours; 00:00-24:00 that day is 23 or 25.
 * - The clocks: `calendar` is wall time; `business` counts the open time; `working-days` every
 *   instant of the local dates that have opening hours and are no holiday.
 * - Instants are epoch milliseconds; the engine answers for local dates 1900-01-01 to 2199-12-31
 *   and gives NaN outside them.
 */
import { utcDay } from '../dates.js';
import { CALENDAR_CLOCK, durationSeconds, type ClockScale } from '../duration.js';
import type { Calendar, Clock, DayHours, Timetable, Weekday } from '../policy.js';
import { WEEKDAYS } from '../policy.js';
import { mergeSpans, parseHours, type HoursProblemCode, type MinuteSpan } from './hours.js';
import { DAY_MS, ZoneClock, timeZoneProblem } from './zone.js';

export { parseHours, type HoursProblem, type HoursProblemCode, type MinuteSpan, type ParsedHours } from './hours.js';
export { timeZoneProblem } from './zone.js';

export type CalendarProblemCode =
  | HoursProblemCode
  | 'unknown-time-zone'
  /** A weekday that is none of mon..sun. */
  | 'weekday'
  /** Not a real YYYY-MM-DD date, or outside 1900-2199. */
  | 'date'
  /** `until` before `date`, `to` before `from`. */
  | 'date-order'
  /** A season with neither `hours` nor `week`. */
  | 'season-without-hours';

/** What is wrong with a calendar, at a path inside it (["seasons", 0, "hours", 1]). */
export interface CalendarProblem {
  code: CalendarProblemCode;
  path: (string | number)[];
  /** The offending text as written. */
  text: string;
  /** A close time-zone name, for `unknown-time-zone`. */
  suggestion?: string;
}

export type CompiledCalendar = { ok: true; calendar: WorkingCalendar } | { ok: false; problems: CalendarProblem[] };

/** Opening spans per weekday, Monday first. */
type Week = readonly (readonly MinuteSpan[])[];

interface SeasonWeek { from: number; to: number; week: Week }

interface LocalDay {
  /** Days since 1970-01-01 of the local date. */
  day: number;
  /** First and last-plus-one instant of the local date. */
  start: number;
  end: number;
  /** Open instants inside [start, end), merged: start0, end0, start1, end1... */
  open: number[];
  openMs: number;
  working: boolean;
  /** Open and working-day milliseconds from the table's anchor day to `start` (negative before it). */
  openBefore: number;
  workingBefore: number;
}

const FIRST_DAY = Date.UTC(1900, 0, 1) / DAY_MS;
const LAST_DAY = Date.UTC(2199, 11, 31) / DAY_MS;
const DEFAULT_DAYS: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri'];

/** Monday is 0; 1970-01-01 was a Thursday. */
const weekdayOf = (day: number): number => (((day + 3) % 7) + 7) % 7;

/** A compiled calendar: build it with `compileCalendar`. Caches what it has computed; not for sharing across threads. */
export class WorkingCalendar {
  readonly id: string;
  readonly timeZone: string;
  /** The ordinary week, Monday first, in minutes from each day's local midnight. */
  readonly week: Week;
  /** Opening spans per weekday of each season, in the calendar's order. */
  readonly seasons: readonly SeasonWeek[];
  private readonly holidays: readonly (readonly [number, number])[];
  private readonly zone: ZoneClock;
  /** After this local date nothing opens again (a calendar open only in seasons). */
  readonly lastOpenDay: number;
  private anchor = Number.NaN;
  private guessOffset = Number.NaN;
  private readonly after: LocalDay[] = [];
  private readonly before: LocalDay[] = [];

  /** @internal use compileCalendar */
  constructor(id: string, timeZone: string, week: Week, seasons: SeasonWeek[], holidays: [number, number][]) {
    this.id = id;
    this.timeZone = timeZone;
    this.week = week;
    this.seasons = seasons;
    this.holidays = holidays;
    this.zone = new ZoneClock(timeZone);
    const opens = (w: Week) => w.some((spans) => spans.length > 0);
    this.lastOpenDay = opens(week) ? LAST_DAY : Math.max(-Infinity, ...seasons.filter((s) => opens(s.week)).map((s) => s.to + 1));
  }

  /** The spans a local date opens with by its own timetable (not the night before's). */
  private spansOf(day: number): readonly MinuteSpan[] {
    for (const [from, to] of this.holidays) if (day >= from && day <= to) return [];
    const season = this.seasons.find((s) => day >= s.from && day <= s.to);
    return (season ? season.week : this.week)[weekdayOf(day)]!;
  }

  private computeDay(day: number, openBefore: number, workingBefore: number, before: boolean): LocalDay {
    const start = this.zone.dayStart(day);
    const end = this.zone.dayStart(day + 1);
    const instants: [number, number][] = [];
    for (let own = day - 1; own <= day + 1; own++) {
      for (const [from, to] of this.spansOf(own)) {
        const openAt = Math.max(start, this.zone.wallToInstant(own * DAY_MS + from * 60_000));
        const closeAt = Math.min(end, this.zone.wallToInstant(own * DAY_MS + to * 60_000));
        if (closeAt > openAt) instants.push([openAt, closeAt]);
      }
    }
    const open: number[] = [];
    let openMs = 0;
    for (const [from, to] of mergeSpans(instants)) {
      open.push(from, to);
      openMs += to - from;
    }
    const working = this.spansOf(day).length > 0;
    // Running totals go down when the table grows into the past.
    if (before) {
      openBefore -= openMs;
      workingBefore -= working ? end - start : 0;
    }
    return { day, start, end, open, openMs, working, openBefore, workingBefore };
  }

  /** @internal The local date, with running totals; extends the table of days as needed. */
  localDay(day: number): LocalDay {
    const i = day - this.anchor;
    const known = i >= 0 ? this.after[i] : this.before[-i - 1];
    return known ?? this.extendTo(day);
  }

  private extendTo(day: number): LocalDay {
    if (Number.isNaN(this.anchor)) {
      this.anchor = day;
      this.after.push(this.computeDay(day, 0, 0, false));
    }
    const i = day - this.anchor;
    if (i >= 0) {
      while (this.after.length <= i) {
        const last = this.after[this.after.length - 1]!;
        this.after.push(this.computeDay(last.day + 1, last.openBefore + last.openMs, last.workingBefore + (last.working ? last.end - last.start : 0), false));
      }
      return this.after[i]!;
    }
    while (this.before.length < -i) {
      const later = this.before.length === 0 ? this.after[0]! : this.before[this.before.length - 1]!;
      this.before.push(this.computeDay(later.day - 1, later.openBefore, later.workingBefore, true));
    }
    return this.before[-i - 1]!;
  }

  /**
   * @internal The local date an instant falls on; undefined outside 1900-2199. Guesses from one
   * offset of the zone and steps to the neighbouring date when summer time proves the guess wrong,
   * so no time-zone lookup happens once the days are in the table.
   */
  dayAt(instant: number): LocalDay | undefined {
    if (Number.isNaN(this.guessOffset)) this.guessOffset = this.zone.offsetAt(instant);
    let day = Math.floor((instant + this.guessOffset) / DAY_MS);
    if (!(day >= FIRST_DAY && day <= LAST_DAY)) return undefined;
    let local = this.localDay(day);
    while (instant < local.start) {
      if (--day < FIRST_DAY) return undefined;
      local = this.localDay(day);
    }
    while (instant >= local.end) {
      if (++day > LAST_DAY) return undefined;
      local = this.localDay(day);
    }
    return local;
  }
}

const inRange = (day: number): boolean => day >= FIRST_DAY && day <= LAST_DAY;

function parseDate(text: unknown): number | undefined {
  if (typeof text !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(text)) return undefined;
  const ms = Date.parse(`${text}T00:00:00Z`);
  if (Number.isNaN(ms) || utcDay(new Date(ms)) !== text) return undefined;
  const day = ms / DAY_MS;
  return inRange(day) ? day : undefined;
}

function compileDayHours(hours: DayHours, path: (string | number)[], problems: CalendarProblem[]): MinuteSpan[] {
  const parsed = parseHours(hours);
  for (const problem of parsed.problems) {
    problems.push({ code: problem.code, path: problem.index === undefined ? path : [...path, problem.index], text: problem.text });
  }
  return parsed.spans;
}

function compileDays(days: unknown, path: (string | number)[], problems: CalendarProblem[]): Weekday[] {
  if (!Array.isArray(days)) return [];
  return days.filter((day, i) => {
    if ((WEEKDAYS as readonly unknown[]).includes(day)) return true;
    problems.push({ code: 'weekday', path: [...path, i], text: String(day) });
    return false;
  }) as Weekday[];
}

/** A timetable's week; `undefined` when it names no hours at all. */
function compileTimetable(timetable: Timetable, defaultDays: readonly Weekday[], path: (string | number)[], problems: CalendarProblem[]): Week | undefined {
  if (timetable.week && typeof timetable.week === 'object') {
    const week = timetable.week;
    for (const key of Object.keys(week)) {
      if (!(WEEKDAYS as readonly string[]).includes(key)) problems.push({ code: 'weekday', path: [...path, 'week', key], text: key });
    }
    return WEEKDAYS.map((day) => (week[day] === undefined ? [] : compileDayHours(week[day]!, [...path, 'week', day], problems)));
  }
  if (timetable.hours === undefined) return undefined;
  const spans = compileDayHours(timetable.hours, [...path, 'hours'], problems);
  const days = timetable.days === undefined ? defaultDays : compileDays(timetable.days, [...path, 'days'], problems);
  return WEEKDAYS.map((day) => (days.includes(day) ? spans : []));
}

export interface CompileOptions {
  /**
   * Ask the runtime whether the time zone exists (default true). Skipping it keeps `Intl` out of
   * callers that only need the shape of the week (workingDaySeconds, targetSeconds,
   * weeklyIntervals): the first time-zone question costs a process 10-100 ms. Asking the time
   * of a calendar whose zone does not exist then throws a RangeError.
   */
  checkTimeZone?: boolean;
}

/** Each policy calendar compiled once, for every command and module that asks; see compiledCalendarOf. */
const compiled = new WeakMap<Calendar, { result: CompiledCalendar; zoneChecked: boolean }>();

/**
 * compileCalendar, once per calendar object. A calendar compiled without asking Intl about its
 * zone (validate's rules, which only need the week's shape) is compiled again, once, by the first
 * caller that needs the zone to be real.
 */
export function compiledCalendarOf(calendar: Calendar, options: CompileOptions = {}): CompiledCalendar {
  const checkTimeZone = options.checkTimeZone !== false;
  let entry = compiled.get(calendar);
  if (!entry || (checkTimeZone && !entry.zoneChecked && entry.result.ok)) {
    entry = { result: compileCalendar(calendar, { checkTimeZone }), zoneChecked: checkTimeZone };
    compiled.set(calendar, entry);
  }
  return entry.result;
}

/** The calendar's compiled week from compiledCalendarOf; undefined when it has problems (a rule names them). */
export function workingCalendarOf(calendar: Calendar, options: CompileOptions = {}): WorkingCalendar | undefined {
  const result = compiledCalendarOf(calendar, options);
  return result.ok ? result.calendar : undefined;
}

/**
 * Checks a calendar and prepares it for fast questions. Every problem is reported at once, at
 * its path inside the calendar, so that a rule can point at the line.
 */
export function compileCalendar(calendar: Calendar, options: CompileOptions = {}): CompiledCalendar {
  const problems: CalendarProblem[] = [];
  const zoneProblem = options.checkTimeZone === false ? undefined : timeZoneProblem(calendar.timezone);
  if (zoneProblem) problems.push({ code: 'unknown-time-zone', path: ['timezone'], text: String(calendar.timezone), ...zoneProblem });

  const week: Week = calendar.always_open
    ? WEEKDAYS.map(() => [[0, 1440] as const])
    : compileTimetable(calendar, DEFAULT_DAYS, [], problems) ?? WEEKDAYS.map(() => []);
  const workingDays = WEEKDAYS.filter((_, i) => week[i]!.length > 0);

  const seasons: SeasonWeek[] = [];
  // Defensive about shapes the schema should have refused: a rule may run on an older schema.
  (Array.isArray(calendar.seasons) ? calendar.seasons : []).forEach((season, i) => {
    const path = ['seasons', i];
    const from = parseDate(season.from);
    const to = parseDate(season.to);
    if (from === undefined) problems.push({ code: 'date', path: [...path, 'from'], text: String(season.from) });
    if (to === undefined) problems.push({ code: 'date', path: [...path, 'to'], text: String(season.to) });
    if (from !== undefined && to !== undefined && to < from) problems.push({ code: 'date-order', path: [...path, 'to'], text: String(season.to) });
    const seasonWeek = compileTimetable(season, workingDays, path, problems);
    if (!seasonWeek) problems.push({ code: 'season-without-hours', path, text: String(season.name ?? `${season.from}..${season.to}`) });
    if (from !== undefined && to !== undefined && seasonWeek) seasons.push({ from, to, week: seasonWeek });
  });

  const holidays: [number, number][] = [];
  (Array.isArray(calendar.holidays) ? calendar.holidays : []).forEach((holiday, i) => {
    const from = parseDate(holiday.date);
    const to = holiday.until === undefined ? from : parseDate(holiday.until);
    if (from === undefined) problems.push({ code: 'date', path: ['holidays', i, 'date'], text: String(holiday.date) });
    if (to === undefined && holiday.until !== undefined) problems.push({ code: 'date', path: ['holidays', i, 'until'], text: String(holiday.until) });
    if (from !== undefined && to !== undefined) {
      if (to < from) problems.push({ code: 'date-order', path: ['holidays', i, 'until'], text: String(holiday.until) });
      else holidays.push([from, to]);
    }
  });

  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, calendar: new WorkingCalendar(calendar.id, calendar.timezone, week, seasons, holidays) };
}

/** Open (business) or working-day milliseconds from the table's anchor to an instant; NaN out of range. */
function runningTotal(cal: WorkingCalendar, clock: 'business' | 'working-days', instant: number): number {
  const day = cal.dayAt(instant);
  if (day === undefined) return Number.NaN;
  if (clock === 'working-days') return day.workingBefore + (day.working ? instant - day.start : 0);
  let total = day.openBefore;
  const open = day.open;
  for (let i = 0; i < open.length; i += 2) {
    const from = open[i]!;
    const to = open[i + 1]!;
    if (instant >= to) total += to - from;
    else {
      if (instant > from) total += instant - from;
      break;
    }
  }
  return total;
}

function needCalendar(cal: WorkingCalendar | undefined, clock: Clock): WorkingCalendar {
  if (!cal) throw new TypeError(`the ${clock} clock needs a calendar`);
  return cal;
}

/**
 * Seconds on a clock from `startMs` to `endMs` (epoch ms); 0 when end <= start; fractional when
 * the instants carry milliseconds. NaN for instants outside 1900-2199 or not finite. Constant time
 * per call once the days around the instants have been seen.
 */
export function elapsedSeconds(cal: WorkingCalendar | undefined, clock: Clock, startMs: number, endMs: number): number {
  if (!(endMs > startMs)) return Number.isNaN(startMs) || Number.isNaN(endMs) ? Number.NaN : 0;
  if (clock === 'calendar') return (endMs - startMs) / 1000;
  const calendar = needCalendar(cal, clock);
  return (runningTotal(calendar, clock, endMs) - runningTotal(calendar, clock, startMs)) / 1000;
}

/**
 * The first instant at which `seconds` have passed on the clock since `startMs`: a target
 * reached at closing time is due at closing time, not the next morning. `startMs` itself for
 * seconds <= 0; Infinity when the calendar never opens again before 2200; NaN out of range.
 */
export function deadline(cal: WorkingCalendar | undefined, clock: Clock, startMs: number, seconds: number): number {
  if (!Number.isFinite(startMs) || Number.isNaN(seconds)) return Number.NaN;
  if (seconds <= 0) return startMs;
  if (clock === 'calendar') return startMs + Math.ceil(seconds * 1000);
  const calendar = needCalendar(cal, clock);
  const base = runningTotal(calendar, clock, startMs);
  if (Number.isNaN(base)) return Number.NaN;
  if (seconds === Infinity) return Infinity;
  const target = base + seconds * 1000;
  const last = Math.min(LAST_DAY, calendar.lastOpenDay);
  for (let dayNumber = calendar.dayAt(startMs)!.day; dayNumber <= last; dayNumber++) {
    const day = calendar.localDay(dayNumber);
    if (clock === 'working-days') {
      if (day.working && day.workingBefore + (day.end - day.start) >= target) return Math.ceil(day.start + (target - day.workingBefore));
      continue;
    }
    if (day.openBefore + day.openMs < target) continue;
    let total = day.openBefore;
    for (let i = 0; i < day.open.length; i += 2) {
      const length = day.open[i + 1]! - day.open[i]!;
      if (total + length >= target) return Math.ceil(day.open[i]! + (target - total));
      total += length;
    }
  }
  return Infinity;
}

/** The open intervals between two instants, clipped to them, merged across midnight: [[startMs, endMs], ...]. */
export function openIntervals(cal: WorkingCalendar, fromMs: number, toMs: number): [number, number][] {
  const result: [number, number][] = [];
  if (!(toMs > fromMs)) return result;
  const first = cal.dayAt(fromMs)?.day;
  const last = cal.dayAt(toMs)?.day;
  if (first === undefined || last === undefined) return result;
  for (let dayNumber = first; dayNumber <= last; dayNumber++) {
    const { open } = cal.localDay(dayNumber);
    for (let i = 0; i < open.length; i += 2) {
      const from = Math.max(fromMs, open[i]!);
      const to = Math.min(toMs, open[i + 1]!);
      if (to <= from) continue;
      const previous = result.at(-1);
      if (previous && previous[1] === from) previous[1] = to;
      else result.push([from, to]);
    }
  }
  return result;
}

/** Nominal minutes a weekday's own hours last (a night shift counts whole on the day it starts). */
const spanMinutes = (spans: readonly MinuteSpan[]): number => spans.reduce((sum, [from, to]) => sum + to - from, 0);

/**
 * What "1d" means on the business clock, in seconds: the most common length of a working day in
 * the ordinary week, the longer on a tie. 0 when the week has no working day.
 */
export function workingDaySeconds(cal: WorkingCalendar): number {
  const counts = new Map<number, number>();
  for (const spans of cal.week) {
    const minutes = spanMinutes(spans);
    if (minutes > 0) counts.set(minutes, (counts.get(minutes) ?? 0) + 1);
  }
  let best = 0;
  let bestCount = 0;
  for (const [minutes, count] of counts) {
    if (count > bestCount || (count === bestCount && minutes > best)) {
      best = minutes;
      bestCount = count;
    }
  }
  return best * 60;
}

/** Working days in the ordinary week: what "1w" is on the business and working-days clocks. */
export function workingWeekDays(cal: WorkingCalendar): number {
  return cal.week.filter((spans) => spans.length > 0).length;
}

/**
 * How long a day and a week are on a clock. A calendar with no working day, or no calendar,
 * falls back to calendar time (rules report those calendars themselves).
 */
export function clockScaleOf(clock: Clock, cal: WorkingCalendar | undefined): ClockScale {
  if (clock === 'calendar' || !cal) return CALENDAR_CLOCK;
  const weekDays = workingWeekDays(cal);
  if (weekDays === 0) return CALENDAR_CLOCK;
  return { dayHours: clock === 'working-days' ? 24 : workingDaySeconds(cal) / 3600, weekDays };
}

/**
 * A policy duration (90s, 15m, 4h, 5d, 2w, 6mo, 1y, PT4H...) in seconds on its clock: on
 * `business` a day is the calendar's working day and a week its working days; on `working-days`
 * a day is 24 hours and a week its working days; months and years are 30 and 365 such days.
 * Undefined when the text is no duration.
 */
export function targetSeconds(durationText: string, clock: Clock, cal: WorkingCalendar | undefined): number | undefined {
  return durationSeconds(durationText, clockScaleOf(clock, cal));
}

/** One Zendesk workweek interval: minutes from Sunday 00:00 local. */
export interface WeeklyInterval { start_time: number; end_time: number }

/**
 * The ordinary week (or a season's, by its index in the calendar's `seasons`) as Zendesk's
 * workweek wants it: minutes from Sunday 00:00, split at midnight (a night shift's part after
 * midnight lands on the next day, Saturday's on Sunday), sorted, merged where they touch within a
 * day. Monday 09:00-17:00 is 1980-2460.
 */
export function weeklyIntervals(cal: WorkingCalendar, season?: number): WeeklyInterval[] {
  const week = season === undefined ? cal.week : cal.seasons[season]?.week;
  if (!week) throw new RangeError(`calendar ${cal.id} has no season ${season}`);
  const perDay: MinuteSpan[][] = Array.from({ length: 7 }, () => []);
  week.forEach((spans, monday0) => {
    const sunday0 = (monday0 + 1) % 7;
    for (const [from, to] of spans) {
      perDay[sunday0]!.push([from, Math.min(to, 1440)]);
      if (to > 1440) perDay[(sunday0 + 1) % 7]!.push([0, to - 1440]);
    }
  });
  return perDay.flatMap((spans, day) => mergeSpans(spans).map(([from, to]) => ({ start_time: day * 1440 + from, end_time: day * 1440 + to })));
}
