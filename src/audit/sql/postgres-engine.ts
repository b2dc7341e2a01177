/**
 * `audit --engine postgres`: the SQL engine's audit (duckdb-engine.ts, judgeRows) run inside a
 * PostgreSQL database, on a tickets table or view with cs-policy's columns. Times are `timestamptz`,
 * or `timestamp` read as UTC (in --timezone when one is named, by PostgreSQL's own zone rules);
 * only counts and a few example rows come back. The calendar table goes into a temporary table, so
 * a role that can read the tickets and make temporary tables (PostgreSQL's default) is enough.
 *
 * The client is `pg`, an optional peer dependency loaded only here. The database URL is never
 * shown with its password: every message that could hold it is redacted first.
 */
import { createRequire } from 'node:module';
import { CliError } from '../../errors.js';
import { METRIC_COLUMNS } from '../readers/csv.js';
import { METRICS, SOURCE_FIELDS } from '../types.js';
import type { Metric } from '../../core/policy.js';
import { judgeRows, SQL_POSTGRES, type Exec, type SqlAuditOptions, type SqlAuditOutcome } from './duckdb-engine.js';
import { DIALECT, sqlName } from './dialects.js';
import { AUDIT_MESSAGES } from '../messages.js';

export const PG_PACKAGE = 'pg';
export const PG_VERSION = '8.23.1';
/** Where the URL is read from when --database is not given. */
export const DATABASE_URL_VARIABLE = 'CS_POLICY_DATABASE_URL';

interface PgClient {
  connect(): Promise<void>;
  query(sql: string, values?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
  end(): Promise<void>;
  on?(event: 'error', listener: (error: Error) => void): void;
}
interface PgModule { Client: new (config: { connectionString: string }) => PgClient }
export type PgLoader = () => PgModule;
const defaultLoader: PgLoader = () => createRequire(import.meta.url)(PG_PACKAGE) as PgModule;

/** The URL with its password replaced by `***`, for every message; also a URL that does not parse is hidden past its scheme. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return url.replace(/(\/\/[^:/@]*:)[^@]*@/, '$1***@');
  }
}

/** A message with the URL and its password taken out, whatever the client put in it. */
function redact(message: string, url: string): string {
  let text = message.split(url).join(redactUrl(url));
  let password = '';
  try {
    password = decodeURIComponent(new URL(url).password);
  } catch {
    password = /\/\/[^:/@]*:([^@]*)@/.exec(url)?.[1] ?? '';
  }
  if (password.length > 0) text = text.split(password).join('***');
  return text;
}

export function loadPg(load: PgLoader = defaultLoader): PgModule {
  try {
    return load();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'MODULE_NOT_FOUND' || code === 'ERR_MODULE_NOT_FOUND') throw new CliError(AUDIT_MESSAGES['audit.noPg'], { package: `${PG_PACKAGE}@${PG_VERSION}` });
    throw new CliError(AUDIT_MESSAGES['audit.pgFailed'], { database: '', message: error instanceof Error ? error.message : String(error) });
  }
}

export async function auditWithPostgres(url: string, table: string, options: SqlAuditOptions, load?: PgLoader): Promise<SqlAuditOutcome> {
  const pg = loadPg(load);
  const shown = redactUrl(url);
  const fail = (error: unknown): CliError =>
    error instanceof CliError ? error : new CliError(AUDIT_MESSAGES['audit.pgFailed'], { database: shown, message: redact(error instanceof Error ? error.message.split('\n')[0]! : String(error), url) });
  let client: PgClient;
  try {
    client = new pg.Client({ connectionString: url });
    // A connection lost later is told by the query that fails; this only keeps it from crashing the process.
    client.on?.('error', () => undefined);
    await client.connect();
  } catch (error) {
    throw fail(error);
  }
  const exec: Exec = async (sql) => {
    try {
      return (await client.query(sql)).rows;
    } catch (error) {
      throw fail(error);
    }
  };
  try {
    await exec("SET TIME ZONE 'UTC'");
    const metricsSeen = await postgresRows(table, options, exec);
    return await judgeRows(SQL_POSTGRES, [{ file: table, source: 'postgres' }], metricsSeen, options, exec);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** The tickets table as the view `staged` that judgeRows reads. */
async function postgresRows(table: string, options: SqlAuditOptions, exec: Exec): Promise<Set<Metric>> {
  const d = DIALECT.postgres;
  const parts = table.split('.');
  const name = parts.pop()!;
  const schema = parts.pop();
  const described = await exec(`SELECT column_name, data_type FROM information_schema.columns
    WHERE table_name = ${d.string(name)} ${schema ? `AND table_schema = ${d.string(schema)}` : 'AND table_schema = ANY (current_schemas(false))'} ORDER BY ordinal_position`);
  if (described.length === 0) throw new CliError(AUDIT_MESSAGES['audit.pgNoTable'], { table });
  const columns = new Map(described.map((row) => [String(row.column_name).toLowerCase(), { name: String(row.column_name), type: String(row.data_type).toUpperCase() }]));
  const missing = ['id', 'channel', 'created_at'].filter((c) => !columns.has(c));
  if (missing.length > 0) throw new CliError(AUDIT_MESSAGES['audit.csvColumns'], { file: table, columns: missing.join(', ') });
  const q = (column: string) => d.quote(columns.get(column)!.name);
  const stamp = (column: string, as: string) => {
    const { type } = columns.get(column)!;
    if (type === 'TIMESTAMP WITH TIME ZONE') return `${d.epochMs(q(column))} AS ${as}_ms, CASE WHEN ${q(column)} IS NULL THEN '' ELSE '1' END AS ${as}_raw`;
    if (type === 'TIMESTAMP WITHOUT TIME ZONE' || type === 'DATE') {
      const instant = options.timezone ? `(${q(column)}::timestamp AT TIME ZONE ${d.string(options.timezone)})` : q(column);
      return `${d.epochMs(instant)} AS ${as}_ms, CASE WHEN ${q(column)} IS NULL THEN '' ELSE '1' END AS ${as}_raw`;
    }
    throw new CliError(AUDIT_MESSAGES['audit.pgColumnType'], { table, column, type: type.toLowerCase() });
  };
  const seen = new Set<Metric>();
  // A table has no order of its own (PostgreSQL puts new rows wherever there is room), so rows
  // are numbered by id: the same number on every run, for the examples that name them.
  const select = ['0 AS f', `row_number() OVER (ORDER BY ${d.quote(columns.get('id')!.name)}) AS line`, `coalesce(CAST(${q('id')} AS TEXT), '') AS id`, stamp('created_at', 'c')];
  for (const metric of METRICS) {
    const as = `m_${metric.replace(/-/g, '_')}`;
    const has = columns.has(METRIC_COLUMNS[metric]);
    if (has) seen.add(metric);
    select.push(has ? stamp(METRIC_COLUMNS[metric], as) : `CAST(NULL AS BIGINT) AS ${as}_ms, CAST('' AS TEXT) AS ${as}_raw`, `${has} AS ${as}_has`);
  }
  for (const field of SOURCE_FIELDS) select.push(columns.has(field) ? `coalesce(CAST(${q(field)} AS TEXT), '') AS f_${field}` : `CAST('' AS TEXT) AS f_${field}`);
  await exec(`CREATE TEMP VIEW staged AS SELECT ${select.join(', ')} FROM ${sqlName(d, table)}`);
  return seen;
}
