import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, tempProject } from '../helpers/run-cli.js';

/** Audits as a user runs them on exports that are empty, damaged, or shaped as the vendors write them. */
const TELECOM = join(ROOT, 'policies', 'telecom-complaints.ar.yaml');
const COUNCIL = join(ROOT, 'policies', 'council-customer-service.en.yaml');
const COUNCIL_MAP = join(ROOT, 'examples', 'exports', 'council-customer-service.zendesk-map.yaml');
const HEADER = 'id,channel,created_at,action,answer_at,first_response_at,resolution_at';
const GOOD = (id: number) => `${id},call-centre,2026-06-01T08:00:00Z,receive-complaint,2026-06-01T08:00:30Z,,`;
const csv = (...rows: string[]) => [HEADER, ...rows].join('\n') + '\n';
const occurrences = (text: string, part: string) => text.split(part).length - 1;

describe('nothing measured is not a pass', () => {
  it('exits 2 when most rows are bad, and names the repeating problem once with its first lines', () => {
    const rows = Array.from({ length: 400 }, (_, i) => `${i},call-centre,01/06/2026 08:00,receive-complaint,,,`);
    const dir = tempProject({ 'calls.csv': csv(...rows) });
    const run = runCli(['audit', TELECOM, 'calls.csv', '--as-of', '2026-07-01'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('400 of 400 rows of the exports are bad, so no verdict is given');
    expect(occurrences(run.stderr, '"created_at" is not')).toBe(1);
    expect(run.stderr).toContain('400 rows, first at calls.csv:2, calls.csv:3, calls.csv:4, …');
    expect(run.stderr).not.toContain('internal error');
  });

  it('says so in Arabic too', () => {
    const dir = tempProject({ 'calls.csv': csv('1,call-centre,01/06/2026 08:00,receive-complaint,,,') });
    const run = runCli(['audit', TELECOM, 'calls.csv', '--as-of', '2026-07-01', '--lang', 'ar'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('معيبة، فلا حكم');
  });

  it.each([
    ['an export with no rows', () => csv(), [], 'because the exports hold no rows'],
    ['an export without the metric columns', () => 'id,channel,created_at,action\n1,call-centre,2026-06-01T08:00:00Z,receive-complaint\n', [], 'lack the events the standards read'],
    ['records all outside the period', () => csv(GOOD(1)), ['--from', '2025-01-01', '--to', '2025-02-01'], 'all 1 are outside the period'],
    ['records no standard applies to', () => csv('1,fax,2026-06-01T08:00:00Z,receive-complaint,2026-06-01T08:00:30Z,,'), [], 'no standard applies to any of the 1 record'],
  ])('exits 2, "nothing to judge", for %s', (_name, text, extra, why) => {
    const dir = tempProject({ 'calls.csv': text() });
    const run = runCli(['audit', TELECOM, 'calls.csv', '--as-of', '2026-07-01', ...extra], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('nothing to judge');
    expect(run.stderr).toContain(why);
  });

  it('exits 2 for a Zendesk page without metric_sets', () => {
    const page = { tickets: [{ id: 1, created_at: '2026-06-01T08:00:00Z', priority: 'normal', status: 'open', group_id: 360002, via: { channel: 'email' } }] };
    const dir = tempProject({ 'tickets.json': JSON.stringify(page) });
    const run = runCli(['audit', COUNCIL, 'tickets.json', '--map', COUNCIL_MAP, '--as-of', '2026-07-01'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('nothing to judge');
  });

  it('exits 2 when --from is not before --to', () => {
    const dir = tempProject({ 'calls.csv': csv(GOOD(1)) });
    const run = runCli(['audit', TELECOM, 'calls.csv', '--from', '2026-07-01', '--to', '2026-06-01'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--from 2026-07-01 is not before --to 2026-06-01');
  });

  it('reads on after a stray quote: one bad row, named by its line, and every other row audited', () => {
    const rows = Array.from({ length: 2000 }, (_, i) => GOOD(i));
    rows[2] = '2,call-centre,"2026-06-01T08:00:00Z,receive-complaint,2026-06-01T08:00:30Z,,';
    const dir = tempProject({ 'calls.csv': csv(...rows) });
    const run = runCli(['audit', TELECOM, 'calls.csv', '--as-of', '2026-07-01', '-f', 'json'], { cwd: dir });
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.bad_rows).toMatchObject({ count: 1, examples: [{ file: 'calls.csv', line: 4, reason: { kind: 'bad-quote' } }] });
    expect(report.records).toBe(1999);
  });

  describe('a standard with no record judged', () => {
    const dir = () => tempProject({ 'calls.csv': csv(GOOD(1)) });

    it('is "not judged", with the reason, in every format', () => {
      const cwd = dir();
      const json = JSON.parse(runCli(['audit', TELECOM, 'calls.csv', '--as-of', '2026-07-01', '-f', 'json'], { cwd }).stdout);
      const chat = json.standards.find((s: { id: string }) => s.id === 'chat-first-reply');
      expect(chat).toMatchObject({ judged: false, not_judged_reason: 'no-records', records: 0 });
      expect(json.standards.find((s: { id: string }) => s.id === 'call-answered')).toMatchObject({ judged: true });
      expect(json.not_judged).toContain('chat-first-reply');
      expect(json.ok).toBe(true);
      for (const format of ['stylish', 'md', 'html']) {
        const out = runCli(['audit', TELECOM, 'calls.csv', '--as-of', '2026-07-01', '-f', format, '--no-color'], { cwd }).stdout;
        expect(out, format).toContain('not judged');
        expect(out, format).toContain('chat-first-reply: not judged, no record is one it applies to');
      }
      const ar = runCli(['audit', TELECOM, 'calls.csv', '--as-of', '2026-07-01', '--lang', 'ar'], { cwd }).stdout;
      expect(ar).toContain('لم يُحكم عليه');
    });

    it('fails the run with --require-all (exit 1), naming the standards', () => {
      const run = runCli(['audit', TELECOM, 'calls.csv', '--as-of', '2026-07-01', '--require-all', '--no-color'], { cwd: dir() });
      expect(run.status).toBe(1);
      expect(run.stdout).toMatch(/--require-all fails the audit: not judged [a-z-]+(, [a-z-]+)*\n$/);
      expect(run.stdout).toContain('chat-first-reply');
    });
  });

  it('counts every standard in the summary, and the counts agree with the table', () => {
    const run = runCli(['audit', TELECOM, 'calls.csv', '--as-of', '2026-07-01', '--no-color'], { cwd: tempProject({ 'calls.csv': csv(GOOD(1), '2,call-centre,2026-06-01T08:00:00Z,receive-complaint,2026-06-01T08:05:00Z,,') }) });
    const lines = run.stdout.split('\n');
    const head = lines.findIndex((line) => line.startsWith('standard'));
    const table = lines.slice(head + 1, lines.indexOf('', head));
    const verdicts = { short: 0, ok: 0, none: 0, notJudged: 0 };
    for (const row of table) {
      if (/ short /.test(row)) verdicts.short++;
      else if (/ ok /.test(row)) verdicts.ok++;
      else if (/ not judged /.test(row)) verdicts.notJudged++;
      else verdicts.none++;
    }
    const summary = lines.at(-2)!;
    expect(summary).toBe(`${verdicts.short} of ${table.length} standards fall short of their attainment target: call-answered (${verdicts.ok} meet it, ${verdicts.none} judged with no target, ${verdicts.notJudged} not judged)`);
  });
});
