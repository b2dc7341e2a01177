import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, tempProject } from './helpers/run-cli.js';

const TELECOM = join(ROOT, 'policies', 'telecom-complaints.ar.yaml');
const HEADER = 'id,channel,created_at,action,answer_at,first_response_at,resolution_at';

const csv = (...rows: string[]) => [HEADER, ...rows].join('\n') + '\n';

describe('cs-policy audit', () => {
  it('exits 0 when every standard with an attainment target meets it', () => {
    const dir = tempProject({ 'calls.csv': csv('1,call-centre,2026-06-01T08:00:00Z,receive-complaint,2026-06-01T08:00:30Z,,') });
    const run = runCli(['audit', TELECOM, 'calls.csv', '--as-of', '2026-07-01', '-f', 'json'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report).toMatchObject({ format: 'cs-policy/audit', version: 1, as_of: '2026-07-01T00:00:00.000Z', ok: true });
    expect(report.standards.find((s: { id: string }) => s.id === 'call-answered')).toMatchObject({ metric: 'answer', records: 1, met: 1, breached: 0, pending: 0, attainment: 100, target: 85, ok: true });
  });

  it('exits 1 when a standard falls short, and names it', () => {
    const dir = tempProject({ 'calls.csv': csv('1,call-centre,2026-06-01T08:00:00Z,receive-complaint,2026-06-01T08:05:00Z,,') });
    const run = runCli(['audit', TELECOM, 'calls.csv', '--as-of', '2026-07-01'], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('1 of 6 standards fall short of their attainment target: call-answered');
  });

  it('names each bad row with file and line, counts it, and audits the rest', () => {
    const dir = tempProject({
      'calls.csv': csv(
        '1,call-centre,2026-06-01T08:00:00Z,receive-complaint,2026-06-01T08:00:30Z,,',
        '2,call-centre,2026-06-01T08:00:00Z,receive-complaint,yesterday,,',
        '3,call-centre,2026-06-01T08:00:00Z',
        '4,call-centre,2026-06-01T08:00:00Z,receive-complaint,2026-06-01T07:00:00Z,,',
        '5,call-centre,2026-06-01T08:00:00Z,receive-complaint,2026-06-01T08:00:30Z,,',
        '6,call-centre,2026-06-01T08:00:00Z,receive-complaint,2026-06-01T08:00:30Z,,',
        '7,call-centre,2026-06-01T08:00:00Z,receive-complaint,2026-06-01T08:00:30Z,,',
      ),
    });
    const run = runCli(['audit', TELECOM, 'calls.csv', '--as-of', '2026-07-01', '-f', 'json'], { cwd: dir });
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.bad_rows).toMatchObject({
      count: 3,
      examples: [
        { file: 'calls.csv', line: 3, reason: { kind: 'bad-timestamp', column: 'answer_at', value: 'yesterday' } },
        { file: 'calls.csv', line: 4, reason: { kind: 'short-row', cells: 3, expected: 7 } },
        { file: 'calls.csv', line: 5, reason: { kind: 'event-before-creation', column: 'answer_at' } },
      ],
    });
    expect(report.records).toBe(4);
  });

  it.each([
    [['audit', TELECOM, 'missing.csv'], 'cannot read "missing.csv": no such file or directory'],
    [['audit', TELECOM, 'calls.csv', '--as-of', 'soon'], '--as-of "soon" is not a time'],
    [['audit', TELECOM, 'notes.txt'], 'cannot tell what kind of export "notes.txt" is'],
    [['audit', TELECOM, 'notes.txt', '--source', 'csv'], '"notes.txt" has no id, channel, created_at column'],
    [['audit', TELECOM, 'calls.csv', '-o', 'calls.csv'], 'the report would overwrite "calls.csv"'],
  ])('exits 2 for usage and unreadable input: %j', (args, message) => {
    const dir = tempProject({ 'calls.csv': csv(), 'notes.txt': 'hello\n' });
    const run = runCli(args, { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(message);
  });

  it('refuses a named pipe at once, which it could neither read twice nor open without a writer', () => {
    const dir = tempProject();
    spawnSync('mkfifo', [join(dir, 'calls.csv')]);
    const run = runCli(['audit', TELECOM, 'calls.csv', '--as-of', '2026-07-01'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('"calls.csv" is not a file but a pipe or a device: an audit reads an export more than once, so save it to a file first\n');
  });

  it('speaks Arabic with --lang ar', () => {
    const dir = tempProject({ 'calls.csv': csv('1,call-centre,2026-06-01T08:00:00Z,receive-complaint,2026-06-01T08:00:30Z,,') });
    const run = runCli(['audit', TELECOM, 'calls.csv', '--as-of', '2026-07-01', '--lang', 'ar'], { cwd: dir });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('تدقيق \u2068telecom-complaints\u2069');
    expect(run.stdout).toContain('لا معيار دون المطلوب');
    // A date and a local time in the policy's zone, not ISO: the zone and file name isolated, so
    // the line cannot be scrambled into "حتى 2026-07-400 :01T00:00:00.000Z سجل من".
    expect(run.stdout.split('\n')[1]).toBe('حتى 1 يوليو 2026 في 03:00 (\u2068Asia/Riyadh\u2069): سجل واحد من \u2068calls.csv\u2069');
    const page = runCli(['audit', TELECOM, 'calls.csv', '--as-of', '2026-07-01', '--lang', 'ar', '-f', 'html'], { cwd: dir });
    expect(page.stdout).toContain('<p class="subtitle">حتى 1 يوليو 2026 في 03:00 (<bdi>Asia/Riyadh</bdi>): سجل واحد من <bdi>calls.csv</bdi></p>');
  });

  describe("writes figures as the policy's locale does, as it writes dates; JSON keeps plain numbers", () => {
    // 1,234 answered calls, every ninth answered late: 1,097 met, 88.8%.
    const calls = csv(...Array.from({ length: 1234 }, (_, i) => `${i + 1},call-centre,2026-06-01T08:00:00Z,receive-complaint,2026-06-01T08:0${(i + 1) % 9 === 0 ? 5 : 0}:30Z,,`));
    const withLocale = (locale: string) => readFileSync(TELECOM, 'utf8').replace(/^languages: \[ar\]$/m, `languages: [ar]\nlocale: ${locale}`);
    it.each([
      // The calendars' country (SA) names the region: Arabic percent sign, comma grouping.
      ['ar', undefined, '| call-answered | الإجابة | 60s تقويمي | 1,234 | 1,097 | 137 | 0 | 88.8٪ | 85٪ | مستوفى | يونيو 2026 88.8٪ |', 'حتى 1 يوليو 2026 في 03:00 (\u2068Asia/Riyadh\u2069): \u20681,234\u2069 سجلًا من \u2068calls.csv\u2069  '],
      // Morocco groups with a point and writes a decimal comma.
      ['ar', 'ar-MA', '| call-answered | الإجابة | 60s تقويمي | 1.234 | 1.097 | 137 | 0 | 88,8% | 85% | مستوفى | يونيو 2026 88,8% |', 'حتى 1 يوليوز 2026 في 03:00 (\u2068Asia/Riyadh\u2069): 1.234 سجلًا من \u2068calls.csv\u2069  '],
      ['en', undefined, '| call-answered | answer | 60s calendar | 1,234 | 1,097 | 137 | 0 | 88.8% | 85% | ok | June 2026 88.8% |', 'as of July 1, 2026 at 03:00 (Asia/Riyadh): 1,234 records from calls.csv  '],
      // South Africa: a space between thousands (no-break; a Markdown cell makes it a plain space), a decimal comma.
      ['en', 'en-ZA', '| call-answered | answer | 60s calendar | 1 234 | 1 097 | 137 | 0 | 88,8% | 85% | ok | June 2026 88,8% |', 'as of 01 July 2026 at 03:00 (Asia/Riyadh): 1 234 records from calls.csv  '],
    ])('in %s with locale %s', (lang, locale, row, scope) => {
      const dir = tempProject({ 'calls.csv': calls, 'policy.yaml': locale ? withLocale(locale) : readFileSync(TELECOM, 'utf8') });
      const md = runCli(['audit', 'policy.yaml', 'calls.csv', '--as-of', '2026-07-01', '--lang', lang, '-f', 'md'], { cwd: dir });
      expect(md.status).toBe(0);
      const lines = md.stdout.split('\n');
      expect(lines.find((line) => line.startsWith('| call-answered'))).toBe(row);
      expect(lines[3]).toBe(scope);
      const json = runCli(['audit', 'policy.yaml', 'calls.csv', '--as-of', '2026-07-01', '--lang', lang, '-f', 'json'], { cwd: dir });
      expect(json.stdout).toContain('"records": 1234,');
      expect(json.stdout).toMatch(/"attainment": 88\.89789\d+,/);
    });
  });

  it('never shows a progress line when standard error is not a terminal', () => {
    const rows = Array.from({ length: 5000 }, (_, i) => `${i},call-centre,2026-06-01T08:00:00Z,receive-complaint,2026-06-01T08:00:30Z,,`);
    const dir = tempProject({ 'calls.csv': csv(...rows) });
    const run = runCli(['audit', TELECOM, 'calls.csv', '--as-of', '2026-07-01'], { cwd: dir });
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
  });
});

const COUNCIL = join(ROOT, 'policies', 'council-customer-service.en.yaml');

/**
 * Worked by hand on the council's office hours (Europe/London; Monday to Thursday 09:00-17:00,
 * Friday 09:00-16:30; closed 25 and 28 December 2026). E-mail is acknowledged within 1 working
 * day, which is 8 hours here. British clocks went forward at 01:00 GMT on Sunday 29 March 2026.
 */
describe('cs-policy audit, hand-worked business time', () => {
  const acknowledged = (rows: string[], asOf: string) => {
    const dir = tempProject({ 'mail.csv': ['id,channel,created_at,action,acknowledgement_at', ...rows].join('\n') + '\n' });
    const run = runCli(['audit', COUNCIL, 'mail.csv', '--as-of', asOf, '-f', 'json'], { cwd: dir });
    expect(run.stderr).toBe('');
    return JSON.parse(run.stdout).standards.find((s: { id: string }) => s.id === 'email-acknowledged');
  };

  it.each([
    // Friday 16:00 GMT to Monday 10:00 BST: 30 minutes on Friday, one hour on Monday.
    ['Friday 16:00 to Monday 10:00 across the spring change', '2026-03-27T16:00:00Z', '2026-03-30T10:00:00+01:00', 'met'],
    // Due when 8 hours are used: 30 minutes on Friday and 7.5 on Monday, so at 16:30 BST (15:30 UTC).
    ['exactly at the target, Monday 16:30 BST', '2026-03-27T16:00:00Z', '2026-03-30T15:30:00Z', 'met'],
    // A clock that forgot the change would count only 7 hours to 15:30 UTC and call this met.
    ['one second later', '2026-03-27T16:00:00Z', '2026-03-30T16:30:01+01:00', 'breached'],
    // Christmas Eve 16:00 to Tuesday 29 December 15:00: 1 hour, then two closed days and a weekend, then 6 hours.
    ['across Christmas and the Boxing Day holiday', '2026-12-24T16:00:00Z', '2026-12-29T15:00:00Z', 'met'],
    ['across Christmas, a second over 8 hours', '2026-12-24T16:00:00Z', '2026-12-29T16:00:01Z', 'breached'],
    // Sent on Saturday: the clock starts on Monday at 09:00.
    ['sent at the weekend, acknowledged Monday 16:59', '2026-06-06T11:00:00+01:00', '2026-06-08T16:59:00+01:00', 'met'],
  ])('%s', (_name, created, acknowledgedAt, outcome) => {
    const result = acknowledged([`1,email,${created},answer-email-chat,${acknowledgedAt}`], '2027-01-31');
    expect(result).toMatchObject({ records: 1, [outcome]: 1 });
  });

  it.each([
    ['pending up to the deadline', '2026-03-30T15:30:00Z', 'pending'],
    ['breached a second after it', '2026-03-30T15:30:01Z', 'breached'],
  ])('an open e-mail from Friday 16:00 is %s', (_name, asOf, outcome) => {
    const result = acknowledged(['1,email,2026-03-27T16:00:00Z,answer-email-chat,'], asOf);
    expect(result).toMatchObject({ records: 1, [outcome]: 1 });
  });
});

describe('cs-policy audit on the example exports', () => {
  // Every shipped policy has its own CSV export, named by the policy's id (the file name up to its first dot).
  const ownCsv = readdirSync(join(ROOT, 'policies')).filter((name) => name.endsWith('.yaml')).map((name): [string, string, string[]] => [name, `${name.split('.')[0]}.csv`, []]);
  it.each([
    ...ownCsv,
    ['council-customer-service.en.yaml', 'council-customer-service.zendesk.json', ['--map', 'examples/exports/council-customer-service.zendesk-map.yaml']],
    ['bank-complaints.bilingual.yaml', 'bank-complaints.freshdesk.csv', ['--map', 'examples/exports/bank-complaints.freshdesk-map.yaml']],
  ])('audits %s with %s out of the box', (policy, data, extra) => {
    const run = runCli(['audit', `policies/${policy}`, `examples/exports/${data}`, ...extra, '--as-of', '2026-07-01', '-f', 'json']);
    expect(run.stderr).toBe('');
    expect([0, 1]).toContain(run.status);
    const report = JSON.parse(run.stdout);
    expect(report.bad_rows.count).toBe(0);
    expect(report.ambiguous.count).toBe(0);
    expect(report.unmatched.count).toBe(0);
    expect(report.unmapped).toEqual([]);
    expect(report.standards.reduce((sum: number, s: { records: number }) => sum + s.records, 0)).toBeGreaterThan(50);
    // The policy's own export gives every measured standard records to judge.
    if (extra.length === 0) expect(report.standards.filter((s: { records: number; not_measured?: string }) => s.records === 0 && !s.not_measured).map((s: { id: string }) => s.id)).toEqual([]);
    expect(run.status).toBe(report.ok ? 0 : 1);
  });

  it('are what the generator writes, byte for byte', () => {
    const dir = tempProject();
    const generated = spawnSync(process.execPath, [join(ROOT, 'scripts', 'generate-exports.mjs'), '--out', dir], { encoding: 'utf8' });
    expect(generated.status).toBe(0);
    for (const name of readdirSync(dir)) expect(readFileSync(join(dir, name), 'utf8')).toBe(readFileSync(join(ROOT, 'examples', 'exports', name), 'utf8'));
    expect(readdirSync(dir).sort()).toEqual(readdirSync(join(ROOT, 'examples', 'exports')).sort());
  });
});

describe('the README', () => {
  it('shows what cs-policy audit prints on the example export, as it prints it', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const shown = /```text\n\$ cs-policy (audit [^\n]+)\n([\s\S]*?)```/.exec(readme);
    expect(shown).not.toBeNull();
    const run = runCli(shown![1]!.split(' '));
    expect(run.stdout).toBe(shown![2]);
  });
});

describe('cs-policy audit against the helpdesk\'s own business minutes', () => {
  // The example Zendesk schedule closes at 17:00 on Fridays, the policy at 16:30 (see
  // scripts/generate-exports.mjs): every difference is that half hour, once per Friday a case spans.
  const args = ['audit', 'policies/council-customer-service.en.yaml', 'examples/exports/council-customer-service.zendesk.json', '--map', 'examples/exports/council-customer-service.zendesk-map.yaml', '--as-of', '2026-07-01', '--no-color'];

  it('finds the half hour the helpdesk counts on Fridays, per standard', () => {
    const report = JSON.parse(runCli([...args, '-f', 'json']).stdout);
    const compared = report.standards.filter((s: { vendor_business_minutes?: object }) => s.vendor_business_minutes);
    expect(compared.map((s: { id: string }) => s.id)).toEqual(['phone-answer', 'email-acknowledged', 'email-answered', 'chat-answered', 'complaint-acknowledged', 'complaint-answered']);
    for (const s of compared) {
      const { max_difference_minutes: max, differing } = s.vendor_business_minutes;
      // Whole Friday half hours, give or take the minute Zendesk rounds to.
      expect(Math.min(max % 30, 30 - (max % 30)), s.id).toBeLessThan(1);
      if (differing === 0) expect(max, s.id).toBeLessThan(1);
    }
    expect(compared.reduce((sum: number, s: { vendor_business_minutes: { differing: number } }) => sum + s.vendor_business_minutes.differing, 0)).toBeGreaterThan(0);
  });

  it('reports it in its own section, before what could not be counted', () => {
    const stylish = runCli(args).stdout.split('\n');
    const at = stylish.indexOf("Against the helpdesk's own business minutes");
    expect(stylish.slice(at, at + 4)).toEqual([
      "Against the helpdesk's own business minutes",
      "  phone-answer: our business minutes differ from the helpdesk's on 0 of 38 records (mean 0.0 min, largest 0.0 min)",
      "  email-acknowledged: our business minutes differ from the helpdesk's on 0 of 12 records (mean 0.3 min, largest 0.9 min)",
      "  email-answered: our business minutes differ from the helpdesk's on 7 of 12 records (mean 22.4 min, largest 60.0 min)",
    ]);
    // The notes on how instants were read (the first reply as acknowledgement, whole minutes) follow it.
    expect(stylish.indexOf('What could not be counted')).toBeGreaterThan(at);
    expect(stylish).toContain('  email-acknowledged: acknowledgement read from the export\'s first-response, as the mapping file says');
    const md = runCli([...args, '-f', 'md']).stdout;
    expect(md).toContain("## Against the helpdesk's own business minutes\n\n- phone-answer: our business minutes differ from the helpdesk's on 0 of 38 records");
    const ar = runCli([...args, '--lang', 'ar']).stdout;
    // The id isolated, so the Arabic line cannot reorder it with the numbers after it.
    expect(ar).toContain('مقارنةً بدقائق العمل التي يحسبها نظام الدعم\n  \u2068phone-answer\u2069: تختلف دقائق العمل التي حسبناها عن دقائق نظام الدعم في 0 من 38 سجلًا');
  });
});
