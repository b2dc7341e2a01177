import { parseDuration, toSeconds } from './duration.js';

/** Dates in policies are plain ISO dates (YYYY-MM-DD); arithmetic is done in UTC days. */
export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** A real day written YYYY-MM-DD: 2026-02-30 has the shape but is no day. */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/**
 * The day a duration after a date ends on, months and years counted on the calendar (2026-06-15
 * plus 6mo is 2026-12-15); shorter units are rounded up to whole days. Undefined if unreadable.
 */
export function addDuration(isoDate: string, durationText: string): string | undefined {
  const duration = parseDuration(durationText);
  if (!duration) return undefined;
  const date = new Date(`${isoDate}T00:00:00Z`);
  let seconds = 0;
  for (const part of duration.parts) {
    if (part.unit === 'y' || part.unit === 'mo') {
      const months = part.value * (part.unit === 'y' ? 12 : 1);
      const whole = Math.floor(months);
      const day = date.getUTCDate();
      date.setUTCDate(1);
      date.setUTCMonth(date.getUTCMonth() + whole);
      // The 31st plus a month is the last day of a shorter month, not a day of the month after.
      const lastDay = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
      date.setUTCDate(Math.min(day, lastDay));
      seconds += (months - whole) * 30 * 86400;
    } else seconds += toSeconds({ parts: [part] });
  }
  date.setUTCDate(date.getUTCDate() + Math.ceil(seconds / 86400));
  return date.toISOString().slice(0, 10);
}
