import { describe, expect, it } from 'vitest';
import { calendarTable, clockBefore, monthFromTable, type CalendarTable } from '../../../src/audit/sql/calendar-table.js';
import { calendarCsv, calendarInserts } from '../../../src/audit/sql/audit-sql.js';
import type { Calendar } from '../../../src/core/policy.js';

const H = 3_600_000;
const DAY = 24 * H;
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY;

function table(calendar: Calendar | undefined, clock: 'business' | 'working-days' | 'calendar', from: string, to: string): CalendarTable {
  const result = calendarTable(calendar, clock, Date.parse(from), Date.parse(to));
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.table;
}

describe('the calendar table', () => {
  it('splits a night shift at UTC midnight, across the night London moves its clocks forward', () => {
    // 22:00-02:00+1 every day; on 2026-03-29 at 01:00 UTC London goes from GMT to BST.
    const night: Calendar = { id: 'night', timezone: 'Europe/London', hours: '22:00-02:00+1', days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] };
    const t = table(night, 'business', '2026-03-28T00:00:00Z', '2026-03-31T00:00:00Z');
    expect(t.days.map((d) => [d.day, d.openBefore, d.spans, d.monthSplit, d.monthBefore, d.monthAfter])).toEqual([
      [day('2026-03-28'), 0, [0, 2 * H, 22 * H, 24 * H], DAY, '2026-03', '2026-03'],
      [day('2026-03-29'), 4 * H, [0, 1 * H, 21 * H, 24 * H], DAY, '2026-03', '2026-03'],
      [day('2026-03-30'), 8 * H, [0, 1 * H, 21 * H, 24 * H], DAY, '2026-03', '2026-03'],
    ]);
    expect(t.spanCount).toBe(2);
    expect(clockBefore(t, Date.parse('2026-03-29T00:30:00Z'))! - clockBefore(t, Date.parse('2026-03-28T23:00:00Z'))!).toBe(1.5 * H);
    expect(clockBefore(t, Date.parse('2026-03-31T00:00:00Z'))).toBeUndefined();
  });

  it.each([
    ['Asia/Kolkata', '2026-03-31', 18.5 * H, '2026-03', '2026-04'],
    ['America/New_York', '2026-04-01', 4 * H, '2026-03', '2026-04'],
    ['Australia/Lord_Howe', '2026-03-31', 13 * H, '2026-03', '2026-04'],
    // The clocks went from 23:59:59.999 on 30 September straight to 01:00 on 1 October.
    ['America/Asuncion', '2023-10-01', 4 * H, '2023-09', '2023-10'],
  ])('puts the local month boundary of %s on the UTC day %s, to the millisecond', (timezone, utcDay, split, before, after) => {
    const t = table({ id: 'c', timezone, always_open: true }, 'calendar', `${utcDay}T00:00:00Z`, `${utcDay}T00:00:00.001Z`);
    expect(t.days.map((d) => [d.monthSplit, d.monthBefore, d.monthAfter])).toEqual([[split, before, after]]);
    const boundary = day(utcDay) * DAY + split;
    expect(monthFromTable(t, boundary - 1)).toBe(before);
    expect(monthFromTable(t, boundary)).toBe(after);
  });

  it('starts a month at UTC midnight on a day of its own, with no boundary inside it', () => {
    const t = table({ id: 'c', timezone: 'UTC', always_open: true }, 'calendar', '2026-03-31T00:00:00Z', '2026-04-02T00:00:00Z');
    expect(t.days.map((d) => [d.monthSplit, d.monthBefore, d.monthAfter])).toEqual([[DAY, '2026-03', '2026-03'], [DAY, '2026-04', '2026-04']]);
  });

  it('counts whole local dates on the working-days clock, and every instant on the calendar clock', () => {
    const weekdays: Calendar = { id: 'w', timezone: 'Asia/Riyadh', hours: '09:00-17:00', days: ['sun', 'mon', 'tue', 'wed', 'thu'] };
    // Thursday 2026-01-01 to Saturday 2026-01-03 UTC: Thursday's local date runs 21:00 UTC to 21:00 UTC.
    const w = table(weekdays, 'working-days', '2026-01-01T00:00:00Z', '2026-01-04T00:00:00Z');
    expect(w.days.map((d) => [d.openBefore, d.spans])).toEqual([[0, [0, 21 * H]], [21 * H, []], [21 * H, [21 * H, DAY]]]);
    const wall = table(undefined, 'calendar', '2026-01-01T12:00:00Z', '2026-01-03T00:00:00Z');
    expect(wall.days.map((d) => [d.openBefore, d.spans, d.monthBefore])).toEqual([[0, [0, DAY], '2026-01'], [DAY, [0, DAY], '2026-01']]);
  });

  it.each([
    ['an empty range', undefined, 'calendar', '2026-01-02T00:00:00Z', '2026-01-01T00:00:00Z', { ok: false, problem: 'range' }],
    ['a range past 2199', undefined, 'calendar', '2026-01-02T00:00:00Z', '2200-01-01T00:00:00Z', { ok: false, problem: 'range' }],
    ['business time without a calendar', undefined, 'business', '2026-01-01T00:00:00Z', '2026-01-02T00:00:00Z', { ok: false, problem: 'calendar', problems: [] }],
    ['a calendar with an unknown zone', { id: 'x', timezone: 'Mars/Olympus', hours: '09:00-17:00' }, 'business', '2026-01-01T00:00:00Z', '2026-01-02T00:00:00Z', { ok: false, problem: 'calendar', problems: [expect.objectContaining({ code: 'unknown-time-zone' })] }],
  ] as const)('refuses %s', (_, calendar, clock, from, to, wanted) => {
    expect(calendarTable(calendar as Calendar | undefined, clock, Date.parse(from), Date.parse(to))).toEqual(wanted);
  });
});

describe('the calendar table as files', () => {
  const t = table({ id: 'support, "main"', timezone: 'UTC', hours: ['09:00-12:00', '13:00-17:00'] }, 'business', '2026-01-01T00:00:00Z', '2026-01-03T00:00:00Z');

  it('writes CSV with a header and quoted texts', () => {
    expect(calendarCsv([t])).toBe([
      'calendar_id,clock,utc_day,open_before,s0,e0,s1,e1,month_split,month_before,month_after',
      '"support, ""main""",business,20454,0,32400000,43200000,46800000,61200000,86400000,2026-01,2026-01',
      '"support, ""main""",business,20455,25200000,32400000,43200000,46800000,61200000,86400000,2026-01,2026-01',
      '',
    ].join('\n'));
  });

  it('writes CREATE TABLE and INSERTs in each dialect\'s types and string escapes', () => {
    expect(calendarInserts('bigquery', 'ops.calendar', [t])).toBe([
      'CREATE TABLE ops.calendar (',
      '  calendar_id STRING,', '  clock STRING,', '  utc_day INT64,', '  open_before INT64,', '  s0 INT64,', '  e0 INT64,', '  s1 INT64,', '  e1 INT64,',
      '  month_split INT64,', '  month_before STRING,', '  month_after STRING',
      ');',
      'INSERT INTO ops.calendar (calendar_id, clock, utc_day, open_before, s0, e0, s1, e1, month_split, month_before, month_after) VALUES',
      "('support, \"main\"', 'business', 20454, 0, 32400000, 43200000, 46800000, 61200000, 86400000, '2026-01', '2026-01'),",
      "('support, \"main\"', 'business', 20455, 25200000, 32400000, 43200000, 46800000, 61200000, 86400000, '2026-01', '2026-01');",
      '',
    ].join('\n'));
    expect(calendarInserts('postgres', 'My Calendar', [t])).toContain('CREATE TABLE "My Calendar" (\n  calendar_id TEXT,');
  });
});
