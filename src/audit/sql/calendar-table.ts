/**
 * A calendar resolved into a table that any SQL engine can use without time-zone functions.
 *
 * The business-time engine (src/core/business-time/) does all of the calendar work here: time
 * zone, summer time, holidays, seasons, split and past-midnight shifts. What it answers is written
 * per UTC day, so that SQL needs only integer arithmetic and an equi-join on the day number:
 *
 *   day          the UTC day, epoch ms / 86 400 000 (floor)
 *   open_before  ms on the clock from the table's first UTC midnight to this day's UTC midnight
 *   s_i, e_i     the day's open spans, ms after its UTC midnight, sorted; unused ones are 0, 0
 *   month_split  ms after UTC midnight at which the local month changes (86 400 000 when it does not)
 *   month_before, month_after   the local month (YYYY-MM) before and from month_split
 *
 * Time on the clock before an instant x of day d is
 *   B(x) = open_before + sum_i greatest(0, least(x - d * 86400000, e_i) - s_i)
 * and the time between two instants is B(end) - B(start): the same milliseconds the engine's
 * elapsedSeconds gives, as long as both instants fall on days of the table.
 */
import { compiledCalendarOf, openIntervals, type CalendarProblem, type CompiledCalendar, type WorkingCalendar } from '../../core/business-time/index.js';
import { zoneFor } from '../../core/business-time/local-zone.js';
import { DAY_MS } from '../../core/business-time/zone.js';
import type { Calendar, Clock } from '../../core/policy.js';

export interface CalendarDay {
  day: number;
  openBefore: number;
  /** Open spans in ms after the day's UTC midnight: start0, end0, start1, end1... */
  spans: number[];
  monthSplit: number;
  monthBefore: string;
  monthAfter: string;
}

export interface CalendarTable {
  /** The calendar's id; `calendar` for the wall clock without a calendar. */
  calendar: string;
  clock: Clock;
  timeZone: string;
  /** First UTC day and the day after the last. */
  firstDay: number;
  endDay: number;
  /** The most open spans any day has: the number of s_i, e_i column pairs. At least 1. */
  spanCount: number;
  days: CalendarDay[];
}

export type CalendarTableResult = { ok: true; table: CalendarTable } | { ok: false; problem: 'range' } | { ok: false; problem: 'calendar'; problems: CalendarProblem[] };

/** The engine answers for local dates 1900-2199; a day's margin keeps every UTC day of the table inside. */
const FIRST_INSTANT = Date.UTC(1900, 0, 2);
const END_INSTANT = Date.UTC(2199, 11, 31);
/** Ranges longer than this are a mistake (a year typed wrong), not an audit: 200 years of days. */
const MAX_DAYS = 200 * 366;

/**
 * The table for a clock over the UTC days that hold [fromMs, toMs). `calendar` may be undefined
 * only for the `calendar` clock (wall time in UTC, as audit measures a standard without one).
 */
export function calendarTable(calendar: Calendar | undefined, clock: Clock, fromMs: number, toMs: number): CalendarTableResult {
  if (!(Number.isSafeInteger(fromMs) && Number.isSafeInteger(toMs) && toMs > fromMs && fromMs >= FIRST_INSTANT && toMs <= END_INSTANT)) return { ok: false, problem: 'range' };
  const firstDay = Math.floor(fromMs / DAY_MS);
  const endDay = Math.floor((toMs - 1) / DAY_MS) + 1;
  if (endDay - firstDay > MAX_DAYS) return { ok: false, problem: 'range' };
  let cal: WorkingCalendar | undefined;
  if (calendar) {
    const compiled = compiledCalendarOf(calendar);
    if (!compiled.ok) return { ok: false, problem: 'calendar', problems: compiled.problems };
    cal = compiled.calendar;
  } else if (clock !== 'calendar') {
    return { ok: false, problem: 'calendar', problems: [] };
  }
  const start = firstDay * DAY_MS;
  const end = endDay * DAY_MS;
  const intervals = clock === 'calendar' || !cal ? [[start, end] as [number, number]] : clock === 'business' ? openIntervals(cal, start, end) : workingDayIntervals(cal, start, end);
  const timeZone = calendar?.timezone ?? 'UTC';
  const months = monthBoundaries(timeZone);

  const days: CalendarDay[] = [];
  let openBefore = 0;
  let next = 0;
  let spanCount = 1;
  for (let day = firstDay; day < endDay; day++) {
    const dayStart = day * DAY_MS;
    const dayEnd = dayStart + DAY_MS;
    const spans: number[] = [];
    let openMs = 0;
    // Intervals are sorted and disjoint; one may run over several days, so it is kept until passed.
    while (next < intervals.length && intervals[next]![0] < dayEnd) {
      const [from, to] = intervals[next]!;
      const s = Math.max(from, dayStart) - dayStart;
      const e = Math.min(to, dayEnd) - dayStart;
      if (e > s) {
        spans.push(s, e);
        openMs += e - s;
      }
      if (to > dayEnd) break;
      next++;
    }
    spanCount = Math.max(spanCount, spans.length / 2);
    days.push({ day, openBefore, spans, ...months(day) });
    openBefore += openMs;
  }
  return { ok: true, table: { calendar: calendar?.id ?? 'calendar', clock, timeZone, firstDay, endDay, spanCount, days } };
}

/**
 * The working-days clock counts every instant of a local date that has opening hours and is no
 * holiday. The engine keeps those dates in its table of local days (its `@internal` localDay),
 * which is read here rather than worked out a second time.
 */
function workingDayIntervals(cal: WorkingCalendar, from: number, to: number): [number, number][] {
  const first = cal.dayAt(from)!.day;
  const last = cal.dayAt(to - 1)!.day;
  const result: [number, number][] = [];
  for (let n = first; n <= last; n++) {
    const local = cal.localDay(n);
    if (!local.working) continue;
    const s = Math.max(from, local.start);
    const e = Math.min(to, local.end);
    if (e <= s) continue;
    const previous = result.at(-1);
    if (previous && previous[1] === s) previous[1] = e;
    else result.push([s, e]);
  }
  return result;
}

/** Per UTC day, where the local month changes (core/business-time/local-zone.ts, as the audit in JavaScript reads it). */
function monthBoundaries(timeZone: string): (day: number) => Pick<CalendarDay, 'monthSplit' | 'monthBefore' | 'monthAfter'> {
  const zone = zoneFor(timeZone);
  return (day) => {
    const { split, before, after } = zone.monthsOfDay(day);
    return { monthSplit: split, monthBefore: before, monthAfter: after };
  };
}

/** Business ms before an instant, read from the table as the SQL does; undefined when its day is not in the table. */
export function clockBefore(table: CalendarTable, instant: number): number | undefined {
  const day = Math.floor(instant / DAY_MS);
  const row = table.days[day - table.firstDay];
  if (!row) return undefined;
  const x = instant - day * DAY_MS;
  let total = row.openBefore;
  for (let i = 0; i < row.spans.length; i += 2) total += Math.max(0, Math.min(x, row.spans[i + 1]!) - row.spans[i]!);
  return total;
}

/** The local month of an instant, read from the table as the SQL does. */
export function monthFromTable(table: CalendarTable, instant: number): string | undefined {
  const day = Math.floor(instant / DAY_MS);
  const row = table.days[day - table.firstDay];
  if (!row) return undefined;
  return instant - day * DAY_MS < row.monthSplit ? row.monthBefore : row.monthAfter;
}
