import { describe, expect, it } from 'vitest';
import {
  compileCalendar, deadline, elapsedSeconds, openIntervals, parseHours, targetSeconds, timeZoneProblem, weeklyIntervals,
  workingDaySeconds, workingWeekDays, type WorkingCalendar,
} from '../../src/core/business-time/index.js';
import type { Calendar, Clock } from '../../src/core/policy.js';

const HOUR = 3600;
const at = (text: string) => Date.parse(text);

function compiled(calendar: Omit<Calendar, 'id'>): WorkingCalendar {
  const result = compileCalendar({ id: 'test', ...calendar });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.calendar;
}

const LONDON_OFFICE = compiled({ timezone: 'Europe/London', hours: '09:00-17:00' });
const LONDON_SUNDAYS = (hours: string) => compiled({ timezone: 'Europe/London', week: { sun: hours } });

describe('elapsed time, worked by hand', () => {
  const cases: { name: string; cal: WorkingCalendar; clock: Clock; from: string; to: string; hours: number }[] = [
    { name: 'Friday 16:00 to Monday 10:00 across the spring change', cal: LONDON_OFFICE, clock: 'business', from: '2027-03-26T16:00:00Z', to: '2027-03-29T10:00:00+01:00', hours: 2 },
    { name: 'the same on working days: 8 h of Friday, 10 h of Monday', cal: LONDON_OFFICE, clock: 'working-days', from: '2027-03-26T16:00:00Z', to: '2027-03-29T10:00:00+01:00', hours: 18 },
    { name: 'the same on the calendar clock (65 h, one lost to summer time)', cal: LONDON_OFFICE, clock: 'calendar', from: '2027-03-26T16:00:00Z', to: '2027-03-29T10:00:00+01:00', hours: 65 },
    { name: 'Friday 16:00 to Monday 10:00 across the autumn change', cal: LONDON_OFFICE, clock: 'business', from: '2027-10-29T16:00:00+01:00', to: '2027-11-01T10:00:00Z', hours: 2 },
    {
      name: 'a bank holiday in the middle', cal: compiled({ timezone: 'Europe/London', hours: '09:00-17:00', holidays: [{ date: '2027-05-03' }] }),
      clock: 'business', from: '2027-04-30T16:00:00+01:00', to: '2027-05-04T10:00:00+01:00', hours: 2,
    },
    {
      name: 'a closure of several days', cal: compiled({ timezone: 'Europe/London', hours: '09:00-17:00', holidays: [{ date: '2027-12-24', until: '2027-12-28' }] }),
      clock: 'working-days', from: '2027-12-23T12:00:00Z', to: '2027-12-29T12:00:00Z', hours: 24,
    },
    {
      name: 'Ramadan hours through a season (Sunday to Thursday, 10:00-15:00)',
      cal: compiled({ timezone: 'Asia/Riyadh', days: ['sun', 'mon', 'tue', 'wed', 'thu'], hours: '08:00-16:00', seasons: [{ from: '2027-02-08', to: '2027-03-09', hours: '10:00-15:00' }] }),
      clock: 'business', from: '2027-02-11T14:00:00+03:00', to: '2027-02-14T11:00:00+03:00', hours: 2,
    },
    {
      name: 'the day before Ramadan keeps the ordinary hours',
      cal: compiled({ timezone: 'Asia/Riyadh', days: ['sun', 'mon', 'tue', 'wed', 'thu'], hours: '08:00-16:00', seasons: [{ from: '2027-02-08', to: '2027-03-09', hours: '10:00-15:00' }] }),
      clock: 'business', from: '2027-02-07T08:00:00+03:00', to: '2027-02-08T23:00:00+03:00', hours: 8 + 5,
    },
    { name: 'a split shift, 12:00 to 17:00', cal: compiled({ timezone: 'Asia/Kolkata', hours: ['09:00-13:00', '16:00-20:00'] }), clock: 'business', from: '2027-06-02T12:00:00+05:30', to: '2027-06-02T17:00:00+05:30', hours: 2 },
    { name: '24/7 over the autumn change (a 25-hour Sunday)', cal: compiled({ timezone: 'Europe/London', always_open: true }), clock: 'business', from: '2027-10-31T00:00:00+01:00', to: '2027-11-01T00:00:00Z', hours: 25 },
    { name: '24/7 on working days over the spring change', cal: compiled({ timezone: 'Europe/London', always_open: true }), clock: 'working-days', from: '2027-03-28T00:00:00Z', to: '2027-03-29T00:00:00+01:00', hours: 23 },
    { name: 'a night shift "22:00-02:00+1" on Fridays, Friday 23:00 to Saturday 03:00', cal: compiled({ timezone: 'UTC', days: ['fri'], hours: '22:00-02:00+1' }), clock: 'business', from: '2027-06-04T23:00:00Z', to: '2027-06-05T03:00:00Z', hours: 3 },
    { name: 'its Saturday is no working day', cal: compiled({ timezone: 'UTC', days: ['fri'], hours: '22:00-02:00+1' }), clock: 'working-days', from: '2027-06-05T00:00:00Z', to: '2027-06-06T00:00:00Z', hours: 0 },
    {
      name: 'a holiday on the Saturday keeps Friday night\u2019s shift', cal: compiled({ timezone: 'UTC', days: ['fri'], hours: '22:00-02:00+1', holidays: [{ date: '2027-06-05' }] }),
      clock: 'business', from: '2027-06-04T00:00:00Z', to: '2027-06-06T00:00:00Z', hours: 4,
    },
    {
      name: 'a night shift and a morning that overlap count once', cal: compiled({ timezone: 'UTC', week: { fri: '22:00-02:00+1', sat: '00:00-04:00' } }),
      clock: 'business', from: '2027-06-04T00:00:00Z', to: '2027-06-06T00:00:00Z', hours: 6,
    },
    { name: '09:00-17:00 on the spring-change Sunday is 8 hours', cal: LONDON_SUNDAYS('09:00-17:00'), clock: 'business', from: '2027-03-28T00:00:00Z', to: '2027-03-29T00:00:00Z', hours: 8 },
    { name: '00:00-24:00 on the spring-change Sunday is 23 hours', cal: LONDON_SUNDAYS('00:00-24:00'), clock: 'business', from: '2027-03-27T00:00:00Z', to: '2027-03-30T00:00:00Z', hours: 23 },
    // 01:30 does not exist that night: it is read as 02:30 BST (01:30Z), and 03:00 BST is 02:00Z.
    { name: 'opening inside the skipped hour moves forward by the gap', cal: LONDON_SUNDAYS('01:30-03:00'), clock: 'business', from: '2027-03-27T00:00:00Z', to: '2027-03-30T00:00:00Z', hours: 0.5 },
    // 01:30 happens twice: the first (00:30Z) opens; 03:00 GMT is 03:00Z.
    { name: 'opening inside the repeated hour opens at its first occurrence', cal: LONDON_SUNDAYS('01:30-03:00'), clock: 'business', from: '2027-10-30T00:00:00Z', to: '2027-11-02T00:00:00Z', hours: 2.5 },
    // Closing at 01:30 in the repeated hour closes at its first occurrence too: 00:00 BST to 00:30Z.
    { name: 'closing inside the repeated hour closes at its first occurrence', cal: LONDON_SUNDAYS('00:00-01:30'), clock: 'business', from: '2027-10-30T00:00:00Z', to: '2027-11-02T00:00:00Z', hours: 1.5 },
    // Santiago skips 00:00-01:00 on 2027-09-05: the Sunday starts at 01:00 and lasts 23 hours.
    { name: 'a day whose midnight is skipped (Santiago)', cal: compiled({ timezone: 'America/Santiago', always_open: true }), clock: 'working-days', from: '2027-09-05T01:00:00-03:00', to: '2027-09-06T00:00:00-03:00', hours: 23 },
    { name: 'a 45-minute offset with summer time (Chatham), 09:00-17:00', cal: compiled({ timezone: 'Pacific/Chatham', hours: '09:00-17:00' }), clock: 'business', from: '2027-04-02T09:00:00+13:45', to: '2027-04-05T17:00:00+12:45', hours: 8 * 2 },
  ];
  it.each(cases)('$name', ({ cal, clock, from, to, hours }) => {
    expect(elapsedSeconds(cal, clock, at(from), at(to))).toBe(hours * HOUR);
  });

  it('is 0 when the end is not after the start, and NaN outside 1900-2199', () => {
    expect(elapsedSeconds(LONDON_OFFICE, 'business', at('2027-03-29T12:00:00Z'), at('2027-03-29T10:00:00Z'))).toBe(0);
    expect(elapsedSeconds(LONDON_OFFICE, 'business', at('1850-01-01T00:00:00Z'), at('2027-03-29T10:00:00Z'))).toBeNaN();
    expect(elapsedSeconds(LONDON_OFFICE, 'business', Number.NaN, at('2027-03-29T10:00:00Z'))).toBeNaN();
  });

  it('needs a calendar for the business and working-days clocks only', () => {
    expect(elapsedSeconds(undefined, 'calendar', 0, 90_000)).toBe(90);
    expect(() => elapsedSeconds(undefined, 'business', 0, 90_000)).toThrow(TypeError);
  });
});

describe('deadline', () => {
  const cases: { name: string; cal: WorkingCalendar; clock: Clock; from: string; seconds: number; due: string }[] = [
    { name: '2 business hours from Friday 16:00 over the spring change', cal: LONDON_OFFICE, clock: 'business', from: '2027-03-26T16:00:00Z', seconds: 2 * HOUR, due: '2027-03-29T10:00:00+01:00' },
    { name: 'reached at closing time: due at closing time, not the next morning', cal: LONDON_OFFICE, clock: 'business', from: '2027-03-26T16:00:00Z', seconds: HOUR, due: '2027-03-26T17:00:00Z' },
    { name: 'from a closed moment, the clock starts at opening', cal: LONDON_OFFICE, clock: 'business', from: '2027-03-27T12:00:00Z', seconds: 60, due: '2027-03-29T09:01:00+01:00' },
    { name: '24 working hours from Friday noon run to Monday noon', cal: LONDON_OFFICE, clock: 'working-days', from: '2027-06-04T12:00:00+01:00', seconds: 24 * HOUR, due: '2027-06-07T12:00:00+01:00' },
    { name: 'no time at all is the start', cal: LONDON_OFFICE, clock: 'business', from: '2027-03-27T12:00:00Z', seconds: 0, due: '2027-03-27T12:00:00Z' },
    { name: 'calendar time ignores the calendar', cal: LONDON_OFFICE, clock: 'calendar', from: '2027-03-27T12:00:00Z', seconds: 36 * HOUR, due: '2027-03-29T00:00:00Z' },
  ];
  it.each(cases)('$name', ({ cal, clock, from, seconds, due }) => {
    expect(deadline(cal, clock, at(from), seconds)).toBe(at(due));
  });

  it('is Infinity on a calendar that never opens again', () => {
    const seasonOnly = compiled({ timezone: 'UTC', week: {}, seasons: [{ from: '2027-01-01', to: '2027-01-31', days: ['mon', 'tue', 'wed', 'thu', 'fri'], hours: '09:00-17:00' }] });
    expect(deadline(seasonOnly, 'business', at('2027-01-29T16:00:00Z'), 3 * HOUR)).toBe(Infinity);
    expect(deadline(seasonOnly, 'business', at('2027-01-28T16:00:00Z'), 3 * HOUR)).toBe(at('2027-01-29T11:00:00Z'));
  });
});

describe('open intervals', () => {
  it('lists each opening, clipped to the range, and joins a night shift across midnight', () => {
    const nights = compiled({ timezone: 'UTC', week: { fri: '22:00-02:00+1', sat: '02:00-04:00' } });
    expect(openIntervals(nights, at('2027-06-04T23:00:00Z'), at('2027-06-12T00:00:00Z'))).toEqual([
      [at('2027-06-04T23:00:00Z'), at('2027-06-05T04:00:00Z')],
      [at('2027-06-11T22:00:00Z'), at('2027-06-12T00:00:00Z')],
    ]);
  });
});

describe('what a day and a week mean on each clock', () => {
  const cases: { name: string; calendar: Omit<Calendar, 'id'>; day: number; week: number }[] = [
    { name: 'Monday to Friday 09:00-17:00', calendar: { timezone: 'UTC', hours: '09:00-17:00' }, day: 8 * HOUR, week: 5 },
    { name: 'a split shift', calendar: { timezone: 'UTC', hours: ['08:00-12:00', '16:00-20:00'], days: ['sun', 'mon', 'tue', 'wed', 'thu'] }, day: 8 * HOUR, week: 5 },
    { name: 'a short Friday: the most common day wins', calendar: { timezone: 'UTC', week: { mon: '09:00-17:00', tue: '09:00-17:00', wed: '09:00-17:00', thu: '09:00-17:00', fri: '09:00-13:00' } }, day: 8 * HOUR, week: 5 },
    { name: 'a tie goes to the longer day', calendar: { timezone: 'UTC', week: { mon: '09:00-17:00', tue: '09:00-13:00' } }, day: 8 * HOUR, week: 2 },
    { name: 'a night shift counts on the day it starts', calendar: { timezone: 'UTC', days: ['fri', 'sat'], hours: '22:00-06:00+1' }, day: 8 * HOUR, week: 2 },
    { name: '24/7', calendar: { timezone: 'UTC', always_open: true }, day: 24 * HOUR, week: 7 },
  ];
  it.each(cases)('$name', ({ calendar, day, week }) => {
    const cal = compiled(calendar);
    expect(workingDaySeconds(cal)).toBe(day);
    expect(workingWeekDays(cal)).toBe(week);
  });

  it.each([
    { text: '1d', clock: 'business', minutes: 480 },
    { text: '1w', clock: 'business', minutes: 5 * 480 },
    { text: 'P1D', clock: 'business', minutes: 480 },
    { text: '4h', clock: 'business', minutes: 240 },
    { text: '1d', clock: 'working-days', minutes: 1440 },
    { text: '1w', clock: 'working-days', minutes: 5 * 1440 },
    { text: '1w', clock: 'calendar', minutes: 7 * 1440 },
    { text: '1mo', clock: 'business', minutes: 30 * 480 },
  ] as const)('$text on the $clock clock of 09:00-17:00 is $minutes minutes', ({ text, clock, minutes }) => {
    expect(targetSeconds(text, clock, LONDON_OFFICE)).toBe(minutes * 60);
  });

  it('falls back to calendar time without a calendar, and gives nothing for a text that is no duration', () => {
    expect(targetSeconds('1d', 'business', undefined)).toBe(86_400);
    expect(targetSeconds('soon', 'business', LONDON_OFFICE)).toBeUndefined();
  });
});

describe('the week as Zendesk wants it', () => {
  it.each([
    { name: 'Monday 09:00-17:00', calendar: { timezone: 'UTC', days: ['mon'], hours: '09:00-17:00' }, intervals: [[1980, 2460]] },
    {
      name: 'a split shift, Sunday to Thursday', calendar: { timezone: 'Asia/Riyadh', days: ['sun', 'thu'], hours: ['08:00-12:00', '16:00-20:00'] },
      intervals: [[480, 720], [960, 1200], [4 * 1440 + 480, 4 * 1440 + 720], [4 * 1440 + 960, 4 * 1440 + 1200]],
    },
    { name: 'Saturday night runs into Sunday morning', calendar: { timezone: 'UTC', days: ['sat'], hours: '22:00-02:00+1' }, intervals: [[0, 120], [6 * 1440 + 1320, 7 * 1440]] },
    { name: 'a night shift joins the next morning', calendar: { timezone: 'UTC', week: { mon: '20:00-02:00+1', tue: '02:00-06:00' } }, intervals: [[1440 + 1200, 2880], [2880, 2880 + 360]] },
    { name: '24/7', calendar: { timezone: 'UTC', always_open: true }, intervals: Array.from({ length: 7 }, (_, d) => [d * 1440, (d + 1) * 1440]) },
  ] as { name: string; calendar: Omit<Calendar, 'id'>; intervals: number[][] }[])('$name', ({ calendar, intervals }) => {
    expect(weeklyIntervals(compiled(calendar))).toEqual(intervals.map(([start_time, end_time]) => ({ start_time, end_time })));
  });

  it('gives a season\u2019s week by its index', () => {
    const cal = compiled({ timezone: 'Asia/Riyadh', days: ['sun'], hours: '08:00-16:00', seasons: [{ from: '2027-02-08', to: '2027-03-09', hours: '10:00-15:00' }] });
    expect(weeklyIntervals(cal, 0)).toEqual([{ start_time: 600, end_time: 900 }]);
    expect(() => weeklyIntervals(cal, 1)).toThrow(RangeError);
  });
});

describe('parsing hours', () => {
  it.each([
    { hours: '09:00-17:00', spans: [[540, 1020]] },
    { hours: '00:00-24:00', spans: [[0, 1440]] },
    { hours: '22:00-02:00+1', spans: [[1320, 1560]] },
    { hours: '00:00-00:00+1', spans: [[0, 1440]] },
    { hours: ['16:00-20:00', '09:00-13:00', '12:00-14:00'], spans: [[540, 840], [960, 1200]] },
  ] as const)('$hours', ({ hours, spans }) => {
    expect(parseHours(hours as string | string[])).toEqual({ spans, problems: [] });
  });

  it.each([
    { hours: '25:00-26:00', code: 'hours-time' },
    { hours: '09:60-17:00', code: 'hours-time' },
    { hours: '24:00-02:00+1', code: 'hours-time' },
    { hours: '17:00-09:00', code: 'hours-order' },
    { hours: '09:00-09:00', code: 'hours-order' },
    { hours: '09:00-17:00+1', code: 'hours-too-long' },
    { hours: '9-5', code: 'hours-format' },
    { hours: '09:00 - 17:00', code: 'hours-format' },
  ])('$hours is $code', ({ hours, code }) => {
    expect(parseHours(hours).problems).toEqual([{ code, text: hours }]);
  });

  it('points at the part of a split shift that is wrong', () => {
    expect(parseHours(['09:00-13:00', '16:00-14:00']).problems).toEqual([{ code: 'hours-order', index: 1, text: '16:00-14:00' }]);
  });
});

describe('compiling a calendar', () => {
  it('reports every problem at its path', () => {
    const result = compileCalendar({
      id: 'bad', timezone: 'Europe/Londn', week: { mon: ['09:00-13:00', '25:00-26:00'] },
      seasons: [{ from: '2027-02-30', to: '2027-03-09', hours: '10:00-15:00' }, { from: '2027-03-01', to: '2027-02-01' }],
      holidays: [{ date: '2027-05-03', until: '2027-05-01' }],
    });
    expect(result).toEqual({
      ok: false,
      problems: [
        { code: 'unknown-time-zone', path: ['timezone'], text: 'Europe/Londn', suggestion: 'Europe/London' },
        { code: 'hours-time', path: ['week', 'mon', 1], text: '25:00-26:00' },
        { code: 'date', path: ['seasons', 0, 'from'], text: '2027-02-30' },
        { code: 'date-order', path: ['seasons', 1, 'to'], text: '2027-02-01' },
        { code: 'season-without-hours', path: ['seasons', 1], text: '2027-03-01..2027-02-01' },
        { code: 'date-order', path: ['holidays', 0, 'until'], text: '2027-05-01' },
      ],
    });
  });
});

describe('time zones', () => {
  it('can be left unchecked by callers that need only the week, and then fail at the first time question', () => {
    const result = compileCalendar({ id: 'x', timezone: 'Europe/Londn', hours: '09:00-17:00' }, { checkTimeZone: false });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(targetSeconds('1d', 'business', result.calendar)).toBe(8 * HOUR);
    expect(() => elapsedSeconds(result.calendar, 'business', 0, 1)).toThrow(RangeError);
  });

  it.each([
    { name: 'Europe/London', problem: undefined },
    { name: 'UTC', problem: undefined },
    { name: 'Etc/GMT+3', problem: undefined },
    { name: 'Asia/Calcutta', problem: undefined },
    { name: 'Asia/Riyad', problem: { suggestion: 'Asia/Riyadh' } },
    { name: 'Mars/Olympus_Mons', problem: {} },
    { name: '+03:00', problem: {} },
  ])('$name', ({ name, problem }) => {
    expect(timeZoneProblem(name)).toEqual(problem);
  });
});
