import { createRequire } from 'node:module';
import { CliError } from '../../errors.js';
import type { Metric } from '../../core/policy.js';
import { instantReader, type TimeFormat } from './instants.js';
import { METRICS, type AuditRecord, type BadRow, type RecordBatch, type SourceField } from '../types.js';
import { METRIC_COLUMNS } from './csv.js';
import { BATCH, type ExportInput, type Reader } from './reader.js';
import { AUDIT_MESSAGES } from '../messages.js';

/**
 * Warehouse exports: Parquet files (and CSV too large to want streamed by hand), read through
 * DuckDB's Node package, with cs-policy's own column names. DuckDB is an optional peer: it is
 * loaded here only, when such a file is given, and a missing install is told how to add.
 * Parquet has no lines, so a bad record is named by its row number.
 */
export const DUCKDB_PACKAGE = '@duckdb/node-api';
export const DUCKDB_VERSION = '1.5.6-r.1';

interface DuckDbValue { toString(): string }
interface DuckDbChunk { rowCount: number; getRows(): unknown[][] }
interface DuckDbResult { fetchChunk(): Promise<DuckDbChunk | null | undefined> }
/** The few parts of @duckdb/node-api used here, so that its types are not needed to build. */
interface DuckDbConnection { run(sql: string): Promise<{ getRows(): unknown[][] | Promise<unknown[][]> }>; stream(sql: string): Promise<DuckDbResult>; disconnectSync?(): void }
interface DuckDbModule { DuckDBInstance: { create(path: string): Promise<{ connect(): Promise<DuckDbConnection>; closeSync?(): void }> } }

export type DuckDbLoader = () => Promise<DuckDbModule>;
// require, not import(): the CLI runs as a CommonJS bundle from V8's code cache, where a dynamic
// import has no loader to call; the package is CommonJS either way.
const defaultLoader: DuckDbLoader = async () => createRequire(import.meta.url)(DUCKDB_PACKAGE) as DuckDbModule;

/** DuckDB's module, or the message that says how to install it. */
export async function loadDuckDb(load: DuckDbLoader = defaultLoader): Promise<DuckDbModule> {
  try {
    return await load();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') throw new CliError(AUDIT_MESSAGES['audit.noDuckdb'], { package: `${DUCKDB_PACKAGE}@${DUCKDB_VERSION}` });
    throw new CliError(AUDIT_MESSAGES['audit.duckdbFailed'], { message: error instanceof Error ? error.message : String(error) });
  }
}

const FIELDS: SourceField[] = ['channel', 'priority', 'segment', 'action', 'group', 'type'];
const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;
const text = (value: unknown): string => (value === null || value === undefined ? '' : typeof value === 'string' ? value : (value as DuckDbValue).toString());

export function duckDbReader(load: DuckDbLoader = defaultLoader): Reader {
  return {
    detect({ file, sample }) {
      return /\.parquet$/i.test(file) || sample.startsWith('PAR1');
    },
    read(input, options) {
      return readDuckDb(input, load, options);
    },
  };
}

async function* readDuckDb(input: ExportInput, load: DuckDbLoader, options?: TimeFormat): AsyncGenerator<RecordBatch> {
  const duckdb = await loadDuckDb(load);
  const file = input.file;
  // Times in text are read as the CSV reader reads them: --timezone for those without a zone, --date-order for spreadsheet dates.
  const parseTime = instantReader(file, options ?? {});
  const instance = await duckdb.DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    // A TIMESTAMP without a zone would otherwise be read in the zone of the machine running the audit.
    await connection.run("SET TimeZone = 'UTC'");
    const parquet = /\.parquet$/i.test(input.path) || input.sample.startsWith('PAR1');
    const path = sqlString(literalPath(input.path));
    const source = parquet ? `read_parquet(${path})` : `read_csv(${path}, header = true, all_varchar = true)`;
    let described: unknown[][];
    try {
      described = await (await connection.run(`DESCRIBE SELECT * FROM ${source}`)).getRows();
    } catch (error) {
      throw new CliError(AUDIT_MESSAGES['audit.duckdbFailed'], { message: `${file}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}` });
    }
    const columns = new Map(described.map((row) => [text(row[0]).trim().toLowerCase(), { name: text(row[0]), type: text(row[1]).toUpperCase() }]));
    const missing = ['id', 'channel', 'created_at'].filter((name) => !columns.has(name));
    if (missing.length > 0) throw new CliError(AUDIT_MESSAGES['audit.csvColumns'], { file, columns: missing.join(', ') });
    // Times come out as text either way: ISO 8601 with a zone from TIMESTAMPTZ; a TIMESTAMP without
    // one as UTC, as warehouses keep them, or as a wall time in --timezone when one is named.
    const asText = (name: string) => {
      const column = columns.get(name)!;
      const zoned = column.type.startsWith('TIMESTAMP WITH TIME ZONE') || column.type === 'TIMESTAMPTZ';
      if ((column.type.startsWith('TIMESTAMP') || column.type === 'DATE') && !zoned && options?.timezone) return `strftime(${quote(column.name)}::TIMESTAMP, '%Y-%m-%dT%H:%M:%S.%g')`;
      if (column.type.startsWith('TIMESTAMP') || column.type === 'DATE') return `strftime(timezone('UTC', ${quote(column.name)}::TIMESTAMPTZ), '%Y-%m-%dT%H:%M:%S.%gZ')`;
      return `CAST(${quote(column.name)} AS VARCHAR)`;
    };
    const metrics = METRICS.filter((metric) => columns.has(METRIC_COLUMNS[metric]));
    const fields = FIELDS.filter((field) => columns.has(field));
    const select = ['id', 'created_at', ...metrics.map((m) => METRIC_COLUMNS[m]), ...fields].map(asText).join(', ');
    const result = await connection.stream(`SELECT ${select} FROM ${source}`);
    let row = parquet ? 0 : 1;
    let records: AuditRecord[] = [];
    let bad: BadRow[] = [];
    let rows = 0;
    for (;;) {
      const chunk = await result.fetchChunk();
      if (!chunk || chunk.rowCount === 0) break;
      for (const cells of chunk.getRows()) {
        row++;
        rows++;
        const createdText = text(cells[1]);
        const created = parseTime(createdText);
        if (created === undefined) {
          bad.push({ file, line: row, reason: createdText === '' ? { kind: 'missing-value', column: 'created_at' } : { kind: 'bad-timestamp', column: 'created_at', value: createdText } });
          continue;
        }
        const events: AuditRecord['events'] = {};
        let broken = false;
        metrics.forEach((metric: Metric, i) => {
          if (broken) return;
          const value = text(cells[2 + i]);
          if (value === '') {
            events[metric] = null;
            return;
          }
          const ms = parseTime(value);
          if (ms === undefined || ms < created) {
            broken = true;
            bad.push({ file, line: row, reason: ms === undefined ? { kind: 'bad-timestamp', column: METRIC_COLUMNS[metric], value } : { kind: 'event-before-creation', column: METRIC_COLUMNS[metric] } });
            return;
          }
          events[metric] = ms;
        });
        if (broken) continue;
        const recordFields: AuditRecord['fields'] = {};
        fields.forEach((field, i) => {
          const value = text(cells[2 + metrics.length + i]);
          if (value !== '') recordFields[field] = value;
        });
        records.push({ file, line: row, id: text(cells[0]), fields: recordFields, created, events });
      }
      if (records.length >= BATCH || bad.length > 0) {
        yield { records, bad, rows };
        records = [];
        bad = [];
      }
    }
    yield { records, bad, rows };
  } finally {
    connection.disconnectSync?.();
    instance.closeSync?.();
  }
}

const sqlString = (value: string) => `'${value.replace(/'/g, "''")}'`;

/**
 * A file path DuckDB reads as that one file, not as a glob: its readers expand `*`, `?` and `[...]`
 * in every path, so `export[1].parquet` would read `export1.parquet`. Each of those characters is
 * put in a bracket class of its own (`[[]`, `[*]`, `[?]`), the escape DuckDB's glob takes.
 */
export function literalPath(path: string): string {
  return path.replace(/[[*?]/g, (c) => `[${c}]`);
}
