import { didYouMean } from '../suggest.js';
import { TIME_ZONES } from '../../generated/time-zones.js';
import { offsetReaderFor, type OffsetReader } from './zone-offsets.js';

export const DAY_MS = 86_400_000;

/** UTC offsets of one UTC day: `before` until the instant `change` (NaN when none), `after` from it. */
interface UtcDayOffsets { before: number; change: number; after: number }

/**
 * Local wall time of one IANA zone. Offsets are read (zone-offsets.ts) only for each UTC day's
 * start, and for a change of offset inside the day, found by bisection; every other instant of
 * the day reuses the answer. Days are read a block at a time, as the reader asks. Assumes at most
 * one change of offset per UTC day, true of every zone since the 1900s.
 */
export class ZoneClock {
  /** Chosen on the first reading: validate makes calendars whose clocks it never reads. */
  private reader: OffsetReader | undefined;
  private readonly days = new Map<number, UtcDayOffsets>();

  constructor(readonly timeZone: string) {}

  /** Milliseconds to add to an instant to get its wall time read as UTC. */
  offsetAt(instant: number): number {
    const day = Math.floor(instant / DAY_MS);
    let offsets = this.days.get(day);
    if (offsets === undefined) {
      this.measureBlock(day);
      offsets = this.days.get(day)!;
    }
    return instant < offsets.change ? offsets.before : offsets.after;
  }

  /**
   * The instant a wall time (ms since 1970-01-01T00:00 local) names. A wall time that occurs
   * twice (clocks going back) is its first occurrence; one that a change skips moves forward by
   * the length of the gap, as Temporal's "compatible" disambiguation does.
   */
  wallToInstant(wall: number): number {
    const { early, late, earlyFits, lateFits } = this.readings(wall);
    if (earlyFits && lateFits) return Math.min(early, late);
    return lateFits ? late : early;
  }

  /** The first instant whose local date is `day` or later. */
  dayStart(day: number): number {
    const { early, late, earlyFits, lateFits } = this.readings(day * DAY_MS);
    if (earlyFits && lateFits) return Math.min(early, late);
    if (earlyFits) return early;
    if (lateFits) return late;
    // Midnight is skipped: the day starts when the clocks jump past it.
    return this.changeBetween(late, early);
  }

  /**
   * The two instants a wall time can name: read with the offset of the day before (early) and of
   * the day after (late), and whether each reads back as that wall time. With no change of offset
   * near it, both are the one instant.
   */
  private readings(wall: number): { early: number; late: number; earlyFits: boolean; lateFits: boolean } {
    const before = this.offsetAt(wall - DAY_MS);
    const after = this.offsetAt(wall + DAY_MS);
    const early = wall - before;
    if (before === after) return { early, late: early, earlyFits: true, lateFits: true };
    const late = wall - after;
    return { early, late, earlyFits: this.offsetAt(early) === before, lateFits: this.offsetAt(late) === after };
  }

  /** The instant of the change of offset in (low, high], to the millisecond. */
  private changeBetween(low: number, high: number): number {
    const target = this.offsetAt(high);
    while (high - low > 1) {
      const mid = Math.floor((low + high) / 2);
      if (this.offsetAt(mid) === target) high = mid;
      else low = mid;
    }
    return high;
  }

  /** Reads the offsets of the block of days that holds `day`, in one session of the reader. */
  private measureBlock(day: number): void {
    const reader = (this.reader ??= offsetReaderFor(this.timeZone));
    const size = reader.blockDays;
    const first = Math.floor(day / size) * size;
    reader.session((offsetAt) => {
      // Dates before year 100 never reach here: the engine works from 1900 to 2199.
      let before = offsetAt(first * DAY_MS);
      for (let next = first + 1; next <= first + size; next++) {
        // A day's end is the next day's start: one reading serves both.
        const after = offsetAt(next * DAY_MS);
        this.days.set(next - 1, dayOffsets(next - 1, before, after, offsetAt));
        before = after;
      }
    });
  }
}

function dayOffsets(day: number, before: number, after: number, offsetAt: (instant: number) => number): UtcDayOffsets {
  if (before === after) return { before, change: Number.NaN, after };
  // Offsets change on whole seconds; bisect seconds, then the change is that second's start.
  let low = (day * DAY_MS) / 1000;
  let high = ((day + 1) * DAY_MS) / 1000;
  while (high - low > 1) {
    const mid = Math.floor((low + high) / 2);
    if (offsetAt(mid * 1000) === before) low = mid;
    else high = mid;
  }
  return { before, change: high * 1000, after };
}

const clocks = new Map<string, ZoneClock>();

/** The run's one clock of a zone, so that what audit's months and the instants its report prints read of a zone is read once. */
export function zoneClock(timeZone: string): ZoneClock {
  let clock = clocks.get(timeZone);
  if (clock === undefined) clocks.set(timeZone, (clock = new ZoneClock(timeZone)));
  return clock;
}

let zoneNames: Set<string> | undefined;

/**
 * Whether this runtime knows an IANA time zone: its canonical names, and the aliases
 * `Intl.DateTimeFormat` accepts (UTC, Etc/GMT+3, Asia/Calcutta). Offsets such as "+03:00" are not
 * zones. Gives a close name when there is one. The names come from the build (src/generated),
 * since even Intl's list costs a start-up 2 ms; a DateTimeFormat (the first costs 40-100 ms) is
 * made only for a name not in it.
 */
export function timeZoneProblem(name: string): { suggestion?: string } | undefined {
  zoneNames ??= new Set(TIME_ZONES);
  if (typeof name !== 'string') return {};
  if (zoneNames.has(name)) return undefined;
  if (/^[A-Za-z]/.test(name)) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: name });
      return undefined;
    } catch {
      // Not a zone: fall through to the suggestion.
    }
  }
  const suggestion = didYouMean(name, zoneNames);
  return suggestion ? { suggestion } : {};
}

/** Whether this runtime knows an IANA time zone, as validate judges it (see timeZoneProblem). */
export const isTimeZone = (name: string): boolean => timeZoneProblem(name) === undefined;
