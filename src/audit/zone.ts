/**
 * Labels and conversions that need a time zone's offset, not working hours: the month a record
 * was opened in (in the calendar's zone), and the instant a zoneless export time (Freshdesk's)
 * stands for. Offsets come from Intl and are cached per quarter hour, the step every zone's
 * offset changes on, so a million lookups cost a few thousand Intl calls (NOTES.md: a cache of
 * offsets is 20-50 times faster than asking Intl each time).
 */
const QUARTER = 15 * 60 * 1000;
const DAY = 86_400_000;
/** Days cached from 1990 on, for a century: a month label is a lookup in an array. */
const FIRST_DAY = Date.UTC(1990, 0, 1) / DAY;
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

export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

function makeZone(timeZone: string): Zone {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric',
  });
  const offsets = new Map<number, number>();
  const offsetMinutes = (ms: number): number => {
    const bucket = Math.floor(ms / QUARTER);
    let offset = offsets.get(bucket);
    if (offset === undefined) {
      const at = bucket * QUARTER;
      const parts: Record<string, number> = {};
      for (const part of format.formatToParts(at)) if (part.type !== 'literal') parts[part.type] = Number(part.value);
      const wall = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!);
      offset = Math.round((wall - at) / 60000);
      offsets.set(bucket, offset);
    }
    return offset;
  };
  const monthAt = (ms: number) => new Date(ms + offsetMinutes(ms) * 60000).toISOString().slice(0, 7);
  // Per UTC day: the month before and after the local month boundary that day holds, if any.
  // An array indexed by day, since a month label is asked for every record judged.
  const days: ({ split: number; before: string; after: string } | undefined)[] = [];
  const dayEntry = (day: number) => {
    const start = day * DAY;
    const before = monthAt(start);
    const after = monthAt(start + DAY - 1);
    let split = Infinity;
    if (before !== after) {
      let low = start;
      let high = start + DAY - 1;
      while (high - low > 1000) {
        const mid = low + Math.floor((high - low) / 2);
        if (monthAt(mid) === before) low = mid;
        else high = mid;
      }
      split = high;
    }
    return { split, before, after };
  };
  return {
    offsetMinutes,
    month(ms) {
      const day = Math.floor(ms / DAY);
      const index = day - FIRST_DAY;
      let entry = index >= 0 && index < DAY_SLOTS ? days[index] : undefined;
      if (!entry) {
        entry = dayEntry(day);
        if (index >= 0 && index < DAY_SLOTS) days[index] = entry;
      }
      return ms < entry.split ? entry.before : entry.after;
    },
    fromWall(wallMs) {
      const first = wallMs - offsetMinutes(wallMs) * 60000;
      const second = wallMs - offsetMinutes(first) * 60000;
      const fits = [first, second].filter((at) => at + offsetMinutes(at) * 60000 === wallMs);
      // A wall time the clocks skipped (spring forward) fits no offset: read it with the one before.
      return fits.length > 0 ? Math.min(...fits) : Math.max(first, second);
    },
  };
}
