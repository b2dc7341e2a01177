import { describe, expect, it } from 'vitest';
import { Audit } from '../../src/audit/audit.js';
import { buildMapping, type Mapping } from '../../src/audit/mapping.js';
import { readSmallYaml } from '../../src/core/small-yaml.js';
import { loadPolicy } from './reference.js';

const loaded = loadPolicy('bank-complaints.bilingual.yaml');
/** On wall time, so that the test is about mapping, not about working hours. */
const bank = { ...loaded, standards: loaded.standards.map((s) => ({ ...s, clock: 'calendar' as const })) };

function build(text: string) {
  const parsed = readSmallYaml(text, 'en');
  if ('problem' in parsed) throw new Error(parsed.problem.message);
  return buildMapping(parsed.data, parsed.locator, bank, 'en');
}

describe('the mapping file', () => {
  it('maps helpdesk values, case aside, to policy ids, reading a field from another', () => {
    const built = build('channel:\n  values: { Email: secure-message, Phone: phone }\naction:\n  from: type\n  values:\n    Payment: [log-complaint, resolve-payment-complaint]\npriority:\n  from: type\n  values: { payment: payment-services }\ntimezone: Europe/London\n');
    expect('mapping' in built).toBe(true);
    const mapping = (built as { mapping: Mapping }).mapping;
    expect(mapping.timezone).toBe('Europe/London');
    const T0 = Date.UTC(2026, 5, 1, 9);
    const audit = new Audit(bank, { asOf: T0 + 86400_000 * 60, mapping });
    audit.add({ file: 'f.csv', line: 2, id: '1', fields: { channel: 'EMAIL', type: 'payment' }, created: T0, events: { acknowledgement: T0 + 3600_000 } });
    audit.add({ file: 'f.csv', line: 3, id: '2', fields: { channel: 'sms', type: 'payment' }, created: T0, events: {} });
    audit.add({ file: 'f.csv', line: 4, id: '3', fields: { channel: 'sms', type: 'refund' }, created: T0, events: {} });
    const result = audit.result();
    expect(result.standards.find((s) => s.id === 'acknowledgement')).toMatchObject({ records: 1, met: 1 });
    expect(result.unmatched.count).toBe(2);
    expect(result.unmapped).toEqual([
      { field: 'channel', value: 'sms', count: 2, reason: 'not-in-map' },
      { field: 'action', value: 'refund', count: 1, reason: 'not-in-map' },
      { field: 'priority', value: 'refund', count: 1, reason: 'not-in-map' },
    ]);
  });

  it.each([
    ['Europe/London', 'Europe/London'],
    ['Pacific Time (US & Canada)', 'America/Los_Angeles'],
    ['Riyadh', 'Asia/Riyadh'],
    ['"  London "', 'Europe/London'],
  ])('reads the time zone %s as the helpdesk names it: %s', (written, zone) => {
    const built = build(`timezone: ${written}\n`);
    expect((built as { mapping: Mapping }).mapping.timezone).toBe(zone);
  });

  it.each([
    ['channel:\n  values: { email: e-mail }\n', 2, 20, '"e-mail" is not a channel id of the policy'],
    ['chanel:\n  values: {}\n', 1, 1, 'unknown key "chanel"'],
    ['segment:\n  from: organisation\n', 2, 9, '"from: organisation" is not a field of the export'],
    ['timezone: Mars/Olympus\n', 1, 11, '"Mars/Olympus" is not a time zone'],
    ['timezone: 3\n', 1, 11, '"3" is not a time zone'],
    ['- channel\n', 1, 1, 'a mapping file is a mapping'],
    ['priority: urgent\n', 1, 11, '"priority" is a mapping with "from"'],
  ])('names the line and column of a mistake: %j', (text, line, column, message) => {
    const built = build(text);
    expect('problems' in built).toBe(true);
    const [problem] = (built as { problems: { line: number; column: number; message: string }[] }).problems;
    expect(problem).toMatchObject({ line, column });
    expect(problem!.message).toContain(message);
  });
});

describe('the mapping file says which event a metric the helpdesk does not keep is read from', () => {
  it('reads acknowledgements from the first reply only when told, and the report says so', async () => {
    const built = build('metrics: { acknowledgement: first-response }\n');
    const mapping = (built as { mapping: Mapping }).mapping;
    expect(mapping.metrics).toEqual({ acknowledgement: 'first-response' });
    const T0 = Date.UTC(2026, 5, 1, 9);
    const record = { file: 'p.json', line: 2, id: '1', fields: { channel: 'secure-message', action: 'log-complaint' }, created: T0, events: { 'first-response': T0 + 3600_000 } };
    const told = new Audit(bank, { asOf: T0 + 86400_000 * 60, mapping });
    told.add(record);
    expect(told.result().standards.find((s) => s.id === 'acknowledgement')).toMatchObject({ records: 1, met: 1, read_from: 'first-response' });
    const untold = new Audit(bank, { asOf: T0 + 86400_000 * 60 });
    untold.add(record);
    expect(untold.result().standards.find((s) => s.id === 'acknowledgement')).toMatchObject({ records: 0, no_data: 1 });
  });

  it('locates a metric it cannot read that way', () => {
    const built = build('metrics:\n  acknowledgement: resolution\n  first-response: answer\n');
    expect(built).toMatchObject({ problems: [{ line: 2, column: 20 }, { line: 3, column: 3 }] });
  });
});
