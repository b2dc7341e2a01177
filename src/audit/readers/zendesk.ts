import { CliError } from '../../errors.js';
import { instantReader } from './instants.js';
import type { AuditRecord, BadRow, RecordBatch } from '../types.js';
import { BATCH, type ExportInput, type ReadOptions, type Reader } from './reader.js';
import { isRecord } from '../../core/is-record.js';
import { zendeskMeasures, zendeskPriorities, type ZendeskAudit, type ZendeskMetricSet } from './zendesk-metrics.js';
import { AUDIT_MESSAGES } from '../messages.js';

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

/** A ticket's fields as the reader needs them, each checked for its type: a priority that is a number is a bad row, not a crash. */
const TEXT_FIELDS = ['created_at', 'updated_at', 'priority', 'type', 'status'] as const;
const ID_FIELDS = ['group_id', 'organization_id'] as const;

/** A document's tickets and metric events: one API page (JSON), or NDJSON, one object a line. */
interface Parsed { tickets: { item: unknown; line: number }[]; events: MetricEvent[]; sets: unknown[]; audits: unknown[] }

const looksNdjson = (sample: string) => /^\s*\{[^\n]*\}\s*\r?\n\s*\{/.test(sample.replace(/^\ufeff/, ''));

export const zendeskReader: Reader = {
  detect({ file, sample }) {
    const start = sample.replace(/^\ufeff/, '').trimStart();
    if (!start.startsWith('{') && !/\.(json|ndjson|jsonl)$/i.test(file)) return false;
    if (/"(tickets|ticket_metric_events)"\s*:/.test(sample)) return true;
    // NDJSON: a ticket (with its via) or a ticket metric event a line.
    return looksNdjson(sample) && (/"via"\s*:/.test(sample) || /"metric"\s*:/.test(sample)) && /"created_at"|"ticket_id"/.test(sample);
  },
  read(input, options) {
    return readZendesk(input, options);
  },
};

async function parse(input: ExportInput): Promise<Parsed> {
  const file = input.file;
  const text = (await input.whole(LIMIT)).replace(/^\ufeff/, '');
  let data: unknown;
  let firstError: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    firstError = error;
  }
  if (data === undefined && looksNdjson(text)) {
    // One object a line, as Zendesk's export jobs and warehouses write them.
    const parsed: Parsed = { tickets: [], events: [], sets: [], audits: [] };
    let line = 0;
    for (const raw of text.split('\n')) {
      line++;
      if (raw.trim() === '') continue;
      let item: unknown;
      try {
        item = JSON.parse(raw);
      } catch (error) {
        parsed.tickets.push({ item: { __bad: error instanceof Error ? error.message : String(error) }, line });
        continue;
      }
      if (isRecord(item) && typeof item.metric === 'string' && item.ticket_id !== undefined && !('via' in item)) parsed.events.push(item as MetricEvent);
      else parsed.tickets.push({ item, line });
    }
    return parsed;
  }
  if (data === undefined) throw new CliError(AUDIT_MESSAGES['audit.badJson'], { file, message: firstError instanceof Error ? firstError.message : String(firstError) });
  if (!isRecord(data) || (!Array.isArray(data.tickets) && !Array.isArray(data.ticket_metric_events))) throw new CliError(AUDIT_MESSAGES['audit.zendeskShape'], { file });
  const tickets = Array.isArray(data.tickets) ? data.tickets : [];
  const lines = ticketLines(text, tickets.length);
  return {
    tickets: tickets.map((item, index) => ({ item, line: lines[index] ?? 1 })),
    events: Array.isArray(data.ticket_metric_events) ? (data.ticket_metric_events as MetricEvent[]) : [],
    sets: Array.isArray(data.metric_sets) ? data.metric_sets : [],
    audits: Array.isArray(data.audits) ? data.audits : [],
  };
}

/**
 * Ticket metric events from a file of their own (`GET /api/v2/incremental/ticket_metric_events`,
 * a page or NDJSON), by ticket id, to join to the tickets of the other files. Events Zendesk marks
 * `deleted` are left out. Undefined when the file also holds tickets (it is read as tickets).
 */
export async function readZendeskEvents(input: ExportInput): Promise<Map<number, unknown[]> | undefined> {
  const parsed = await parse(input);
  if (parsed.tickets.length > 0 || parsed.events.length === 0) return undefined;
  return groupEvents(parsed.events, new Map());
}

function groupEvents(events: readonly MetricEvent[], into: Map<number, unknown[]>): Map<number, unknown[]> {
  for (const event of events) {
    if (!isRecord(event) || event.deleted) continue;
    const id = Number(event.ticket_id);
    if (!Number.isFinite(id)) continue;
    let list = into.get(id);
    if (!list) into.set(id, (list = []));
    list.push(event);
  }
  return into;
}

async function* readZendesk(input: ExportInput, options: ReadOptions): AsyncGenerator<RecordBatch> {
  const file = input.file;
  const parsed = await parse(input);
  const instant = instantReader(file, options);
  /** An instant as ISO 8601 with a zone, for the metric code, which reads only those. */
  const zoned = (text: unknown): unknown => {
    if (typeof text !== 'string') return text;
    const ms = instant(text);
    return ms === undefined ? text : new Date(ms).toISOString();
  };
  const sets = new Map<number, MetricSet>();
  for (const set of parsed.sets) if (isRecord(set) && typeof set.ticket_id === 'number') sets.set(set.ticket_id, set as MetricSet);
  const events = groupEvents(parsed.events, new Map(options.zendeskEvents ?? []));
  // Ticket audits (GET /api/v2/tickets/{id}/audits) merged into the page give the priority's history.
  const audits = new Map<number, ZendeskAudit[]>();
  for (const audit of parsed.audits) {
    if (!isRecord(audit) || typeof audit.ticket_id !== 'number') continue;
    let list = audits.get(audit.ticket_id);
    if (!list) audits.set(audit.ticket_id, (list = []));
    list.push({ ...(audit as ZendeskAudit), created_at: zoned(audit.created_at) as string });
  }
  let records: AuditRecord[] = [];
  let bad: BadRow[] = [];
  let rows = 0;
  for (const { item, line } of parsed.tickets) {
    rows++;
    const fail = (reason: BadRow['reason']) => bad.push({ file, line, reason });
    if (isRecord(item) && typeof item.__bad === 'string') {
      fail({ kind: 'bad-json', message: item.__bad });
      continue;
    }
    if (!isRecord(item) || (typeof item.id !== 'number' && typeof item.id !== 'string')) {
      fail({ kind: 'bad-json', message: 'a ticket without an id' });
      continue;
    }
    const wrongText = TEXT_FIELDS.find((name) => item[name] !== undefined && item[name] !== null && typeof item[name] !== 'string');
    const wrongId = ID_FIELDS.find((name) => item[name] !== undefined && item[name] !== null && typeof item[name] !== 'number' && typeof item[name] !== 'string');
    const via = item.via;
    const channel = isRecord(via) ? via.channel : undefined;
    const wrong = wrongText ?? wrongId ?? (channel !== undefined && channel !== null && typeof channel !== 'string' ? 'via.channel' : undefined) ?? (via !== undefined && via !== null && !isRecord(via) ? 'via' : undefined);
    if (wrong) {
      const value = wrong === 'via.channel' ? channel : item[wrong];
      fail({ kind: 'bad-json', message: `"${wrong}" is ${Array.isArray(value) ? 'a list' : typeof value}, where Zendesk writes ${ID_FIELDS.includes(wrong as never) ? 'a number' : 'text'}` });
      continue;
    }
    const ticket = item as { id: number | string; created_at?: string; updated_at?: string | null; priority?: string | null; type?: string | null; status?: string | null; group_id?: number | string | null; organization_id?: number | string | null; metric_set?: MetricSet; _fivetran_deleted?: unknown };
    const id = String(ticket.id);
    const updated = typeof ticket.updated_at === 'string' ? instant(ticket.updated_at) : undefined;
    // Zendesk's incremental export includes deleted tickets unless exclude_deleted=true; a warehouse copy marks them _fivetran_deleted.
    if (ticket.status === 'deleted' || ticket._fivetran_deleted === true) {
      records.push({ file, line, id, fields: {}, created: 0, events: {}, deleted: true, ...(updated !== undefined ? { updated } : {}) });
      continue;
    }
    const created = typeof ticket.created_at === 'string' ? instant(ticket.created_at) : undefined;
    if (created === undefined) {
      fail({ kind: 'bad-timestamp', column: 'created_at', value: String(ticket.created_at ?? '') });
      continue;
    }
    const set: MetricSet | undefined = isRecord(ticket.metric_set) ? ticket.metric_set : sets.get(Number(ticket.id));
    const own = ((events.get(Number(ticket.id)) ?? []) as MetricEvent[]).map((event) => ({ ...event, time: zoned(event.time) as string }));
    const record: AuditRecord = {
      file, line, id, created, events: {},
      fields: {
        ...(typeof channel === 'string' && channel ? { channel } : {}),
        ...(ticket.priority ? { priority: ticket.priority } : {}),
        ...(ticket.type ? { type: ticket.type } : {}),
        ...(ticket.group_id !== undefined && ticket.group_id !== null ? { group: String(ticket.group_id) } : {}),
        ...(ticket.organization_id !== undefined && ticket.organization_id !== null ? { segment: String(ticket.organization_id) } : {}),
      },
      ...(updated !== undefined ? { updated } : {}),
    };
    if (!set && own.length === 0) {
      records.push(record);
      continue;
    }
    const solvedText = set?.solved_at ?? null;
    // Zendesk writes solved_at as ISO 8601 text; anything else (a number, a list) is a bad row, not a crash.
    let solved = typeof solvedText === 'string' ? instant(solvedText) : undefined;
    if (solvedText !== null && solved === undefined) {
      fail({ kind: 'bad-timestamp', column: 'solved_at', value: String(solvedText) });
      continue;
    }
    // A ticket closed with no solved_at (closed by a trigger, or merged) is resolved at its last update, as dbt_zendesk counts it.
    if (solved === undefined && ticket.status === 'closed' && updated !== undefined) solved = updated;
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
