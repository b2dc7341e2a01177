import { describe, expect, it } from 'vitest';
import { policyTables } from '../../../src/audit/sql/policy-tables.js';
import type { Policy } from '../../../src/core/policy.js';

const centre = { id: 'contact-centre', timezone: 'Europe/London', week: { mon: '08:00-20:00', tue: '08:00-20:00', wed: '08:00-20:00', thu: '08:00-20:00', fri: '08:00-20:00', sat: '08:30-13:00' } };
const standard = (id: string, rest: object) => ({ id, action: 'a', metric: 'resolution', ...rest });
const policy = {
  calendars: [centre, { id: 'broken', timezone: 'Mars/Olympus', hours: '09:00-17:00' }],
  standards: [
    standard('complaint-answer', { target: '7d', clock: 'business', calendar: 'contact-centre' }),
    standard('callback', { target: '24h', clock: 'working-days', calendar: 'contact-centre' }),
    standard('emergency', { target: '60s', clock: 'calendar' }),
    standard('no-target', { clock: 'calendar' }),
    standard('no-calendar', { target: '1d', clock: 'business' }),
    standard('broken-calendar', { target: '1d', clock: 'business', calendar: 'broken' }),
    standard('bad-target', { target: 'soon', clock: 'business', calendar: 'contact-centre' }),
  ],
  escalation: { levels: [{ level: 1, after: '0m' }, { level: 2, after: '5d', clock: 'business', calendar: 'contact-centre' }] },
} as unknown as Policy;

describe('the tables and targets a policy needs', () => {
  const result = policyTables(policy, Date.UTC(2026, 0, 1), Date.UTC(2026, 3, 1));

  it('gives each measured standard its target in ms on its clock, as the streaming audit reads it', () => {
    expect(result.standards).toEqual([
      // A business day on this calendar is its most common working day: 12 hours.
      { id: 'complaint-answer', calendar: 'contact-centre', clock: 'business', targetMs: 7 * 12 * 3_600_000 },
      { id: 'callback', calendar: 'contact-centre', clock: 'working-days', targetMs: 24 * 3_600_000 },
      { id: 'emergency', calendar: 'calendar', clock: 'calendar', targetMs: 60_000 },
    ]);
  });

  it('names the standards it cannot measure, with the streaming audit\'s reasons', () => {
    expect(result.notMeasured).toEqual([
      { id: 'no-target', reason: 'no-target' },
      { id: 'no-calendar', reason: 'no-calendar' },
      { id: 'broken-calendar', reason: 'clock-unavailable' },
      { id: 'bad-target', reason: 'bad-target' },
    ]);
  });

  it('builds one table per calendar and clock, shared by standards and escalation levels', () => {
    expect(result.tables.map((t) => [t.calendar, t.clock, t.days.length])).toEqual([
      ['contact-centre', 'business', 90],
      ['contact-centre', 'working-days', 90],
      ['calendar', 'calendar', 90],
    ]);
    expect(result.failed).toEqual([]);
  });
});
