import { CliError } from '../../errors.js';
import { parseInstant } from '../timestamp.js';
import type { AuditRecord, BadRow, RecordBatch } from '../types.js';
import { BATCH, type ExportInput, type Reader } from './reader.js';
import { isRecord } from '../../core/is-record.js';
import { zendeskMeasures, zendeskPriorities, type ZendeskAudit, type ZendeskMetricSet } from '../zendesk-metrics.js';

/**
 * Zendesk's tickets as its API returns them (`GET /api/v2/tickets.json?include=metric_sets`, or the
 * incremental export `GET /api/v2/incremental/tickets.json?include=metric_sets`), with their
 * metric sets side-loaded (`metric_sets`) or on each ticket (`metric_set`), and optionally the
 * ticket metric events (`ticket_metric_events`, from `GET /api/v2/incremental/ticket_metric_events`)
 * merged into the same object. Times are taken from timestamps: a metric event's `time` where
 * there is one, else the metric set's (`solved_at`, and the first reply as creation plus its
 * calendar minutes). Zendesk's own business minutes are kept to compare ours with.
 * One API page is one JSON document, read whole; pages are a thousand tickets at most.
 */
const LIMIT = 256 * 1024 * 1024;

interface MetricSet extends ZendeskMetricSet { ticket_id?: number }
interface MetricEvent { ticket_id?: number; metric?: string; instance_id?: number; type?: string; time?: string; deleted?: boolean }
interface Ticket { id?: number | string; created_at?: string; priority?: string | null; type?: string | null; group_id?: number | null; organization_id?: number | null; via?: { channel?: string }; status?: string; metric_set?: MetricSet }


export const zendeskReader: Reader = {
  detect({ file, sample }) {
    const start = sample.replace(/^\ufeff/, '').trimStart();
    return (start.startsWith('{') || /\.json$/i.test(file)) && /"tickets"\s*:/.test(sample);
  },
  read(input) {
    return readZendesk(input);
  },
};

async function* readZendesk(input: ExportInput): AsyncGenerator<RecordBatch> {
  const file = input.file;
  const text = await input.whole(LIMIT);
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (error) {
    throw new CliError('audit.badJson', { file, message: error instanceof Error ? error.message : String(error) });
  }
  if (!isRecord(data) || !Array.isArray(data.tickets)) throw new CliError('audit.zendeskShape', { file });
  const sets = new Map<number, MetricSet>();
  if (Array.isArray(data.metric_sets)) for (const set of data.metric_sets) if (isRecord(set) && typeof set.ticket_id === 'number') sets.set(set.ticket_id, set as MetricSet);
  const events = new Map<number, MetricEvent[]>();
  if (Array.isArray(data.ticket_metric_events)) {
    for (const event of data.ticket_metric_events as MetricEvent[]) {
      if (!isRecord(event) || typeof event.ticket_id !== 'number' || event.deleted) continue;
      let list = events.get(event.ticket_id);
      if (!list) events.set(event.ticket_id, (list = []));
      list.push(event);
    }
  }
  // Ticket audits (GET /api/v2/tickets/{id}/audits) merged into the page give the priority's history.
  const audits = new Map<number, ZendeskAudit[]>();
  if (Array.isArray(data.audits)) {
    for (const audit of data.audits) {
      if (!isRecord(audit) || typeof audit.ticket_id !== 'number') continue;
      let list = audits.get(audit.ticket_id);
      if (!list) audits.set(audit.ticket_id, (list = []));
      list.push(audit as ZendeskAudit);
    }
  }
  const lines = ticketLines(text, data.tickets.length);
  let records: AuditRecord[] = [];
  let bad: BadRow[] = [];
  let rows = 0;
  for (const [index, item] of (data.tickets as unknown[]).entries()) {
    rows++;
    const line = lines[index] ?? 1;
    const fail = (reason: BadRow['reason']) => bad.push({ file, line, reason });
    if (!isRecord(item) || item.id === undefined) {
      fail({ kind: 'bad-json', message: 'a ticket without an id' });
      continue;
    }
    const ticket = item as Ticket;
    const created = typeof ticket.created_at === 'string' ? parseInstant(ticket.created_at) : undefined;
    if (created === undefined) {
      fail({ kind: 'bad-timestamp', column: 'created_at', value: String(ticket.created_at ?? '') });
      continue;
    }
    const set: MetricSet | undefined = ticket.metric_set ?? sets.get(Number(ticket.id));
    const own = events.get(Number(ticket.id)) ?? [];
    const record: AuditRecord = {
      file, line, id: String(ticket.id), created, events: {},
      fields: {
        ...(ticket.via?.channel ? { channel: ticket.via.channel } : {}),
        ...(ticket.priority ? { priority: ticket.priority } : {}),
        ...(ticket.type ? { type: ticket.type } : {}),
        ...(ticket.group_id !== undefined && ticket.group_id !== null ? { group: String(ticket.group_id) } : {}),
        ...(ticket.organization_id !== undefined && ticket.organization_id !== null ? { segment: String(ticket.organization_id) } : {}),
      },
    };
    if (!set && own.length === 0) {
      records.push(record);
      continue;
    }
    const solvedText = set?.solved_at ?? null;
    const solved = solvedText !== null ? parseInstant(solvedText) : undefined;
    if (solvedText !== null && solved === undefined) {
      fail({ kind: 'bad-timestamp', column: 'solved_at', value: solvedText });
      continue;
    }
    const measures = zendeskMeasures(created, set, solved ?? null, own);
    const before = [...Object.values(measures.events), ...Object.values(measures.instances ?? {}).flat().map((span) => span.end)].some((ms) => typeof ms === 'number' && ms < created);
    if (before) {
      fail({ kind: 'event-before-creation', column: 'metric event' });
      continue;
    }
    Object.assign(record, measures);
    const priorities = zendeskPriorities(audits.get(Number(ticket.id)) ?? []);
    if (priorities) record.priorities = priorities;
    records.push(record);
    if (records.length >= BATCH) {
      yield { records, bad, rows };
      records = [];
      bad = [];
    }
  }
  yield { records, bad, rows };
}

/**
 * The line each ticket starts on, so a bad ticket is named like a bad CSV row: the opening brace
 * of each element of the top-level "tickets" array, found by a scan that skips strings.
 */
function ticketLines(text: string, count: number): number[] {
  const lines: number[] = [];
  const key = /"tickets"\s*:\s*\[/g;
  const match = key.exec(text);
  if (!match) return lines;
  let line = 1;
  for (let i = 0; i < match.index; i++) if (text.charCodeAt(i) === 10) line++;
  let depth = 0;
  let inString = false;
  for (let i = match.index + match[0].length; i < text.length && lines.length < count; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) line++;
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
      continue;
    }
    if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      if (depth === 0) lines.push(line);
      depth++;
    } else if (c === 125 || c === 93) {
      if (depth === 0) break;
      depth--;
    }
  }
  return lines;
}
