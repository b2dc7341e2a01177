import { clockScaleOf, targetSeconds, workingCalendarOf } from '../core/business-time/index.js';
import { CALENDAR_CLOCK, parseDuration, type ClockScale } from '../core/duration.js';
import type { Clock } from '../core/policy.js';
import type { PolicyIndex } from '../core/policy-index.js';
import type { WorkingCalendar } from '../core/business-time/index.js';

interface Timed { clock?: unknown; calendar?: unknown }

/**
 * The clock a standard or level runs on, from the business-time engine; `known: false` when it
 * is on working time but its calendar is missing or broken, so the length of its day is unknown.
 */
function clockOf(item: Timed, index: PolicyIndex): { clock: Clock; calendar?: WorkingCalendar; scale?: ClockScale } {
  const clock = (item.clock ?? 'calendar') as Clock;
  if (clock === 'calendar') return { clock, scale: CALENDAR_CLOCK };
  const written = typeof item.calendar === 'string' ? index.calendars.get(item.calendar)?.item : undefined;
  // Only the week's shape is needed; a zone that does not exist is a rule's finding.
  const calendar = written && workingCalendarOf(written, { checkTimeZone: false });
  const scale = calendar && clockScaleOf(clock, calendar);
  // The engine falls back to calendar time for a calendar with no working day: no measure either.
  return calendar && scale !== CALENDAR_CLOCK ? { clock, calendar, scale } : { clock };
}

/** The value of a duration written in one unit, such as `5d`, with that unit. */
function singleUnit(text: string): { value: number; unit: string } | undefined {
  const parts = parseDuration(text)?.parts;
  return parts?.length === 1 ? parts[0] : undefined;
}

const sameScale = (a: ClockScale | undefined, b: ClockScale | undefined) => a !== undefined && b !== undefined && a.dayHours === b.dayHours && a.weekDays === b.weekDays;

/**
 * -1 when `after` is shorter than `before` on their clock, 1 when longer, 0 when the same, and
 * undefined when they cannot be compared: another clock or calendar, a calendar whose working day
 * changed (its "1d" is another length), or an unknown working day with different units (5d against
 * 3d compare on any clock; 1d against 8h need the day's length).
 */
export function compareOnClock(before: string, after: string, beforeItem: Timed, afterItem: Timed, indexes: { before: PolicyIndex; after: PolicyIndex }): -1 | 0 | 1 | undefined {
  if (beforeItem.clock !== afterItem.clock || beforeItem.calendar !== afterItem.calendar) return undefined;
  const [old, now] = [clockOf(beforeItem, indexes.before), clockOf(afterItem, indexes.after)];
  let a: number | undefined;
  let b: number | undefined;
  if (sameScale(old.scale, now.scale)) {
    a = targetSeconds(before, old.clock, old.calendar);
    b = targetSeconds(after, now.clock, now.calendar);
  } else {
    const [x, y] = [singleUnit(before), singleUnit(after)];
    if (x && y && x.unit === y.unit) [a, b] = [x.value, y.value];
  }
  if (a === undefined || b === undefined) return undefined;
  return a === b ? 0 : b < a ? -1 : 1;
}
