import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, tempProject } from './helpers/run-cli.js';

const COUNCIL = readFileSync(join(ROOT, 'policies/council-customer-service.en.yaml'), 'utf8');

describe('cs-policy review', () => {
  it('lists the shipped examples with owner, version, review dates and status', () => {
    const run = runCli(['review', 'policies', '--today', '2026-12-01']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(`File                                       Policy                    Version  Owner                            Last review  Next review  Status
policies/bank-complaints.bilingual.yaml    bank-complaints           1.4.0    Head of Customer Experience      2026-08-20   2027-08-20   ok
policies/council-customer-service.en.yaml  council-customer-service  2.1.0    Head of Customer Services        2026-03-15   2027-03-15   ok
policies/telecom-complaints.ar.yaml        telecom-complaints        3.0.0    مدير إدارة تجربة العملاء         2026-06-15   2026-12-15   due
policies/water-utility.en.yaml             water-utility             3.0.0    Director of Customer Experience  2026-09-15   2027-09-15   ok

4 policies (1 due, 3 ok)
`);
  });

  it.each([
    ['2026-11-14', 'ok'], ['2026-11-15', 'due'], ['2026-12-15', 'due'], ['2026-12-16', 'overdue'],
  ])('on %s the telecom review due 2026-12-15 is %s (30 days ahead by default), and overdue exits 1', (today, status) => {
    const run = runCli(['review', 'policies/telecom-complaints.ar.yaml', '--today', today, '-f', 'json']);
    expect(JSON.parse(run.stdout).policies[0].status).toBe(status);
    expect(run.status).toBe(status === 'overdue' ? 1 : 0);
  });

  it('takes the horizon from --within, and writes JSON as documented', () => {
    const run = runCli(['review', 'policies/council-customer-service.en.yaml', '--today', '2026-12-01', '--within', '120', '-f', 'json']);
    expect(JSON.parse(run.stdout)).toEqual({
      format: 'cs-policy/review', version: 1,
      policies: [{ file: 'policies/council-customer-service.en.yaml', id: 'council-customer-service', version: '2.1.0', owner: 'Head of Customer Services', last: '2026-03-15', next: '2027-03-15', status: 'due' }],
    });
    expect(runCli(['review', 'policies', '--within', 'soon']).stderr).toContain('--within "soon" is not a number of days');
  });

  it('names a policy it cannot read with its findings, and exits 2', () => {
    const dir = tempProject({ 'a.yaml': COUNCIL, 'b.yaml': COUNCIL.replace('  next: 2027-03-15\n', '') });
    const run = runCli(['review', '.', '--today', '2026-12-01', '-f', 'json'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(JSON.parse(run.stdout).policies.map((p: { file: string }) => p.file)).toEqual(['a.yaml']);
    expect(run.stderr).toContain('missing required key "next"');
    expect(run.stderr).toContain('"b.yaml" does not match the policy schema, so its review cannot be read');
  });

  it('records a review in place: only the review lines change, comments stay, and the file validates', () => {
    const dir = tempProject({ 'p.yaml': COUNCIL });
    const run = runCli(['review', 'p.yaml', '--bump', 'major', '--summary', 'Yearly review; no change to the standards.', '--author', 'Head of Customer Services', '--today', '2026-12-01'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('recorded the review of p.yaml: version 3.0.0, next review 2027-12-01\n');
    expect(run.status).toBe(0);
    const after = readFileSync(join(dir, 'p.yaml'), 'utf8');
    const added = ['  - version: 3.0.0', '    date: 2026-12-01', '    author: "Head of Customer Services"', '    summary: "Yearly review; no change to the standards."'];
    const before = COUNCIL.split('\n');
    const lines = after.split('\n');
    expect(lines.filter((line) => !added.includes(line))).toEqual(before.map((line) => ({
      'version: 2.1.0': 'version: 3.0.0', '  last: 2026-03-15': '  last: 2026-12-01', '  next: 2027-03-15': '  next: 2027-12-01',
    })[line] ?? line));
    expect(lines.indexOf(added[0]!)).toBe(lines.indexOf('changes:') + 1);
    expect(runCli(['validate', 'p.yaml', '--today', '2026-12-01'], { cwd: dir }).status).toBe(0);
  });

  it.each([
    [['review', 'a.yaml', 'b.yaml', '--bump', 'minor', '--summary', 'x'], '--bump records the review of one policy: name one file'],
    [['review', 'a.yaml', '--bump', 'minor'], '--bump needs --summary TEXT'],
    [['review', 'a.yaml', '--summary', 'x'], '--summary and --author go with --bump'],
    [['review', 'a.yaml', '--bump', 'huge', '--summary', 'x'], '--bump <part>: "huge" is not one of major, minor, patch'],
  ])('refuses %j with exit 2', (args, message) => {
    const dir = tempProject({ 'a.yaml': COUNCIL, 'b.yaml': COUNCIL });
    const run = runCli(args, { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(message);
    expect(readFileSync(join(dir, 'a.yaml'), 'utf8')).toBe(COUNCIL);
  });

  it('leaves a file it cannot bump as it was', () => {
    const text = COUNCIL.replace('status: active', 'status: live');
    const dir = tempProject({ 'p.yaml': text });
    const run = runCli(['review', 'p.yaml', '--bump', 'patch', '--summary', 'x'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('"p.yaml" does not match the policy schema');
    expect(readFileSync(join(dir, 'p.yaml'), 'utf8')).toBe(text);
  });
});
