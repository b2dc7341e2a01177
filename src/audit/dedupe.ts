import type { AuditRecord } from './types.js';

/**
 * One record per ticket, as the helpdesk sees it: Zendesk's incremental export repeats a ticket on
 * every page after each change, and pages or files can overlap. Records that carry `updated` are
 * held until every file is read, and the newest copy of each id is judged (the later one read, when
 * two are equally new); the others are counted. Records without `updated` (a streamed CSV of
 * millions of rows) pass straight through, so memory does not grow with them.
 */
export class Deduplicate {
  private readonly newest = new Map<string, AuditRecord>();
  duplicates = 0;

  /** The record to judge now, or undefined when it is held (or dropped as an older copy). */
  add(record: AuditRecord): AuditRecord | undefined {
    if (record.updated === undefined) return record;
    const seen = this.newest.get(record.id);
    if (seen === undefined) {
      this.newest.set(record.id, record);
      return undefined;
    }
    this.duplicates++;
    if (record.updated >= seen.updated!) this.newest.set(record.id, record);
    return undefined;
  }

  /** The held records, newest copy of each. */
  held(): IterableIterator<AuditRecord> {
    return this.newest.values();
  }
}
