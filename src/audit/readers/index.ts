import type { SourceName } from '../names.js';
import { csvReader } from './csv.js';
import { duckDbReader } from './duckdb.js';
import { freshdeskReader } from './freshdesk.js';
import type { Reader } from './reader.js';
import { zendeskReader } from './zendesk.js';

export type { ExportInput, ReadOptions, Reader } from './reader.js';

/** Every export audit reads, one file each; detection tries them in this order (Parquet first: it is binary). */
export const READERS: Record<SourceName, Reader> = { duckdb: duckDbReader(), csv: csvReader, zendesk: zendeskReader, freshdesk: freshdeskReader };

/** The reader a file's name and first bytes point to. */
export function detectSource(input: { file: string; sample: string }): SourceName | undefined {
  return (Object.keys(READERS) as SourceName[]).find((name) => READERS[name].detect(input));
}
