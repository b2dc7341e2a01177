import type { Metric } from '../core/policy.js';

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
}

export type BadRowReason =
  | { kind: 'bad-timestamp'; column: string; value: string }
  | { kind: 'short-row'; cells: number; expected: number }
  | { kind: 'long-row'; cells: number; expected: number }
  | { kind: 'event-before-creation'; column: string }
  | { kind: 'missing-value'; column: string }
  | { kind: 'bad-quote' }
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
