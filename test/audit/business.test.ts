import { describe, expect, it } from 'vitest';
import { Audit } from '../../src/audit/audit.js';
import { READERS, type ExportInput } from '../../src/audit/readers/index.js';
import { IDENTITY_MAPPING } from '../../src/audit/mapping.js';
import type { AuditRecord } from '../../src/audit/types.js';
import type { Calendar, Clock, Metric, Policy, Standard, Weekday } from '../../src/core/policy.js';
import { fc, PROPERTY_OPTIONS } from '../helpers/fast-check.js';
import { minuteByMinute } from '../core/business-time-reference.js';
import { loadPolicy, referenceAudit } from './reference.js';

const MINUTE = 60_000;
const DAY = 86_400_000;
const WEEKDAYS: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const ZONES = ['Europe/London', 'America/New_York', 'Australia/Sydney', 'Asia/Riyadh', 'Asia/Kolkata', 'America/St_Johns', 'UTC'];
const METRICS: Metric[] = ['answer', 'first-response', 'resolution'];
/** Around the spring and autumn changes of 2026 in both hemispheres. */
const FROM = Date.UTC(2026, 2, 20) / MINUTE;
const TO = Date.UTC(2026, 3, 12) / MINUTE;

const pad = (n: number) => String(n).padStart(2, '0');
const hours = fc.tuple(fc.integer({ min: 0, max: 22 }), fc.integer({ min: 1, max: 12 })).map(([start, length]) => `${pad(start)}:00-${pad(Math.min(24, start + length))}:00`);
const calendar: fc.Arbitrary<Calendar> = fc.record({
  timezone: fc.constantFrom(...ZONES),
  days: fc.uniqueArray(fc.constantFrom(...WEEKDAYS), { minLength: 1, maxLength: 7 }),
  hours,
  holidays: fc.array(fc.integer({ min: 0, max: 22 }).map((d) => ({ date: new Date(Date.UTC(2026, 2, 20) + d * DAY).toISOString().slice(0, 10) })), { maxLength: 3 }),
}).map((c) => ({ id: 'hours', ...c }));

/** A policy whose standards run on a drawn calendar and clock, with targets in minutes or working days. */
function policyWith(base: Policy, cal: Calendar, clocks: Clock[], targets: string[]): Policy {
  const standards: Standard[] = METRICS.map((metric, i) => ({ id: `s-${metric}`, action: base.actions[0]!.id, metric, target: targets[i]!, clock: clocks[i]!, calendar: 'hours', attainment: '90%' }));
  return { ...base, calendars: [cal], standards, escalation: { levels: [] } };
}

/** Writes an instant in a drawn UTC offset, as exports from other systems do. */
function written(ms: number, offsetQuarters: number): string {
  const shift = offsetQuarters * 15;
  const local = new Date(ms + shift * MINUTE).toISOString().slice(0, 19);
  const sign = shift < 0 ? '-' : '+';
  return `${local}${sign}${pad(Math.trunc(Math.abs(shift) / 60))}:${pad(Math.abs(shift) % 60)}`;
}

const input = (text: string): ExportInput => ({
  path: 'gen.csv', file: 'gen.csv', sample: text,
  async *chunks() { yield text; },
  async whole() { return text; },
});

/** The reference reads every minute through Intl, so this property gets a 25th of the usual runs. */
describe('audit on business and working-days clocks, against a minute-by-minute reference', () => {
  const base = loadPolicy('telecom-complaints.ar.yaml');
  const channel = base.actions[0]!.channels![0]!;
  // Records opened within three days, so that the reference counts a few thousand minutes each.
  const record = fc.record({
    created: fc.integer({ min: 0, max: 3 * 1440 }),
    waits: fc.tuple(...METRICS.map(() => fc.oneof(fc.constant(-1), fc.integer({ min: 0, max: 3 * 1440 })))),
    offset: fc.integer({ min: -48, max: 56 }),
  });
  it('agrees on met, breached and pending for random calendars, zones with daylight saving, holidays and offsets', async () => {
    await fc.assert(fc.asyncProperty(
      calendar,
      fc.tuple(...METRICS.map(() => fc.constantFrom<Clock>('business', 'working-days'))),
      fc.tuple(...METRICS.map(() => fc.oneof(fc.integer({ min: 1, max: 900 }).map((m) => `${m}m`), fc.integer({ min: 1, max: 3 }).map((d) => `${d}d`)))),
      fc.integer({ min: FROM, max: TO }),
      fc.array(record, { minLength: 1, maxLength: 5 }),
      fc.integer({ min: 0, max: 4 * 1440 }),
      async (cal, clocks, targets, start, relative, asOfAfter) => {
        const drawn = relative.map((r) => ({ ...r, created: start + r.created }));
        const asOfMinute = start + asOfAfter;
        const policy = policyWith(base, cal, clocks, targets);
        const lines = ['id,channel,created_at,action,answer_at,first_response_at,resolution_at'];
        drawn.forEach((r, i) => {
          const events = r.waits.map((wait) => (wait < 0 ? '' : written((r.created + wait) * MINUTE, r.offset)));
          lines.push([String(i), channel, written(r.created * MINUTE, -r.offset), base.actions[0]!.id, ...events].join(','));
        });
        const records: AuditRecord[] = [];
        for await (const batch of READERS.csv.read(input(`${lines.join('\n')}\n`), { mapping: IDENTITY_MAPPING, lang: 'en' })) records.push(...batch.records);
        expect(records).toHaveLength(drawn.length);
        const asOf = asOfMinute * MINUTE;
        const audit = new Audit(policy, { asOf });
        records.forEach((r) => audit.add(r));
        const result = audit.result();

        // The reference: minutes counted one by one, and targets as the policy defines them.
        const minutesOf = (i: number, start: number, end: number) => {
          if (end <= start) return 0;
          const { open, working } = minuteByMinute(cal, start, end);
          return (clocks[i] === 'business' ? open : working).filter(Boolean).length * 60;
        };
        const referenceTargets = targets.map((text, i) => {
          const n = Number(text.slice(0, -1));
          if (text.endsWith('m')) return n * 60;
          if (clocks[i] === 'working-days') return n * DAY / 1000;
          return n * dayOpenSeconds(cal);
        });
        const expected = referenceAudit(policy, records, asOf, minutesOf, referenceTargets);
        result.standards.forEach((s, i) => {
          expect({ id: s.id, records: s.records, met: s.met, breached: s.breached, pending: s.pending, no_data: s.no_data }).toEqual({ id: s.id, ...expected.counts[i] });
        });
      },
    ), { ...PROPERTY_OPTIONS, numRuns: Math.max(10, Math.ceil((PROPERTY_OPTIONS.numRuns ?? 1000) / 25)) });
  }, 600_000);
});

/** A working day on a calendar with the same hours every working day: those hours' length. */
function dayOpenSeconds(cal: Calendar): number {
  const [from, to] = (cal.hours as string).split('-').map((t) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5)));
  return (to! - from!) * 60;
}
