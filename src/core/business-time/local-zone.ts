import { utcDay } from '../dates.js';
import { DAY_MS, ZoneClock } from './zone.js';

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
  /** The instant a local wall time (as UTC fields) stands for; in the repeated hour the earlier instant, in a skipped hour the reading with the offset before the change (as Temporal's "compatible"). */
  fromWall(wallMs: number): number;
}

const zones = new Map<string, Zone>();

export function zoneFor(timeZone: string): Zone {
  let zone = zones.get(timeZone);
  if (!zone) zones.set(timeZone, (zone = makeZone(timeZone)));
  return zone;
}

function makeZone(timeZone: string): Zone {
  const clock = new ZoneClock(timeZone);
  const monthAt = (ms: number) => utcDay(new Date(ms + clock.offsetAt(ms))).slice(0, 7);
  // Per UTC day: the month before and after the local month boundary that day holds, if any.
  // An array indexed by day, since a month label is asked for every record judged. The split is
  // found to the millisecond: offsets change on whole seconds, but a record may be opened 1 ms after.
  const days: ({ split: number; before: string; after: string } | undefined)[] = [];
  const dayEntry = (day: number) => {
    const start = day * DAY_MS;
    const before = monthAt(start);
    const after = monthAt(start + DAY_MS - 1);
    let split = Infinity;
    if (before !== after) {
      let low = start;
      let high = start + DAY_MS - 1;
      while (high - low > 1) {
        const mid = low + Math.floor((high - low) / 2);
        if (monthAt(mid) === before) low = mid;
        else high = mid;
      }
      split = high;
    }
    return { split, before, after };
  };
  return {
    offsetMinutes: (ms) => clock.offsetAt(ms) / 60000,
    month(ms) {
      const day = Math.floor(ms / DAY_MS);
      const index = day - FIRST_DAY;
      let entry = index >= 0 && index < DAY_SLOTS ? days[index] : undefined;
      if (!entry) {
        entry = dayEntry(day);
        if (index >= 0 && index < DAY_SLOTS) days[index] = entry;
      }
      return ms < entry.split ? entry.before : entry.after;
    },
    fromWall: (wallMs) => clock.wallToInstant(wallMs),
  };
}
