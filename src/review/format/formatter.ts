import { say, type Lang } from '../../i18n/index.js';
import { MESSAGES } from '../../i18n/messages.js';
import { REVIEW_COLUMNS, REVIEW_MESSAGES } from '../messages.js';
import type { ReviewRow, ReviewStatus } from '../status.js';

export interface ReviewFormatOptions {
  lang: Lang;
  color: boolean;
  /** The day the statuses were computed for. */
  today: string;
}

export type ReviewFormatter = (rows: readonly ReviewRow[], options: ReviewFormatOptions) => string;

/** "3 policies (1 overdue, 2 ok)". */
export function countLine(rows: readonly ReviewRow[], lang: Lang): string {
  const statuses: ReviewStatus[] = ['overdue', 'due', 'ok'];
  const parts = statuses.map((status) => [status, rows.filter((row) => row.status === status).length] as const).filter(([, n]) => n > 0).map(([status, n]) => say(lang, REVIEW_MESSAGES[`count.${status}`], { count: n }));
  return `${say(lang, REVIEW_MESSAGES.policies, { count: rows.length })} (${parts.join(say(lang, MESSAGES.comma))})`;
}

export function cells(row: ReviewRow, lang: Lang): string[] {
  return [row.file, row.id, row.version, row.owner, row.last ?? say(lang, REVIEW_MESSAGES.never), row.next, say(lang, REVIEW_MESSAGES[`status.${row.status}`])];
}

/** The column headings of a review table. */
export function headings(lang: Lang): string[] {
  return REVIEW_COLUMNS.map((id) => say(lang, REVIEW_MESSAGES[id]));
}
