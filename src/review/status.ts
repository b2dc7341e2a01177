import { addDays } from '../core/dates.js';
import { textIn, type Policy } from '../core/policy.js';

export type ReviewStatus = 'ok' | 'due' | 'overdue';

export interface ReviewRow {
  file: string;
  id: string;
  version: string;
  owner: string;
  last?: string;
  next: string;
  status: ReviewStatus;
}

/** Overdue once the next review day has passed (as validate's review-overdue says); due within `withinDays` of it. */
export function reviewStatus(next: string, today: string, withinDays: number): ReviewStatus {
  if (next < today) return 'overdue';
  return next <= addDays(today, withinDays) ? 'due' : 'ok';
}

/** The owner is named in `lang` when the policy gives that language, else in the first it gives. */
export function reviewRow(file: string, policy: Policy, today: string, withinDays: number, lang: string): ReviewRow {
  return {
    file,
    id: policy.id,
    version: String(policy.version),
    owner: textIn(policy.owner.name, lang),
    ...(policy.review.last ? { last: policy.review.last } : {}),
    next: policy.review.next,
    status: reviewStatus(policy.review.next, today, withinDays),
  };
}
