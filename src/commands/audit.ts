import { createReadStream, closeSync, openSync, readSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { Audit } from '../audit/audit.js';
import { buildMapping, IDENTITY_MAPPING, type Mapping } from '../audit/mapping.js';
import { detectSource, READERS, type ExportInput } from '../audit/readers/index.js';
import { parseInstant } from '../audit/timestamp.js';
import { todayIso } from '../core/dates.js';
import { readSmallYaml } from '../core/small-yaml.js';
import { textIn } from '../core/policy.js';
import { CliError, EXIT } from '../errors.js';
import { t } from '../i18n/index.js';
import { displayPath, readBoundedFile } from '../io/files.js';
import { reportColor, reportDestination, writeReport } from '../report/destination.js';
import { policyToUse } from './check-files.js';
import type { CommandContext } from './context.js';
import { AUDIT_FORMATS, type AuditInput } from './audit.command.js';

const SAMPLE_BYTES = 64 * 1024;
const DAY = 86_400_000;

/** An instant from --as-of, --from or --to: ISO 8601 with a zone, or a day (YYYY-MM-DD, in UTC). */
export function optionInstant(option: string, value: string, endOfDay = false): number {
  if (/^\d{4}-\d\d-\d\d$/.test(value)) {
    const day = parseInstant(`${value}T00:00:00Z`);
    if (day !== undefined) return endOfDay ? day + DAY : day;
  }
  const at = parseInstant(value);
  if (at === undefined) throw new CliError('audit.badTime', { option, value });
  return at;
}

function openExport(absolute: string, file: string): ExportInput {
  let fd: number;
  try {
    fd = openSync(absolute, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CliError('io.notFound', { file });
    throw new CliError('io.unreadable', { file, reason: code ?? String(error) });
  }
  let sample: string;
  try {
    if (statSync(absolute).isDirectory()) throw new CliError('io.unreadable', { file, reason: 'EISDIR' });
    const buffer = Buffer.alloc(SAMPLE_BYTES);
    const length = readSync(fd, buffer, 0, SAMPLE_BYTES, 0);
    sample = buffer.subarray(0, length).toString('utf8');
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError('io.unreadable', { file, reason: (error as NodeJS.ErrnoException).code ?? String(error) });
  } finally {
    closeSync(fd);
  }
  const fail = (error: unknown) => new CliError('io.unreadable', { file, reason: (error as NodeJS.ErrnoException).code ?? String(error) });
  return {
    path: absolute,
    file,
    sample,
    async *chunks() {
      // 64 KiB chunks, not 1 MiB: each chunk's rows are counted and dropped before the next, so
      // less text and fewer records are alive at once (scripts/bench.mjs, audit figures).
      const stream = createReadStream(absolute, { encoding: 'utf8', highWaterMark: 1 << 16 });
      try {
        for await (const chunk of stream) yield chunk as string;
      } catch (error) {
        throw fail(error);
      }
    },
    async whole(limit) {
      const size = statSync(absolute).size;
      if (size > limit) throw new CliError('audit.tooLarge', { file, size, limit });
      let text = '';
      for await (const chunk of this.chunks()) text += chunk;
      return text;
    },
  };
}

function loadMapping(options: AuditInput, context: CommandContext, policy: Parameters<typeof buildMapping>[2]): Mapping {
  if (!options.map) return IDENTITY_MAPPING;
  const absolute = resolve(context.cwd, options.map);
  const file = displayPath(context.cwd, absolute);
  const read = readBoundedFile(absolute, file, 'io.notFound');
  if ('tooLarge' in read) throw new CliError('audit.tooLarge', { file, size: read.tooLarge, limit: 1 << 20 });
  const parsed = readSmallYaml(Buffer.from(read.bytes).toString('utf8'), context.lang);
  if ('problem' in parsed) throw new CliError('audit.mapInvalid', { file, line: parsed.problem.line, column: parsed.problem.column, message: parsed.problem.message });
  const built = buildMapping(parsed.data, parsed.locator, policy, context.lang);
  if ('problems' in built) {
    for (const problem of built.problems.slice(1)) context.stderr.write(`${t(context.lang, 'audit.mapInvalid', { file, ...problem })}\n`);
    const first = built.problems[0]!;
    throw new CliError('audit.mapInvalid', { file, ...first });
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
      context.stderr.write(`\r\u001b[2K${t(context.lang, 'audit.progress', { rows: rows.toLocaleString('en'), rate: rate.toLocaleString('en') })}`);
    },
    done() {
      if (shown) context.stderr.write('\r\u001b[2K');
    },
  };
}

export async function audit(options: AuditInput, context: CommandContext): Promise<number> {
  const asOf = options.asOf === undefined ? Date.now() : optionInstant('--as-of', options.asOf);
  const from = options.from === undefined ? undefined : optionInstant('--from', options.from);
  const to = options.to === undefined ? undefined : optionInstant('--to', options.to, true);
  const policyPath = resolve(context.cwd, options.policy);
  const policyFile = displayPath(context.cwd, policyPath);
  const exports = options.exports.map((name) => resolve(context.cwd, name));
  const destination = reportDestination(context, options.output, [policyPath, ...exports, ...(options.map ? [options.map] : [])], 'audit.outputIsInput');

  const policy = await policyToUse(context, { absolute: policyPath, file: policyFile }, todayIso(), 'allow');
  if (!policy) throw new CliError('audit.policyInvalid', { file: policyFile });
  const mapping = loadMapping(options, context, policy);
  const timezone = options.timezone ?? mapping.timezone;
  const inputs = exports.map((absolute) => {
    const input = openExport(absolute, displayPath(context.cwd, absolute));
    const source = options.source ?? detectSource(input);
    if (!source) throw new CliError('audit.unknownSource', { file: input.file });
    return { input, source };
  });

  const core = new Audit(policy, { asOf, ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { to } : {}), mapping });
  const progress = progressLine(context);
  const read: { file: string; source: string; rows: number }[] = [];
  let before = 0;
  try {
    for (const { input, source } of inputs) {
      let rows = 0;
      for await (const batch of READERS[source].read(input, { mapping, lang: context.lang, ...(timezone ? { timezone } : {}) })) {
        for (const bad of batch.bad) core.addBad(bad);
        for (const record of batch.records) core.add(record);
        rows = batch.rows;
        progress.update(before + rows);
      }
      before += rows;
      read.push({ file: input.file, source, rows });
    }
  } finally {
    progress.done();
  }

  const report = { policy: { id: policy.id, title: textIn(policy.title, context.lang), file: policyFile }, inputs: read, result: core.result() };
  const text = (await AUDIT_FORMATS.load(options.format))(report, { lang: context.lang, color: reportColor(destination, context, options.color) });
  await writeReport(destination, text, context);
  return report.result.ok ? EXIT.clean : EXIT.findings;
}
