import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { generateFeedback, toCsv } from './pilot/generate.js';
import { ROOT, runCli, tempProject } from './helpers/run-cli.js';

const COUNCIL = join(ROOT, 'policies/council-customer-service.en.yaml');
const TELECOM = join(ROOT, 'policies/telecom-complaints.ar.yaml');
const RESPONSES = join(ROOT, 'examples/pilot/council-responses.csv');
const AUDIT = join(ROOT, 'examples/pilot/council-audit.json');
const TODAY = ['--today', '2026-03-02'];

const json = (stdout: string) => JSON.parse(stdout) as Record<string, any>;

describe('cs-policy pilot', () => {
  it('evaluates the shipped example: adopt when every criterion is met, exit 0', () => {
    const run = runCli(['pilot', COUNCIL, RESPONSES, '--kpi', 'calls-answered-30s=83', '--kpi', 'first-contact-resolution=74', '-f', 'json', ...TODAY]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const report = json(run.stdout);
    expect(report.format).toBe('cs-policy/pilot');
    expect(report.version).toBe(1);
    expect(report.decision).toBe('adopt');
    expect(report.criteria).toEqual([
      { kpi: 'calls-answered-30s', direction: 'at-least', target: 80, actual: 83, source: 'kpi', met: true },
      { kpi: 'first-contact-resolution', direction: 'at-least', target: 72, actual: 74, source: 'kpi', met: true },
    ]);
    // The example file, counted a second way: straight from its columns.
    const rows = readFileSync(RESPONSES, 'utf8').trim().split('\n').slice(1).map((line) => line.split(','));
    const count = (test: (e: number, p: number) => boolean) => rows.filter((r) => test(Number(r[3]), Number(r[4]))).length;
    expect([report.responses, report.dissatisfied, report.satisfied, report.loyal]).toEqual([rows.length, count((e, p) => p < e), count((e, p) => p === e), count((e, p) => p > e)]);
    expect(report.shares.dissatisfied.value).toBe(Math.round((report.dissatisfied / report.responses) * 1000) / 10);
  });

  it('revises when a criterion is not met or unknown, exit 1, and names what needs work', () => {
    const run = runCli(['pilot', COUNCIL, RESPONSES, '--kpi', 'calls-answered-30s=83', ...TODAY]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('? unknown  first-contact-resolution');
    expect(run.stdout).toMatch(/Decision: revise; criteria to work on: first-contact-resolution; topics to work on: /);
  });

  it('reads KPI values from an audit report: by --kpi-from-audit, or the standard with the same id', () => {
    const run = runCli(['pilot', COUNCIL, RESPONSES, '--audit', AUDIT, '--kpi-from-audit', 'calls-answered-30s=phone-answer', '-f', 'json', ...TODAY]);
    expect(run.status).toBe(1);
    const report = json(run.stdout);
    expect(report.criteria).toEqual([
      { kpi: 'calls-answered-30s', direction: 'at-least', target: 80, actual: 83, source: 'audit:phone-answer', met: true },
      { kpi: 'first-contact-resolution', direction: 'at-least', target: 72, actual: 70, source: 'audit:first-contact-resolution', met: false },
    ]);
    expect(report.audit_as_of).toBe('2026-03-01');
  });

  it('gives the decision that follows from generated feedback with known counts', () => {
    const dir = tempProject({ 'r.csv': toCsv(generateFeedback([
      { topic: 'speed', dissatisfied: 40, satisfied: 10, loyal: 10 },
      { topic: 'courtesy', dissatisfied: 5, satisfied: 25, loyal: 30 },
    ], { seed: 42, recommend: true })) });
    const run = runCli(['pilot', COUNCIL, 'r.csv', '--kpi', 'calls-answered-30s=79.5', '--kpi', 'first-contact-resolution=80', '-f', 'json', '--margin', '10', ...TODAY], { cwd: dir });
    expect(run.status).toBe(1);
    const report = json(run.stdout);
    expect([report.responses, report.dissatisfied, report.satisfied, report.loyal]).toEqual([120, 45, 35, 40]);
    expect(report.topics.map((t: { topic: string; needs_work: boolean; dissatisfied: number }) => [t.topic, t.dissatisfied, t.needs_work])).toEqual([['speed', 40, true], ['courtesy', 5, false]]);
    expect(report.criteria.map((c: { met: unknown }) => c.met)).toEqual([false, true]);
    expect(report.precision.margin).toBe(10);
  });

  it('names bad rows with their line and evaluates the rest', () => {
    const dir = tempProject({ 'r.csv': 'id,expectation,performance\na,3,4\nb,3,six\nc,3\nd,3,9\ne,2,2\n' });
    const run = runCli(['pilot', COUNCIL, 'r.csv', '--scale', '1-5', ...TODAY], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain([
      'Rows not evaluated',
      '  r.csv:3  performance "six" is not a number',
      '  r.csv:4  the row has 2 cells, the header 3',
      '  r.csv:5  performance 9 is outside the scale 1-5',
    ].join('\n'));
    expect(run.stdout).toContain('  responses: 2');
  });

  it('records the results in the pilot section; the rest of the file is unchanged and it still validates', () => {
    const source = readFileSync(COUNCIL, 'utf8');
    const dir = tempProject({ 'policy.yaml': source });
    const run = runCli(['pilot', 'policy.yaml', RESPONSES, '--kpi', 'calls-answered-30s=83', '--record', '--notes', 'Team B, February', ...TODAY], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('recorded the results and the decision (revise) in policy.yaml\n');
    const text = readFileSync(join(dir, 'policy.yaml'), 'utf8');
    const results = parse(text).pilot.results;
    expect(results).toMatchObject({ date: '2026-03-02', decision: 'revise', notes: 'Team B, February', criteria: [{ kpi: 'calls-answered-30s', target: 80, actual: 83, met: true }, { kpi: 'first-contact-resolution', target: 72, met: 'unknown' }] });
    // Take the results block out again, and the file is the same bytes as before.
    const lines = text.split('\n');
    const from = lines.indexOf('  results:');
    let to = from + 1;
    while (lines[to]!.startsWith('    ')) to++;
    lines.splice(from, to - from);
    expect(lines.join('\n')).toBe(source);
    const check = runCli(['validate', 'policy.yaml', ...TODAY], { cwd: dir });
    expect(check.stdout).toBe('✔ 1 file checked, no problems\n');
    expect(check.status).toBe(0);
  });

  it('refuses a policy with errors, even to record, with exit 2', () => {
    const broken = readFileSync(COUNCIL, 'utf8').replace('kpi: first-contact-resolution, target: 72', 'kpi: first-contact-resolutoin, target: 72');
    const dir = tempProject({ 'policy.yaml': broken });
    const run = runCli(['pilot', 'policy.yaml', RESPONSES, '--record', ...TODAY], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('"policy.yaml" has errors (listed above); fix them first');
    expect(readFileSync(join(dir, 'policy.yaml'), 'utf8')).toBe(broken);
  });

  it.each([
    [['--kpi', 'calls-answerd-30s=80'], 'no KPI has the id "calls-answerd-30s" (did you mean "calls-answered-30s"?)'],
    [['--kpi', 'calls-answered-30s'], '--kpi "calls-answered-30s": write it KPI=VALUE'],
    [['--kpi', 'calls-answered-30s=lots'], '--kpi "calls-answered-30s=lots": write it KPI=VALUE'],
    [['--kpi-from-audit', 'calls-answered-30s=phone-answer'], '--kpi-from-audit needs --audit FILE'],
    [['--audit', AUDIT, '--kpi-from-audit', 'calls-answered-30s=phone-answr'], 'has no standard "phone-answr" (did you mean "phone-answer"?)'],
    [['--audit', COUNCIL], 'is not JSON'],
    [['--audit', RESPONSES.replace('council-responses.csv', 'missing.json')], 'no such file or directory'],
    [['--margin', '0'], '--margin "0": write a number of percentage points from 0.01 to below 100'],
    // Smaller margins ask for more responses than can be counted ("Infinity responses").
    [['--margin', '1e-300'], '--margin "1e-300": write a number of percentage points from 0.01 to below 100'],
    [['--scale', '1-4'], '--scale <scale>: "1-4" is not one of 1-5, 1-7, 1-10'],
    [['--today', '2026-02-30'], '--today "2026-02-30" is not a day'],
  ])('exits 2 on %j', (args, message) => {
    const run = runCli(['pilot', COUNCIL, RESPONSES, ...args, ...TODAY.filter(() => !args.includes('--today'))]);
    expect(run.stderr).toContain(message);
    expect(run.status).toBe(2);
  });

  it.each([
    ['a missing column', 'id,expectation\na,3\n', '"r.csv": the header has no performance column'],
    ['no responses', 'id,expectation,performance\n', 'no response could be evaluated'],
    ['binary data', '\u0000\u0001\u0002', '"r.csv" is not UTF-8 text'],
  ])('exits 2 on a responses file with %s', (_name, text, message) => {
    const dir = tempProject({ 'r.csv': text });
    const run = runCli(['pilot', COUNCIL, 'r.csv', ...TODAY], { cwd: dir });
    expect(run.stderr).toContain(message);
    expect(run.status).toBe(2);
  });

  it('refuses to write the report over an input', () => {
    const dir = tempProject({ 'r.csv': 'id,expectation,performance\na,3,3\n' });
    const run = runCli(['pilot', COUNCIL, 'r.csv', '-o', 'r.csv', ...TODAY], { cwd: dir });
    expect(run.status).toBe(2);
    expect(readFileSync(join(dir, 'r.csv'), 'utf8')).toBe('id,expectation,performance\na,3,3\n');
  });

  it('reports in Arabic, for an Arabic policy, in every format', () => {
    const dir = tempProject({ 'r.json': JSON.stringify([{ id: '1', expectation: 4, performance: 3, topic: 'سرعة الرد' }, { id: '2', expectation: 3, performance: 3, topic: 'سرعة الرد' }, { id: '3', expectation: 2, performance: 4, topic: 'اللباقة' }]) });
    const stylish = runCli(['pilot', TELECOM, 'r.json', '--lang', 'ar', ...TODAY], { cwd: dir });
    expect(stylish.status).toBe(1);
    expect(stylish.stdout).toContain('كيف حكم العملاء على الخدمة');
    expect(stylish.stdout).toContain('القرار: مراجعة');
    const page = runCli(['pilot', TELECOM, 'r.json', '--lang', 'ar', '-f', 'html', ...TODAY], { cwd: dir });
    expect(page.stdout).toContain('<html lang="ar" dir="rtl">');
    expect(page.stdout).toContain('<svg');
    expect(page.stdout).not.toContain('<script');
  });
});

describe('the README on pilot', () => {
  it('shows the sample report the example really gives', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const block = /```text\n\$ npx cs-policy pilot ([^\n]*\\\n[^\n]*)\n([\s\S]*?)```/.exec(readme);
    expect(block).not.toBeNull();
    const args = block![1]!.replace('\\\n', ' ').trim().split(/\s+/);
    const run = runCli(['pilot', ...args]);
    expect(run.stdout).toBe(block![2]);
    expect(run.status).toBe(1);
  });
});

describe('cs-policy pilot on hostile input', () => {
  it('refuses a responses file over 1 MiB without reading past the limit', () => {
    const dir = tempProject({ 'big.csv': `id,expectation,performance\n${'a,3,3\n'.repeat(200_000)}` });
    const run = runCli(['pilot', COUNCIL, 'big.csv', ...TODAY], { cwd: dir });
    // In KB/MB like a policy over the limit, not raw bytes.
    expect(run.stderr).toContain('"big.csv" is 1.14 MB, over the limit of 1 MB');
    expect(run.status).toBe(2);
    const arabic = runCli(['pilot', COUNCIL, 'big.csv', '--lang', 'ar', ...TODAY], { cwd: dir });
    expect(arabic.stderr).toContain('حجم "\u2068big.csv\u2069" 1.14 ميغابايت، وهو فوق الحد البالغ 1 ميغابايت');
    expect(arabic.status).toBe(2);
  });

  it('names a directory given as responses', () => {
    const run = runCli(['pilot', COUNCIL, join(ROOT, 'examples'), ...TODAY]);
    expect(run.stderr).toContain('EISDIR');
    expect(run.status).toBe(2);
  });

  it('reads an unclosed quote as one bad row and goes on', () => {
    const dir = tempProject({ 'r.csv': 'id,expectation,performance,comment\na,3,3,fine\nb,3,4,"never closed\n' });
    const run = runCli(['pilot', COUNCIL, 'r.csv', '-f', 'json', ...TODAY], { cwd: dir });
    const report = JSON.parse(run.stdout);
    expect(report.responses).toBe(1);
    expect(report.bad_rows).toEqual([{ file: 'r.csv', line: 3, problem: 'bad-csv', message: 'a quoted value is not closed, or text follows its closing quote' }]);
  });
});
