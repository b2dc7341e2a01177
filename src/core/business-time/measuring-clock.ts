import { deadline, elapsedSeconds, targetSeconds, workingCalendarOf, type WorkingCalendar } from './index.js';
import type { Calendar, Clock } from '../policy.js';

/**
 * The one place audit meets time arithmetic, all of it done by the project's business-time
 * engine (src/core/business-time/); this only binds a clock to its calendar.
 */
export interface MeasuringClock {
  /** Seconds on this clock between two instants (0 when end is not after start; NaN out of the engine's range). */
  elapsed(startMs: number, endMs: number): number;
  /** The first instant at which `seconds` on this clock have passed since `startMs` (Infinity: never). */
  deadline(startMs: number, seconds: number): number;
  /** Seconds a duration written in the policy is on this clock; undefined when it does not parse. */
  target(text: string): number | undefined;
}

function bind(clock: Clock, cal: WorkingCalendar | undefined): MeasuringClock {
  return {
    elapsed: (start, end) => elapsedSeconds(cal, clock, start, end),
    deadline: (start, seconds) => deadline(cal, clock, start, seconds),
    target: (text) => targetSeconds(text, clock, cal),
  };
}

export const WALL_CLOCK: MeasuringClock = bind('calendar', undefined);

/** A clock for a standard or escalation level; undefined when its calendar does not compile (validate names why). */
export function measuringClock(clock: Clock, calendar: Calendar | undefined): MeasuringClock | undefined {
  if (clock === 'calendar') return WALL_CLOCK;
  if (!calendar) return undefined;
  const cal = workingCalendarOf(calendar);
  return cal ? bind(clock, cal) : undefined;
}
