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
      ),
    });
    const run = runCli(['audit', TELECOM, 'calls.csv', '--as-of', '2026-07-01', '-f', 'json'], { cwd: dir });
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.bad_rows).toEqual({
      count: 3,
      examples: [
        { file: 'calls.csv', line: 3, reason: { kind: 'bad-timestamp', column: 'answer_at', value: 'yesterday' } },
        { file: 'calls.csv', line: 4, reason: { kind: 'short-row', cells: 3, expected: 7 } },
        { file: 'calls.csv', line: 5, reason: { kind: 'event-before-creation', column: 'answer_at' } },
      ],
    });
    expect(report.records).toBe(1);
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

  it('speaks Arabic with --lang ar', () => {
    const dir = tempProject({ 'calls.csv': csv('1,call-centre,2026-06-01T08:00:00Z,receive-complaint,2026-06-01T08:00:30Z,,') });
    const run = runCli(['audit', TELECOM, 'calls.csv', '--as-of', '2026-07-01', '--lang', 'ar'], { cwd: dir });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('تدقيق telecom-complaints');
    expect(run.stdout).toContain('لا معيار دون المطلوب');
  });

  it('never shows a progress line when standard error is not a terminal', () => {
    const rows = Array.from({ length: 5000 }, (_, i) => `${i},call-centre,2026-06-01T08:00:00Z,receive-complaint,2026-06-01T08:00:30Z,,`);
    const dir = tempProject({ 'calls.csv': csv(...rows) });
    const run = runCli(['audit', TELECOM, 'calls.csv', '--as-of', '2026-07-01'], { cwd: dir });
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
  });
});
