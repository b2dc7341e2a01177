import { CliError } from '../../errors.js';
import { isRecord } from '../../core/is-record.js';
import { CsvParser, detectDelimiter, duplicateHeader, headerIndex, headerLine, normalizeHeader } from '../../core/csv.js';
import type { AuditRecord, BadRow, RecordBatch, SourceField } from '../types.js';
import { csvBatches } from './csv.js';
import { instantReader } from './instants.js';
import { BATCH, type ExportInput, type ReadOptions, type Reader } from './reader.js';
import { AUDIT_MESSAGES } from '../messages.js';

/**
 * Freshdesk tickets, in the shapes Freshdesk writes them:
 * - the UI export (Tickets, Export, CSV): "Ticket ID", "Created time", "Initial response time",
 *   "Resolved time", "Closed time", "Source", "Priority"... Header case varies between accounts,
 *   so names are compared normalised. Its times carry no zone: they are in the time zone of the
 *   agent who exported them, which --timezone or the mapping file's `timezone` names (Freshdesk's
 *   own zone names, such as "Pacific Time (US & Canada)", are accepted).
 * - the API's tickets (`GET /api/v2/tickets?include=stats`), as JSON (a list of tickets) or
 *   flattened to CSV (`id`, `created_at`, `stats.first_responded_at`, `stats.resolved_at`...), with
 *   source, priority and status as the API's numeric codes. API times are UTC, with a `Z`.
 * The durations the UI export adds ("First response time (in hrs)") are Freshdesk's own reckoning
 * and are not used.
 */
const COLUMNS = {
  id: ['ticket id', 'id'],
  created: ['created time', 'created at'],
  updated: ['last updated time', 'last update time', 'updated at'],
  firstResponse: ['initial response time', 'first responded time', 'first response at', 'stats.first responded at'],
  resolved: ['resolved time', 'resolved at', 'stats.resolved at'],
  closed: ['closed time', 'closed at', 'stats.closed at'],
} as const;
const FIELDS: [SourceField, string[]][] = [['channel', ['source']], ['priority', ['priority']], ['type', ['type']], ['group', ['group', 'group id']], ['segment', ['company', 'company name', 'company id']]];
/** Every column name read, for the duplicate-header check: a second column of the same name would be ignored silently. */
const READ_NAMES = new Set<string>([...Object.values(COLUMNS).flat(), ...FIELDS.flatMap(([, names]) => names)]);

/** Freshdesk API codes (developers.freshdesk.com/api, Tickets): the names its UI export writes instead. */
const SOURCE_CODES: Record<string, string> = { 1: 'Email', 2: 'Portal', 3: 'Phone', 7: 'Chat', 9: 'Feedback Widget', 10: 'Outbound Email' };
const PRIORITY_CODES: Record<string, string> = { 1: 'Low', 2: 'Medium', 3: 'High', 4: 'Urgent' };
const CODES: Partial<Record<SourceField, Record<string, string>>> = { channel: SOURCE_CODES, priority: PRIORITY_CODES };

/**
 * What the export cannot give, in Freshdesk's own column names. Its first response is "Initial
 * response time"; it keeps no acknowledgement or answer apart from it, no later replies or updates,
 * and no status history, so a standard that pauses cannot be judged from it (Freshdesk's SLA timer
 * stops in the statuses whose "SLA timer" is off, such as Pending and Waiting on Customer).
 */
const MISSING: AuditRecord['missing'] = {
  acknowledgement: 'Freshdesk ticket export: no acknowledgement column ("Initial response time" is the first response)',
  answer: 'Freshdesk ticket export: no answer column ("Initial response time" is the first response)',
  'next-response': 'Freshdesk ticket export: no reply times after "Initial response time"',
  update: 'Freshdesk ticket export: no update times',
  'waiting-on-customer': 'Freshdesk ticket export: no status history ("Status" is the current one only)',
  'on-hold': 'Freshdesk ticket export: no status history ("Status" is the current one only)',
  'on-hold+waiting-on-customer': 'Freshdesk ticket export: no status history ("Status" is the current one only)',
};

const find = (index: Map<string, number>, names: readonly string[]) => names.map((name) => index.get(name)).find((at) => at !== undefined);
const headerNames = (sample: string): Set<string> => {
  const header = sample.replace(/^\ufeff/, '').split(/\r?\n/, 1)[0] ?? '';
  return new Set(header.split(detectDelimiter(header)).map((cell) => normalizeHeader(cell.replace(/^"|"$/g, ''))));
};
const isApiJson = (sample: string) => /^\s*\[/.test(sample.replace(/^\ufeff/, '')) && /"(fr_due_by|stats|requester_id)"\s*:/.test(sample);

export const freshdeskReader: Reader = {
  detect({ sample }) {
    if (isApiJson(sample)) return true;
    const names = headerNames(sample);
    return (names.has('ticket id') && names.has('created time')) || (names.has('id') && names.has('created at') && [...names].some((name) => name.startsWith('stats.')));
  },
  read(input, options) {
    return isApiJson(input.sample) ? readApiJson(input, options) : readFreshdesk(input, options);
  },
};

/** The columns a header names, by what they hold. */
interface Columns { id: number; created: number; updated?: number; firstResponse?: number; resolved?: number; closed?: number; fields: [SourceField, number][]; width: number }

/** One ticket's values by column, however the export holds them. */
type Cell = (at: number) => string;

function rowReader(file: string, options: ReadOptions) {
  const instant = instantReader(file, options, AUDIT_MESSAGES['audit.freshdeskZone']);
  /** The record a row gives, or the reason it is bad. */
  return (line: number, columns: Columns, cell: Cell): AuditRecord | BadRow => {
    const fail = (reason: BadRow['reason']): BadRow => ({ file, line, reason });
    const createdText = cell(columns.created);
    if (createdText === '') return fail({ kind: 'missing-value', column: 'Created time' });
    const created = instant(createdText);
    if (created === undefined) return fail({ kind: 'bad-timestamp', column: 'Created time', value: createdText });
    let broken: BadRow | undefined;
    const event = (at: number | undefined, column: string): number | null | undefined => {
      if (at === undefined || broken) return undefined;
      const text = cell(at);
      if (text === '') return null;
      const ms = instant(text);
      if (ms === undefined) broken = fail({ kind: 'bad-timestamp', column, value: text });
      else if (ms < created) broken = fail({ kind: 'event-before-creation', column });
      return ms;
    };
    const reply = event(columns.firstResponse, 'Initial response time');
    const resolved = event(columns.resolved, 'Resolved time');
    const closed = event(columns.closed, 'Closed time');
    const updated = columns.updated === undefined ? undefined : instant(cell(columns.updated));
    if (broken) return broken;
    const events: AuditRecord['events'] = {};
    if (reply !== undefined) events['first-response'] = reply;
    if (resolved !== undefined || closed !== undefined) events.resolution = resolved ?? closed ?? null;
    const fields: AuditRecord['fields'] = {};
    for (const [field, at] of columns.fields) {
      const value = cell(at).trim();
      if (value) fields[field] = CODES[field]?.[value] ?? value;
    }
    return { file, line, id: cell(columns.id), fields, created, events, missing: MISSING, ...(updated !== undefined ? { updated } : {}) };
  };
}

function columnsOf(file: string, header: string[]): Columns {
  const duplicate = duplicateHeader(header, READ_NAMES);
  if (duplicate) throw new CliError(AUDIT_MESSAGES['audit.duplicateHeader'], { file, column: duplicate.name, first: duplicate.first, second: duplicate.second });
  const index = headerIndex(header);
  const id = find(index, COLUMNS.id);
  const created = find(index, COLUMNS.created);
  if (id === undefined || created === undefined) throw new CliError(AUDIT_MESSAGES['audit.freshdeskColumns'], { file });
  const optional = (['updated', 'firstResponse', 'resolved', 'closed'] as const).flatMap((key) => {
    const at = find(index, COLUMNS[key]);
    return at === undefined ? [] : [[key, at] as const];
  });
  return {
    id, created, ...Object.fromEntries(optional),
    fields: FIELDS.flatMap(([field, names]): [SourceField, number][] => {
      const at = find(index, names);
      return at === undefined ? [] : [[field, at]];
    }),
    width: header.length,
  };
}

async function* readFreshdesk(input: ExportInput, options: ReadOptions): AsyncGenerator<RecordBatch> {
  const file = input.file;
  const parser = new CsvParser({ delimiter: options.delimiter ?? detectDelimiter(headerLine(input.sample)) });
  const row = rowReader(file, options);
  let columns: Columns | undefined;
  const batch: RecordBatch = { records: [], bad: [], rows: 0 };
  const handle = (line: number, cells: string[]) => {
    if (!columns) {
      columns = columnsOf(file, cells);
      return;
    }
    if (cells.length === 1 && cells[0] === '') return;
    batch.rows++;
    if (cells.length < columns.width) {
      batch.bad.push({ file, line, reason: { kind: 'short-row', cells: cells.length, expected: columns.width } });
      return;
    }
    const outcome = row(line, columns, (at) => cells[at]!);
    if ('reason' in outcome) batch.bad.push(outcome);
    else batch.records.push(outcome);
  };
  yield* csvBatches(input, parser, batch, handle);
}

/** The API's JSON list of tickets; a ticket's stats (include=stats) give its first response, resolution and closing. */
async function* readApiJson(input: ExportInput, options: ReadOptions): AsyncGenerator<RecordBatch> {
  const file = input.file;
  const text = await input.whole(256 * 1024 * 1024);
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (error) {
    throw new CliError(AUDIT_MESSAGES['audit.badJson'], { file, message: error instanceof Error ? error.message : String(error) });
  }
  const tickets = Array.isArray(data) ? data : [];
  const header = ['id', 'created_at', 'updated_at', 'stats.first_responded_at', 'stats.resolved_at', 'stats.closed_at', 'source', 'priority', 'type', 'group_id', 'company_id'];
  const columns = columnsOf(file, header);
  const row = rowReader(file, options);
  const records: AuditRecord[] = [];
  const bad: BadRow[] = [];
  tickets.forEach((ticket, index) => {
    const line = index + 1;
    if (!isRecord(ticket)) {
      bad.push({ file, line, reason: { kind: 'bad-json', message: 'a ticket is not an object' } });
      return;
    }
    const stats = isRecord(ticket.stats) ? ticket.stats : {};
    const values = [ticket.id, ticket.created_at, ticket.updated_at, stats.first_responded_at, stats.resolved_at, stats.closed_at, ticket.source, ticket.priority, ticket.type, ticket.group_id, ticket.company_id];
    const wrong = values.findIndex((value) => value !== null && value !== undefined && typeof value !== 'string' && typeof value !== 'number');
    if (wrong !== -1 || ticket.id === undefined || ticket.id === null) {
      bad.push({ file, line, reason: { kind: 'bad-json', message: wrong === -1 ? 'a ticket without an id' : `"${header[wrong]}" is ${Array.isArray(values[wrong]) ? 'a list' : typeof values[wrong]}, not a value` } });
      return;
    }
    const outcome = row(line, columns, (at) => (values[at] === null || values[at] === undefined ? '' : String(values[at])));
    if ('reason' in outcome) bad.push(outcome);
    else records.push(outcome);
  });
  yield { records, bad, rows: tickets.length };
}
