import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { instantReader } from '../../src/audit/readers/instants.js';
import { ROOT, runCli, tempProject } from '../helpers/run-cli.js';

/** Audits of exports shaped as the vendors write them (fixtures under test/fixtures/audit, each folder naming its source). */
const FIXTURES = join(ROOT, 'test', 'fixtures', 'audit');
const COUNCIL = join(ROOT, 'policies', 'council-customer-service.en.yaml');
const COUNCIL_MAP = join(ROOT, 'examples', 'exports', 'council-customer-service.zendesk-map.yaml');
const BANK = join(ROOT, 'policies', 'bank-complaints.bilingual.yaml');
const BANK_EXPORT = join(ROOT, 'examples', 'exports', 'bank-complaints.freshdesk.csv');
const BANK_MAP = join(ROOT, 'examples', 'exports', 'bank-complaints.freshdesk-map.yaml');
const TELECOM = join(ROOT, 'policies', 'telecom-complaints.ar.yaml');

type Standard = { id: string; records: number; met: number; breached: number; pending: number; judged: boolean };
const json = (args: string[], cwd?: string) => {
  const run = runCli([...args, '-f', 'json'], cwd ? { cwd } : {});
  expect(run.stderr).toBe('');
  const report = JSON.parse(run.stdout);
  return { run, report, standard: (id: string): Standard => report.standards.find((s: Standard) => s.id === id) };
};

describe('Zendesk as the helpdesk sees its tickets', () => {
  const dbt = join(FIXTURES, 'dbt-zendesk');

  it('needs --timezone for the zoneless times of a warehouse copy', () => {
    const run = runCli(['audit', COUNCIL, join(dbt, 'tickets.ndjson'), '--map', join(dbt, 'map.yaml'), '--as-of', '2021-02-01']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('has times without a time zone, such as "2020-');
  });

  it('reads NDJSON, leaves deleted tickets out, judges one copy per id, and resolves a ticket closed without solved_at at its last update', () => {
    const { report, standard } = json(['audit', COUNCIL, join(dbt, 'tickets.ndjson'), '--map', join(dbt, 'map.yaml'), '--as-of', '2021-02-01', '--timezone', 'UTC']);
    expect(report.inputs).toEqual([{ file: expect.stringContaining('tickets.ndjson'), source: 'zendesk', rows: 11 }]);
    expect(report.deleted).toBe(2);
    expect(report.duplicates).toBe(1);
    expect(report.records).toBe(8);
    // Seven closed tickets resolved at updated_at, none left open; the solved one has no metric set.
    const answered = standard('email-answered');
    expect(answered.records).toBe(7);
    expect(answered.pending).toBe(0);
    expect(answered.met + answered.breached).toBe(7);
  });

  it('takes a Rails zone name on --timezone, as Zendesk and Freshdesk show them, and refuses an unknown one', () => {
    const args = ['audit', COUNCIL, join(dbt, 'tickets.ndjson'), '--map', join(dbt, 'map.yaml'), '--as-of', '2021-02-01'];
    expect(json([...args, '--timezone', 'London']).report.records).toBe(8);
    const bad = runCli([...args, '--timezone', 'Atlantis Time']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--timezone "Atlantis Time" is neither an IANA time zone');
  });

  it('joins a ticket_metric_events file to the ticket pages by id, and judges a ticket repeated across pages once', () => {
    const api = join(FIXTURES, 'zendesk-api');
    const pages = [join(api, 'page-1.json'), join(api, 'page-2.json')];
    // Without the events, the pages give no reply times: nothing to judge.
    const without = runCli(['audit', COUNCIL, ...pages, '--map', COUNCIL_MAP, '--as-of', '2026-07-01']);
    expect(without.status).toBe(2);
    expect(without.stderr).toContain('nothing to judge');
    const joined = json(['audit', COUNCIL, join(api, 'ticket_metric_events.json'), ...pages, '--map', COUNCIL_MAP, '--as-of', '2026-07-01']);
    // Replies at 1.5 and 3 business hours, within the day the council gives.
    expect(joined.standard('email-acknowledged')).toMatchObject({ records: 2, met: 2 });
    expect(joined.report).toMatchObject({ deleted: 1, duplicates: 1, records: 2 });
  });

  it('makes a ticket with a field of the wrong type a bad row, never an internal error', () => {
    const run = runCli(['audit', COUNCIL, join(FIXTURES, 'zendesk-api', 'wrong-types.json'), '--map', COUNCIL_MAP, '--as-of', '2026-07-01', '-f', 'json']);
    expect(run.stderr).not.toContain('internal error');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('"priority" is number, where Zendesk writes text');
  });
});

describe('Freshdesk as it exports', () => {
  const original = () => json(['audit', BANK, BANK_EXPORT, '--map', BANK_MAP, '--as-of', '2026-07-01']).report;

  it('reads a spreadsheet copy with ";" separators and day-first dates, named once, and agrees with the original', () => {
    const text = readFileSync(BANK_EXPORT, 'utf8').replace(/,/g, ';').replace(/(\d{4})-(\d\d)-(\d\d) (\d\d:\d\d):\d\d/g, '$3/$2/$1 $4');
    const dir = tempProject({ 'export.csv': text });
    const refused = runCli(['audit', BANK, 'export.csv', '--map', BANK_MAP, '--as-of', '2026-07-01'], { cwd: dir });
    expect(refused.status).toBe(2);
    expect(refused.stderr.split('"Created time" is not').length - 1).toBe(1);
    const read = json(['audit', BANK, 'export.csv', '--map', BANK_MAP, '--as-of', '2026-07-01', '--date-order', 'dmy'], dir).report;
    const before = original();
    // The spreadsheet keeps whole minutes only; the counts agree wherever seconds do not matter.
    expect(read.records).toBe(before.records);
    expect(read.bad_rows.count).toBe(0);
    expect(read.standards.map((s: Standard) => s.records)).toEqual(before.standards.map((s: Standard) => s.records));
    const tabbed = tempProject({ 'export.tsv': readFileSync(BANK_EXPORT, 'utf8').replace(/,/g, '\t') });
    expect(json(['audit', BANK, 'export.tsv', '--map', BANK_MAP, '--as-of', '2026-07-01', '--source', 'freshdesk'], tabbed).report.standards).toEqual(before.standards);
    expect(json(['audit', BANK, 'export.tsv', '--map', BANK_MAP, '--as-of', '2026-07-01', '--delimiter', 'tab', '--source', 'freshdesk'], tabbed).report.standards).toEqual(before.standards);
  });

  it.each(['api-tickets.json', 'api-tickets.csv'])('reads the API shape (%s) with its numeric codes and stats', (name) => {
    const { report, standard } = json(['audit', BANK, join(FIXTURES, 'freshdesk', name), '--map', join(FIXTURES, 'freshdesk', 'map.yaml'), '--as-of', '2026-07-01']);
    expect(report.inputs[0]).toMatchObject({ source: 'freshdesk', rows: 2 });
    expect(report.unmapped).toEqual([]);
    expect(report.records).toBe(2);
    expect(report.standards.some((s: Standard) => s.judged)).toBe(true);
    void standard;
  });

  it('refuses a duplicated column it reads, naming both', () => {
    const text = readFileSync(BANK_EXPORT, 'utf8').replace('Ticket ID,Subject', 'Ticket ID,Created time');
    const run = runCli(['audit', BANK, 'export.csv', '--map', BANK_MAP], { cwd: tempProject({ 'export.csv': text }) });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('has the column "Created time" twice (columns 2 and 8)');
  });
});

describe('times without a zone', () => {
  it('reads a local time in the repeated hour as its first occurrence, and a skipped one with the offset before the change', () => {
    const read = instantReader('x.csv', { timezone: 'America/Los_Angeles' });
    // 1 November 2026: clocks go back at 02:00 PDT; 01:30 happens at 08:30Z and again at 09:30Z.
    expect(new Date(read('2026-11-01 01:30:00')!).toISOString()).toBe('2026-11-01T08:30:00.000Z');
    // 8 March 2026: 02:30 does not happen; read with PST it is 10:30Z.
    expect(new Date(read('2026-03-08 02:30:00')!).toISOString()).toBe('2026-03-08T10:30:00.000Z');
    expect(read('2026-06-01T08:00:00Z')).toBe(Date.UTC(2026, 5, 1, 8));
    expect(instantReader('x.csv', { timezone: 'UTC', dateOrder: 'mdy' })('04/01/2026 3:06')).toBe(Date.UTC(2026, 3, 1, 3, 6));
    expect(instantReader('x.csv', { timezone: 'UTC', dateOrder: 'dmy' })('04/01/2026 03:06')).toBe(Date.UTC(2026, 0, 4, 3, 6));
    expect(instantReader('x.csv', { timezone: 'UTC' })('04/01/2026 03:06')).toBeUndefined();
  });

  it('applies --timezone to the zoneless columns of cs-policy\'s own CSV', () => {
    const dir = tempProject({ 'calls.csv': 'id,channel,created_at,action,answer_at\n1,call-centre,2026-06-01 11:00:00,receive-complaint,2026-06-01 11:00:30\n' });
    const refused = runCli(['audit', TELECOM, 'calls.csv', '--as-of', '2026-07-01'], { cwd: dir });
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('has times without a time zone');
    const { standard } = json(['audit', TELECOM, 'calls.csv', '--as-of', '2026-07-01', '--timezone', 'Asia/Riyadh'], dir);
    expect(standard('call-answered')).toMatchObject({ records: 1, met: 1 });
  });
});
