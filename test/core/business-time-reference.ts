/**
 * A deliberately slow second implementation of business time, to check the engine against:
 * it asks `Intl.DateTimeFormat` for the local date and time of every minute, and reads the
 * calendar as written, with no precompiled tables. Instants must be whole minutes.
 */
import type { Calendar, DayHours, Timetable, Weekday } from '../../src/core/policy.js';

const DAY = 86_400_000;
const MINUTE = 60_000;
const WEEK: Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const formatters = new Map<string, Intl.DateTimeFormat>();

/** The local wall time of an instant, as milliseconds since 1970-01-01T00:00 local. */
export function wallOf(timeZone: string, instant: number): number {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
    formatters.set(timeZone, formatter);
  }
  const p = Object.fromEntries(formatter.formatToParts(instant).map((part) => [part.type, part.value]));
  return Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute), Number(p.second));
}

/** Temporal's "compatible" reading of a wall time: the first of two, or moved forward past a gap. */
function instantOf(timeZone: string, wall: number): number {
  const offsetBefore = wallOf(timeZone, wall - DAY) - (wall - DAY);
  const offsetAfter = wallOf(timeZone, wall + DAY) - (wall + DAY);
  const candidates = [wall - offsetBefore, wall - offsetAfter].filter((instant) => wallOf(timeZone, instant) === wall);
  return candidates.length > 0 ? Math.min(...candidates) : wall - offsetBefore;
}

const isoOf = (day: number): string => new Date(day * DAY).toISOString().slice(0, 10);

function minutesOf(text: string): [number, number] {
  const [, h1, m1, h2, m2, next] = /^(\d\d):(\d\d)-(\d\d):(\d\d)(\+1)?$/.exec(text)!;
  return [Number(h1) * 60 + Number(m1), Number(h2) * 60 + Number(m2) + (next ? 1440 : 0)];
}

const asList = (hours: DayHours): string[] => (Array.isArray(hours) ? hours : [hours]);

function hoursOn(timetable: Timetable, weekday: Weekday, defaultDays: Weekday[]): string[] {
  if (timetable.week) return timetable.week[weekday] ? asList(timetable.week[weekday]!) : [];
  if (timetable.hours === undefined) return [];
  return (timetable.days ?? defaultDays).includes(weekday) ? asList(timetable.hours) : [];
}

/** The opening hours a local date (days since 1970-01-01) starts, as minute pairs. */
export function hoursOfDay(calendar: Calendar, day: number): [number, number][] {
  const iso = isoOf(day);
  if ((calendar.holidays ?? []).some((h) => h.date <= iso && iso <= (h.until ?? h.date))) return [];
  const weekday = WEEK[new Date(day * DAY).getUTCDay()]!;
  const ordinaryDays: Weekday[] = calendar.always_open
    ? [...WEEK]
    : WEEK.filter((d) => hoursOn(calendar, d, ['mon', 'tue', 'wed', 'thu', 'fri']).length > 0);
  const season = (calendar.seasons ?? []).find((s) => s.from <= iso && iso <= s.to);
  if (season) return hoursOn(season, weekday, ordinaryDays).map(minutesOf);
  if (calendar.always_open) return [[0, 1440]];
  return hoursOn(calendar, weekday, ['mon', 'tue', 'wed', 'thu', 'fri']).map(minutesOf);
}

/** Whether each minute from `start` to `end` is open (business) or on a working day. */
export function minuteByMinute(calendar: Calendar, start: number, end: number): { open: boolean[]; working: boolean[] } {
  const tz = calendar.timezone;
  const open: boolean[] = [];
  const working: boolean[] = [];
  const spans = new Map<number, [number, number][]>();
  const spansOf = (day: number) => {
    if (!spans.has(day)) spans.set(day, hoursOfDay(calendar, day).map(([from, to]) => [instantOf(tz, day * DAY + from * MINUTE), instantOf(tz, day * DAY + to * MINUTE)]));
    return spans.get(day)!;
  };
  for (let t = start; t < end; t += MINUTE) {
    const day = Math.floor(wallOf(tz, t) / DAY);
    working.push(hoursOfDay(calendar, day).length > 0);
    open.push([day - 1, day, day + 1].some((own) => spansOf(own).some(([from, to]) => from <= t && t < to)));
  }
  return { open, working };
}
