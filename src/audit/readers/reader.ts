import type { Lang } from '../../i18n/index.js';
import type { Mapping } from '../mapping.js';
import type { RecordBatch } from '../types.js';

/** One export file, as the command opens it for a reader. */
export interface ExportInput {
  /** Absolute path, for readers that open the file themselves (DuckDB). */
  path: string;
  /** The path as the user sees it, for messages. */
  file: string;
  /** The file's first bytes as text, for detection. */
  sample: string;
  /** The file's text in chunks, streamed. */
  chunks(): AsyncIterable<string>;
  /** The whole file, up to a limit, for formats that cannot be streamed (one JSON page). */
  whole(limit: number): Promise<string>;
}

export interface ReadOptions {
  mapping: Mapping;
  lang: Lang;
  /** The time zone of export times that carry none; from --timezone or the mapping file. */
  timezone?: string;
  /** Day or month first in spreadsheet dates (--date-order); never guessed. */
  dateOrder?: 'dmy' | 'mdy';
  /** The CSV field separator (--delimiter); told from the header line when not given. */
  delimiter?: string;
  /** Zendesk ticket metric events from files of their own, by ticket id, joined to the tickets. */
  zendeskEvents?: Map<number, unknown[]>;
}

export interface Reader {
  /** Whether a file looks like this reader's format, from its name and first bytes. */
  detect(input: { file: string; sample: string }): boolean;
  /** Records in batches, so that a million rows cost a few thousand awaits, not a million. */
  read(input: ExportInput, options: ReadOptions): AsyncIterable<RecordBatch>;
}

/**
 * Small on purpose: a batch's records live until the core has counted them, and the fewer live
 * at a time, the less the garbage collector copies. Measured on a million rows, 512 against
 * 4096 (with 64 KiB chunks) made audit a fifth faster and its peak memory 40 MiB lower.
 */
export const BATCH = 512;
