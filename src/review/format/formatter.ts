import { plural, type Lang } from '../../i18n/index.js';
import { REVIEW_LABELS } from '../messages.js';
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
  const labels = REVIEW_LABELS[lang];
  const statuses: ReviewStatus[] = ['overdue', 'due', 'ok'];
  const parts = statuses.map((status) => [status, rows.filter((row) => row.status === status).length] as const).filter(([, n]) => n > 0).map(([status, n]) => plural(lang, n, labels.counts[status]));
  return `${plural(lang, rows.length, labels.policies)} (${parts.join(labels.comma)})`;
}

export function cells(row: ReviewRow, lang: Lang): string[] {
  const labels = REVIEW_LABELS[lang];
  return [row.file, row.id, row.version, row.owner, row.last ?? labels.never, row.next, labels.status[row.status]];
}
