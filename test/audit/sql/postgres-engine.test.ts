/**
 * `audit --engine postgres` on a private PostgreSQL cluster (test/helpers/postgres.ts): the same
 * tickets as a table there and as a Parquet file for the streaming engine, the same report apart
 * from the inputs and the field naming the engine. The CLI is spawned as users run it (dist/).
 */
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDuckDb } from '../../../src/audit/readers/duckdb.js';
import { redactUrl } from '../../../src/audit/sql/postgres-engine.js';
import { ROOT, runCli, tempProject } from '../../helpers/run-cli.js';
import { PROPERTY_OPTIONS } from '../../helpers/fast-check.js';
import { postgresBinaries, startPostgres, type PostgresServer } from '../../helpers/postgres.js';
import { randomExport } from './random-export.js';

const TIMES = ['created_at', 'answer_at', 'first_response_at', 'resolution_at'];
const TEXTS = ['id', 'channel', 'priority', 'segment', 'action'];

it('redacts the password of a database URL', () => {
  expect(redactUrl('postgres://ana:p%40ss@db.example:5432/tickets?sslmode=require')).toBe('postgres://ana:***@db.example:5432/tickets?sslmode=require');
  expect(redactUrl('postgres://ana@db/tickets')).toBe('postgres://ana@db/tickets');
  expect(redactUrl('postgres://ana:secret@[bad')).not.toContain('secret');
});

const binaries = postgresBinaries();
if (!binaries) console.warn('\n!!!!!!!! SKIPPED: audit --engine postgres tests. Debian\'s `postgresql` package is not installed; `apt-get install postgresql` runs them. !!!!!!!!\n');

describe.skipIf(!binaries)('audit --engine postgres', () => {
  let server: PostgresServer;
  let dir: string;
  let url: string;
  beforeAll(async () => {
    server = await startPostgres();
    dir = tempProject();
    // The streaming engine reads a Parquet file; PostgreSQL gets the same rows as timestamptz. It numbers
    // a table's rows by id, so the file is in that order.
    writeFileSync(join(dir, 'tickets.csv'), randomExport(PROPERTY_OPTIONS.seed ?? 1, 2500));
    const duckdb = await loadDuckDb();
    const connection = await (await duckdb.DuckDBInstance.create(':memory:')).connect();
    await connection.run("SET TimeZone = 'UTC'");
    const typed = TIMES.map((c) => `try_cast(${c} AS TIMESTAMPTZ) AS ${c}`).join(', ');
    await connection.run(`CREATE TABLE t AS SELECT ${TEXTS.join(', ')}, ${typed} FROM read_csv('${join(dir, 'tickets.csv')}', header = true, all_varchar = true)`);
    // created_at is required: a row without one is not a table row a warehouse would hold.
    await connection.run('DELETE FROM t WHERE created_at IS NULL');
    await connection.run(`COPY (SELECT * FROM t ORDER BY id) TO '${join(dir, 'tickets.parquet')}' (FORMAT parquet)`);
    const result = (await connection.run(`SELECT ${TEXTS.join(', ')}, ${TIMES.map((c) => `epoch_ms(${c}) AS ${c}`).join(', ')} FROM t ORDER BY id`)) as unknown as { getRowObjectsJS(): Promise<Record<string, unknown>[]> };
    const rows = await result.getRowObjectsJS();
    connection.disconnectSync?.();
    const q = (sql: string) => server.client.query(sql);
    await q(`CREATE TABLE tickets (${TEXTS.map((c) => `${c} TEXT`).join(', ')}, ${TIMES.map((c) => `${c} TIMESTAMPTZ`).join(', ')})`);
    const value = (v: unknown) => (v === null || v === undefined ? 'NULL' : typeof v === 'string' ? `'${v.replace(/'/g, "''")}'` : `to_timestamp(${Number(v)} / 1000.0)`);
    for (let i = 0; i < rows.length; i += 500) {
      await q(`INSERT INTO tickets VALUES ${rows.slice(i, i + 500).map((r) => `(${[...TEXTS, ...TIMES].map((c) => value(r[c])).join(', ')})`).join(', ')}`);
    }
    // The same tickets with times as timestamp (no zone), written as wall times in London.
    await q(`CREATE VIEW tickets_london AS SELECT ${TEXTS.join(', ')}, ${TIMES.map((c) => `${c} AT TIME ZONE 'Europe/London' AS ${c}`).join(', ')} FROM tickets`);
    url = `postgres://postgres:s3cret-pw@127.0.0.1:${server.port}/postgres`;
  }, 90_000);
  afterAll(async () => server?.stop());

  const policy = join(ROOT, 'policies', 'water-utility.en.yaml');
  const report = (args: string[], env: Record<string, string> = {}) => {
    const run = runCli(['audit', policy, ...args, '-f', 'json'], { cwd: dir, env });
    expect(run.stderr).toBe('');
    // Examples name the file, or the table, they come from.
    const { engine, inputs, ...rest } = JSON.parse(run.stdout.replace(/"file": "(tickets\.parquet|public\.tickets|tickets_london)"/g, '"file": "tickets"')) as { engine: string; inputs: unknown };
    return { status: run.status, engine, inputs, rest };
  };

  it('gives the streaming engine\'s report on the same tickets, the URL from --database or the environment', () => {
    const stream = report(['tickets.parquet', '--engine', 'stream', '--as-of', '2026-10-01']);
    const pg = report(['--engine', 'postgres', '--database', url, '--table', 'tickets', '--as-of', '2026-10-01']);
    expect(pg.engine).toBe('postgres');
    expect(pg.inputs).toEqual([{ file: 'tickets', source: 'postgres', rows: (stream.inputs as { rows: number }[])[0]!.rows }]);
    expect(pg.rest).toEqual(stream.rest);
    expect(pg.status).toBe(stream.status);
    const fromEnv = report(['--engine', 'postgres', '--table', 'public.tickets', '--as-of', '2026-10-01', '--from', '2026-05-01'], { CS_POLICY_DATABASE_URL: url });
    expect(fromEnv.rest).toEqual(report(['tickets.parquet', '--engine', 'stream', '--as-of', '2026-10-01', '--from', '2026-05-01']).rest);
  }, 60_000);

  it('reads timestamp columns without a zone in --timezone', () => {
    const utc = report(['--engine', 'postgres', '--database', url, '--table', 'tickets', '--as-of', '2026-10-01']);
    const london = report(['--engine', 'postgres', '--database', url, '--table', 'tickets_london', '--as-of', '2026-10-01', '--timezone', 'Europe/London']);
    expect(london.rest).toEqual(utc.rest);
  }, 60_000);

  it('never prints the password, and exits 2 when it cannot do its job', () => {
    const wrongDb = runCli(['audit', policy, '--engine', 'postgres', '--database', url.replace(/\/postgres$/, '/nope'), '--table', 'tickets'], { cwd: dir });
    expect(wrongDb.status).toBe(2);
    expect(wrongDb.stderr).toContain('postgres://postgres:***@127.0.0.1');
    const noTable = runCli(['audit', policy, '--engine', 'postgres', '--table', 'nothing_here'], { cwd: dir, env: { CS_POLICY_DATABASE_URL: url } });
    expect(noTable.status).toBe(2);
    expect(noTable.stderr).toContain('nothing_here');
    const noUrl = runCli(['audit', policy, '--engine', 'postgres', '--table', 'tickets'], { cwd: dir });
    expect(noUrl.status).toBe(2);
    expect(noUrl.stderr).toContain('CS_POLICY_DATABASE_URL');
    for (const run of [wrongDb, noTable, noUrl]) {
      expect(run.stderr).not.toContain('s3cret-pw');
      expect(run.stderr).not.toMatch(/\n\s+at /);
      expect(run.stdout).not.toContain('s3cret-pw');
    }
  }, 60_000);
});
