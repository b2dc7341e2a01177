/**
 * `audit --sql <dialect>` and `audit --from-sql-result`: the script run for real on DuckDB and on
 * the private PostgreSQL cluster, its result exported as CSV as a warehouse would, and the report
 * made from it equal to the streaming engine's on the same tickets (counts; a result has no row
 * numbers, so it lists no example rows). The other dialects' scripts are parsed.
 */
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDuckDb } from '../../../src/audit/readers/duckdb.js';
import { DIALECTS } from '../../../src/audit/sql/dialects.js';
import { ROOT, runCli, tempProject } from '../../helpers/run-cli.js';
import { PROPERTY_OPTIONS } from '../../helpers/fast-check.js';
import { postgresBinaries, startPostgres, type PostgresServer } from '../../helpers/postgres.js';
import { randomExport } from './random-export.js';

const POLICY = join(ROOT, 'policies', 'water-utility.en.yaml');
const TIMES = ['created_at', 'answer_at', 'first_response_at', 'resolution_at'];
const TEXTS = ['id', 'channel', 'priority', 'segment', 'action'];
const WHEN = ['--as-of', '2026-10-01T00:00:00Z', '--from', '2026-03-01', '--to', '2026-10-01T00:00:00Z'];

interface Conn { run(sql: string): Promise<{ getRowObjectsJS(): Promise<Record<string, unknown>[]> }>; disconnectSync?(): void }
let dir: string;
let duck: Conn;

/** What a report made from counts alone must share with the streaming engine's. */
function counts(stdout: string): unknown {
  const r = JSON.parse(stdout);
  return { standards: r.standards, escalation: r.escalation, records: r.records, outside: r.outside_period, unmatched: r.unmatched.count, ambiguous: r.ambiguous.count, unmapped: r.unmapped, more: r.unmapped_more, bad: r.bad_rows.count, ok: r.ok, not_judged: r.not_judged };
}

function script(dialect: string): { body: string; query: string } {
  const out = join(dir, `audit.${dialect}.sql`);
  const run = runCli(['audit', POLICY, '--sql', dialect, '--table', 'tickets', ...WHEN, '-o', out], { cwd: dir });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  const text = readFileSync(out, 'utf8');
  expect(readFileSync(`${out}.calendar.csv`, 'utf8')).toMatch(/^calendar_id,clock,utc_day,open_before,/);
  const at = text.indexOf('WITH t AS (');
  return { body: text.slice(0, at), query: text.slice(at).trim().replace(/;$/, '') };
}

/** Rows as a warehouse exports them: CSV with a header line, NULL as an empty cell. */
function toCsv(rows: Record<string, unknown>[]): string {
  const names = Object.keys(rows[0]!);
  const cell = (v: unknown) => (v === null || v === undefined ? '' : /[",\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));
  return `${[names.join(','), ...rows.map((r) => names.map((n) => cell(r[n])).join(','))].join('\n')}\n`;
}

beforeAll(async () => {
  dir = tempProject();
  writeFileSync(join(dir, 'tickets.csv'), randomExport((PROPERTY_OPTIONS.seed ?? 1) + 7, 2500));
  const duckdb = await loadDuckDb();
  duck = (await (await duckdb.DuckDBInstance.create(':memory:')).connect()) as unknown as Conn;
  await duck.run("SET TimeZone = 'UTC'");
  await duck.run(`CREATE TABLE tickets AS SELECT ${TEXTS.join(', ')}, ${TIMES.map((c) => `try_cast(${c} AS TIMESTAMPTZ) AS ${c}`).join(', ')} FROM read_csv('${join(dir, 'tickets.csv')}', header = true, all_varchar = true) ORDER BY id`);
  await duck.run(`COPY (SELECT * FROM tickets ORDER BY id) TO '${join(dir, 'tickets.parquet')}' (FORMAT parquet)`);
}, 60_000);
afterAll(() => duck?.disconnectSync?.());

const stream = () => {
  const run = runCli(['audit', POLICY, 'tickets.parquet', '--engine', 'stream', ...WHEN, '-f', 'json'], { cwd: dir });
  expect(run.stderr).toBe('');
  return run;
};

describe('audit --sql and --from-sql-result', () => {
  it('round trip on DuckDB: the report from the result equals the streaming engine\'s', async () => {
    const { body, query } = script('duckdb');
    await duck.run(body);
    await duck.run(`COPY (${query}) TO '${join(dir, 'result.duckdb.csv')}' (HEADER, DELIMITER ',')`);
    const back = runCli(['audit', POLICY, '--from-sql-result', 'result.duckdb.csv', '-f', 'json'], { cwd: dir });
    expect(back.stderr).toBe('');
    const expected = stream();
    expect(back.status).toBe(expected.status);
    expect(counts(back.stdout)).toEqual(counts(expected.stdout));
    expect(JSON.parse(back.stdout).engine).toBe('sql');
    // Every format, from the same result.
    for (const format of ['stylish', 'md', 'html']) expect(runCli(['audit', POLICY, '--from-sql-result', 'result.duckdb.csv', '-f', format], { cwd: dir }).status).toBe(back.status);
  }, 60_000);

  it('refuses a file that is not such a result, with exit 2', () => {
    const run = runCli(['audit', POLICY, '--from-sql-result', 'tickets.csv'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('tickets.csv');
  });

  it('asks for --table, --from and -o', () => {
    const run = runCli(['audit', POLICY, '--sql', 'bigquery', '--as-of', '2026-10-01', '--from', '2026-03-01', '-o', 'x.sql'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--table');
  });

  it.each([['bigquery', 'BigQuery'], ['snowflake', 'Snowflake'], ['redshift', 'Redshift'], ['databricks', 'Hive'], ['postgres', 'PostgresQL']])('writes a script for %s that parses', (dialect, database) => {
    expect(DIALECTS).toContain(dialect);
    const { Parser } = createRequire(import.meta.url)('node-sql-parser') as { Parser: new () => { astify(sql: string, options: { database: string }): unknown } };
    const { query } = script(dialect);
    expect(() => new Parser().astify(query, { database })).not.toThrow();
  });
});

const binaries = postgresBinaries();
describe.skipIf(!binaries)('audit --sql postgres on PostgreSQL', () => {
  let server: PostgresServer;
  beforeAll(async () => {
    server = await startPostgres();
  }, 90_000);
  afterAll(async () => server?.stop());

  it('round trip: the report from the result equals the streaming engine\'s', async () => {
    const q = (sql: string) => server.client.query(sql);
    const rows = await (await duck.run(`SELECT ${TEXTS.join(', ')}, ${TIMES.map((c) => `epoch_ms(${c}) AS ${c}`).join(', ')} FROM tickets ORDER BY id`)).getRowObjectsJS();
    await q(`CREATE TABLE tickets (${TEXTS.map((c) => `${c} TEXT`).join(', ')}, ${TIMES.map((c) => `${c} TIMESTAMPTZ`).join(', ')})`);
    const value = (v: unknown) => (v === null || v === undefined ? 'NULL' : typeof v === 'string' ? `'${v.replace(/'/g, "''")}'` : `to_timestamp(${Number(v)} / 1000.0)`);
    for (let i = 0; i < rows.length; i += 500) await q(`INSERT INTO tickets VALUES ${rows.slice(i, i + 500).map((r) => `(${[...TEXTS, ...TIMES].map((c) => value(r[c])).join(', ')})`).join(', ')}`);
    const { body, query } = script('postgres');
    await q(body);
    writeFileSync(join(dir, 'result.pg.csv'), toCsv((await q(query)).rows));
    const back = runCli(['audit', POLICY, '--from-sql-result', 'result.pg.csv', '-f', 'json'], { cwd: dir });
    expect(back.stderr).toBe('');
    expect(counts(back.stdout)).toEqual(counts(stream().stdout));
  }, 90_000);
});
