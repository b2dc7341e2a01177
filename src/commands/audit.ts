import { policyLocale } from '../core/locale.js';
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { Audit, type AuditResult } from '../audit/audit.js';
import { Deduplicate } from '../audit/dedupe.js';
import { badKindText, type AuditReport } from '../audit/format/report.js';
import { formatInteger, AUDIT_MESSAGES } from '../audit/messages.js';
import { METRIC_COLUMNS } from '../audit/readers/csv.js';
import type { Lang } from '../i18n/index.js';
import { buildMapping, IDENTITY_MAPPING, zoneNamed, type Mapping } from '../audit/mapping.js';
import { detectSource, READERS, type ExportInput } from '../audit/readers/index.js';
import { loadDuckDb } from '../audit/readers/duckdb.js';
/** Only the variable's name: the engine itself is loaded when used. */
const DATABASE_URL_VARIABLE = 'CS_POLICY_DATABASE_URL';
import { readZendeskEvents } from '../audit/readers/zendesk.js';
import { parseInstant } from '../audit/timestamp.js';
import { todayIso } from '../core/dates.js';
import { textIn, type Policy } from '../core/policy.js';
import { CliError, EXIT } from '../errors.js';
import { say } from '../i18n/index.js';
import { displayPath, readBoundedFile, statIfExamined } from '../io/files.js';
import { reportColor, reportDestination, writeReport } from '../report/destination.js';
import { policyToUse } from './check-files.js';
import type { CommandContext } from './context.js';
import { AUDIT_FORMATS, type AuditInput } from './audit.command.js';
import { IO_MESSAGES } from '../io/messages.js';

const SAMPLE_BYTES = 64 * 1024;
const DAY = 86_400_000;

/** An instant from --as-of, --from or --to: ISO 8601 with a zone, or a day (YYYY-MM-DD, in UTC). */
export function optionInstant(option: string, value: string, endOfDay = false): number {
  if (/^\d{4}-\d\d-\d\d$/.test(value)) {
    const day = parseInstant(`${value}T00:00:00Z`);
    if (day !== undefined) return endOfDay ? day + DAY : day;
  }
  const at = parseInstant(value);
  if (at === undefined) throw new CliError(AUDIT_MESSAGES['audit.badTime'], { option, value });
  return at;
}

function openExport(absolute: string, file: string): ExportInput {
  // An export is read twice (a sample to tell its kind, then its rows), which a pipe cannot be; and
  // opening a named pipe waits for a writer that may never come.
  // One stat answers both; when it fails, opening the file says why.
  const kind = statIfExamined(absolute);
  if (kind?.isDirectory()) throw new CliError(IO_MESSAGES['io.unreadable'], { file, reason: 'EISDIR' });
  if (kind && !kind.isFile()) throw new CliError(AUDIT_MESSAGES['audit.notAFile'], { file });
  let fd: number;
  try {
    fd = openSync(absolute, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CliError(IO_MESSAGES['io.notFound'], { file });
    throw new CliError(IO_MESSAGES['io.unreadable'], { file, reason: code ?? String(error) });
  }
  let sample: string;
  try {
    const buffer = Buffer.alloc(SAMPLE_BYTES);
    const length = readSync(fd, buffer, 0, SAMPLE_BYTES, 0);
    sample = buffer.subarray(0, length).toString('utf8');
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(IO_MESSAGES['io.unreadable'], { file, reason: (error as NodeJS.ErrnoException).code ?? String(error) });
  } finally {
    closeSync(fd);
  }
  const fail = (error: unknown) => new CliError(IO_MESSAGES['io.unreadable'], { file, reason: (error as NodeJS.ErrnoException).code ?? String(error) });
  return {
    path: absolute,
    file,
    sample,
    async *chunks() {
      // 64 KiB chunks, not 1 MiB: each chunk's rows are counted and dropped before the next, so
      // less text and fewer records are alive at once (scripts/bench.mjs, audit figures). Read
      // synchronously, as a read stream would give them one after another: a stream's first use
      // loads Node's stream machinery, 10.1 ms against 0.8 ms for these reads of a small export
      // (fresh processes), and the progress line needs no turn of the event loop.
      let fd: number;
      try {
        fd = openSync(absolute, 'r');
      } catch (error) {
        throw fail(error);
      }
      const buffer = Buffer.allocUnsafe(1 << 16);
      // UTF-8 as the stream decoded it: a character cut by a chunk's end is joined to the next.
      const decoder = new StringDecoder('utf8');
      try {
        for (;;) {
          let read: number;
          try {
            read = readSync(fd, buffer, 0, buffer.length, null);
          } catch (error) {
            throw fail(error);
          }
          if (read === 0) break;
          const text = decoder.write(buffer.subarray(0, read));
          if (text !== '') yield text;
        }
        const rest = decoder.end();
        if (rest !== '') yield rest;
      } finally {
        closeSync(fd);
      }
    },
    async whole(limit) {
      const size = statSync(absolute).size;
      if (size > limit) throw new CliError(AUDIT_MESSAGES['audit.tooLarge'], { file, size, limit });
      let text = '';
      for await (const chunk of this.chunks()) text += chunk;
      return text;
    },
  };
}

async function loadMapping(options: AuditInput, context: CommandContext, policy: Parameters<typeof buildMapping>[2]): Promise<Mapping> {
  if (!options.map) return IDENTITY_MAPPING;
  // Loaded only for --map: a mapping file is YAML, read with positions by the yaml package, whose
  // bundle an audit without one never needs.
  const { readSmallYaml } = await import('../core/small-yaml.js');
  const absolute = resolve(context.cwd, options.map);
  const file = displayPath(context.cwd, absolute);
  const read = readBoundedFile(absolute, file, IO_MESSAGES['io.notFound']);
  if ('tooLarge' in read) throw new CliError(AUDIT_MESSAGES['audit.tooLarge'], { file, size: read.tooLarge, limit: 1 << 20 });
  const parsed = readSmallYaml(Buffer.from(read.bytes).toString('utf8'), context.lang);
  if ('problem' in parsed) throw new CliError(AUDIT_MESSAGES['audit.mapInvalid'], { file, line: parsed.problem.line, column: parsed.problem.column, message: parsed.problem.message });
  const built = buildMapping(parsed.data, parsed.locator, policy, context.lang);
  if ('problems' in built) {
    for (const problem of built.problems.slice(1)) context.stderr.write(`${say(context.lang, AUDIT_MESSAGES['audit.mapInvalid'], { file, ...problem })}\n`);
    const first = built.problems[0]!;
    throw new CliError(AUDIT_MESSAGES['audit.mapInvalid'], { file, ...first });
  }
  return built.mapping;
}

/** A line on standard error with rows read and the rate, for people watching a terminal; never in CI logs or pipes. */
function progressLine(context: CommandContext): { update(rows: number): void; done(): void } {
  const live = Boolean(context.stderr.isTTY) && !context.env.CI;
  const started = Date.now();
  let last = 0;
  let shown = false;
  return {
    update(rows) {
      if (!live) return;
      const now = Date.now();
      if (now - last < 250) return;
      last = now;
      shown = true;
      const rate = Math.round(rows / Math.max(0.001, (now - started) / 1000));
      context.stderr.write(`\r\u001b[2K${say(context.lang, AUDIT_MESSAGES['audit.progress'], { rows: rows.toLocaleString('en'), rate: rate.toLocaleString('en') })}`);
    },
    done() {
      if (shown) context.stderr.write('\r\u001b[2K');
    },
  };
}

/** --timezone: an IANA zone, or the Rails name Zendesk and Freshdesk show ("Pacific Time (US & Canada)"). */
function timeZoneOption(value: string): string {
  const zone = zoneNamed(value);
  if (zone === undefined) throw new CliError(AUDIT_MESSAGES['audit.badTimezone'], { value });
  return zone;
}

function delimiterOption(value: string): string {
  const named: Record<string, string> = { ',': ',', ';': ';', tab: '\t', '\t': '\t', '\\t': '\t', comma: ',', semicolon: ';' };
  const delimiter = named[value.toLowerCase()];
  if (!delimiter) throw new CliError(AUDIT_MESSAGES['audit.badDelimiter'], { value });
  return delimiter;
}

/**
 * Why the audit gives no verdict (exit 2), or undefined when it gives one: most rows bad (a format
 * problem, told once by its kind and first lines), or no standard judged any record. Nothing
 * measured is not a pass.
 */
export function whyNoVerdict(report: AuditReport, lang: Lang): CliError | undefined {
  const r = report.result;
  const rows = report.inputs.reduce((sum, input) => sum + input.rows, 0);
  const top = r.bad_rows.kinds[0];
  if (top && r.bad_rows.count * 2 > Math.max(rows, r.bad_rows.count)) {
    return new CliError(AUDIT_MESSAGES['audit.mostlyBad'], { bad: formatInteger(lang, r.bad_rows.count), rows: formatInteger(lang, Math.max(rows, r.bad_rows.count)), problem: badKindText(lang, top) });
  }
  if (r.standards.some((s) => s.judged)) return undefined;
  const count = (n: number) => say(lang, AUDIT_MESSAGES.records, { count: formatInteger(lang, n) });
  let why: string;
  if (rows === 0 && r.bad_rows.count === 0) why = say(lang, AUDIT_MESSAGES['nothing.noRows']);
  else if (r.records === 0 && r.outside_period === 0 && r.bad_rows.count === 0) why = say(lang, AUDIT_MESSAGES['nothing.deleted'], { count: formatInteger(lang, r.deleted) });
  else if (r.records === 0 && r.outside_period === 0) why = say(lang, AUDIT_MESSAGES['nothing.allBad'], { count: formatInteger(lang, r.bad_rows.count) });
  else if (r.records === 0) why = say(lang, AUDIT_MESSAGES['nothing.outside'], { count: formatInteger(lang, r.outside_period) });
  else if (r.unmatched.count + r.ambiguous.count >= r.records) why = say(lang, AUDIT_MESSAGES['nothing.unmatched'], { count: count(r.records) });
  else {
    const reasons = new Set<string>();
    for (const s of r.standards) {
      if (s.not_measured) reasons.add(say(lang, AUDIT_MESSAGES[`notMeasured.${s.not_measured}`], { id: s.id }));
      if (s.no_data > 0) reasons.add(`"${METRIC_COLUMNS[s.metric]}"`);
      for (const n of s.not_judged) reasons.add(n.missing);
      if (s.no_priority > 0) reasons.add('priority');
    }
    why = say(lang, AUDIT_MESSAGES['nothing.noEvents'], { count: count(r.records), reasons: [...reasons].slice(0, 6).join('; ') });
  }
  return new CliError(AUDIT_MESSAGES['audit.nothingJudged'], { why });
}

const isParquet = (input: ExportInput): boolean => /\.parquet$/i.test(input.path) || input.sample.startsWith('PAR1');

/**
 * Which engine judges the records: the one asked for, or DuckDB's SQL for Parquet files when
 * DuckDB is installed, and the streaming engine otherwise (CSV, helpdesk JSON). DuckDB is loaded
 * only here, and only when the files are ones it could read; asked for and missing, it says how to install it.
 */
async function chooseEngine(asked: Exclude<AuditInput['engine'], 'postgres'>, inputs: { input: ExportInput; source: string }[]): Promise<'duckdb' | 'stream'> {
  if (asked === 'stream') return 'stream';
  if (asked === 'duckdb') {
    const other = inputs.find(({ source }) => source !== 'csv' && source !== 'duckdb');
    if (other) throw new CliError(AUDIT_MESSAGES['audit.engineInput'], { engine: asked, file: other.input.file, source: other.source });
    await loadDuckDb();
    return 'duckdb';
  }
  if (inputs.length === 0 || !inputs.every(({ input, source }) => source === 'duckdb' && isParquet(input))) return 'stream';
  try {
    await loadDuckDb();
    return 'duckdb';
  } catch {
    // The streaming engine's Parquet reader says how to install DuckDB.
    return 'stream';
  }
}

/** The policy as a report names it; times in the report read in its locale and its (first) calendar's zone. */
function reportPolicy(policy: Policy, file: string, lang: Lang): AuditReport['policy'] {
  return { id: policy.id, title: textIn(policy.title, lang), file, locale: policyLocale(policy, lang), timezone: policy.calendars?.[0]?.timezone ?? 'UTC' };
}

/** audit --sql (write the script for a warehouse) and --from-sql-result (its result to the usual report). */
async function sqlScriptOrResult(
  options: AuditInput,
  context: CommandContext,
  { policy, mapping, asOf, from, to, policyFile, destination }: { policy: Policy; mapping: Mapping; asOf: number; from: number | undefined; to: number | undefined; policyFile: string; destination: ReturnType<typeof reportDestination> },
): Promise<number> {
  const warehouse = await import('../audit/sql/warehouse.js');
  if (options.sql !== undefined) {
    const missing = !options.table ? '--table' : from === undefined ? '--from' : !options.output ? '-o' : undefined;
    if (missing) throw new CliError(AUDIT_MESSAGES['audit.sqlNeeds'], { option: missing });
    // The calendar table must hold every ticket's day, and the script cannot look at the tickets first:
    // without --to, the audited period ends at --as-of (the report says so).
    const script = warehouse.warehouseScript({ dialect: options.sql, table: options.table!, policy, mapping, asOf, from: from!, to: to ?? asOf });
    await writeReport(destination, script.sql, context);
    await writeReport(reportDestination(context, `${options.output!}.calendar.csv`, [options.output!]), script.csv, context);
    return EXIT.clean;
  }
  const absolute = resolve(context.cwd, options.fromSqlResult!);
  const file = displayPath(context.cwd, absolute);
  // The result has rows per combination of values, standard and month, not per ticket: small, read whole.
  const opened = openExport(absolute, file);
  const { result, rows } = warehouse.auditFromSqlResult(await opened.whole(256 << 20), file, policy, mapping, options.requireAll === true);
  const report: AuditReport = { policy: reportPolicy(policy, policyFile, context.lang), inputs: [{ file, source: 'sql', rows }], engine: 'sql', result };
  const noVerdict = whyNoVerdict(report, context.lang);
  if (noVerdict) throw noVerdict;
  const text = (await AUDIT_FORMATS.load(options.format))(report, { lang: context.lang, color: reportColor(destination, context, options.color) });
  await writeReport(destination, text, context);
  return report.result.ok ? EXIT.clean : EXIT.findings;
}

export async function audit(options: AuditInput, context: CommandContext): Promise<number> {
  const asOf = options.asOf === undefined ? Date.now() : optionInstant('--as-of', options.asOf);
  const from = options.from === undefined ? undefined : optionInstant('--from', options.from);
  const to = options.to === undefined ? undefined : optionInstant('--to', options.to, true);
  if (from !== undefined && to !== undefined && from >= to) throw new CliError(AUDIT_MESSAGES['audit.fromAfterTo'], { from: options.from!, to: options.to! });
  const policyPath = resolve(context.cwd, options.policy);
  const policyFile = displayPath(context.cwd, policyPath);
  const exports = options.exports.map((name) => resolve(context.cwd, name));
  const destination = reportDestination(context, options.output, [policyPath, ...exports, ...(options.map ? [options.map] : [])], AUDIT_MESSAGES['audit.outputIsInput']);

  const policy = await policyToUse(context, { absolute: policyPath, file: policyFile }, todayIso(), 'allow');
  if (!policy) throw new CliError(AUDIT_MESSAGES['audit.policyInvalid'], { file: policyFile });
  const mapping = await loadMapping(options, context, policy);
  const timezone = options.timezone === undefined ? mapping.timezone : timeZoneOption(options.timezone);
  const delimiter = options.delimiter === undefined ? undefined : delimiterOption(options.delimiter);
  const opened = exports.map((absolute) => {
    const input = openExport(absolute, displayPath(context.cwd, absolute));
    const source = options.source ?? detectSource(input);
    if (!source) throw new CliError(AUDIT_MESSAGES['audit.unknownSource'], { file: input.file });
    return { input, source };
  });
  // Zendesk ticket metric events in files of their own are read first, and joined to the tickets by id.
  let zendeskEvents: Map<number, unknown[]> | undefined;
  const inputs: typeof opened = [];
  for (const entry of opened) {
    const events = entry.source === 'zendesk' && !/"tickets"\s*:/.test(entry.input.sample) ? await readZendeskEvents(entry.input) : undefined;
    if (!events) {
      inputs.push(entry);
      continue;
    }
    zendeskEvents ??= new Map();
    for (const [id, list] of events) zendeskEvents.set(id, [...(zendeskEvents.get(id) ?? []), ...list]);
  }
  const readOptions = {
    mapping, lang: context.lang, ...(timezone ? { timezone } : {}), ...(delimiter ? { delimiter } : {}),
    ...(options.dateOrder ? { dateOrder: options.dateOrder } : {}), ...(zendeskEvents ? { zendeskEvents } : {}),
  };

  const streamAudit = async () => {
    const core = new Audit(policy, { asOf, ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { to } : {}), mapping, requireAll: options.requireAll === true });
    const dedupe = new Deduplicate();
    const progress = progressLine(context);
    const read: { file: string; source: string; rows: number }[] = [];
    let before = 0;
    try {
      for (const { input, source } of inputs) {
        let rows = 0;
        for await (const batch of READERS[source].read(input, readOptions)) {
          for (const bad of batch.bad) core.addBad(bad);
          for (const record of batch.records) {
            const now = dedupe.add(record);
            if (now) core.add(now);
          }
          rows = batch.rows;
          progress.update(before + rows);
        }
        before += rows;
        read.push({ file: input.file, source, rows });
      }
      for (const record of dedupe.held()) core.add(record);
      core.addDuplicates(dedupe.duplicates);
    } finally {
      progress.done();
    }
    return { result: core.result(), read };
  };

  if (options.sql !== undefined || options.fromSqlResult !== undefined) {
    if (inputs.length > 0) throw new CliError(AUDIT_MESSAGES['audit.sqlNoFiles'], { file: inputs[0]!.input.file });
    return sqlScriptOrResult(options, context, { policy, mapping, asOf, from, to, policyFile, destination });
  }
  if (options.engine === 'postgres') {
    if (inputs.length > 0) throw new CliError(AUDIT_MESSAGES['audit.exportsWithTable'], { file: inputs[0]!.input.file });
  } else if (inputs.length === 0) throw new CliError(AUDIT_MESSAGES['audit.needsExports']);
  let engine: 'postgres' | 'duckdb' | 'stream' = options.engine === 'postgres' ? 'postgres' : await chooseEngine(options.engine, inputs);
  let judged: { result: AuditResult; read: { file: string; source: string; rows: number }[] };
  if (engine === 'postgres') {
    const url = options.database ?? context.env[DATABASE_URL_VARIABLE];
    if (!url) throw new CliError(AUDIT_MESSAGES['audit.needsDatabase'], { variable: DATABASE_URL_VARIABLE });
    if (!options.table) throw new CliError(AUDIT_MESSAGES['audit.needsTable']);
    const { auditWithPostgres } = await import('../audit/sql/postgres-engine.js');
    const outcome = await auditWithPostgres(url, options.table, {
      policy, mapping, asOf, ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { to } : {}), requireAll: options.requireAll === true,
      ...(timezone ? { timezone } : {}),
    });
    judged = { result: outcome.result, read: outcome.inputs };
  } else if (engine === 'duckdb') {
    const { auditWithDuckDb, CsvNotForDuckDb } = await import('../audit/sql/duckdb-engine.js');
    const files = inputs.map(({ input, source }) => ({ path: input.path, file: input.file, parquet: isParquet(input), source, sample: input.sample }));
    try {
      const outcome = await auditWithDuckDb(files, {
        policy, mapping, asOf, ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { to } : {}), requireAll: options.requireAll === true,
        ...(timezone ? { timezone } : {}), ...(options.dateOrder ? { dateOrder: options.dateOrder } : {}), ...(delimiter ? { delimiter } : {}),
      });
      judged = { result: outcome.result, read: outcome.inputs };
    } catch (error) {
      if (!(error instanceof CsvNotForDuckDb)) throw error;
      // The same report from the reference engine, never one from DuckDB's guess at a damaged file.
      const why = error.line === undefined ? say(context.lang, AUDIT_MESSAGES['audit.duckdbCsvBlankLines'], { file: error.file }) : say(context.lang, AUDIT_MESSAGES['audit.duckdbCsvDamaged'], { file: error.file, line: error.line });
      context.stderr.write(`${why}\n`);
      engine = 'stream';
      judged = await streamAudit();
    }
  } else {
    judged = await streamAudit();
  }

  const report: AuditReport = { policy: reportPolicy(policy, policyFile, context.lang), inputs: judged.read, engine, result: judged.result };
  const noVerdict = whyNoVerdict(report, context.lang);
  if (noVerdict) throw noVerdict;
  const text = (await AUDIT_FORMATS.load(options.format))(report, { lang: context.lang, color: reportColor(destination, context, options.color) });
  await writeReport(destination, text, context);
  return report.result.ok ? EXIT.clean : EXIT.findings;
}
