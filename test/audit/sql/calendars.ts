/**
 * Random calendars and ticket spans for the SQL tests, and a simple second calculation of open
 * time to check against: the written calendar read day by day (test/core's reference), each
 * local opening turned into instants through Intl, the overlaps with a span summed.
 */
import type { Calendar, DayHours, Holiday, Season, Timetable, Weekday } from '../../../src/core/policy.js';
import { fc } from '../../helpers/fast-check.js';
import { hoursOfDay, wallOf } from '../../core/business-time-reference.js';

export const DAY = 86_400_000;
const MINUTE = 60_000;
const WEEKDAYS: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
/** Northern and southern summer time, a 30-minute change (Lord Howe), a change at midnight (Havana, Santiago), none. */
export const ZONES = ['Europe/London', 'America/New_York', 'America/Santiago', 'America/Havana', 'Australia/Sydney', 'Australia/Lord_Howe', 'Asia/Riyadh', 'Asia/Kolkata', 'UTC'];
/** The audited range: the year 2026, which holds both of every zone's changes, north and south. */
export const RANGE_FROM = Date.UTC(2026, 0, 1);
export const RANGE_TO = Date.UTC(2027, 0, 1);

/** The instants at which a zone's offset changes inside the range, to the second. */
export function offsetChanges(zone: string): number[] {
  const offset = (t: number) => wallOf(zone, t) - t;
  const changes: number[] = [];
  for (let t = RANGE_FROM; t < RANGE_TO; t += DAY) {
    if (offset(t) === offset(t + DAY)) continue;
    let low = t;
    let high = t + DAY;
    while (high - low > 1000) {
      const mid = low + Math.floor((high - low) / 2000) * 1000;
      if (offset(mid) === offset(low)) low = mid;
      else high = mid;
    }
    changes.push(high);
  }
  return changes;
}

const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
const iso = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);

function timetable(): fc.Arbitrary<Timetable> {
  const minute = fc.oneof(fc.integer({ min: 0, max: 1439 }), fc.constantFrom(0, 60, 120, 150, 540, 1020, 1320));
  const span = fc.oneof(
    fc.tuple(minute, fc.integer({ min: 1, max: 1440 })).map(([from, long]) => {
      const to = Math.min(1440, from + long);
      return `${hhmm(from)}-${to === 1440 ? '24:00' : hhmm(to)}`;
    }),
    // Past midnight, the "+1" night shift.
    fc.tuple(fc.integer({ min: 600, max: 1439 }), minute).map(([from, to]) => `${hhmm(from)}-${hhmm(Math.min(to, from))}+1`),
  );
  const dayHours: fc.Arbitrary<DayHours> = fc.oneof({ weight: 2, arbitrary: span }, { weight: 1, arbitrary: fc.array(span, { minLength: 2, maxLength: 3 }) });
  return fc.oneof(
    fc.record({ hours: dayHours, days: fc.subarray(WEEKDAYS) }, { requiredKeys: ['hours'] }),
    fc.dictionary(fc.constantFrom(...WEEKDAYS), dayHours, { maxKeys: 7 }).map((week) => ({ week })),
  );
}

/** A calendar in a zone, with holidays and seasons somewhere in the range. */
export const calendarArbitrary: fc.Arbitrary<Calendar> = fc.constantFrom(...ZONES).chain((zone) => {
  const date = fc.integer({ min: RANGE_FROM / DAY, max: RANGE_TO / DAY - 1 });
  const holiday: fc.Arbitrary<Holiday> = fc.tuple(date, fc.integer({ min: 0, max: 6 }), fc.boolean()).map(([from, length, range]) => ({ date: iso(from), ...(range ? { until: iso(from + length) } : {}) }));
  const season: fc.Arbitrary<Season> = fc.tuple(date, fc.integer({ min: 0, max: 60 }), timetable()).map(([from, length, table]) => ({ ...table, from: iso(from), to: iso(Math.min(from + length, RANGE_TO / DAY)) }));
  return fc.record({
    table: timetable(),
    alwaysOpen: fc.integer({ min: 0, max: 7 }).map((n) => n === 0),
    holidays: fc.array(holiday, { maxLength: 4 }),
    seasons: fc.array(season, { maxLength: 2 }),
  }).map(({ table, alwaysOpen, holidays, seasons }) => ({ id: 'support', timezone: zone, ...table, ...(alwaysOpen ? { always_open: true } : {}), holidays, seasons }));
});

/** Temporal's "compatible" reading of a wall time, found through Intl alone. */
function instantOf(zone: string, wall: number): number {
  const before = wallOf(zone, wall - DAY) - (wall - DAY);
  const after = wallOf(zone, wall + DAY) - (wall + DAY);
  const candidates = [wall - before, wall - after].filter((t) => wallOf(zone, t) === wall);
  return candidates.length > 0 ? Math.min(...candidates) : wall - before;
}

export type Clock = 'business' | 'working-days' | 'calendar';

/** The instants a clock runs over the local dates of the range (and a week either side), unmerged. */
export function referenceIntervals(calendar: Calendar, clock: Clock): [number, number][] {
  if (clock === 'calendar') return [[RANGE_FROM - 7 * DAY, RANGE_TO + 7 * DAY]];
  const zone = calendar.timezone;
  const result: [number, number][] = [];
  for (let day = RANGE_FROM / DAY - 7; day < RANGE_TO / DAY + 7; day++) {
    const hours = hoursOfDay(calendar, day);
    if (clock === 'working-days') {
      if (hours.length > 0) result.push([instantOf(zone, day * DAY), instantOf(zone, (day + 1) * DAY)]);
      continue;
    }
    for (const [from, to] of hours) result.push([instantOf(zone, day * DAY + from * MINUTE), instantOf(zone, day * DAY + to * MINUTE)]);
  }
  return result;
}

/** Milliseconds of [start, end) covered by the intervals, each instant once. */
export function coveredMs(intervals: [number, number][], start: number, end: number): number {
  const clipped = intervals.map(([a, b]) => [Math.max(a, start), Math.min(b, end)] as [number, number]).filter(([a, b]) => b > a).sort((x, y) => x[0] - y[0]);
  let total = 0;
  let reach = -Infinity;
  for (const [a, b] of clipped) {
    const from = Math.max(a, reach);
    if (b > from) total += b - from;
    reach = Math.max(reach, b);
  }
  return total;
}

/** Instants worth landing on: openings, closings, UTC and local midnights, clock changes, each also a millisecond either side. */
export function edgeInstants(calendar: Calendar, intervals: [number, number][]): number[] {
  const zone = calendar.timezone;
  const points = new Set<number>();
  for (const [a, b] of intervals) points.add(a).add(b);
  for (const t of offsetChanges(zone)) points.add(t);
  for (let day = RANGE_FROM / DAY; day < RANGE_TO / DAY; day += 17) points.add(day * DAY).add(instantOf(zone, day * DAY));
  const result: number[] = [];
  for (const p of points) for (const d of [-1, 0, 1]) if (p + d >= RANGE_FROM && p + d < RANGE_TO) result.push(p + d);
  return result.sort((x, y) => x - y);
}

/** Ticket spans inside the range: random instants, edge instants, and a few with end before start. */
export function spansArbitrary(edges: number[], count: number): fc.Arbitrary<[number, number][]> {
  const instant = fc.oneof(fc.integer({ min: RANGE_FROM, max: RANGE_TO - 1 }), fc.constantFrom(...edges));
  const span = fc.oneof(
    { weight: 3, arbitrary: fc.tuple(instant, fc.oneof(fc.integer({ min: 0, max: 3 * DAY }), fc.integer({ min: 0, max: 40 * DAY }))).map(([s, long]) => [s, Math.min(RANGE_TO - 1, s + long)] as [number, number]) },
    { weight: 2, arbitrary: fc.tuple(instant, instant) },
  );
  return fc.array(span, { minLength: count, maxLength: count });
}
