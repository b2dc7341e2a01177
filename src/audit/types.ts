import type { Metric, Pause } from '../core/policy.js';

/** The metrics in a fixed order; a record's events and an export's columns are listed in it. */
export const METRICS: readonly Metric[] = ['answer', 'acknowledgement', 'first-response', 'next-response', 'update', 'resolution'];

/**
 * Values a helpdesk gives a record, before the mapping file turns them into policy ids: channel,
 * priority, segment and action, and the group and type a mapping may read a segment or action from.
 */
export type SourceField = 'channel' | 'priority' | 'segment' | 'action' | 'group' | 'type';
export const SOURCE_FIELDS: readonly SourceField[] = ['channel', 'priority', 'segment', 'action', 'group', 'type'];

/**
 * One ticket or call as a reader hands it over. An event is epoch milliseconds when it happened,
 * `null` when the export has the column but the event has not happened yet; a metric the export
 * has no column for is left out, and no standard on that metric is judged from this record.
 */
export interface AuditRecord {
  file: string;
  line: number;
  id: string;
  fields: Partial<Record<SourceField, string>>;
  created: number;
  events: Partial<Record<Metric, number | null>>;
  /** Business minutes the helpdesk computed itself (Zendesk), to compare ours with. */
  vendorBusinessMinutes?: Partial<Record<Metric, number>>;
  /**
   * Each time a metric's clock ran, where the helpdesk measures it more than once per ticket
   * (Zendesk's reply_time instances, its periodic_update_time instances): every one is judged.
   * When a metric is here, its entry in `events` is not used.
   */
  instances?: Partial<Record<Metric, Span[]>>;
  /** When the record sat in statuses that stop a clock, by the set of pauses a standard names (see pauseSet). */
  paused?: Partial<Record<PauseSet, Span[]>>;
  /** The helpdesk's own minutes with those pauses taken out (Zendesk's requester_wait_time, agent_work_time), for a record with no status history. */
  pausedMinutes?: Partial<Record<PauseSet, { calendar?: number; business?: number }>>;
  /** Why the export cannot give a metric or a pause set, in the vendor's own field names. */
  missing?: Partial<Record<Metric | PauseSet, string>>;
  /**
   * The ticket's priority from each instant on, oldest first, from its field history (Zendesk's
   * ticket audits): a standard for one priority judges each instance on the priority in force when
   * its clock stopped, as Zendesk re-applies its targets (apply_sla) whenever the priority changes.
   */
  priorities?: { from: number; value: string | null }[];
  /**
   * When the helpdesk last changed the record (Zendesk's `updated_at`): the same ticket on two
   * pages or in two files is judged once, as its newest copy has it.
   */
  updated?: number;
  /** Deleted in the helpdesk (Zendesk `status: deleted`): counted, never judged. */
  deleted?: true;
  /** Metrics whose instant the export gives only to the whole minute, with the field it came from. */
  wholeMinutes?: Partial<Record<Metric, string>>;
}

/** A clock's run, or a status's stay: from `start` until `end` (null: not over yet). */
export interface Span { start: number; end: number | null }

/** The pauses a standard names, as one key: `waiting-on-customer`, `on-hold`, or both joined by `+`. */
export type PauseSet = 'waiting-on-customer' | 'on-hold' | 'on-hold+waiting-on-customer';

export function pauseSet(pauses: readonly Pause[]): PauseSet {
  return [...new Set(pauses)].sort().join('+') as PauseSet;
}

export type BadRowReason =
  | { kind: 'bad-timestamp'; column: string; value: string }
  | { kind: 'short-row'; cells: number; expected: number }
  | { kind: 'long-row'; cells: number; expected: number }
  | { kind: 'event-before-creation'; column: string }
  | { kind: 'missing-value'; column: string }
  | { kind: 'bad-quote' }
  | { kind: 'too-long' }
  | { kind: 'out-of-range' }
  | { kind: 'bad-json'; message: string };

export interface BadRow { file: string; line: number; reason: BadRowReason }

/** What a reader yields: records in file order, and the rows it could not read, by line. */
export interface RecordBatch {
  records: AuditRecord[];
  bad: BadRow[];
  /** Rows read so far in this file, for the progress line. */
  rows: number;
}
