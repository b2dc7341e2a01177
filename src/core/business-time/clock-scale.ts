import { clockScaleOf, workingCalendarOf } from './index.js';
import type { ClockScale } from '../duration.js';
import type { Standard } from '../policy.js';
import type { PolicyIndex } from '../policy-index.js';

/**
 * The working day and week of a standard's clock, so that "1d" and "8h" compare correctly.
 * Calendar time when the standard's calendar is missing or broken (other rules report those).
 */
export function clockScale(standard: Standard, index: PolicyIndex): ClockScale {
  const calendar = standard.calendar === undefined ? undefined : index.calendars.get(standard.calendar)?.item;
  // The zone is not checked (a rule does that): asking Intl would cost `validate` most of its start-up.
  return clockScaleOf(standard.clock, calendar && workingCalendarOf(calendar, { checkTimeZone: false }));
}
