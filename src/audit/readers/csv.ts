import { CliError } from '../../errors.js';
import { CsvParser, headerIndex, normalizeHeader } from '../../core/csv.js';
import type { Metric } from '../../core/policy.js';
import { parseInstant } from '../timestamp.js';
import { METRICS, type AuditRecord, type BadRow, type RecordBatch, type SourceField } from '../types.js';
import { BATCH, type ExportInput, type Reader } from './reader.js';

/** cs-policy's own CSV: one column per field, and one timestamp column per metric. */
export const METRIC_COLUMNS: Record<Metric, string> = {
  answer: 'answer_at',
  acknowledgement: 'acknowledgement_at',
  'first-response': 'first_response_at',
  'next-response': 'next_response_at',
  update: 'update_at',
  resolution: 'resolution_at',
};
const FIELD_COLUMNS: SourceField[] = ['channel', 'priority', 'segment', 'action', 'group', 'type'];
const REQUIRED = ['id', 'channel', 'created_at'];

const firstLine = (sample: string) => sample.replace(/^\ufeff/, '').split(/\r?\n/, 1)[0] ?? '';

export const csvReader: Reader = {
  detect({ sample }) {
    const header = new Set(firstLine(sample).split(',').map((cell) => normalizeHeader(cell.replace(/^"|"$/g, ''))));
    return REQUIRED.every((name) => header.has(normalizeHeader(name)));
  },
  read(input, _options) {
    return readCsv(input);
  },
};

async function* readCsv(input: ExportInput): AsyncGenerator<RecordBatch> {
  const parser = new CsvParser();
  let columns: { id: number; created: number; fields: [SourceField, number][]; metrics: [Metric, string, number][]; width: number } | undefined;
  let records: AuditRecord[] = [];
  let bad: BadRow[] = [];
  let rows = 0;
  let problemsSeen = 0;
  const file = input.file;
  const handle = (line: number, cells: string[]) => {
    if (!columns) {
      const index = headerIndex(cells);
      const missing = REQUIRED.filter((name) => !index.has(normalizeHeader(name)));
      if (missing.length > 0) throw new CliError('audit.csvColumns', { file, columns: missing.join(', ') });
      columns = {
        id: index.get('id')!,
        created: index.get(normalizeHeader('created_at'))!,
        fields: FIELD_COLUMNS.flatMap((name): [SourceField, number][] => (index.has(name) ? [[name, index.get(name)!]] : [])),
        metrics: METRICS.flatMap((metric): [Metric, string, number][] => {
          const at = index.get(normalizeHeader(METRIC_COLUMNS[metric]));
          return at === undefined ? [] : [[metric, METRIC_COLUMNS[metric], at]];
        }),
        width: cells.length,
      };
      return;
    }
    rows++;
    if (cells.length !== columns.width) {
      // A trailing blank line is no record.
      if (cells.length === 1 && cells[0] === '') {
        rows--;
        return;
      }
      bad.push({ file, line, reason: { kind: cells.length < columns.width ? 'short-row' : 'long-row', cells: cells.length, expected: columns.width } });
      return;
    }
    const createdText = cells[columns.created]!;
    if (createdText === '') {
      bad.push({ file, line, reason: { kind: 'missing-value', column: 'created_at' } });
      return;
    }
    const created = parseInstant(createdText);
    if (created === undefined) {
      bad.push({ file, line, reason: { kind: 'bad-timestamp', column: 'created_at', value: createdText } });
      return;
    }
    const events: AuditRecord['events'] = {};
    for (const [metric, column, at] of columns.metrics) {
      const text = cells[at]!;
      if (text === '') {
        events[metric] = null;
        continue;
      }
      const ms = parseInstant(text);
      if (ms === undefined) {
        bad.push({ file, line, reason: { kind: 'bad-timestamp', column, value: text } });
        return;
      }
      if (ms < created) {
        bad.push({ file, line, reason: { kind: 'event-before-creation', column } });
        return;
      }
      events[metric] = ms;
    }
    const fields: AuditRecord['fields'] = {};
    for (const [name, at] of columns.fields) fields[name] = cells[at]!;
    records.push({ file, line, id: cells[columns.id]!, fields, created, events });
  };
  const flushProblems = () => {
    for (; problemsSeen < parser.problems.length; problemsSeen++) bad.push({ file, line: parser.problems[problemsSeen]!.line, reason: { kind: 'bad-quote' } });
  };
  for await (const chunk of input.chunks()) {
    for (const record of parser.push(chunk)) handle(record.line, record.cells);
    flushProblems();
    if (records.length >= BATCH || bad.length > 0) {
      yield { records, bad, rows };
      records = [];
      bad = [];
    }
  }
  for (const record of parser.end()) handle(record.line, record.cells);
  flushProblems();
  if (!columns) throw new CliError('audit.emptyExport', { file });
  yield { records, bad, rows };
}
