/**
 * `audit --engine duckdb` against the streaming engine, the reference: the same files, the
 * same JSON report apart from the field that names the engine. Run as users run the CLI (dist/:
 * `npm run build` first), on the example exports and on random ones full of what goes wrong in
 * real exports (bad and missing times, events before creation, times past 2199, unknown values,
 * several actions, pending tickets, summer-time changes, several files).
 */
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDuckDb } from '../../../src/audit/readers/duckdb.js';
import { ROOT, runCli, tempProject } from '../../helpers/run-cli.js';
import { PROPERTY_OPTIONS } from '../../helpers/fast-check.js';
import { randomExport } from './random-export.js';

const EXAMPLES: [policy: string, exported: string, extra: string[]][] = [
  ['telecom-complaints.ar.yaml', 'telecom-complaints.csv', []],
  ['water-utility.en.yaml', 'water-utility.csv', []],
  ['bank-complaints.bilingual.yaml', 'bank-complaints.csv', ['--from', '2026-04-10', '--to', '2026-05-20']],
  ['council-customer-service.en.yaml', 'council-customer-service.csv', ['--require-all']],
];

interface Run { status: number | null; stdout: string; stderr: string }
const run = (args: string[], cwd: string): Run => runCli(['audit', ...args, '-f', 'json'], { cwd, env: { TZ: 'America/New_York' } });

/** The report without the field naming the engine; everything else must be equal. */
function withoutEngine(r: Run): unknown {
  expect(r.stderr).toBe('');
  const { engine, ...rest } = JSON.parse(r.stdout) as { engine: string };
  expect(['stream', 'duckdb']).toContain(engine);
  return rest;
}

function expectSame(args: string[], cwd: string, engine: string[] = ['--engine', 'duckdb']): unknown {
  const stream = run([...args, '--engine', 'stream'], cwd);
  const sql = run([...args, ...engine], cwd);
  expect(JSON.parse(sql.stdout).engine).toBe('duckdb');
  expect(sql.status).toBe(stream.status);
  const report = withoutEngine(sql);
  expect(report).toEqual(withoutEngine(stream));
  return report;
}

async function toParquet(csv: string, parquet: string, typed: boolean): Promise<void> {
  const duckdb = await loadDuckDb();
  const connection = await (await duckdb.DuckDBInstance.create(':memory:')).connect();
  const columns = typed ? "* REPLACE (created_at::TIMESTAMPTZ AS created_at), COLUMNS(c -> c LIKE '%\\_at' ESCAPE '\\' AND c <> 'created_at')::TIMESTAMPTZ" : '*';
  await connection.run(`COPY (SELECT ${columns} FROM read_csv('${csv}', header = true, all_varchar = true)) TO '${parquet}' (FORMAT parquet)`);
  connection.disconnectSync?.();
}

describe('audit --engine duckdb gives the streaming engine\'s report', () => {
  it.each(EXAMPLES)('on %s with %s, as CSV and as Parquet, and is the default for Parquet', async (policy, exported, extra) => {
    const dir = tempProject();
    const csv = join(ROOT, 'examples', 'exports', exported);
    await toParquet(csv, join(dir, 'typed.parquet'), true);
    const args = [join(ROOT, 'policies', policy), '--as-of', '2026-07-01', ...extra];
    expectSame([...args, csv], dir);
    expectSame([...args, 'typed.parquet'], dir, []);
  }, 60_000);

  it('on random exports with bad rows, unknown values, pending tickets and two files', async () => {
    const dir = tempProject();
    const policy = join(ROOT, 'policies', 'water-utility.en.yaml');
    writeFileSync(join(dir, 'a.csv'), randomExport(PROPERTY_OPTIONS.seed ?? 1, 3000));
    writeFileSync(join(dir, 'b.csv'), randomExport((PROPERTY_OPTIONS.seed ?? 1) + 1, 1500));
    await toParquet(join(dir, 'a.csv'), join(dir, 'a.parquet'), false);
    await toParquet(join(dir, 'b.csv'), join(dir, 'b.parquet'), false);
    const report = expectSame([policy, 'a.csv', 'b.csv', '--as-of', '2026-10-01'], dir) as { bad_rows: { count: number }; unmapped: unknown[]; unmatched: { count: number } };
    // The random exports hold every kind of trouble they are meant to.
    expect(report.bad_rows.count).toBeGreaterThan(50);
    expect(report.unmapped.length).toBeGreaterThan(0);
    expect(report.unmatched.count).toBeGreaterThan(0);
    expectSame([policy, 'a.parquet', 'b.parquet', '--as-of', '2026-10-01', '--from', '2026-04-01', '--to', '2026-08-31'], dir, []);
  }, 60_000);

  // CSV as exports really come: DuckDB is told the dialect (never sniffs it) and keeps the file's
  // line numbers; a file it cannot read row for row goes to the streaming engine, with a notice.
  const HEADER = 'id,channel,created_at,action,answer_at';
  const row = (i: number, channel = 'phone') => `${i},${channel},2026-05-0${(i % 9) + 1}T08:00:00Z,answer-calls,2026-05-0${(i % 9) + 1}T08:00:40Z`;
  const rows = (n: number) => Array.from({ length: n }, (_, i) => row(i + 1));
  it.each([
    ['header names in another case and spelling', ['ID,Channel,Created At,ACTION,answer-at', ...rows(6), '7,phone,yesterday,answer-calls,'], ''],
    ['a quoted value over two lines before a bad row', [HEADER, row(1), '2,"pho\nne",2026-05-02T08:00:00Z,answer-calls,', ...rows(3), '9,phone,yesterday,answer-calls,'], ''],
    ['CRLF line ends and a byte-order mark', ['\ufeff' + HEADER, ...rows(5), '9,phone,yesterday,answer-calls,'].map((line) => line + '\r'), ''],
    ['a semicolon separator', [HEADER, ...rows(5), '9,phone,yesterday,answer-calls,'].map((line) => line.replace(/,/g, ';')), ''],
    ['a short row', [HEADER, ...rows(3), '4,phone', ...rows(3)], '"x.csv" line 5: DuckDB cannot read this row as cs-policy reads CSV, so the audit was made with --engine stream, which names every damaged row\n'],
    ['a long row', [HEADER, ...rows(3), `${row(4)},extra`, ...rows(3)], '"x.csv" line 5: DuckDB cannot read this row as cs-policy reads CSV, so the audit was made with --engine stream, which names every damaged row\n'],
    ['a stray quote', [HEADER, row(1), '2,"phone,2026-05-02T08:00:00Z,answer-calls,', ...rows(4)], '"x.csv" line 3: DuckDB cannot read this row as cs-policy reads CSV, so the audit was made with --engine stream, which names every damaged row\n'],
    ['a blank line before a bad row', [HEADER, ...rows(3), '', '9,phone,yesterday,answer-calls,', ...rows(2)], '"x.csv" has blank lines, after which DuckDB\'s rows would no longer be the file\'s lines, so the audit was made with --engine stream\n'],
  ])('on a CSV with %s', (_, lines, notice) => {
    const dir = tempProject({ 'x.csv': `${lines.join('\n')}\n` });
    const args = [join(ROOT, 'policies', 'council-customer-service.en.yaml'), 'x.csv', '--as-of', '2026-07-01', ...(notice === '' && lines[1]!.includes(';') ? ['--delimiter', ';'] : [])];
    const stream = run([...args, '--engine', 'stream'], dir);
    const sql = run([...args, '--engine', 'duckdb'], dir);
    expect(sql.stderr).toBe(notice);
    expect(JSON.parse(sql.stdout).engine).toBe(notice === '' ? 'duckdb' : 'stream');
    expect(sql.status).toBe(stream.status);
    const { engine: _a, ...fromSql } = JSON.parse(sql.stdout) as { engine: string };
    const { engine: _b, ...fromStream } = JSON.parse(stream.stdout) as { engine: string };
    expect(fromSql).toEqual(fromStream);
    expect(JSON.stringify(fromSql)).toMatch(/"line":\s*\d+/);
  }, 60_000);

  it('reads times without a zone in --timezone, as the streaming engine does, and asks for one without it', () => {
    const rows = ['2026-03-27 19:30:00,2026-03-30 08:00:00', '2026-03-29 01:30:00,2026-03-29T02:31:00+01:00', '2026-10-24 12:30:00,2026-10-25 01:59:00', '2026-10-23 19:59:59.5,2026-10-26 08:00:00'];
    const dir = tempProject({ 'local.csv': `id,channel,created_at,segment,action,first_response_at\n${rows.map((r, i) => `${i},phone,${r.split(',')[0]},priority-services,call-back-priority-customers,${r.split(',')[1]}`).join('\n')}\n` });
    const policy = join(ROOT, 'policies', 'water-utility.en.yaml');
    expectSame([policy, 'local.csv', '--as-of', '2026-11-01', '--timezone', 'Europe/London'], dir);
    const missing = runCli(['audit', policy, 'local.csv', '--engine', 'duckdb', '--as-of', '2026-11-01'], { cwd: dir });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('--timezone');
    expect(missing.stderr).not.toMatch(/\n\s+at /);
  });

  it('reads Parquet TIMESTAMP columns (no zone) in --timezone when one is named, else as UTC, in both engines', async () => {
    const dir = tempProject();
    const csv = join(ROOT, 'examples', 'exports', 'water-utility.csv');
    const duckdb = await loadDuckDb();
    const connection = await (await duckdb.DuckDBInstance.create(':memory:')).connect();
    await connection.run("SET TimeZone = 'UTC'");
    // Wall times: the UTC instants of the example, written without their zone.
    await connection.run(`COPY (SELECT * REPLACE (created_at::TIMESTAMPTZ::TIMESTAMP AS created_at, resolution_at::TIMESTAMPTZ::TIMESTAMP AS resolution_at, first_response_at::TIMESTAMPTZ::TIMESTAMP AS first_response_at) FROM read_csv('${csv}', header = true, all_varchar = true)) TO '${join(dir, 'wall.parquet')}' (FORMAT parquet)`);
    await connection.run(`COPY (SELECT * REPLACE (replace(replace(created_at, 'T', ' '), 'Z', '') AS created_at, replace(replace(resolution_at, 'T', ' '), 'Z', '') AS resolution_at, replace(replace(first_response_at, 'T', ' '), 'Z', '') AS first_response_at) FROM read_csv('${csv}', header = true, all_varchar = true)) TO '${join(dir, 'text.parquet')}' (FORMAT parquet)`);
    connection.disconnectSync?.();
    const policy = join(ROOT, 'policies', 'water-utility.en.yaml');
    const utc = expectSame([policy, 'wall.parquet', '--as-of', '2026-07-01'], dir) as { standards: { months: unknown[] }[] };
    const london = expectSame([policy, 'wall.parquet', '--as-of', '2026-07-01', '--timezone', 'Europe/London'], dir) as { standards: { months: unknown[] }[] };
    expect(london.standards).not.toEqual(utc.standards);
    // The same times as text without a zone: --timezone is needed, and then gives the same report.
    expect(runCli(['audit', policy, 'text.parquet', '--as-of', '2026-07-01'], { cwd: dir }).stderr).toContain('--timezone');
    const text = expectSame([policy, 'text.parquet', '--as-of', '2026-07-01', '--timezone', 'Europe/London'], dir) as { standards: unknown[] };
    expect(text.standards).toEqual(london.standards);
  }, 60_000);

  it('refuses helpdesk JSON exports, which it does not read, with exit 2', () => {
    const run = runCli(['audit', join(ROOT, 'policies', 'council-customer-service.en.yaml'), join(ROOT, 'examples', 'exports', 'council-customer-service.zendesk.json'), '--engine', 'duckdb']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--engine stream');
  });
});
