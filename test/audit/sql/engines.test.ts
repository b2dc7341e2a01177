/**
 * The generated SQL run for real, on DuckDB (its Node package) and on a private PostgreSQL
 * cluster: for random calendars and ticket spans, every ticket's elapsed time equals the
 * business-time engine's and a simple second calculation's, to the millisecond, on all three clocks.
 */
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileCalendar, elapsedSeconds, type WorkingCalendar } from '../../../src/core/business-time.js';
import type { Calendar } from '../../../src/core/policy.js';
import { calendarTable, type CalendarTable } from '../../../src/audit/sql/calendar-table.js';
import { calendarInserts, elapsedQuery } from '../../../src/audit/sql/audit-sql.js';
import type { DialectName } from '../../../src/audit/sql/dialects.js';
import { fc, PROPERTY_OPTIONS } from '../../helpers/fast-check.js';
import { postgresBinaries, startPostgres, type PostgresServer } from '../../helpers/postgres.js';
import { wallOf } from '../../core/business-time-reference.js';
import { RANGE_FROM, RANGE_TO, calendarArbitrary, coveredMs, edgeInstants, referenceIntervals, spansArbitrary, type Clock } from './calendars.js';

const CALENDARS = Number(process.env.SQL_CALENDARS ?? 30);
const SPANS = Number(process.env.SQL_SPANS ?? 200);
const CLOCKS: Clock[] = ['business', 'working-days', 'calendar'];

interface Case { id: string; calendar: Calendar; cal: WorkingCalendar; spans: [number, number][]; tables: CalendarTable[] }

/** Calendars and spans, drawn once with the suite's seed, shared by both engines. */
function drawCases(): Case[] {
  const calendars = fc.sample(calendarArbitrary, { numRuns: CALENDARS, seed: PROPERTY_OPTIONS.seed });
  return calendars.map((written, n) => {
    const id = `c${n}`;
    const calendar = { ...written, id };
    const compiled = compileCalendar(calendar);
    if (!compiled.ok) throw new Error(`generated calendar rejected: ${JSON.stringify(compiled.problems)}`);
    const edges = edgeInstants(calendar, referenceIntervals(calendar, 'business'));
    const [spans] = fc.sample(spansArbitrary(edges, SPANS), { numRuns: 1, seed: (PROPERTY_OPTIONS.seed ?? 0) + n });
    const tables = CLOCKS.map((clock) => {
      const result = calendarTable(calendar, clock, RANGE_FROM, RANGE_TO);
      if (!result.ok) throw new Error(`no calendar table: ${JSON.stringify(result)}`);
      return result.table;
    });
    return { id, calendar, cal: compiled.calendar, spans: spans!, tables };
  });
}

const monthOf = (zone: string, instant: number) => new Date(wallOf(zone, instant)).toISOString().slice(0, 7);

/** What every engine must answer, per case and clock: elapsed ms by ticket id, and the start's local month. */
function expected(c: Case, clock: Clock): Map<number, { elapsed: number; month: string }> {
  const reference = referenceIntervals(c.calendar, clock);
  const result = new Map<number, { elapsed: number; month: string }>();
  c.spans.forEach(([start, end], id) => {
    const engine = Math.round(elapsedSeconds(c.cal, clock, start, end) * 1000);
    const simple = end > start ? coveredMs(reference, start, end) : 0;
    // The two calculations must agree before the SQL is judged against them.
    expect({ id, clock, engine }).toEqual({ id, clock, engine: simple });
    result.set(id, { elapsed: engine, month: monthOf(c.calendar.timezone, start) });
  });
  return result;
}

type Run = (sql: string) => Promise<Record<string, unknown>[]>;

async function checkEngine(dialect: DialectName, run: Run, ticketsTable: (c: Case) => string): Promise<number> {
  let checked = 0;
  for (const c of CASES) {
    for (const [i, clock] of CLOCKS.entries()) {
      const rows = await run(elapsedQuery({ dialect, tickets: ticketsTable(c), id: 'id', start: 'opened', end: 'closed', calendarTable: 'calendar_days', calendar: c.id, clock, spanCount: SPAN_COUNT }));
      const want = expected(c, clock);
      expect(rows.length).toBe(c.spans.length);
      for (const row of rows) {
        const id = Number(row.ticket_id);
        const got = { id, clock, elapsed: Number(row.elapsed_ms), outside: Number(row.outside_calendar), month: row.start_month };
        expect(got).toEqual({ id, clock, elapsed: want.get(id)!.elapsed, outside: 0, month: want.get(id)!.month });
        checked++;
      }
      void i;
    }
  }
  return checked;
}

const CASES = drawCases();
const SPAN_COUNT = Math.max(...CASES.flatMap((c) => c.tables.map((t) => t.spanCount)));
const ALL_TABLES = CASES.flatMap((c) => c.tables);
/** Tickets as (case, id, start ms, end ms): loaded into each engine, then turned into timestamps there. */
const TICKET_VALUES = CASES.flatMap((c) => c.spans.map(([s, e], id) => `(${c.id.slice(1)}, ${id}, ${s}, ${e})`));
const chunks = <T>(list: T[], size: number): T[][] => Array.from({ length: Math.ceil(list.length / size) }, (_, i) => list.slice(i * size, (i + 1) * size));

describe('the elapsed-time SQL on DuckDB', () => {
  interface Connection { run(sql: string): Promise<{ getRowObjectsJS(): Promise<Record<string, unknown>[]> | Record<string, unknown>[] }>; disconnectSync?(): void }
  let connection: Connection;
  beforeAll(async () => {
    const duckdb = createRequire(import.meta.url)('@duckdb/node-api') as { DuckDBInstance: { create(path: string): Promise<{ connect(): Promise<Connection> }> } };
    connection = await (await duckdb.DuckDBInstance.create(':memory:')).connect();
    // Both timestamp types a warehouse export may have: with a zone and without (read as UTC).
    await connection.run('CREATE TABLE raw (calendar_index BIGINT, id BIGINT, s BIGINT, e BIGINT)');
    for (const part of chunks(TICKET_VALUES, 2000)) await connection.run(`INSERT INTO raw VALUES ${part.join(',')}`);
    await connection.run(calendarInserts('duckdb', 'calendar_days', ALL_TABLES));
    await connection.run("SET TimeZone = 'UTC'");
  }, 60_000);
  afterAll(() => connection?.disconnectSync?.());

  it('equals the engine and a second calculation on every ticket, on timestamptz and timestamp columns', async () => {
    const run: Run = async (sql) => (await connection.run(sql)).getRowObjectsJS();
    for (const c of CASES) {
      const index = c.id.slice(1);
      await connection.run(`CREATE VIEW t_${c.id} AS SELECT id, make_timestamptz(s * 1000) AS opened, make_timestamptz(e * 1000) AS closed FROM raw WHERE calendar_index = ${index}`);
      await connection.run(`CREATE VIEW n_${c.id} AS SELECT id, make_timestamp(s * 1000) AS opened, make_timestamp(e * 1000) AS closed FROM raw WHERE calendar_index = ${index}`);
    }
    const half = CASES.length / 2;
    const checked = await checkEngine('duckdb', run, (c) => (Number(c.id.slice(1)) < half ? `t_${c.id}` : `n_${c.id}`));
    expect(checked).toBe(CASES.length * SPANS * CLOCKS.length);
  }, 120_000);
});

const binaries = postgresBinaries();
if (!binaries) {
  console.warn('\n!!!!!!!! SKIPPED: PostgreSQL tests of the audit SQL. Debian\'s `postgresql` package is not installed (no /usr/lib/postgresql/*/bin/initdb); `apt-get install postgresql` runs them. !!!!!!!!\n');
}

describe.skipIf(!binaries)('the elapsed-time SQL on PostgreSQL', () => {
  let server: PostgresServer;
  beforeAll(async () => {
    server = await startPostgres();
    const q = (sql: string) => server.client.query(sql);
    await q("SET TimeZone = 'UTC'");
    await q('CREATE TABLE raw (calendar_index BIGINT, id BIGINT, s BIGINT, e BIGINT)');
    for (const part of chunks(TICKET_VALUES, 2000)) await q(`INSERT INTO raw VALUES ${part.join(',')}`);
    await q(calendarInserts('postgres', 'calendar_days', ALL_TABLES));
    await q('CREATE INDEX ON calendar_days (calendar_id, clock, utc_day)');
    await q('ANALYZE');
  }, 90_000);
  afterAll(async () => server?.stop());

  it('equals the engine and a second calculation on every ticket, on timestamptz and timestamp columns', async () => {
    const q = (sql: string) => server.client.query(sql);
    for (const c of CASES) {
      const index = c.id.slice(1);
      const at = (column: string) => `TIMESTAMPTZ 'epoch' + ${column} * INTERVAL '1 millisecond'`;
      await q(`CREATE VIEW t_${c.id} AS SELECT id, ${at('s')} AS opened, ${at('e')} AS closed FROM raw WHERE calendar_index = ${index}`);
      await q(`CREATE VIEW n_${c.id} AS SELECT id, TIMESTAMP 'epoch' + s * INTERVAL '1 millisecond' AS opened, TIMESTAMP 'epoch' + e * INTERVAL '1 millisecond' AS closed FROM raw WHERE calendar_index = ${index}`);
    }
    const half = CASES.length / 2;
    const run: Run = async (sql) => (await q(sql)).rows;
    const checked = await checkEngine('postgres', run, (c) => (Number(c.id.slice(1)) < half ? `t_${c.id}` : `n_${c.id}`));
    expect(checked).toBe(CASES.length * SPANS * CLOCKS.length);
  }, 120_000);
});
