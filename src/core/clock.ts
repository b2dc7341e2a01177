import { CALENDAR_CLOCK, type ClockScale } from './duration.js';
import type { Standard } from './policy.js';
import type { PolicyIndex } from './policy-index.js';

/** The working day and week of a business calendar, so that "1d" and "8h" compare correctly. */
export function clockScale(standard: Standard, index: PolicyIndex): ClockScale {
  if (standard.clock !== 'business' || !standard.calendar) return CALENDAR_CLOCK;
  const calendar = index.calendars.get(standard.calendar)?.item;
  const match = calendar && typeof calendar.hours === 'string' ? /^(\d\d):(\d\d)-(\d\d):(\d\d)$/.exec(calendar.hours) : null;
  if (!calendar || !match) return CALENDAR_CLOCK;
  const [, h1, m1, h2, m2] = match.map(Number) as [number, number, number, number, number];
  const dayHours = (h2 * 60 + m2 - (h1 * 60 + m1)) / 60;
  return dayHours > 0 ? { dayHours, weekDays: calendar.days?.length ?? 5 } : CALENDAR_CLOCK;
}
