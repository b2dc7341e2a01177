import { addDays } from './dates.js';
import { calendarDays } from './duration.js';
import type { Policy } from './policy.js';

/*
 * The order a policy's dates must keep, one function per check. validate's rules (rules/
 * pilot-before-rollout.ts, rollout-dates.ts, review-dates.ts) report with them, and `init` checks
 * each answer with the same function at the question that gives the date, so the wizard and
 * validate cannot disagree. Dates are ISO days (YYYY-MM-DD): they compare as text.
 */

/** The day the pilot ends: its start plus its duration in calendar days; undefined for a duration with no length in days. */
export function pilotEnd(pilot: Pick<NonNullable<Policy['pilot']>, 'start' | 'duration'>): string | undefined {
  const days = calendarDays(pilot.duration);
  return days === undefined ? undefined : addDays(pilot.start, days);
}

/** The pilot's end when it runs past the rollout's start, so that what it teaches could not change the policy. */
export function pilotOverlapsRollout(pilot: Pick<NonNullable<Policy['pilot']>, 'start' | 'duration'> | undefined, rolloutStart: string): string | undefined {
  const end = pilot && pilotEnd(pilot);
  return end !== undefined && end > rolloutStart ? end : undefined;
}

/** Staff are asked to acknowledge the policy before it is rolled out to them. */
export const acknowledgementBeforeRollout = (by: string, rolloutStart: string): boolean => by < rolloutStart;

/** The policy takes effect after the review that should already have looked at it. */
export const effectiveAfterNextReview = (effective: string, next: string): boolean => effective > next;
