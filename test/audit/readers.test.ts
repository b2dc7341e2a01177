import { describe, expect, it } from 'vitest';
import { detectSource, READERS, type ExportInput } from '../../src/audit/readers/index.js';
import { IDENTITY_MAPPING } from '../../src/audit/mapping.js';
import type { AuditRecord, BadRow } from '../../src/audit/types.js';
import { AUDIT_MESSAGES } from '../../src/audit/messages.js';

function input(file: string, text: string, chunkSize = 7): ExportInput {
  return {
    path: file, file, sample: text.slice(0, 65536),
    async *chunks() {
      for (let i = 0; i < text.length; i += chunkSize) yield text.slice(i, i + chunkSize);
    },
    async whole() {
      return text;
    },
  };
}

async function readAll(source: keyof typeof READERS, file: string, text: string, timezone?: string) {
  const records: AuditRecord[] = [];
  const bad: BadRow[] = [];
  for await (const batch of READERS[source].read(input(file, text), { mapping: IDENTITY_MAPPING, lang: 'en', ...(timezone ? { timezone } : {}) })) {
    records.push(...batch.records);
    bad.push(...batch.bad);
  }
  return { records, bad };
}

const at = (text: string) => Date.parse(text);

// Shapes from Zendesk's API reference (tickets with side-loaded metric_sets; ticket metric events);
// the values are made up for these tests.
const ZENDESK = JSON.stringify({
  tickets: [
    { id: 101, created_at: '2026-03-27T15:00:00Z', priority: 'high', type: 'problem', group_id: 7, via: { channel: 'email' }, status: 'solved' },
    { id: 102, created_at: '2026-03-27T15:00:00Z', priority: null, type: null, group_id: null, via: { channel: 'web' }, status: 'open' },
    { id: 103, created_at: 'last Friday', via: { channel: 'email' } },
  ],
  metric_sets: [
    { ticket_id: 101, solved_at: '2026-03-30T09:00:00Z', reply_time_in_minutes: { calendar: 90, business: 60 }, full_resolution_time_in_minutes: { calendar: 3960, business: 480 } },
    { ticket_id: 102, solved_at: null, reply_time_in_minutes: { calendar: null, business: null }, full_resolution_time_in_minutes: { calendar: null, business: null } },
  ],
  ticket_metric_events: [
    { id: 1, ticket_id: 101, metric: 'reply_time', instance_id: 1, type: 'activate', time: '2026-03-27T15:00:00Z' },
    { id: 2, ticket_id: 101, metric: 'reply_time', instance_id: 1, type: 'fulfill', time: '2026-03-27T16:29:30Z' },
    { id: 5, ticket_id: 101, metric: 'reply_time', instance_id: 2, type: 'activate', time: '2026-03-28T09:00:00Z' },
    { id: 3, ticket_id: 101, metric: 'reply_time', instance_id: 2, type: 'fulfill', time: '2026-03-28T10:00:00Z' },
    { id: 4, ticket_id: 101, metric: 'periodic_update_time', instance_id: 1, type: 'fulfill', time: '2026-03-28T11:00:00Z', deleted: true },
  ],
}, null, 2);

describe('zendesk reader', () => {
  it('is detected from the JSON and reads timestamps, events first, with Zendesk\'s business minutes', async () => {
    expect(detectSource({ file: 'page.json', sample: ZENDESK })).toBe('zendesk');
    const { records, bad } = await readAll('zendesk', 'page.json', ZENDESK);
    expect(records.map((r) => r.id)).toEqual(['101', '102']);
    const [solved, open] = records;
    expect(solved).toMatchObject({
      fields: { channel: 'email', priority: 'high', type: 'problem', group: '7' },
      created: at('2026-03-27T15:00:00Z'),
      events: { 'first-response': at('2026-03-27T16:29:30Z'), resolution: at('2026-03-30T09:00:00Z') },
      instances: { 'next-response': [{ start: at('2026-03-28T09:00:00Z'), end: at('2026-03-28T10:00:00Z') }] },
      vendorBusinessMinutes: { 'first-response': 60, resolution: 480 },
    });
    expect(open!.events).toMatchObject({ 'first-response': null, resolution: null });
    expect(open!.fields).toEqual({ channel: 'web' });
    // The third ticket opens on the line its brace is on in the pretty-printed page.
    expect(bad).toEqual([{ file: 'page.json', line: ZENDESK.split('\n').findIndex((l) => l.includes('"id": 103')), reason: { kind: 'bad-timestamp', column: 'created_at', value: 'last Friday' } }]);
  });

  it('takes the first reply from the metric set when there are no events, at the latest instant its whole minute allows', async () => {
    const page = JSON.stringify({ tickets: [{ id: 1, created_at: '2026-01-05T09:00:00Z', via: { channel: 'email' }, metric_set: { reply_time_in_minutes: { calendar: 30, business: 30 }, solved_at: null } }] });
    const { records } = await readAll('zendesk', 'p.json', page);
    expect(records[0]!.events['first-response']).toBe(at('2026-01-05T09:31:00Z'));
    expect(records[0]!.wholeMinutes).toEqual({ 'first-response': 'metric_sets.reply_time_in_minutes.calendar' });
  });
});

const FRESHDESK = [
  'Ticket ID,Subject,Status,PRIORITY,Source,Type,Group,Created Time,Due by Time,Resolved time,Closed time,Initial Response Time,First response time (in hrs)',
  '5001,"Card declined, twice",Resolved,High,Email,Question,Billing,2026-03-27 16:00:00,2026-03-30 16:00:00,2026-03-30 10:00:00,,2026-03-27 16:45:10,0.75',
  '5002,Where is my order,Open,Low,Portal,,,2026-03-29 01:30:00,,,,,',
  '5003,Bad,Open,Low,Portal,,,27/03/2026,,,,,',
].join('\r\n');

describe('freshdesk reader', () => {
  it('is detected by its header, whatever its case, and reads times in the account\'s zone', async () => {
    expect(detectSource({ file: 'export.csv', sample: FRESHDESK })).toBe('freshdesk');
    const { records, bad } = await readAll('freshdesk', 'export.csv', FRESHDESK, 'Europe/London');
    expect(records[0]).toMatchObject({
      id: '5001', line: 2,
      fields: { channel: 'Email', priority: 'High', type: 'Question', group: 'Billing' },
      created: at('2026-03-27T16:00:00Z'),
      events: { 'first-response': at('2026-03-27T16:45:10Z'), resolution: at('2026-03-30T09:00:00Z') },
    });
    // 01:30 on the night the clocks go forward does not exist in London: read with the offset before.
    expect(records[1]).toMatchObject({ created: at('2026-03-29T01:30:00Z'), events: { 'first-response': null, resolution: null } });
    expect(bad).toEqual([{ file: 'export.csv', line: 4, reason: { kind: 'bad-timestamp', column: 'Created time', value: '27/03/2026' } }]);
  });

  it('asks for the time zone rather than guess it', async () => {
    await expect(readAll('freshdesk', 'export.csv', FRESHDESK)).rejects.toMatchObject({ words: AUDIT_MESSAGES['audit.freshdeskZone'] });
  });
});

describe('csv reader', () => {
  it('reads its columns whatever their case and order, with events that have not happened as null', async () => {
    const text = 'Created_At,ID,Channel,Resolution_At,answer_at\n2026-06-01T08:00:00+03:00,7,phone,,2026-06-01T05:00:20Z\n';
    expect(detectSource({ file: 'x.csv', sample: text })).toBe('csv');
    const { records } = await readAll('csv', 'x.csv', text);
    expect(records).toEqual([{ file: 'x.csv', line: 2, id: '7', fields: { channel: 'phone' }, created: at('2026-06-01T05:00:00Z'), events: { answer: at('2026-06-01T05:00:20Z'), resolution: null } }]);
  });
});

describe('CSV readers after a stray quote', () => {
  // The lines after a quote that never closes come back at once when its field gives up (1 MiB);
  // they are still handed on in batches of at most 512 records, every one of them read.
  const rows = (header: string, row: (i: number) => string) => [header, ...Array.from({ length: 30_000 }, (_, i) => row(i))].join('\n') + '\n';
  it.each([
    ['csv', rows('id,channel,created_at', (i) => `${i},${i === 1 ? '"' : ''}email,2026-06-01T08:00:00Z`), undefined],
    ['freshdesk', rows(FRESHDESK.split('\r\n')[0]!, (i) => `${i},${i === 1 ? '"' : ''}S,Open,Low,Portal,,,2026-03-27 16:00:00,,,,,`), 'Europe/London'],
  ] as const)('%s: batches of at most 512 records, the stray row named and no other lost', async (source, text, timezone) => {
    const sizes: number[] = [];
    let records = 0;
    const bad: BadRow[] = [];
    for await (const batch of READERS[source].read(input('x.csv', text, 65536), { mapping: IDENTITY_MAPPING, lang: 'en', ...(timezone ? { timezone } : {}) })) {
      sizes.push(batch.records.length);
      records += batch.records.length;
      bad.push(...batch.bad);
    }
    expect(Math.max(...sizes)).toBeLessThanOrEqual(512);
    expect(records).toBe(29_999);
    expect(bad).toEqual([{ file: 'x.csv', line: 3, reason: { kind: 'bad-quote' } }]);
  });
});
