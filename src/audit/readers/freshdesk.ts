import { CliError } from '../../errors.js';
import { CsvParser, headerIndex, normalizeHeader } from '../../core/csv.js';
import { parseInstant, parseWallTime } from '../timestamp.js';
import type { AuditRecord, BadRow, RecordBatch, SourceField } from '../types.js';
import { zoneFor, type Zone } from '../zone.js';
import { BATCH, type ExportInput, type ReadOptions, type Reader } from './reader.js';

/**
 * Freshdesk's ticket export (Tickets, Export, CSV). Header names vary in case between accounts,
 * so they are compared normalised. Its times carry no zone: they are in the account's time zone,
 * which --timezone or the mapping file's `timezone` names. The durations it adds ("First response
 * time (in hrs)") are Freshdesk's own reckoning and are not used.
 */
const COLUMNS = {
  id: ['ticket id', 'id'],
  created: ['created time', 'created at'],
  firstResponse: ['initial response time', 'first responded time', 'first response at'],
  resolved: ['resolved time', 'resolved at'],
  closed: ['closed time', 'closed at'],
} as const;
const FIELDS: [SourceField, string[]][] = [['channel', ['source']], ['priority', ['priority']], ['type', ['type']], ['group', ['group']], ['segment', ['company', 'company name']]];
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

export const freshdeskReader: Reader = {
  detect({ sample }) {
    const header = sample.replace(/^\ufeff/, '').split(/\r?\n/, 1)[0] ?? '';
    const names = new Set(header.split(',').map((cell) => normalizeHeader(cell.replace(/^"|"$/g, ''))));
    return names.has('ticket id') && names.has('created time');
  },
  read(input, options) {
    return readFreshdesk(input, options);
  },
};

async function* readFreshdesk(input: ExportInput, options: ReadOptions): AsyncGenerator<RecordBatch> {
  const file = input.file;
  const zone: Zone | undefined = options.timezone ? zoneFor(options.timezone) : undefined;
  const instant = (text: string): number | undefined => {
    const zoned = parseInstant(text);
    if (zoned !== undefined) return zoned;
    const wall = parseWallTime(text);
    if (wall === undefined) return undefined;
    if (!zone) throw new CliError('audit.freshdeskZone', { file });
    return zone.fromWall(wall);
  };
  const parser = new CsvParser();
  let columns: { id: number; created: number; firstResponse?: number; resolved?: number; closed?: number; fields: [SourceField, number][]; width: number } | undefined;
  let records: AuditRecord[] = [];
  let bad: BadRow[] = [];
  let rows = 0;
  const handle = (line: number, cells: string[]) => {
    if (!columns) {
      const index = headerIndex(cells);
      const id = find(index, COLUMNS.id);
      const created = find(index, COLUMNS.created);
      if (id === undefined || created === undefined) throw new CliError('audit.freshdeskColumns', { file });
      const firstResponse = find(index, COLUMNS.firstResponse);
      const resolved = find(index, COLUMNS.resolved);
      const closed = find(index, COLUMNS.closed);
      columns = {
        id, created,
        ...(firstResponse !== undefined ? { firstResponse } : {}), ...(resolved !== undefined ? { resolved } : {}), ...(closed !== undefined ? { closed } : {}),
        fields: FIELDS.flatMap(([field, names]): [SourceField, number][] => {
          const at = find(index, names);
          return at === undefined ? [] : [[field, at]];
        }),
        width: cells.length,
      };
      return;
    }
    if (cells.length === 1 && cells[0] === '') return;
    rows++;
    if (cells.length < columns.width) {
      bad.push({ file, line, reason: { kind: 'short-row', cells: cells.length, expected: columns.width } });
      return;
    }
    const createdText = cells[columns.created]!;
    const created = instant(createdText);
    if (created === undefined) {
      bad.push({ file, line, reason: { kind: createdText === '' ? 'missing-value' : 'bad-timestamp', column: 'Created time', ...(createdText ? { value: createdText } : {}) } as BadRow['reason'] });
      return;
    }
    const event = (at: number | undefined, column: string): number | null | undefined | false => {
      if (at === undefined) return undefined;
      const text = cells[at]!;
      if (text === '') return null;
      const ms = instant(text);
      if (ms === undefined) {
        bad.push({ file, line, reason: { kind: 'bad-timestamp', column, value: text } });
        return false;
      }
      if (ms < created) {
        bad.push({ file, line, reason: { kind: 'event-before-creation', column } });
        return false;
      }
      return ms;
    };
    const reply = event(columns.firstResponse, 'Initial response time');
    const resolved = event(columns.resolved, 'Resolved time');
    const closed = event(columns.closed, 'Closed time');
    if (reply === false || resolved === false || closed === false) return;
    const events: AuditRecord['events'] = {};
    if (reply !== undefined) events['first-response'] = reply;
    if (resolved !== undefined || closed !== undefined) events.resolution = resolved ?? closed ?? null;
    const fields: AuditRecord['fields'] = {};
    for (const [field, at] of columns.fields) if (cells[at]) fields[field] = cells[at];
    records.push({ file, line, id: cells[columns.id]!, fields, created, events, missing: MISSING });
  };
  for await (const chunk of input.chunks()) {
    for (const record of parser.push(chunk)) handle(record.line, record.cells);
    if (records.length >= BATCH || bad.length > 0) {
      yield { records, bad, rows };
      records = [];
      bad = [];
    }
  }
  for (const record of parser.end()) handle(record.line, record.cells);
  if (!columns) throw new CliError('audit.emptyExport', { file });
  yield { records, bad, rows };
}
