/**
 * `audit --engine duckdb`: the whole audit as SQL over Parquet or CSV files in DuckDB, with only
 * counts coming back into Node. The streaming engine (../audit.ts) is the reference: this engine
 * feeds what it counts into the same Audit object (Audit.absorb), so the report, every format and
 * the verdict are made by the same code, and the two engines are tested against each other.
 *
 * What stays in Node is what is small: the distinct combinations of a record's raw fields, which
 * the streaming engine's own resolver matches to standards (mapping file, ambiguous, unmatched,
 * unmapped), the calendar tables (calendar-table.ts), and the few timestamps the SQL cannot read
 * as an ISO 8601 instant with a zone, which go through the streaming readers' own parser.
 */
import { Audit, EXAMPLES, MAX_MS, MIN_MS, type AuditResult, type SqlTallies } from '../audit.js';
import type { Mapping } from '../mapping.js';
import { instantReader, type TimeFormat } from '../readers/instants.js';
import { METRIC_COLUMNS, READ_NAMES } from '../readers/csv.js';
import { literalPath, loadDuckDb, type DuckDbLoader } from '../readers/duckdb.js';
import { METRICS, SOURCE_FIELDS, type BadRow, type SourceField } from '../types.js';
import { calendarInserts } from './audit-sql.js';
import { policyTables } from './policy-tables.js';
import type { Metric, Policy } from '../../core/policy.js';
import { CliError } from '../../errors.js';
import { CsvParser, detectDelimiter, duplicateHeader, headerLine, normalizeHeader } from '../../core/csv.js';
import { createReadStream } from 'node:fs';
import { AUDIT_MESSAGES } from '../messages.js';

const DAY_MS = 86_400_000;

/** `source`: the reader the file would have had, for the report's list of inputs; `sample`: a CSV's first bytes. */
export interface SqlAuditFile { path: string; file: string; parquet: boolean; source: string; sample?: string }

/**
 * A CSV that DuckDB cannot read row for row as the streaming reader does: a damaged row (short,
 * long, a quote left open), a header that is not one line, or blank lines (DuckDB skips them, so
 * its row numbers stop being the file's lines). The command audits it with the streaming engine
 * instead, which names every damaged row; what DuckDB would guess about such a file is never used.
 */
export class CsvNotForDuckDb extends Error {
  constructor(readonly file: string, readonly line: number | undefined) {
    super(`${file}: not read row for row by DuckDB`);
  }
}
export interface SqlAuditOptions extends TimeFormat {
  policy: Policy;
  mapping: Mapping;
  asOf: number;
  from?: number;
  to?: number;
  requireAll?: boolean;
  /** The CSV field separator (--delimiter); DuckDB tells it from the file otherwise. */
  delimiter?: string;
}
export interface SqlAuditOutcome { result: AuditResult; inputs: { file: string; source: string; rows: number }[] }

interface Connection {
  run(sql: string): Promise<{ getRowObjectsJS(): Promise<Record<string, unknown>[]> | Record<string, unknown>[] }>;
  disconnectSync?(): void;
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;
const sqlString = (value: string) => `'${value.replace(/'/g, "''")}'`;
/** The ISO 8601 instants DuckDB reads as parseInstant does; any other text is read in Node. */
const PLAIN_INSTANT = String.raw`^\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(\.\d{1,6})?(Z|[+-]\d\d:\d\d)$`;
/** A column name for each timestamp: created_at, then each metric's. */
const tsName = (metric: Metric | 'created') => (metric === 'created' ? 'c' : `m_${metric.replace(/-/g, '_')}`);
const fieldName = (field: SourceField) => `f_${field}`;
const num = (value: unknown): number => (value === null || value === undefined ? 0 : Number(value));
export async function auditWithDuckDb(files: SqlAuditFile[], options: SqlAuditOptions, load?: DuckDbLoader): Promise<SqlAuditOutcome> {
  const duckdb = await loadDuckDb(load);
  const instance = await duckdb.DuckDBInstance.create(':memory:');
  const connection = (await instance.connect()) as unknown as Connection;
  const rows = async (sql: string) => (await connection.run(sql)).getRowObjectsJS();
  const exec = async (sql: string, file?: string) => {
    try {
      return await rows(sql);
    } catch (error) {
      if (error instanceof CliError) throw error;
      const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
      throw new CliError(AUDIT_MESSAGES['audit.duckdbFailed'], { message: file ? `${file}: ${message}` : message });
    }
  };
  try {
    await exec("SET TimeZone = 'UTC'");
    return await runAudit(files, options, exec);
  } finally {
    connection.disconnectSync?.();
    (instance as { closeSync?(): void }).closeSync?.();
  }
}

export type Exec = (sql: string, file?: string) => Promise<Record<string, unknown>[]>;

async function runAudit(files: SqlAuditFile[], options: SqlAuditOptions, exec: Exec): Promise<SqlAuditOutcome> {
  const metricsSeen = await duckDbRows(files, options, exec);
  return judgeRows(SQL_DUCKDB, files, metricsSeen, options, exec);
}

/** The rows of every file as the view `staged` (see STAGED); the metrics some file has a column for. */
async function duckDbRows(files: SqlAuditFile[], options: SqlAuditOptions, exec: Exec): Promise<Set<Metric>> {
  // 1. Every file into one table of rows: file index, line, id, each timestamp as epoch ms and as its text, the raw fields.
  const metricsSeen = new Set<Metric>();
  const selects: string[] = [];
  for (const [index, input] of files.entries()) {
    const path = sqlString(literalPath(input.path));
    const table = `raw_${index}`;
    let from = `read_parquet(${path}, file_row_number = true)`;
    let line = 'file_row_number + 1';
    if (!input.parquet) {
      from = table;
      line = await stageCsv(input, table, options, exec);
    }
    const described = await exec(`DESCRIBE SELECT * FROM ${from}`, input.file);
    // Named as the streaming readers name them (case, spaces, _ or -), the first of two equal names winning.
    const columns = new Map<string, { name: string; type: string }>();
    for (const row of described) {
      const key = normalizeHeader(String(row.column_name));
      if (!columns.has(key)) columns.set(key, { name: String(row.column_name), type: String(row.column_type).toUpperCase() });
    }
    const has = (name: string) => columns.has(normalizeHeader(name));
    const column = (name: string) => columns.get(normalizeHeader(name))!;
    const missing = ['id', 'channel', 'created_at'].filter((name) => !has(name));
    if (missing.length > 0) throw new CliError(AUDIT_MESSAGES['audit.csvColumns'], { file: input.file, columns: missing.join(', ') });
    const stamp = (name_: string, as: string) => {
      const { name, type } = column(name_);
      const q = quote(name);
      const zoned = type.startsWith('TIMESTAMP WITH TIME ZONE') || type === 'TIMESTAMPTZ';
      if (type.startsWith('TIMESTAMP') || type === 'DATE') {
        // A time without a zone is UTC, as warehouses keep them, unless --timezone names its zone: then Node reads it there.
        if (!zoned && options.timezone) return `NULL::BIGINT AS ${as}_ms, coalesce(strftime(${q}::TIMESTAMP, '%Y-%m-%dT%H:%M:%S.%g'), '') AS ${as}_raw`;
        return `epoch_ms(${q}::TIMESTAMPTZ) AS ${as}_ms, CASE WHEN ${q} IS NULL THEN '' ELSE '1' END AS ${as}_raw`;
      }
      const text = `coalesce(CAST(${q} AS VARCHAR), '')`;
      return `CASE WHEN regexp_full_match(${text}, '${PLAIN_INSTANT}') THEN epoch_ms(try_cast(${text} AS TIMESTAMPTZ)) END AS ${as}_ms, ${text} AS ${as}_raw`;
    };
    const parts = [
      `${index} AS f`,
      `${line} AS line`,
      `coalesce(CAST(${quote(column('id').name)} AS VARCHAR), '') AS id`,
      stamp('created_at', tsName('created')),
    ];
    for (const metric of METRICS) {
      const present = has(METRIC_COLUMNS[metric]);
      if (present) metricsSeen.add(metric);
      parts.push(present ? stamp(METRIC_COLUMNS[metric], tsName(metric)) : `NULL::BIGINT AS ${tsName(metric)}_ms, '' AS ${tsName(metric)}_raw`, `${present} AS ${tsName(metric)}_has`);
    }
    for (const field of SOURCE_FIELDS) parts.push(has(field) ? `coalesce(CAST(${quote(column(field).name)} AS VARCHAR), '') AS ${fieldName(field)}` : `'' AS ${fieldName(field)}`);
    selects.push(`SELECT ${parts.join(', ')} FROM ${from}`);
  }
  // Views, not tables: DuckDB reads only the columns each query needs, and a million rows of text are never copied.
  await exec(`CREATE TEMP VIEW staged AS ${selects.join('\nUNION ALL\n')}`);
  let stagedTable = false;

  // 2. Timestamps the SQL did not read: read in Node, as the streaming readers do (--timezone, --date-order).
  await exec('CREATE TEMP TABLE fixed (f INTEGER, line BIGINT, ms BIGINT)');
  for (const name of [tsName('created'), ...METRICS.map(tsName)]) {
    const unread = await exec(`SELECT f, line, ${name}_raw AS raw FROM staged WHERE ${name}_ms IS NULL AND ${name}_raw <> '' ORDER BY f, line`);
    if (unread.length === 0) continue;
    const readers = files.map((input) => instantReader(input.file, options));
    const values: string[] = [];
    for (const row of unread) {
      const ms = readers[num(row.f)]!(String(row.raw));
      if (ms !== undefined) values.push(`(${num(row.f)}, ${num(row.line)}, ${ms})`);
    }
    await exec('DELETE FROM fixed');
    for (let i = 0; i < values.length; i += 1000) await exec(`INSERT INTO fixed VALUES ${values.slice(i, i + 1000).join(', ')}`);
    if (values.length === 0) continue;
    if (!stagedTable) {
      // Times read in Node go back into a copy of the rows: the slow path, for exports that need it.
      await exec('CREATE TEMP TABLE staged_rows AS SELECT * FROM staged');
      await exec('DROP VIEW staged');
      await exec('ALTER TABLE staged_rows RENAME TO staged');
      stagedTable = true;
    }
    await exec(`UPDATE staged SET ${name}_ms = fixed.ms FROM fixed WHERE staged.f = fixed.f AND staged.line = fixed.line`);
  }
  return metricsSeen;
}

/**
 * Stores a CSV in `table` read exactly as the streaming reader reads it (RFC 4180, `"` quotes,
 * the header's own names, every value as text), never with DuckDB's guesses, and returns the SQL
 * for each row's line in the file. A file DuckDB cannot read so is CsvNotForDuckDb.
 */
async function stageCsv(input: SqlAuditFile, table: string, options: SqlAuditOptions, exec: Exec): Promise<string> {
  const sample = (input.sample ?? '').replace(/^\ufeff/, '');
  const delimiter = options.delimiter ?? detectDelimiter(headerLine(sample));
  const parser = new CsvParser({ delimiter });
  const [header, second] = parser.push(sample);
  // The header must be whole in the sample, and on one line, for DuckDB's rows to be the file's lines.
  if (!header || parser.problems.length > 0 || (second && second.line !== 2)) throw new CsvNotForDuckDb(input.file, 1);
  const duplicate = duplicateHeader(header.cells, READ_NAMES);
  if (duplicate) throw new CliError(AUDIT_MESSAGES['audit.duplicateHeader'], { file: input.file, column: duplicate.name, first: duplicate.first, second: duplicate.second });
  if (await hasBlankLine(input.path)) throw new CsvNotForDuckDb(input.file, undefined);
  // DuckDB needs a distinct, non-empty name per column; only the columns cs-policy reads keep theirs.
  const seen = new Set<string>();
  const names = header.cells.map((cell, i) => {
    const name = cell !== '' && !seen.has(cell) ? cell : `column ${i + 1}`;
    seen.add(name);
    return name;
  });
  const columns = names.map((name) => `${sqlString(name)}: 'VARCHAR'`).join(', ');
  const path = sqlString(literalPath(input.path));
  const source = `read_csv(${path}, header = true, auto_detect = false, columns = {${columns}}, delim = ${sqlString(delimiter)}, quote = '"', escape = '"', strict_mode = true, null_padding = false)`;
  try {
    // Stored as it is first, so that its rowid is its order in the file.
    await exec(`CREATE TEMP TABLE ${table} AS SELECT * FROM ${source}`, input.file);
  } catch (error) {
    const line = error instanceof CliError ? /CSV Error on Line: (\d+)/.exec(String(error.params.message))?.[1] : undefined;
    if (line !== undefined) throw new CsvNotForDuckDb(input.file, Number(line));
    throw error;
  }
  // A quoted value over several lines moves every later row down by its line breaks.
  const breaks = names.map((name) => `length(coalesce(${quote(name)}, '')) - length(replace(coalesce(${quote(name)}, ''), chr(10), ''))`).join(' + ');
  const [row] = await exec(`SELECT count(*) AS n FROM ${table} WHERE ${breaks} > 0`, input.file);
  if (num(row?.n) === 0) return 'rowid + 2';
  await exec(`CREATE TEMP TABLE ${table}_lines AS SELECT rowid AS r, rowid + 2 + coalesce(sum(${breaks}) OVER (ORDER BY rowid ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS line FROM ${table}`, input.file);
  return `(SELECT line FROM ${table}_lines WHERE r = ${table}.rowid)`;
}

/** Whether a blank line comes before the file's end (one at the very end is no row either way). */
async function hasBlankLine(path: string): Promise<boolean> {
  let tail = '';
  for await (const chunk of createReadStream(path, { encoding: 'latin1', highWaterMark: 1 << 20 })) {
    const text = tail + (chunk as string);
    if (/\n\r?\n[^]*[^\r\n]/.test(text)) return true;
    tail = text.slice(-2);
  }
  return false;
}

/** What the judging SQL writes differently per engine. */
export interface SqlFlavour {
  double: string;
  div(a: string, b: string): string;
  /** Make the classified rows a table and gather statistics: PostgreSQL plans joins on views and unanalyzed temporary tables badly. */
  materialize: boolean;
}
export const SQL_DUCKDB: SqlFlavour = { double: 'DOUBLE', div: (a, b) => `(${a}) // (${b})`, materialize: false };
export const SQL_POSTGRES: SqlFlavour = { double: 'DOUBLE PRECISION', div: (a, b) => `(${a}) / (${b})`, materialize: true };

/**
 * Judges the rows of the view `staged`, whatever engine holds it: one row per record with
 * f (input index), line, id, c_ms/c_raw (created_at), per metric m_<metric>_ms, _raw and _has,
 * and f_<field> per source field ('' when absent). `inputs` names the files (or table) by index.
 */
export async function judgeRows(flavour: SqlFlavour, files: { file: string; source: string }[], metricsSeen: ReadonlySet<Metric>, options: SqlAuditOptions, exec: Exec): Promise<SqlAuditOutcome> {
  // 3. Bad rows as the readers find them: created_at missing or unreadable, then the first metric (in order) unreadable or before creation.
  const c = tsName('created');
  const checks: [string, string, string][] = [[`${c}_raw = ''`, "'missing-value'", "'created_at'"], [`${c}_ms IS NULL`, "'bad-timestamp'", "'created_at'"]];
  for (const metric of METRICS) {
    const m = tsName(metric);
    checks.push([`${m}_raw <> '' AND ${m}_ms IS NULL`, "'bad-timestamp'", sqlString(METRIC_COLUMNS[metric])]);
    checks.push([`${m}_ms < ${c}_ms`, "'event-before-creation'", sqlString(METRIC_COLUMNS[metric])]);
  }
  const badCase = (pick: 1 | 2 | 'value') => `CASE ${checks.map(([when, kind, column], i) => `WHEN ${when} THEN ${pick === 1 ? kind : pick === 2 ? column : i === 1 ? `${c}_raw` : kind === "'bad-timestamp'" ? `${tsName(METRICS[Math.floor((i - 2) / 2)]!)}_raw` : 'NULL'}`).join(' ')} END`;
  await exec(`CREATE TEMP ${flavour.materialize ? 'TABLE' : 'VIEW'} classified AS SELECT *, ${badCase(1)} AS bad_kind, ${badCase(2)} AS bad_column, ${badCase('value')} AS bad_value FROM staged`);

  const inputs = files.map((input) => ({ file: input.file, source: input.source, rows: 0 }));
  for (const row of await exec('SELECT f, count(*) AS n FROM classified GROUP BY f')) inputs[num(row.f)]!.rows = num(row.n);

  const inPeriod = [
    ...(options.from !== undefined ? [`${c}_ms >= ${options.from}`] : []),
    ...(options.to !== undefined ? [`${c}_ms < ${options.to}`] : []),
  ];
  const periodSql = inPeriod.length > 0 ? inPeriod.join(' AND ') : 'TRUE';
  const [counts] = await exec(`SELECT count(*) FILTER (WHERE bad_kind IS NULL AND ${periodSql}) AS records, count(*) FILTER (WHERE bad_kind IS NULL AND NOT (${periodSql})) AS outside FROM classified`);

  // 4. The distinct raw fields, matched to standards by the streaming engine's own resolver.
  const dbl = (value: number) => `CAST('${String(value)}' AS ${flavour.double})`;
  const core = new Audit(options.policy, { asOf: options.asOf, ...(options.from !== undefined ? { from: options.from } : {}), ...(options.to !== undefined ? { to: options.to } : {}), mapping: options.mapping, requireAll: options.requireAll === true });
  const plans = core.plansForSql();
  const fieldColumns = SOURCE_FIELDS.map(fieldName);
  const combos = await exec(`SELECT ${fieldColumns.join(', ')}, min(f * 4294967296 + line) AS first FROM classified WHERE bad_kind IS NULL AND ${periodSql} GROUP BY ${fieldColumns.join(', ')} ORDER BY first`);
  await exec(`CREATE TEMP TABLE combo (${fieldColumns.map((f) => `${f} VARCHAR`).join(', ')}, combo_id INTEGER, kind VARCHAR, escalates BOOLEAN, actions VARCHAR)`);
  await exec('CREATE TEMP TABLE combo_std (combo_id INTEGER, std INTEGER)');
  const resolvedCombos = combos.map((row, id) => {
    const fields: Partial<Record<SourceField, string>> = {};
    for (const field of SOURCE_FIELDS) {
      const value = String(row[fieldName(field)]);
      if (value !== '') fields[field] = value;
    }
    return { id, row, resolved: core.resolveFields(fields) };
  });
  const comboValues: string[] = [];
  const stdValues: string[] = [];
  for (const { id, row, resolved } of resolvedCombos) {
    const match = resolved.match;
    const kind = 'none' in match ? 'none' : 'ambiguous' in match ? 'ambiguous' : 'match';
    const escalates = 'standards' in match && match.escalates;
    const actions = 'ambiguous' in match ? JSON.stringify(match.ambiguous) : '';
    comboValues.push(`(${fieldColumns.map((f) => sqlString(String(row[f]))).join(', ')}, ${id}, '${kind}', ${escalates}, ${sqlString(actions)})`);
    if ('standards' in match) for (const std of match.standards) stdValues.push(`(${id}, ${std})`);
  }
  for (let i = 0; i < comboValues.length; i += 500) await exec(`INSERT INTO combo VALUES ${comboValues.slice(i, i + 500).join(', ')}`);
  for (let i = 0; i < stdValues.length; i += 1000) await exec(`INSERT INTO combo_std VALUES ${stdValues.slice(i, i + 1000).join(', ')}`);

  if (flavour.materialize) await exec('ANALYZE classified; ANALYZE combo; ANALYZE combo_std');
  // Records of a matched combination with a time outside 1900-2199 are bad rows, as the streaming engine finds them after matching.
  const inRange = [`${c}_ms >= ${MIN_MS}`, `${c}_ms < ${MAX_MS}`, ...METRICS.map((m) => `(${tsName(m)}_ms IS NULL OR ${tsName(m)}_ms < ${MAX_MS})`)].join(' AND ');
  await exec(`CREATE TEMP VIEW matched AS SELECT r.*, k.combo_id, k.kind, k.escalates, k.actions, (${inRange}) AS in_range FROM classified r JOIN combo k USING (${fieldColumns.join(', ')}) WHERE r.bad_kind IS NULL AND ${periodSql}`);
  // The one table made: the records to judge, as numbers only.
  await exec(`CREATE TEMP TABLE judged AS SELECT combo_id, escalates, c_ms, ${METRICS.map((m) => `${tsName(m)}_ms, ${tsName(m)}_has`).join(', ')} FROM matched WHERE kind = 'match' AND in_range`);
  if (flavour.materialize) await exec('ANALYZE judged');

  const fileOf = (f: unknown) => files[num(f)]!.file;
  const examples = async (kind: 'none' | 'ambiguous') => {
    const [n] = await exec(`SELECT count(*) AS n FROM matched WHERE kind = '${kind}'`);
    const first = await exec(`SELECT f, line, id, actions FROM matched WHERE kind = '${kind}' ORDER BY f, line LIMIT ${EXAMPLES}`);
    return { count: num(n!.n), first };
  };
  const none = await examples('none');
  const ambiguous = await examples('ambiguous');

  // Bad rows in file order, those the readers find and those out of range, as the streaming engine adds them.
  const bad = await exec(`SELECT f, line, bad_kind, bad_column, bad_value FROM classified WHERE bad_kind IS NOT NULL
    UNION ALL SELECT f, line, 'out-of-range', NULL, NULL FROM matched WHERE kind = 'match' AND NOT in_range ORDER BY f, line`);
  const outOfRange = bad.filter((row) => row.bad_kind === 'out-of-range').length;
  for (const row of bad) core.addBad({ file: fileOf(row.f), line: num(row.line), reason: badReason(row) });

  // Unmapped values: counted per combination, listed in the order the streaming engine first meets them.
  const judgedPerCombo = new Map<number, number>();
  const recordsPerCombo = new Map<number, number>();
  for (const row of await exec('SELECT combo_id, count(*) AS n, count(*) FILTER (WHERE in_range OR kind <> \'match\') AS judged FROM matched GROUP BY combo_id')) {
    recordsPerCombo.set(num(row.combo_id), num(row.n));
    judgedPerCombo.set(num(row.combo_id), num(row.judged));
  }
  const unmapped = new Map<string, SqlTallies['unmapped'][number]>();
  for (const { id, resolved } of resolvedCombos) {
    const n = recordsPerCombo.get(id) ?? 0;
    for (const entry of resolved.unmapped) {
      const key = `${entry.field}\u0000${entry.value}`;
      const known = unmapped.get(key);
      if (known) known.count += n;
      else unmapped.set(key, { ...entry, count: n });
    }
  }

  // 5. The calendar tables over the instants to measure, and each standard's counts.
  const [span] = await exec(`SELECT min(c_ms) AS lo, greatest(${METRICS.map((m) => `max(${tsName(m)}_ms)`).join(', ')}, max(c_ms)) AS hi, count(*) AS n FROM judged`);
  const standards: SqlTallies['standards'] = plans.standards.map(() => ({ noData: 0, noPriority: 0, notJudged: [], months: [], bins: [] }));
  const levels: SqlTallies['levels'] = plans.levels.map(() => ({ cases: 0, reached: 0, still_open: 0 }));
  for (const { id, resolved } of resolvedCombos) {
    if (!('standards' in resolved.match)) continue;
    for (const std of resolved.match.noPriority) standards[std]!.noPriority += judgedPerCombo.get(id) ?? 0;
  }
  if (num(span!.n) > 0) {
    const lo = num(span!.lo);
    const hi = Math.max(num(span!.hi), options.asOf) + 1;
    const tables = policyTables(options.policy, Math.min(lo, options.asOf), hi);
    if (tables.failed.some((f) => f.result.problem === 'range')) throw new CliError(AUDIT_MESSAGES['audit.sqlRange'], { from: new Date(Math.min(lo, options.asOf)).toISOString(), to: new Date(hi).toISOString() });
    const spanCount = Math.max(1, ...tables.tables.map((t) => t.spanCount));
    if (tables.tables.length > 0) await exec(calendarInserts(flavour === SQL_DUCKDB ? 'duckdb' : 'postgres', 'calendar_days', tables.tables).replace(/^CREATE TABLE/, 'CREATE TEMP TABLE'));
    const have = new Set(tables.tables.map((t) => `${t.calendar}\u0000${t.clock}`));
    const calendars = new Set((options.policy.calendars ?? []).map((cal) => cal.id));
    const tableKey = (clock: string, calendar: string | undefined) => {
      const id = calendar !== undefined && calendars.has(calendar) ? calendar : 'calendar';
      return have.has(`${id}\u0000${clock}`) ? { id, clock } : undefined;
    };
    /** Business ms before an instant (SQL) on a calendar table row aliased `a`. */
    const before = (a: string, instant: string) =>
      `(${a}.open_before + ${Array.from({ length: spanCount }, (_, i) => `greatest(0, least(${instant} - ${a}.utc_day * ${DAY_MS}, ${a}.e${i}) - ${a}.s${i})`).join(' + ')})`;
    const day = (instant: string) => flavour.div(`${instant} - ((${instant} % ${DAY_MS}) + ${DAY_MS}) % ${DAY_MS}`, String(DAY_MS));
    const join = (a: string, key: { id: string; clock: string }, instant: string) =>
      `LEFT JOIN calendar_days ${a} ON ${a}.calendar_id = ${sqlString(key.id)} AND ${a}.clock = ${sqlString(key.clock)} AND ${a}.utc_day = ${day(instant)}`;

    for (const [index, plan] of plans.standards.entries()) {
      const tally = standards[index]!;
      const m = tsName(plan.metric);
      const mine = `judged j JOIN combo_std cs ON cs.combo_id = j.combo_id AND cs.std = ${index}`;
      const [data] = await exec(`SELECT count(*) FILTER (WHERE NOT j.${m}_has) AS no_data, count(*) FILTER (WHERE j.${m}_has) AS has FROM ${mine}`);
      tally.noData = num(data!.no_data);
      if (plan.targetSeconds === undefined) continue;
      if (plan.pauseSet) {
        // This engine reads no status history: a standard whose clock stops in pauses cannot be judged, and says why.
        if (num(data!.has) > 0) tally.notJudged.push([plan.pauseSet, num(data!.has)]);
        continue;
      }
      const key = tableKey(plan.clock, plan.calendar);
      if (!key) continue;
      const t = plan.targetSeconds;
      const elapsed = `CAST(elapsed_ms AS ${flavour.double}) / CAST(1000 AS ${flavour.double})`;
      const bin = t / 4 > 0 ? `least(${BINS_LAST}, greatest(0, CAST(ceil(${elapsed} / ${dbl(t / 4)}) AS BIGINT) - 1))` : `CASE WHEN elapsed_ms > 0 THEN ${BINS_LAST} ELSE 0 END`;
      const result = await exec(`WITH r AS (
  SELECT j.c_ms AS s, CASE WHEN j.${m}_ms IS NOT NULL AND j.${m}_ms <= ${options.asOf} THEN j.${m}_ms ELSE ${options.asOf} END AS e,
    j.${m}_ms IS NOT NULL AND j.${m}_ms <= ${options.asOf} AS closed
  FROM ${mine} WHERE j.${m}_has
), measured AS (
  SELECT closed, b.utc_day AS found_start, x.utc_day AS found_end,
    CASE WHEN e > s THEN ${before('x', 'e')} - ${before('b', 's')} ELSE 0 END AS elapsed_ms,
    CASE WHEN s - b.utc_day * ${DAY_MS} < b.month_split THEN b.month_before ELSE b.month_after END AS month
  FROM r ${join('b', key, 's')} ${join('x', key, 'e')}
), judged AS (SELECT *, ${bin} AS bin FROM measured)
SELECT month, count(*) AS records,
  count(*) FILTER (WHERE found_start IS NULL OR found_end IS NULL) AS outside,
  count(*) FILTER (WHERE closed AND ${elapsed} <= ${dbl(t)}) AS met,
  count(*) FILTER (WHERE ${elapsed} > ${dbl(t)}) AS breached,
  count(*) FILTER (WHERE NOT closed AND ${elapsed} <= ${dbl(t)}) AS pending,
  ${Array.from({ length: BINS_LAST + 1 }, (_, k) => `count(*) FILTER (WHERE closed AND bin = ${k}) AS bin${k}`).join(', ')}
FROM judged GROUP BY month ORDER BY month`);
      tally.bins = new Array<number>(BINS_LAST + 1).fill(0);
      for (const row of result) {
        // Never measured as zero: an instant the calendar table does not hold stops the audit.
        if (num(row.outside) > 0 || row.month === null) throw new CliError(AUDIT_MESSAGES['audit.sqlOutsideCalendar'], { count: String(num(row.outside)), id: plan.id });
        tally.months.push({ month: String(row.month), records: num(row.records), met: num(row.met), breached: num(row.breached), pending: num(row.pending) });
        for (let k = 0; k <= BINS_LAST; k++) tally.bins[k]! += num(row[`bin${k}`]);
      }
    }

    if (metricsSeen.has('resolution')) {
      const r = tsName('resolution');
      for (const [index, level] of plans.levels.entries()) {
        if (!level.measured) continue;
        const key = tableKey(level.clock, level.calendar);
        if (!key) continue;
        const [row] = await exec(`WITH r AS (
  SELECT c_ms AS s, (${r}_ms IS NULL OR ${r}_ms > ${options.asOf}) AS open,
    CASE WHEN ${r}_ms IS NULL OR ${r}_ms > ${options.asOf} THEN ${options.asOf} ELSE ${r}_ms END AS e
  FROM judged WHERE escalates AND ${r}_has
), measured AS (
  SELECT open, s, e, b.utc_day AS found_start, x.utc_day AS found_end, CASE WHEN e > s THEN ${before('x', 'e')} - ${before('b', 's')} ELSE 0 END AS elapsed_ms
  FROM r ${join('b', key, 's')} ${join('x', key, 'e')}
), reached AS (SELECT *, e >= s AND CAST(elapsed_ms AS ${flavour.double}) >= ${dbl(level.afterSeconds * 1000)} AS hit FROM measured)
SELECT count(*) AS cases, count(*) FILTER (WHERE hit) AS reached, count(*) FILTER (WHERE hit AND open) AS still_open,
  count(*) FILTER (WHERE found_start IS NULL OR found_end IS NULL) AS outside FROM reached`);
        if (num(row!.outside) > 0) throw new CliError(AUDIT_MESSAGES['audit.sqlOutsideCalendar'], { count: String(num(row!.outside)), id: `escalation ${index + 1}` });
        levels[index] = { cases: num(row!.cases), reached: num(row!.reached), still_open: num(row!.still_open) };
      }
    }
  }

  const example = (row: Record<string, unknown>) => ({ file: fileOf(row.f), line: num(row.line), id: String(row.id) });
  core.absorb({
    records: num(counts!.records) - outOfRange,
    outside: num(counts!.outside),
    ambiguous: { count: ambiguous.count, examples: ambiguous.first.map((row) => ({ ...example(row), actions: JSON.parse(String(row.actions)) as string[] })) },
    unmatched: { count: none.count, examples: none.first.map(example) },
    unmapped: [...unmapped.values()],
    standards,
    levels,
  });
  return { result: core.result(), inputs };
}

const BINS_LAST = 8;

function badReason(row: Record<string, unknown>): BadRow['reason'] {
  const kind = String(row.bad_kind);
  const column = String(row.bad_column);
  if (kind === 'missing-value') return { kind, column };
  if (kind === 'bad-timestamp') return { kind, column, value: String(row.bad_value) };
  if (kind === 'event-before-creation') return { kind, column };
  return { kind: 'out-of-range' };
}
