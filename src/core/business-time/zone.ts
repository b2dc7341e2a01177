import { didYouMean } from '../suggest.js';
import { TIME_ZONES } from '../../generated/time-zones.js';

export const DAY_MS = 86_400_000;

/** UTC offsets of one UTC day: `before` until the instant `change` (NaN when none), `after` from it. */
interface UtcDayOffsets { before: number; change: number; after: number }

/**
 * Local wall time of one IANA zone. `Intl.DateTimeFormat.formatToParts` costs microseconds a
 * call, so it is asked only for each UTC day's start (and a change of offset inside it, found by
 * bisection); every other instant of the day reuses the answer. Assumes at most one change of
 * offset per UTC day, true of every zone since the 1900s.
 */
export class ZoneClock {
  private formatter: Intl.DateTimeFormat | undefined;
  private readonly days = new Map<number, UtcDayOffsets>();
  private readonly points = new Map<number, number>();

  constructor(readonly timeZone: string) {}

  /** Milliseconds to add to an instant to get its wall time read as UTC. */
  offsetAt(instant: number): number {
    const day = Math.floor(instant / DAY_MS);
    let offsets = this.days.get(day);
    if (offsets === undefined) {
      offsets = this.measureDay(day);
      this.days.set(day, offsets);
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

  private measureDay(day: number): UtcDayOffsets {
    const start = day * DAY_MS;
    const before = this.measure(start);
    const after = this.measure(start + DAY_MS);
    if (before === after) return { before, change: Number.NaN, after };
    // Offsets change on whole seconds; bisect seconds, then the change is that second's start.
    let low = start / 1000;
    let high = (start + DAY_MS) / 1000;
    while (high - low > 1) {
      const mid = Math.floor((low + high) / 2);
      if (this.measure(mid * 1000) === before) low = mid;
      else high = mid;
    }
    return { before, change: high * 1000, after };
  }

  private measure(instant: number): number {
    const known = this.points.get(instant);
    if (known !== undefined) return known;
    // Dates before year 100 never reach here: the engine works from 1900 to 2199.
    this.formatter ??= new Intl.DateTimeFormat('en-US', {
      timeZone: this.timeZone, hourCycle: 'h23',
      year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
    });
    const parts: Record<string, string> = {};
    for (const part of this.formatter.formatToParts(instant)) parts[part.type] = part.value;
    const wall = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
    const offset = wall - Math.floor(instant / 1000) * 1000;
    this.points.set(instant, offset);
    return offset;
  }
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
