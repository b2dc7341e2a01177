import { describe, expect, it } from 'vitest';
import { compileCalendar, deadline, elapsedSeconds, openIntervals, weeklyIntervals, type WorkingCalendar } from '../../src/core/business-time/index.js';
import type { Calendar, DayHours, Holiday, Season, Timetable, Weekday } from '../../src/core/policy.js';
import { PROPERTY_OPTIONS, PROPERTY_TIMEOUT, fc } from '../helpers/fast-check.js';
import { hoursOfDay, minuteByMinute, wallOf } from './business-time-reference.js';

const DAY = 86_400_000;
const MINUTE = 60_000;
const WEEKDAYS: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
/** Zones with summer time, half-hour and 45-minute offsets, changes at midnight, Ramadan changes, none at all. */
const ZONES = [
  'Europe/London', 'Europe/Dublin', 'America/New_York', 'America/Santiago', 'America/Havana', 'America/St_Johns', 'Australia/Sydney',
  'Australia/Lord_Howe', 'Pacific/Chatham', 'Asia/Riyadh', 'Asia/Kolkata', 'Asia/Beirut', 'Africa/Casablanca', 'Asia/Tehran', 'UTC',
];
/** The slow reference reads each minute through Intl, so it gets a tenth of the runs. */
const REFERENCE_OPTIONS = { ...PROPERTY_OPTIONS, numRuns: Math.max(20, Math.ceil((PROPERTY_OPTIONS.numRuns ?? 1000) / 10)) };
/** 2026-01-01 to 2028-12-31: local dates around which calendars and instants are drawn. */
const FIRST = Date.UTC(2026, 0, 1) / DAY;
const SPAN_DAYS = 3 * 365;

/**
 * Where each zone's clocks change, 2026-2028: the local dates, and the local minutes of the day
 * around the change (the skipped or repeated wall times), which opening hours are drawn from often.
 */
const CHANGES = new Map(ZONES.map((zone) => {
  const days: number[] = [];
  const minutes = new Set<number>();
  const offset = (instant: number) => wallOf(zone, instant) - instant;
  for (let day = FIRST; day < FIRST + SPAN_DAYS; day++) {
    let low = day * DAY;
    let high = (day + 1) * DAY;
    if (offset(low) === offset(high)) continue;
    while (high - low > MINUTE) {
      const mid = low + Math.floor((high - low) / 2 / MINUTE) * MINUTE;
      if (offset(mid) === offset(low)) low = mid;
      else high = mid;
    }
    days.push(Math.floor(wallOf(zone, high) / DAY));
    for (const wall of [wallOf(zone, low) + MINUTE, wallOf(zone, high)]) minutes.add(Math.floor((wall % DAY) / MINUTE));
  }
  return [zone, { days: days.length > 0 ? days : [FIRST], minutes: minutes.size > 0 ? [...minutes] : [0] }];
}));

const hhmm = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
const iso = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);

/** Opening hours, most often starting or ending near the wall times the zone skips or repeats. */
function timetableIn(zone: string): fc.Arbitrary<Timetable> {
  const near = CHANGES.get(zone)!.minutes;
  const minuteOfDay = fc.oneof(
    fc.integer({ min: 0, max: 1439 }),
    fc.tuple(fc.constantFrom(...near), fc.integer({ min: -45, max: 45 })).map(([m, d]) => Math.min(1439, Math.max(0, m + d))),
    fc.constantFrom(0, 540, 1020, 1320),
  );
  const length = fc.oneof(fc.integer({ min: 1, max: 240 }), fc.integer({ min: 1, max: 1440 }));
  const span = fc.oneof(
    fc.tuple(minuteOfDay, length).map(([from, long]) => {
      const to = Math.min(1440, from + long);
      return `${hhmm(from)}-${to === 1440 ? '24:00' : hhmm(to)}`;
    }),
    // Past midnight: ends on the next day, at most a day after it started.
    fc.tuple(fc.integer({ min: 600, max: 1439 }), minuteOfDay).map(([from, to]) => `${hhmm(from)}-${hhmm(Math.min(to, from))}+1`),
    // Ends in the small hours of the next day, or exactly at a change.
    fc.tuple(minuteOfDay, minuteOfDay).filter(([from, to]) => to < from).map(([from, to]) => `${hhmm(from)}-${hhmm(to)}+1`),
  );
  const dayHours: fc.Arbitrary<DayHours> = fc.oneof({ weight: 3, arbitrary: span }, { weight: 1, arbitrary: fc.array(span, { minLength: 1, maxLength: 2 }) });
  return fc.oneof(
    fc.record({ hours: dayHours, days: fc.subarray(WEEKDAYS) }, { requiredKeys: ['hours'] }),
    fc.dictionary(fc.constantFrom(...WEEKDAYS), dayHours, { maxKeys: 7 }).map((week) => ({ week })),
  );
}

const calendar = (zone: string, around: number): fc.Arbitrary<Calendar> => {
  const date = fc.integer({ min: around - 10, max: around + 20 });
  const holiday: fc.Arbitrary<Holiday> = fc.tuple(date, fc.integer({ min: 0, max: 4 }), fc.boolean()).map(([from, length, range]) => ({ date: iso(from), ...(range ? { until: iso(from + length) } : {}) }));
  const season: fc.Arbitrary<Season> = fc.tuple(date, fc.integer({ min: 0, max: 30 }), timetableIn(zone)).map(([from, length, table]) => ({ ...table, from: iso(from), to: iso(from + length) }));
  return fc.record({
    table: timetableIn(zone),
    alwaysOpen: fc.integer({ min: 0, max: 6 }).map((n) => n === 0),
    holidays: fc.array(holiday, { maxLength: 3 }),
    seasons: fc.array(season, { maxLength: 2 }),
  }).map(({ table, alwaysOpen, holidays, seasons }) => ({
    id: 'c', timezone: zone, ...table, ...(alwaysOpen ? { always_open: true } : {}), holidays, seasons,
  }));
};

/** A zone and a local date: most often one on which its clocks change. */
const zoneAndDay = fc.constantFrom(...ZONES).chain((zone) =>
  fc.tuple(fc.constant(zone), fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...CHANGES.get(zone)!.days) }, { weight: 1, arbitrary: fc.integer({ min: FIRST, max: FIRST + SPAN_DAYS }) })));

/** A calendar and a span starting near it, in whole minutes: mostly up to three days, some up to three weeks. */
const calendarAndSpan = zoneAndDay.chain(([zone, around]) =>
  fc.record({
    calendar: calendar(zone, around),
    start: fc.oneof(fc.integer({ min: (around - 3) * 1440, max: (around + 1) * 1440 }), fc.integer({ min: (around - 21) * 1440, max: (around + 2) * 1440 })).map((m) => m * MINUTE),
    minutes: fc.oneof({ weight: 3, arbitrary: fc.integer({ min: 0, max: 3 * 1440 }) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 21 * 1440 }) }),
    share: fc.double({ min: 0, max: 1, noNaN: true }),
  }),
);

function compiled(calendar: Calendar): WorkingCalendar {
  const result = compileCalendar(calendar);
  if (!result.ok) throw new Error(`generated calendar rejected: ${JSON.stringify(result.problems)}`);
  return result.calendar;
}

describe('business time against a minute-by-minute reading of the calendar', () => {
  it('elapsed time and deadlines agree on both clocks', () => {
    fc.assert(fc.property(calendarAndSpan, ({ calendar: written, start, minutes, share }) => {
      const cal = compiled(written);
      const end = start + minutes * MINUTE;
      const { open, working } = minuteByMinute(written, start, end);
      for (const [clock, minutesOn] of [['business', open], ['working-days', working]] as const) {
        const total = minutesOn.filter(Boolean).length;
        expect(elapsedSeconds(cal, clock, start, end)).toBe(total * 60);
        // The first instant at which a share of that time has passed.
        const wanted = Math.floor(total * share);
        let count = 0;
        let due = start;
        for (let i = 0; count < wanted; i++) if (minutesOn[i] && ++count === wanted) due = start + (i + 1) * MINUTE;
        expect(deadline(cal, clock, start, wanted * 60)).toBe(due);
      }
      const intervals = openIntervals(cal, start, end);
      expect(intervals.reduce((sum, [from, to]) => sum + (to - from), 0)).toBe(open.filter(Boolean).length * MINUTE);
    }), REFERENCE_OPTIONS);
  }, PROPERTY_TIMEOUT);
});

describe('business time, at the millisecond', () => {
  const instants = zoneAndDay.chain(([zone, around]) =>
    fc.record({
      calendar: calendar(zone, around),
      points: fc.array(fc.integer({ min: (around - 5) * DAY, max: (around + 5) * DAY }), { minLength: 3, maxLength: 3 }).map((p) => p.sort((a, b) => a - b)),
      seconds: fc.oneof(fc.integer({ min: 1, max: 8 * 3600 }), fc.integer({ min: 1, max: 5 * 86_400 })),
    }),
  );

  it('adds up: a to c is a to b plus b to c, and the open intervals sum to the business time', () => {
    fc.assert(fc.property(instants, ({ calendar: written, points: [a, b, c] }) => {
      const cal = compiled(written);
      for (const clock of ['business', 'working-days', 'calendar'] as const) {
        expect(elapsedSeconds(cal, clock, a!, c!)).toBeCloseTo(elapsedSeconds(cal, clock, a!, b!) + elapsedSeconds(cal, clock, b!, c!), 6);
        expect(elapsedSeconds(cal, clock, c!, a!)).toBe(0);
      }
      const total = openIntervals(cal, a!, c!).reduce((sum, [from, to]) => sum + (to - from), 0);
      expect(total / 1000).toBeCloseTo(elapsedSeconds(cal, 'business', a!, c!), 6);
    }), PROPERTY_OPTIONS);
  }, PROPERTY_TIMEOUT);

  it('deadline is the inverse of elapsed time, and the earliest such instant', () => {
    fc.assert(fc.property(instants, ({ calendar: written, points: [start], seconds }) => {
      const cal = compiled(written);
      for (const clock of ['business', 'working-days', 'calendar'] as const) {
        const due = deadline(cal, clock, start!, seconds);
        if (due === Infinity) continue;
        expect(elapsedSeconds(cal, clock, start!, due)).toBe(seconds);
        expect(elapsedSeconds(cal, clock, start!, due - 1)).toBeLessThan(seconds);
      }
    }), PROPERTY_OPTIONS);
  }, PROPERTY_TIMEOUT);
});

describe('the week as Zendesk wants it', () => {
  it('covers the minutes of the written week, one day at a time, sorted and never touching within a day', () => {
    const written = fc.constantFrom(...ZONES).chain((zone) => calendar(zone, FIRST)).map((c) => ({ ...c, holidays: [], seasons: [] }));
    fc.assert(fc.property(written, (cal) => {
      // A Monday, read by the reference: which of the 10,080 minutes from Sunday 00:00 are open.
      const monday = Date.UTC(2027, 0, 4) / DAY;
      const wanted = new Array<boolean>(7 * 1440).fill(false);
      for (let d = 0; d < 7; d++) {
        const sunday0 = (d + 1) % 7;
        for (const [from, to] of hoursOfDay(cal, monday + d)) for (let m = from; m < to; m++) wanted[(sunday0 * 1440 + m) % (7 * 1440)] = true;
      }
      const intervals = weeklyIntervals(compiled(cal));
      const got = new Array<boolean>(7 * 1440).fill(false);
      intervals.forEach(({ start_time, end_time }, i) => {
        expect(end_time).toBeGreaterThan(start_time);
        expect(Math.floor(start_time / 1440)).toBe(Math.floor((end_time - 1) / 1440));
        const previous = intervals[i - 1];
        if (previous) expect(start_time > previous.end_time || (start_time === previous.end_time && start_time % 1440 === 0)).toBe(true);
        for (let m = start_time; m < end_time; m++) got[m] = true;
      });
      const bits = (minutes: boolean[]) => minutes.map((open) => (open ? '1' : '0')).join('');
      expect(bits(got)).toBe(bits(wanted));
    }), PROPERTY_OPTIONS);
  }, PROPERTY_TIMEOUT);
});
