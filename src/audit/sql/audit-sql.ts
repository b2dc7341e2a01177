/**
 * The audit's time arithmetic as SQL for a warehouse: the calendar table (calendar-table.ts)
 * written as CSV or as CREATE TABLE and INSERTs, and the query that measures each ticket on a
 * clock with it. The query joins on the UTC day and does integer arithmetic only, so the same
 * text runs on every engine in dialects.ts; what differs between them comes from that table.
 */
import type { Clock } from '../../core/policy.js';
import type { CalendarTable } from './calendar-table.js';
import { DIALECT, floorDiv, sqlName, type DialectName } from './dialects.js';

const DAY_MS = 86_400_000;
/** Rows per INSERT: well under every engine's statement size limit (BigQuery's is 1 MB). */
const INSERT_ROWS = 500;

/** The calendar table's columns, in order, for `spanCount` open spans a day. */
export function calendarColumns(spanCount: number): string[] {
  const spans = Array.from({ length: spanCount }, (_, i) => [`s${i}`, `e${i}`]).flat();
  return ['calendar_id', 'clock', 'utc_day', 'open_before', ...spans, 'month_split', 'month_before', 'month_after'];
}

const spanCountOf = (tables: readonly CalendarTable[]): number => Math.max(1, ...tables.map((t) => t.spanCount));

/** Each row's values, the texts unquoted, spans padded with 0, 0. */
function* rowsOf(tables: readonly CalendarTable[]): Generator<(string | number)[]> {
  const spanCount = spanCountOf(tables);
  for (const table of tables) {
    for (const day of table.days) {
      const spans = [...day.spans];
      while (spans.length < spanCount * 2) spans.push(0);
      yield [table.calendar, table.clock, day.day, day.openBefore, ...spans, day.monthSplit, day.monthBefore, day.monthAfter];
    }
  }
}

/** The calendar tables as one CSV (RFC 4180, a header line), for an engine's bulk loader. */
export function calendarCsv(tables: readonly CalendarTable[]): string {
  const field = (value: string | number) => (typeof value === 'number' || !/[",\r\n]/.test(value) ? String(value) : `"${value.replace(/"/g, '""')}"`);
  const lines = [calendarColumns(spanCountOf(tables)).join(',')];
  for (const row of rowsOf(tables)) lines.push(row.map(field).join(','));
  return `${lines.join('\n')}\n`;
}

/** CREATE TABLE and INSERT statements that load the calendar tables into `tableName`. */
export function calendarInserts(dialectName: DialectName, tableName: string, tables: readonly CalendarTable[]): string {
  const d = DIALECT[dialectName];
  const columns = calendarColumns(spanCountOf(tables));
  const texts = new Set(['calendar_id', 'clock', 'month_before', 'month_after']);
  const name = sqlName(d, tableName);
  const statements = [`${d.createTable} ${name} (\n  ${columns.map((c) => `${c} ${texts.has(c) ? d.text : d.bigint}`).join(',\n  ')}\n);`];
  let batch: string[] = [];
  const flush = () => {
    if (batch.length > 0) statements.push(`INSERT INTO ${name} (${columns.join(', ')}) VALUES\n${batch.join(',\n')};`);
    batch = [];
  };
  for (const row of rowsOf(tables)) {
    batch.push(`(${row.map((v) => (typeof v === 'number' ? String(v) : d.string(v))).join(', ')})`);
    if (batch.length === INSERT_ROWS) flush();
  }
  flush();
  return `${statements.join('\n')}\n`;
}

export interface ElapsedQuery {
  dialect: DialectName;
  /** The tickets table or view, and its columns: an id, and the two timestamps measured between. */
  tickets: string;
  id: string;
  start: string;
  end: string;
  /** The calendar table loaded by calendarInserts, and which of its calendars and clocks to use. */
  calendarTable: string;
  calendar: string;
  clock: Clock;
  /** Open-span column pairs the calendar table has (its CREATE names them). */
  spanCount: number;
}

/**
 * One row per ticket: `ticket_id`, `start_ms`, `end_ms` (epoch ms), `elapsed_ms` on the clock
 * (0 when the end is not after the start, NULL while there is no end), `outside_calendar` (1 when
 * an instant to measure falls on a day the calendar table does not hold; its elapsed_ms is then
 * NULL, never 0), and `start_month`, the local month the ticket started in.
 * Timestamps are read as UTC instants: a column with a zone, or one without read as UTC.
 */
export function elapsedQuery(q: ElapsedQuery): string {
  const d = DIALECT[q.dialect];
  const cal = sqlName(d, q.calendarTable);
  const clockAt = (alias: string, instant: string) => {
    const sinceMidnight = `${instant} - ${alias}.utc_day * ${DAY_MS}`;
    const terms = Array.from({ length: q.spanCount }, (_, i) => `greatest(0, least(${sinceMidnight}, ${alias}.e${i}) - ${alias}.s${i})`);
    return `${alias}.open_before + ${terms.join('\n      + ')}`;
  };
  const join = (alias: string, day: string) =>
    `LEFT JOIN ${cal} ${alias} ON ${alias}.calendar_id = ${d.string(q.calendar)} AND ${alias}.clock = ${d.string(q.clock)} AND ${alias}.utc_day = ${day}`;
  return `WITH ticket_ms AS (
  SELECT ${sqlName(d, q.id)} AS ticket_id,
    ${d.epochMs(sqlName(d, q.start))} AS start_ms,
    ${d.epochMs(sqlName(d, q.end))} AS end_ms
  FROM ${sqlName(d, q.tickets)}
),
ticket_day AS (
  SELECT ticket_id, start_ms, end_ms,
    ${floorDiv(d, 'start_ms', DAY_MS)} AS start_day,
    ${floorDiv(d, 'end_ms', DAY_MS)} AS end_day
  FROM ticket_ms
),
measured AS (
  SELECT t.ticket_id, t.start_ms, t.end_ms, b.utc_day AS start_found, f.utc_day AS end_found,
    ${clockAt('b', 't.start_ms')} AS start_clock,
    ${clockAt('f', 't.end_ms')} AS end_clock,
    CASE WHEN t.start_ms - b.utc_day * ${DAY_MS} < b.month_split THEN b.month_before ELSE b.month_after END AS start_month
  FROM ticket_day t
  ${join('b', 't.start_day')}
  ${join('f', 't.end_day')}
)
SELECT ticket_id, start_ms, end_ms,
  CASE WHEN start_ms IS NULL OR end_ms IS NULL OR start_found IS NULL THEN NULL
    WHEN end_ms <= start_ms THEN 0
    WHEN end_found IS NULL THEN NULL
    ELSE end_clock - start_clock END AS elapsed_ms,
  CASE WHEN start_ms IS NOT NULL AND (start_found IS NULL OR (end_ms > start_ms AND end_found IS NULL)) THEN 1 ELSE 0 END AS outside_calendar,
  start_month
FROM measured`;
}

/**
 * Counts for one target: met (elapsed within it), breached, pending (no end yet) and outside the
 * calendar table (measured as nothing, so neither met nor breached), over the elapsed query's
 * rows, per local month of the start (NULL for starts outside the table).
 */
export function verdictQuery(q: ElapsedQuery & { targetMs: number }): string {
  const d = DIALECT[q.dialect];
  const measured = 'outside_calendar = 0 AND elapsed_ms IS NOT NULL';
  return `WITH elapsed AS (
${elapsedQuery(q)}
)
SELECT start_month,
  ${d.countIf(`${measured} AND elapsed_ms <= ${q.targetMs}`)} AS met,
  ${d.countIf(`${measured} AND elapsed_ms > ${q.targetMs}`)} AS breached,
  ${d.countIf('outside_calendar = 0 AND start_ms IS NOT NULL AND end_ms IS NULL')} AS pending,
  ${d.countIf('outside_calendar = 1')} AS outside_calendar
FROM elapsed
GROUP BY start_month
ORDER BY start_month`;
}
