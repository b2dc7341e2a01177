import { describe, expect, it } from 'vitest';
import { Audit } from '../../src/audit/audit.js';
import type { Metric, Policy } from '../../src/core/policy.js';
import type { AuditRecord } from '../../src/audit/types.js';
import { fc, PROPERTY_OPTIONS } from '../helpers/fast-check.js';
import { loadPolicy, referenceAudit, wallTargetSeconds } from './reference.js';

const T0 = Date.UTC(2026, 5, 1, 8);
const MIN = 60_000;

const telecom = loadPolicy('telecom-complaints.ar.yaml');
/** Only the standards on wall time, until business clocks are compared through the engine. */
const wallOnly: Policy = { ...telecom, standards: telecom.standards.filter((s) => s.clock === 'calendar') };

let line = 1;
const record = (fields: AuditRecord['fields'], created: number, events: AuditRecord['events']): AuditRecord => ({ file: 'x.csv', line: ++line, id: String(line), fields, created, events });

function run(policy: Policy, records: AuditRecord[], asOf = T0 + 30 * 86400_000) {
  const audit = new Audit(policy, { asOf });
  records.forEach((r) => audit.add(r));
  return audit.result();
}
const byId = (result: ReturnType<typeof run>, id: string) => result.standards.find((s) => s.id === id)!;

describe('which standard applies', () => {
  it('judges a record on the standards of the action it names, on its channel', () => {
    const result = run(wallOnly, [
      record({ channel: 'call-centre', action: 'receive-complaint' }, T0, { answer: T0 + 30_000 }),
      record({ channel: 'call-centre', action: 'receive-complaint' }, T0, { answer: T0 + 61_000 }),
    ]);
    expect(byId(result, 'call-answered')).toMatchObject({ records: 2, met: 1, breached: 1, pending: 0, attainment: 50, target: 85, ok: false });
    expect(result.ok).toBe(false);
  });

  it('counts a record that could belong to several actions as ambiguous, once, and judges it nowhere', () => {
    const result = run(wallOnly, [record({ channel: 'call-centre' }, T0, { answer: T0 + 1000, resolution: T0 + 2000 })]);
    expect(result.ambiguous.count).toBe(1);
    expect(result.ambiguous.examples[0]!.actions).toEqual(['receive-complaint', 'investigate-complaint']);
    expect(result.standards.every((s) => s.records === 0)).toBe(true);
  });

  it('reports an unknown channel once with its count, and the records as unmatched', () => {
    const result = run(wallOnly, [1, 2, 3].map(() => record({ channel: 'fax', action: 'receive-complaint' }, T0, { answer: T0 })));
    expect(result.unmapped).toEqual([{ field: 'channel', value: 'fax', count: 3, reason: 'not-an-id' }]);
    expect(result.unmatched.count).toBe(3);
  });

  it('leaves out a metric the export has no column for, and says so', () => {
    const result = run(wallOnly, [record({ channel: 'call-centre', action: 'receive-complaint' }, T0, {})]);
    expect(byId(result, 'call-answered')).toMatchObject({ records: 0, no_data: 1, attainment: null, ok: null });
  });

  it('takes several actions from one cell: a case logged and then resolved', () => {
    const result = run(wallOnly, [record({ channel: 'app-chat', action: 'receive-complaint;investigate-complaint' }, T0, { 'first-response': T0 + MIN, resolution: T0 + 86400_000 })]);
    expect(byId(result, 'chat-first-reply')).toMatchObject({ met: 1 });
    expect(byId(result, 'complaint-answered')).toMatchObject({ met: 1 });
    expect(result.ambiguous.count).toBe(0);
  });
});

describe('open records', () => {
  const asOf = T0 + 10 * MIN;
  it.each([
    ['pending while the target has not passed', T0 + 6 * MIN, 'pending'],
    ['breached once the target has passed', T0 + 4 * MIN, 'breached'],
    ['pending when created after the audit time', asOf + MIN, 'pending'],
  ])('%s', (_name, created, outcome) => {
    const result = run(wallOnly, [record({ channel: 'app-chat', action: 'receive-complaint' }, created, { 'first-response': null })], asOf);
    expect(byId(result, 'chat-first-reply')[outcome as 'pending' | 'breached']).toBe(1);
  });

  it('counts an event after the audit time as not happened yet', () => {
    const result = run(wallOnly, [record({ channel: 'app-chat', action: 'receive-complaint' }, T0, { 'first-response': T0 + 20 * MIN })], T0 + 3 * MIN);
    expect(byId(result, 'chat-first-reply')).toMatchObject({ pending: 1, met: 0 });
  });

  it('is met at exactly the target, breached a second later', () => {
    const result = run(wallOnly, [
      record({ channel: 'app-chat', action: 'receive-complaint' }, T0, { 'first-response': T0 + 5 * MIN }),
      record({ channel: 'app-chat', action: 'receive-complaint' }, T0, { 'first-response': T0 + 5 * MIN + 1000 }),
    ]);
    expect(byId(result, 'chat-first-reply')).toMatchObject({ met: 1, breached: 1 });
  });
});

describe('months, escalation and the period', () => {
  it('finds the worst month, in the calendar time zone of the standard', () => {
    const result = run(wallOnly, [
      record({ channel: 'app-chat', action: 'receive-complaint' }, Date.UTC(2026, 4, 10), { 'first-response': Date.UTC(2026, 4, 10) + MIN }),
      record({ channel: 'app-chat', action: 'receive-complaint' }, Date.UTC(2026, 5, 10), { 'first-response': Date.UTC(2026, 5, 10) + 9 * MIN }),
      record({ channel: 'app-chat', action: 'receive-complaint' }, Date.UTC(2026, 5, 11), { 'first-response': Date.UTC(2026, 5, 11) + MIN }),
    ]);
    const chat = byId(result, 'chat-first-reply');
    expect(chat.months.map((m) => [m.month, m.attainment])).toEqual([['2026-05', 100], ['2026-06', 50]]);
    expect(chat.worst_month).toEqual({ month: '2026-06', attainment: 50 });
  });

  it('counts for each escalation level the cases still open when it was due', () => {
    const day = 86400_000;
    const result = run(wallOnly, [
      record({ channel: 'call-centre', action: 'investigate-complaint' }, T0, { resolution: T0 + day }),
      record({ channel: 'call-centre', action: 'investigate-complaint' }, T0, { resolution: T0 + 3.5 * day }),
      record({ channel: 'call-centre', action: 'investigate-complaint' }, T0, { resolution: null }),
      record({ channel: 'call-centre', action: 'receive-complaint' }, T0, { resolution: null }),
    ], T0 + 4.5 * day);
    expect(result.escalation.map((l) => [l.level, l.cases, l.reached, l.still_open])).toEqual([[1, 3, 3, 1], [2, 3, 2, 1], [3, 3, 1, 1], [4, 3, 0, 0]]);
  });

  it('selects records by creation time', () => {
    const audit = new Audit(wallOnly, { asOf: T0 + 86400_000, from: T0, to: T0 + MIN });
    [T0 - 1, T0, T0 + MIN - 1, T0 + MIN].forEach((created) => audit.add(record({ channel: 'app-chat', action: 'receive-complaint' }, created, { 'first-response': created })));
    const result = audit.result();
    expect(result.records).toBe(2);
    expect(result.outside_period).toBe(2);
  });
});

const CHANNELS = ['call-centre', 'app-chat', 'branches', 'social', 'fax'];
const ACTIONS = ['', 'receive-complaint', 'investigate-complaint', 'post-complaint-survey', 'receive-complaint;investigate-complaint', 'nonsense'];
const METRICS: Metric[] = ['answer', 'acknowledgement', 'first-response', 'resolution'];

const generatedRecord = fc.record({
  channel: fc.constantFrom(...CHANNELS),
  action: fc.constantFrom(...ACTIONS),
  created: fc.integer({ min: T0, max: T0 + 20 * 86400_000 }),
  events: fc.tuple(...METRICS.map(() => fc.oneof(fc.constant(undefined), fc.constant(null), fc.integer({ min: 0, max: 8 * 86400_000 })))),
}).map(({ channel, action, created, events }) => {
  const recordEvents: AuditRecord['events'] = {};
  METRICS.forEach((metric, i) => {
    const event = events[i];
    if (event !== undefined) recordEvents[metric] = event === null ? null : created + event;
  });
  return record({ channel, ...(action ? { action } : {}) }, created, recordEvents);
});

/**
 * The tiered policy: the telecom policy with priorities and segments, and copies of its standards
 * narrowed to them, so records that differ only in priority or segment must be judged apart,
 * however the audit caches what it resolved for the values it has seen.
 */
const tiered: Policy = {
  ...wallOnly,
  priorities: [{ id: 'urgent', name: { en: 'Urgent' } }, { id: 'normal', name: { en: 'Normal' } }],
  segments: [{ id: 'vip', name: { en: 'VIP' } }],
  standards: [
    ...wallOnly.standards,
    ...wallOnly.standards.map((s) => ({ ...s, id: `${s.id}-urgent`, priority: 'urgent' })),
    ...wallOnly.standards.map((s) => ({ ...s, id: `${s.id}-vip`, segment: 'vip' })),
    ...wallOnly.standards.map((s) => ({ ...s, id: `${s.id}-urgent-vip`, priority: 'urgent', segment: 'vip' })),
  ],
} as Policy;

const tieredRecord = fc.record({
  base: generatedRecord,
  priority: fc.constantFrom('', 'urgent', 'normal', 'bogus'),
  segment: fc.constantFrom('', 'vip', 'bogus'),
}).map(({ base, priority, segment }) => ({ ...base, fields: { ...base.fields, ...(priority ? { priority } : {}), ...(segment ? { segment } : {}) } }));

describe('against the plain reference audit', () => {
  it.each([
    ['for generated exports on wall-time standards', wallOnly, generatedRecord],
    ['when standards differ only in priority or segment', tiered, tieredRecord],
  ] as const)('agrees on every count %s', (_name, policy, generated) => {
    const targets = policy.standards.map((s) => wallTargetSeconds(s.target!));
    fc.assert(fc.property(fc.array(generated, { maxLength: 80 }), fc.integer({ min: T0, max: T0 + 30 * 86400_000 }), (records, asOf) => {
      const result = run(policy, records, asOf);
      const expected = referenceAudit(policy, records, asOf, (_i, start, end) => Math.max(0, end - start) / 1000, targets);
      expect(result.ambiguous.count).toBe(expected.ambiguous);
      expect(result.unmatched.count).toBe(expected.unmatched);
      result.standards.forEach((s, i) => {
        expect({ id: s.id, records: s.records, met: s.met, breached: s.breached, pending: s.pending, no_data: s.no_data }).toEqual({ id: s.id, ...expected.counts[i] });
      });
    }), { ...PROPERTY_OPTIONS, numRuns: Math.min(PROPERTY_OPTIONS.numRuns ?? 200, 200) });
  });
});

describe('the helpdesk\'s own business minutes', () => {
  it('are compared with ours per standard: how many differ, by how much', () => {
    const council = loadPolicy('council-customer-service.en.yaml');
    // Friday 27 March 2026 16:00 GMT to Monday 10:00 BST is 90 business minutes on the council's hours.
    const created = Date.parse('2026-03-27T16:00:00Z');
    const answered = Date.parse('2026-03-30T09:00:00Z');
    const result = run(council, [
      { file: 'z.json', line: 3, id: '1', fields: { channel: 'email', action: 'answer-email-chat' }, created, events: { acknowledgement: answered }, vendorBusinessMinutes: { acknowledgement: 90 } },
      // A helpdesk that forgot the clocks went forward counts an hour less.
      { file: 'z.json', line: 9, id: '2', fields: { channel: 'email', action: 'answer-email-chat' }, created, events: { acknowledgement: answered }, vendorBusinessMinutes: { acknowledgement: 30 } },
    ], Date.parse('2026-04-30T00:00:00Z'));
    expect(byId(result, 'email-acknowledged').vendor_business_minutes).toEqual({ compared: 2, differing: 1, mean_difference_minutes: 30, max_difference_minutes: 60 });
  });
});
