import { clockScale } from '../core/clock.js';
import { durationSeconds, type ClockScale } from '../core/duration.js';
import type { Standard } from '../core/policy.js';
import type { PolicyIndex } from '../core/policy-index.js';

/**
 * A duration in seconds on the clock of the standard or level that states it, with that clock's
 * scale. The one place the diff measures time, so that it follows the business-time engine.
 */
export function onItsClock(duration: string, item: { clock?: unknown; calendar?: unknown }, index: PolicyIndex): { seconds: number; scale: ClockScale } | undefined {
  // clockScale reads only the clock and the calendar; an escalation level has both, like a standard.
  const scale = clockScale({ clock: item.clock ?? 'calendar', calendar: item.calendar } as Standard, index);
  const seconds = durationSeconds(duration, scale);
  return seconds === undefined ? undefined : { seconds, scale };
}
