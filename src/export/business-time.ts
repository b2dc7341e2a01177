/**
 * The business-time calls export and import need, in one place. The one engine is
 * src/core/business-time.ts (branch `engine`); until it is merged this file holds a stand-in with
 * the same names, so that swapping it for a re-export is the whole change.
 */
import { durationSeconds, parseDuration, toSeconds } from '../core/duration.js';
import type { Calendar, Clock, DayHours, Season, Timetable, Weekday } from '../core/policy.js';

export interface WeeklyInterval { start: number; end: number }

export interface CompiledCalendar {
  calendar: Calendar;
  /** The ordinary week, minutes from Sunday 00:00, split at midnight, sorted, merged. */
  week: WeeklyInterval[];
}

const SUNDAY_FIRST: readonly Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const DAY = 1440;
const WEEK = 7 * DAY;

function rangeMinutes(text: string): [number, number] | undefined {
  const match = /^(\d\d):(\d\d)-(\d\d):(\d\d)(\+1)?$/.exec(text.trim());
  if (!match) return undefined;
  const [h1, m1, h2, m2] = [match[1], match[2], match[3], match[4]].map(Number) as [number, number, number, number];
  const start = h1 * 60 + m1;
  const end = h2 * 60 + m2 + (match[5] ? DAY : 0);
  return end > start ? [start, end] : undefined;
}

function dayRanges(hours: DayHours | undefined): [number, number][] {
  if (hours === undefined) return [];
  return (Array.isArray(hours) ? hours : [hours]).map(rangeMinutes).filter((range): range is [number, number] => range !== undefined);
}

function timetableIntervals(table: Timetable, alwaysOpen = false): WeeklyInterval[] {
  if (alwaysOpen) return SUNDAY_FIRST.map((_, i) => ({ start: i * DAY, end: (i + 1) * DAY }));
  const raw: WeeklyInterval[] = [];
  SUNDAY_FIRST.forEach((day, i) => {
    const hours = table.week ? table.week[day] : table.days?.includes(day) ? table.hours : undefined;
    for (const [start, end] of dayRanges(hours)) {
      // Hours past the end of Saturday wrap round to Sunday morning.
      for (let from = i * DAY + start; from < i * DAY + end;) {
        const to = Math.min(i * DAY + end, (Math.floor(from / DAY) + 1) * DAY);
        raw.push({ start: from % WEEK, end: ((to - 1) % WEEK) + 1 });
        from = to;
      }
    }
  });
  raw.sort((a, b) => a.start - b.start);
  const merged: WeeklyInterval[] = [];
  for (const interval of raw) {
    const last = merged[merged.length - 1];
    // Intervals never span two days, so only those on the same day are joined.
    if (last && interval.start <= last.end && Math.floor(last.start / DAY) === Math.floor(interval.start / DAY)) last.end = Math.max(last.end, interval.end);
    else merged.push({ ...interval });
  }
  return merged;
}

export function compileCalendar(calendar: Calendar): CompiledCalendar {
  return { calendar, week: timetableIntervals(calendar, calendar.always_open) };
}

/** Zendesk-style intervals of the ordinary week, or of a season's week. */
export function weeklyIntervals(compiled: CompiledCalendar, season?: Season): WeeklyInterval[] {
  return season ? timetableIntervals(season) : compiled.week.map((interval) => ({ ...interval }));
}

function dayLengths(compiled: CompiledCalendar): number[] {
  const minutes = new Array<number>(7).fill(0);
  for (const { start, end } of compiled.week) minutes[Math.floor(start / DAY)]! += end - start;
  return minutes.filter((length) => length > 0);
}

/** The length of a working day: the most common length among the open days. */
export function workingDaySeconds(compiled: CompiledCalendar): number {
  const counts = new Map<number, number>();
  for (const length of dayLengths(compiled)) counts.set(length, (counts.get(length) ?? 0) + 1);
  let best = 0;
  let bestCount = 0;
  for (const [length, count] of counts) if (count > bestCount || (count === bestCount && length > best)) [best, bestCount] = [length, count];
  return best * 60;
}

export function workingWeekDays(compiled: CompiledCalendar): number {
  return dayLengths(compiled).length;
}

/** A policy duration in seconds on a clock: a business day is the calendar's working day. */
export function targetSeconds(text: string, clock: Clock, compiled?: CompiledCalendar): number | undefined {
  if (clock === 'calendar' || !compiled) return durationSeconds(text);
  const parsed = parseDuration(text);
  if (!parsed) return undefined;
  const weekDays = workingWeekDays(compiled) || 7;
  if (clock === 'working-days') return toSeconds(parsed, { dayHours: 24, weekDays });
  const daySeconds = workingDaySeconds(compiled);
  return daySeconds > 0 ? toSeconds(parsed, { dayHours: daySeconds / 3600, weekDays }) : undefined;
}
