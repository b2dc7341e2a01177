import { TIME_ZONES, TIME_ZONES_FROM } from '../../generated/time-zones.js';

/**
 * Where a ZoneClock reads a zone's offset: the zone's wall time at an instant, read as UTC, minus
 * the instant, to the second. Two readers that give the same offsets, both from this Node's ICU
 * (test/core/zone-offsets.test.ts compares them on every zone, around every change of offset):
 *
 * - The engine's own local time, with the process's TZ set to the zone for one `session`. V8 takes
 *   local time from ICU's zone data, and Node tells it when TZ changes. A reading costs 0.3 µs, a
 *   switch of zone 20 µs, the first 0.5 ms.
 * - Intl.DateTimeFormat.formatToParts: 3.3 µs a reading, but the first DateTimeFormat of a run
 *   costs 24-36 ms here (ICU lists its locales): a fifth of `audit` of one record, which made one
 *   for UTC and one for Asia/Riyadh and wrote nothing else with Intl.
 *
 * The process's zone is used only where it is sure to give the zone asked for; Intl otherwise.
 */
export interface OffsetReader {
  /** Days a ZoneClock measures in one session: a switch of the process's zone costs 60 readings. */
  readonly blockDays: number;
  /** Runs `work` with `offsetAt` reading this zone. */
  session<T>(work: (offsetAt: (instant: number) => number) => T): T;
}

/** The names ICU gives UTC (tzdata's Etc/UTC and Etc/GMT and their links): offset 0 at every instant. */
const UTC_NAMES = new Set(['UTC', 'Etc/UTC', 'Etc/UCT', 'UCT', 'Etc/Universal', 'Universal', 'Etc/Zulu', 'Zulu', 'GMT', 'Etc/GMT', 'Etc/GMT0', 'GMT0', 'Etc/GMT+0', 'Etc/GMT-0', 'GMT+0', 'GMT-0', 'Etc/Greenwich', 'Greenwich']);

const UTC_READER: OffsetReader = { blockDays: 1, session: (work) => work(() => 0) };

export function offsetReaderFor(timeZone: string): OffsetReader {
  if (UTC_NAMES.has(timeZone)) return UTC_READER;
  return isProcessZone(timeZone) ? processZoneReader(timeZone) : intlReader(timeZone);
}

function intlReader(timeZone: string): OffsetReader {
  let formatter: Intl.DateTimeFormat | undefined;
  const offsetAt = (instant: number): number => {
    formatter ??= new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23',
      year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
    });
    const parts: Record<string, string> = {};
    for (const part of formatter.formatToParts(instant)) parts[part.type] = part.value;
    return Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second)) - secondOf(instant);
  };
  return { blockDays: 1, session: (work) => work(offsetAt) };
}

/** The wall time of an instant in the process's zone, as UTC, minus the instant. */
function localOffsetAt(instant: number): number {
  const date = new Date(instant);
  return Date.UTC(date.getFullYear(), date.getMonth(), date.getDate(), date.getHours(), date.getMinutes(), date.getSeconds()) - secondOf(instant);
}

const secondOf = (instant: number): number => Math.floor(instant / 1000) * 1000;

function processZoneReader(timeZone: string): OffsetReader {
  return { blockDays: 32, session: (work) => inProcessZone(timeZone, () => work(localOffsetAt)) };
}

/** Runs `work` with the process's TZ set to `timeZone`, and puts back what was there, set or not. */
function inProcessZone<T>(timeZone: string, work: () => T): T {
  const before = process.env.TZ;
  process.env.TZ = timeZone;
  try {
    return work();
  } finally {
    if (before === undefined) delete process.env.TZ;
    else process.env.TZ = before;
  }
}

let processZones: Set<string> | undefined;
let switchWorks: boolean | undefined;

/**
 * Whether setting TZ to this name gives exactly this zone:
 * - the name is one of this ICU's zones: the build's list when it was read from the same ICU and
 *   tz data, else Intl's (2 ms), since a name ICU does not know reads silently as GMT;
 * - it is an Area/Location name of letters: ICU reads a TZ with digits as a POSIX rule, and checks
 *   a name of three or four letters against the C library's offset;
 * - a switch of TZ reaches the engine in this thread (a worker's process.env is a copy the engine
 *   does not watch): checked once, with two zones whose offsets have not changed since 1995.
 */
function isProcessZone(timeZone: string): boolean {
  if (!/^[A-Za-z_]+(?:\/[A-Za-z_-]+)+$/.test(timeZone)) return false;
  processZones ??= new Set(TIME_ZONES_FROM === `icu ${process.versions.icu} tz ${process.versions.tz}` ? TIME_ZONES : Intl.supportedValuesOf('timeZone'));
  if (!processZones.has(timeZone)) return false;
  const instant = Date.UTC(2020, 0, 1);
  switchWorks ??=
    inProcessZone('Pacific/Kiritimati', () => localOffsetAt(instant)) === 14 * 3_600_000 &&
    inProcessZone('Pacific/Pago_Pago', () => localOffsetAt(instant)) === -11 * 3_600_000;
  return switchWorks;
}
