/**
 * Durations as policies write them: short forms (90s, 15m, 4h, 5d, 2w, 6mo, 1y) or ISO 8601
 * (PT4H, P5D, P6M). `m` is minutes and `mo` months, as in most SLA tools.
 */
export type DurationUnit = 's' | 'm' | 'h' | 'd' | 'w' | 'mo' | 'y';

export interface Duration {
  /** The duration split into parts, largest unit first, as written. */
  parts: { value: number; unit: DurationUnit }[];
}

const SHORT = /^(\d+(?:\.\d+)?)(s|mo|m|h|d|w|y)$/;
const ISO = /^P(?=\d|T\d)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?=\d)(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;
const ISO_UNITS: DurationUnit[] = ['y', 'mo', 'w', 'd', 'h', 'm', 's'];

export function parseDuration(text: string): Duration | undefined {
  const short = SHORT.exec(text);
  if (short) return { parts: [{ value: Number(short[1]), unit: short[2] as DurationUnit }] };
  const iso = ISO.exec(text);
  if (!iso) return undefined;
  const parts: Duration['parts'] = [];
  ISO_UNITS.forEach((unit, i) => {
    const value = iso[i + 1];
    if (value !== undefined) parts.push({ value: Number(value), unit });
  });
  return { parts };
}

/** How long a day and a week are on the clock a duration runs on. */
export interface ClockScale {
  dayHours: number;
  weekDays: number;
}

/** Calendar time: a day is 24 hours, a week 7 days. */
export const CALENDAR_CLOCK: ClockScale = { dayHours: 24, weekDays: 7 };

/**
 * Seconds on a clock. On business hours a day is the calendar's working day and a week its working
 * days, so "1d" and "8h" compare as a working day does; months and years are 30 and 365 days.
 */
export function toSeconds(duration: Duration, clock: ClockScale = CALENDAR_CLOCK): number {
  const day = clock.dayHours * 3600;
  const unitSeconds: Record<DurationUnit, number> = {
    s: 1, m: 60, h: 3600, d: day, w: day * clock.weekDays, mo: day * 30, y: day * 365,
  };
  return duration.parts.reduce((sum, part) => sum + part.value * unitSeconds[part.unit], 0);
}

export function durationSeconds(text: string | undefined, clock?: ClockScale): number | undefined {
  if (text === undefined) return undefined;
  const parsed = parseDuration(text);
  return parsed ? toSeconds(parsed, clock) : undefined;
}

/** Whole calendar days a duration spans, rounded up; used for date arithmetic. */
export function calendarDays(text: string): number | undefined {
  const seconds = durationSeconds(text);
  return seconds === undefined ? undefined : Math.ceil(seconds / 86400);
}
