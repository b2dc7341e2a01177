import { durationSeconds } from '../core/duration.js';
import type { Calendar, Clock } from '../core/policy.js';

/**
 * The one place audit meets time arithmetic. Wall time is a subtraction; business and
 * working-days time come from the project's business-time engine (src/core/business-time.ts),
 * never from here.
 */
export interface MeasuringClock {
  /** Seconds on this clock between two instants (0 when end is not after start). */
  elapsed(startMs: number, endMs: number): number;
  /** The instant at which `seconds` on this clock have passed since `startMs`. */
  deadline(startMs: number, seconds: number): number;
  /** Seconds a duration written in the policy is on this clock; undefined when it does not parse. */
  target(text: string): number | undefined;
}

export const WALL_CLOCK: MeasuringClock = {
  elapsed: (start, end) => (end > start ? (end - start) / 1000 : 0),
  deadline: (start, seconds) => start + seconds * 1000,
  target: (text) => durationSeconds(text),
};

/** A clock for a standard or escalation level; undefined when its calendar clock cannot be measured. */
export function measuringClock(clock: Clock, calendar: Calendar | undefined): MeasuringClock | undefined {
  if (clock === 'calendar') return WALL_CLOCK;
  if (!calendar) return undefined;
  return businessClock(clock, calendar);
}

// Replaced by the engine when it lands on main; until then business clocks are reported as not measured.
function businessClock(_clock: Clock, _calendar: Calendar): MeasuringClock | undefined {
  return undefined;
}
