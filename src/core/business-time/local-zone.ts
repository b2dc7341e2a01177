import { utcDay } from '../dates.js';
import { DAY_MS, zoneClock } from './zone.js';

/**
 * What audit needs of a time zone besides working hours: the month a record was opened in (in
 * the calendar's zone), and the instant a zoneless export time (Freshdesk's) stands for. Offsets
 * come from the business-time engine's ZoneClock, which asks Intl once per UTC day.
 */

/** Days cached from 1990 on, for a century: a month label is a lookup in an array. */
const FIRST_DAY = Date.UTC(1990, 0, 1) / DAY_MS;
const DAY_SLOTS = 36525;

export interface Zone {
  /** Minutes to add to UTC to get the local time, at an instant. */
  offsetMinutes(ms: number): number;
  /** `YYYY-MM` of an instant in this zone. */
  month(ms: number): string;
  /** The local months a UTC day holds (`day` counted from 1970-01-01), and where the second begins. */
  monthsOfDay(day: number): MonthsOfDay;
  /** The instant a local wall time (as UTC fields) stands for; in the repeated hour the earlier instant, in a skipped hour the reading with the offset before the change (as Temporal's "compatible"). */
  fromWall(wallMs: number): number;
}

/**
 * A UTC day's local months: `before` at its start and `after` at its end, which differ on the day
 * a local month begins; `split` is then where, in ms after UTC midnight (DAY_MS when they do not).
 * The audit in JavaScript and the calendar table its SQL reads (audit/sql/calendar-table.ts) both
 * take months from here, so that the two audits cannot disagree on a record's month.
 */
export interface MonthsOfDay { split: number; before: string; after: string }

const zones = new Map<string, Zone>();

export function zoneFor(timeZone: string): Zone {
  let zone = zones.get(timeZone);
  if (!zone) zones.set(timeZone, (zone = makeZone(timeZone)));
  return zone;
}

function makeZone(timeZone: string): Zone {
  const clock = zoneClock(timeZone);
  const monthAt = (ms: number) => utcDay(new Date(ms + clock.offsetAt(ms))).slice(0, 7);
  const monthsOfDay = (day: number): MonthsOfDay => {
    const start = day * DAY_MS;
    const before = monthAt(start);
    const after = monthAt(start + DAY_MS - 1);
    if (before === after) return { split: DAY_MS, before, after };
    // The new month begins at the local midnight that starts its 1st (or, where the clocks skip
    // that midnight, when they jump past it), found to the millisecond: offsets change on whole
    // seconds, but a record may be opened 1 ms after.
    const [year, month] = after.split('-').map(Number) as [number, number];
    return { split: clock.dayStart(Date.UTC(year, month - 1, 1) / DAY_MS) - start, before, after };
  };
  // An array indexed by day, since a month label is asked for every record judged.
  const days: (MonthsOfDay | undefined)[] = [];
  return {
    offsetMinutes: (ms) => clock.offsetAt(ms) / 60000,
    month(ms) {
      const day = Math.floor(ms / DAY_MS);
      const index = day - FIRST_DAY;
      let entry = index >= 0 && index < DAY_SLOTS ? days[index] : undefined;
      if (!entry) {
        entry = monthsOfDay(day);
        if (index >= 0 && index < DAY_SLOTS) days[index] = entry;
      }
      return ms - day * DAY_MS < entry.split ? entry.before : entry.after;
    },
    monthsOfDay,
    fromWall: (wallMs) => clock.wallToInstant(wallMs),
  };
}
