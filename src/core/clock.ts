import { compileCalendar, clockScaleOf, type WorkingCalendar } from './business-time.js';
import type { ClockScale } from './duration.js';
import type { Calendar, Standard } from './policy.js';
import type { PolicyIndex } from './policy-index.js';

const compiled = new WeakMap<Calendar, WorkingCalendar | undefined>();

/**
 * A calendar's week, compiled once per calendar object; undefined when it has problems. The time
 * zone is not checked (a rule does that): asking Intl would cost `validate` most of its start-up.
 */
export function workingCalendarOf(calendar: Calendar): WorkingCalendar | undefined {
  if (!compiled.has(calendar)) {
    const result = compileCalendar(calendar, { checkTimeZone: false });
    compiled.set(calendar, result.ok ? result.calendar : undefined);
  }
  return compiled.get(calendar);
}

/**
 * The working day and week of a standard's clock, so that "1d" and "8h" compare correctly.
 * Calendar time when the standard's calendar is missing or broken (other rules report those).
 */
export function clockScale(standard: Standard, index: PolicyIndex): ClockScale {
  const calendar = standard.calendar === undefined ? undefined : index.calendars.get(standard.calendar)?.item;
  return clockScaleOf(standard.clock, calendar && workingCalendarOf(calendar));
}
