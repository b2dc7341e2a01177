/**
 * The generated SQL run for real, on DuckDB (its Node package) and on a private PostgreSQL
 * cluster: for random calendars and ticket spans, every ticket's elapsed time equals the
 * business-time engine's and a simple second calculation's, to the millisecond, on all three clocks.
 */
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileCalendar, elapsedSeconds, type WorkingCalendar } from '../../../src/core/business-time/index.js';
import type { Calendar } from '../../../src/core/policy.js';
import { calendarTable, type CalendarTable } from '../../../src/audit/sql/calendar-table.js';
import { calendarInserts, elapsedQuery, verdictQuery } from '../../../src/audit/sql/audit-sql.js';
import type { DialectName } from '../../../src/audit/sql/dialects.js';
import { fc, PROPERTY_OPTIONS } from '../../helpers/fast-check.js';
import { postgresBinaries, startPostgres, type PostgresServer } from '../../helpers/postgres.js';
import { wallOf } from '../../core/business-time-reference.js';
import { DAY, RANGE_FROM, RANGE_TO, calendarArbitrary, coveredMs, edgeInstants, referenceIntervals, spansArbitrary, type Clock } from './calendars.js';

const CALENDARS = Number(process.env.SQL_CALENDARS ?? 30);
const SPANS = Number(process.env.SQL_SPANS ?? 200);
const CLOCKS: Clock[] = ['business', 'working-days', 'calendar'];

interface Expected { elapsed: number; month: string }
interface Case { id: string; calendar: Calendar; spans: [number, number][]; tables: CalendarTable[]; expected: Map<Clock, Map<number, Expected>> }

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
    return { id, calendar, spans: spans!, tables, expected: new Map(CLOCKS.map((clock) => [clock, expected(calendar, compiled.calendar, spans!, clock)])) };
  });
}

const monthOf = (zone: string, instant: number) => new Date(wallOf(zone, instant)).toISOString().slice(0, 7);

/** What every engine must answer, per case and clock: elapsed ms by ticket id, and the start's local month. */
function expected(calendar: Calendar, cal: WorkingCalendar, spans: [number, number][], clock: Clock): Map<number, Expected> {
  const reference = referenceIntervals(calendar, clock);
  const result = new Map<number, Expected>();
  spans.forEach(([start, end], id) => {
    const engine = Math.round(elapsedSeconds(cal, clock, start, end) * 1000);
    const simple = end > start ? coveredMs(reference, start, end) : 0;
    // The two calculations must agree before the SQL is judged against them.
    if (engine !== simple) throw new Error(`engine ${engine} ms, second calculation ${simple} ms: ${clock} clock, ${JSON.stringify(calendar)}, ${start}..${end}`);
    result.set(id, { elapsed: engine, month: monthOf(calendar.timezone, start) });
  });
  return result;
}

type Run = (sql: string) => Promise<Record<string, unknown>[]>;

async function checkEngine(dialect: DialectName, run: Run, ticketsTable: (c: Case) => string): Promise<number> {
  let checked = 0;
  for (const c of CASES) {
    for (const clock of CLOCKS) {
      const rows = await run(elapsedQuery({ dialect, tickets: ticketsTable(c), id: 'id', start: 'opened', end: 'closed', calendarTable: 'calendar_days', calendar: c.id, clock, spanCount: SPAN_COUNT }));
      const want = c.expected.get(clock)!;
      expect(rows.length).toBe(c.spans.length);
      const wrong: unknown[] = [];
      for (const row of rows) {
        const id = Number(row.ticket_id);
        const got = { elapsed: Number(row.elapsed_ms), outside: Number(row.outside_calendar), month: row.start_month };
        const wanted = { ...want.get(id)!, outside: 0 };
        if (got.elapsed !== wanted.elapsed || got.outside !== 0 || got.month !== wanted.month) wrong.push({ calendar: c.calendar, clock, span: c.spans[id], got, wanted });
        checked++;
      }
      // The first few differences, with the calendar and span that reproduce them.
      expect(wrong.slice(0, 3)).toEqual([]);
    }
  }
  return checked;
}

/** Tickets at and past the table's edges, without an end, ending before they start, with no times at all. */
const EDGE_TICKETS: [id: number, start: number | null, end: number | null, elapsed: 'engine' | 0 | null, outside: number][] = [
  [1, RANGE_FROM - 1, RANGE_FROM + DAY, null, 1],
  [2, RANGE_FROM, RANGE_TO, null, 1],
  [3, RANGE_FROM + 40 * DAY, null, null, 0],
  [4, RANGE_FROM + 40 * DAY, RANGE_FROM + 40 * DAY - 5, 0, 0],
  [5, RANGE_FROM, RANGE_TO - 1, 'engine', 0],
  [6, null, null, null, 0],
  [7, RANGE_TO + 5, RANGE_TO - 5, null, 1],
];
/** Around 1970-01-01, where engines' integer division and remainder truncate toward zero: ms before it are negative. */
const EPOCH_TABLE = (() => {
  const result = calendarTable(undefined, 'calendar', Date.UTC(1969, 11, 30), Date.UTC(1970, 0, 3));
  if (!result.ok) throw new Error('no table around 1970');
  return result.table;
})();
const EPOCH_TICKETS: [number, number, number][] = [[21, -1, 0], [22, -DAY - 1, DAY + 1], [23, -DAY, -1], [24, -2 * DAY, 2 * DAY - 5], [25, -86_399_999, 1]];
const sqlNumber = (n: number | null) => (n === null ? 'NULL' : String(n));
const EDGE_VALUES = [...EDGE_TICKETS, ...EPOCH_TICKETS].map(([id, s, e]) => `(${id}, ${sqlNumber(s)}, ${sqlNumber(e)})`).join(', ');

/** Outside the table is reported, never measured as 0; pending and empty tickets are no breach. */
async function checkEdges(dialect: DialectName, run: Run, table: string): Promise<void> {
  const c = CASES[0]!;
  const compiled = compileCalendar(c.calendar);
  if (!compiled.ok) throw new Error('calendar rejected');
  const rows = await run(elapsedQuery({ dialect, tickets: table, id: 'id', start: 'opened', end: 'closed', calendarTable: 'calendar_days', calendar: c.id, clock: 'business', spanCount: SPAN_COUNT }));
  const got = rows.map((r) => [Number(r.ticket_id), r.elapsed_ms === null ? null : Number(r.elapsed_ms), Number(r.outside_calendar)]).sort((a, b) => a[0]! - b[0]!);
  const want = EDGE_TICKETS.map(([id, , , elapsed, outside]) => [id, elapsed === 'engine' ? Math.round(elapsedSeconds(compiled.calendar, 'business', RANGE_FROM, RANGE_TO - 1) * 1000) : elapsed, outside]);
  expect(got.filter(([id]) => id! < 20)).toEqual(want);
  const epoch = await run(elapsedQuery({ dialect, tickets: table, id: 'id', start: 'opened', end: 'closed', calendarTable: 'calendar_days', calendar: 'calendar', clock: 'calendar', spanCount: SPAN_COUNT }));
  const measured = epoch.map((r) => [Number(r.ticket_id), Number(r.elapsed_ms), Number(r.outside_calendar), r.start_month]).filter(([id]) => (id as number) > 20).sort((a, b) => (a[0] as number) - (b[0] as number));
  expect(measured).toEqual(EPOCH_TICKETS.map(([id, s, e]) => [id, e - s, 0, s < 0 ? '1969-12' : '1970-01']));
}

/** The verdict counts per month equal the same counts made from the engine's elapsed times. */
async function checkVerdicts(dialect: DialectName, run: Run, table: (c: Case) => string): Promise<void> {
  for (const c of CASES.slice(0, 3)) {
    const targetMs = 4 * 3600_000;
    const rows = await run(verdictQuery({ dialect, tickets: table(c), id: 'id', start: 'opened', end: 'closed', calendarTable: 'calendar_days', calendar: c.id, clock: 'business', spanCount: SPAN_COUNT, targetMs }));
    const want = new Map<string, { met: number; breached: number }>();
    for (const { elapsed, month } of c.expected.get('business')!.values()) {
      const counts = want.get(month) ?? { met: 0, breached: 0 };
      if (elapsed <= targetMs) counts.met++;
      else counts.breached++;
      want.set(month, counts);
    }
    const got = rows.map((r) => [r.start_month, Number(r.met), Number(r.breached), Number(r.pending), Number(r.outside_calendar)]);
    expect(got).toEqual([...want.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([month, { met, breached }]) => [month, met, breached, 0, 0]));
  }
}

const CASES = drawCases();
const SPAN_COUNT = Math.max(...CASES.flatMap((c) => c.tables.map((t) => t.spanCount)));
const ALL_TABLES = [...CASES.flatMap((c) => c.tables), EPOCH_TABLE];
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
    await connection.run(`CREATE TABLE edge_raw (id BIGINT, s BIGINT, e BIGINT); INSERT INTO edge_raw VALUES ${EDGE_VALUES}`);
    await connection.run('CREATE VIEW edge AS SELECT id, make_timestamptz(s * 1000) AS opened, make_timestamptz(e * 1000) AS closed FROM edge_raw');
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

  it('reports tickets outside the calendar table, and counts verdicts per month', async () => {
    const run: Run = async (sql) => (await connection.run(sql)).getRowObjectsJS();
    await checkEdges('duckdb', run, 'edge');
    await checkVerdicts('duckdb', run, (c) => `t_${c.id}`);
  });
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
    await q(`CREATE TABLE edge_raw (id BIGINT, s BIGINT, e BIGINT); INSERT INTO edge_raw VALUES ${EDGE_VALUES}`);
    await q("CREATE VIEW edge AS SELECT id, TIMESTAMPTZ 'epoch' + s * INTERVAL '1 millisecond' AS opened, TIMESTAMPTZ 'epoch' + e * INTERVAL '1 millisecond' AS closed FROM edge_raw");
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

  it('reports tickets outside the calendar table, and counts verdicts per month', async () => {
    const run: Run = async (sql) => (await server.client.query(sql)).rows;
    await checkEdges('postgres', run, 'edge');
    await checkVerdicts('postgres', run, (c) => `t_${c.id}`);
  });
});
