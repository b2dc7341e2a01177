import { clockScale } from '../core/clock.js';
import { CALENDAR_CLOCK, durationSeconds, parseDuration, type ClockScale } from '../core/duration.js';
import type { Standard } from '../core/policy.js';
import type { PolicyIndex } from '../core/policy-index.js';

interface Timed { clock?: unknown; calendar?: unknown }

/**
 * The scale of the clock a standard or level runs on, or undefined when it is on working time but
 * the calendar's working day is not known (per-weekday hours, until the business-time engine says).
 * The one place the diff measures time.
 */
function scaleOf(item: Timed, index: PolicyIndex): ClockScale | undefined {
  // clockScale reads only the clock and the calendar; an escalation level has both, like a standard.
  const scale = clockScale({ clock: item.clock ?? 'calendar', calendar: item.calendar } as Standard, index);
  const onCalendar = item.clock === undefined || item.clock === 'calendar';
  return !onCalendar && scale === CALENDAR_CLOCK ? undefined : scale;
}

/** The value of a duration written in one unit, such as `5d`, with that unit. */
function singleUnit(text: string): { value: number; unit: string } | undefined {
  const parts = parseDuration(text)?.parts;
  return parts?.length === 1 ? parts[0] : undefined;
}

/**
 * -1 when `after` is shorter than `before` on their clock, 1 when longer, 0 when the same, and
 * undefined when they cannot be compared: another clock or calendar, or an unknown working day
 * with different units (5d against 3d compare on any clock; 1d against 8h need the day's length).
 */
export function compareOnClock(before: string, after: string, beforeItem: Timed, afterItem: Timed, indexes: { before: PolicyIndex; after: PolicyIndex }): -1 | 0 | 1 | undefined {
  if (beforeItem.clock !== afterItem.clock || beforeItem.calendar !== afterItem.calendar) return undefined;
  const scales = [scaleOf(beforeItem, indexes.before), scaleOf(afterItem, indexes.after)] as const;
  let a: number | undefined;
  let b: number | undefined;
  if (scales[0] && scales[1] && scales[0].dayHours === scales[1].dayHours && scales[0].weekDays === scales[1].weekDays) {
    a = durationSeconds(before, scales[0]);
    b = durationSeconds(after, scales[1]);
  } else {
    const [x, y] = [singleUnit(before), singleUnit(after)];
    if (x && y && x.unit === y.unit) [a, b] = [x.value, y.value];
  }
  if (a === undefined || b === undefined) return undefined;
  return a === b ? 0 : b < a ? -1 : 1;
}
