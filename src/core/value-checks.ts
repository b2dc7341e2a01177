import { durationSeconds } from './duration.js';

/*
 * Values that cannot be meant, one function per check: validate's rules (rules/impossible-value.ts,
 * escalation-order.ts) report with them, and `init` checks each answer with the same function at
 * its question, so that the wizard never ends on a finding it could have said when it was typed.
 */

/** Some time must pass: a target, delay, deadline, pilot or training of zero ("0m") is no such thing. */
export const isZeroDuration = (text: string | undefined): text is string => text !== undefined && durationSeconds(text) === 0;

/** A standard met in 0% of cases (or less) is not a standard. */
export const isZeroAttainment = (attainment: string): boolean => Number.parseFloat(attainment) <= 0;

/** A KPI counted in percent. */
export const isPercentKpi = (kpi: { unit: string } | undefined): boolean => kpi?.unit.trim() === '%';

/** A percentage outside 0–100, for a KPI counted in percent. */
export const percentOutOfRange = (kpi: { unit: string } | undefined, value: number): boolean => isPercentKpi(kpi) && (value < 0 || value > 100);

/** Whether an escalation level reached after `after` comes strictly later than one reached after `before`; undefined when either is no duration. */
export function reachedLater(after: string, before: string): boolean | undefined {
  const [later, earlier] = [durationSeconds(after), durationSeconds(before)];
  return later === undefined || earlier === undefined ? undefined : later > earlier;
}
