import { describe, expect, it } from 'vitest';
import { zoneFor } from '../../src/core/business-time/local-zone.js';
import { fc, PROPERTY_OPTIONS } from '../helpers/fast-check.js';

// America/Asuncion moved its clocks forward at midnight (2023-10-01 began at 01:00), so a month
// there can begin at a midnight that never happened.
const ZONES = ['Europe/London', 'America/New_York', 'Asia/Riyadh', 'Australia/Adelaide', 'Asia/Kathmandu', 'Pacific/Chatham', 'America/Asuncion', 'UTC'];

/** The local fields of an instant, asked of Intl directly each time. */
function localFields(timeZone: string, ms: number): { month: string; wall: number } {
  const parts: Record<string, number> = {};
  for (const part of new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' }).formatToParts(ms)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return { month: `${parts.year}-${String(parts.month).padStart(2, '0')}`, wall: Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!) };
}

describe('zone', () => {
  it('gives the month and offset Intl gives, at any instant in zones with daylight saving and odd offsets', () => {
    fc.assert(fc.property(fc.constantFrom(...ZONES), fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2040, 0, 1) }), (name, ms) => {
      const zone = zoneFor(name);
      const expected = localFields(name, ms);
      expect(zone.month(ms)).toBe(expected.month);
      expect(ms + zone.offsetMinutes(ms) * 60000).toBe(expected.wall + (ms % 1000));
    }), PROPERTY_OPTIONS);
  });

  it('turns a wall time back into the instant it was read from, taking the earlier one when clocks go back', () => {
    fc.assert(fc.property(fc.constantFrom(...ZONES), fc.integer({ min: Date.UTC(2000, 0, 1) / 60000, max: Date.UTC(2040, 0, 1) / 60000 }), (name, minute) => {
      const ms = minute * 60000;
      const zone = zoneFor(name);
      const back = zone.fromWall(localFields(name, ms).wall);
      // In the repeated hour the same wall time stands for two instants; the earlier is chosen.
      expect(back === ms || (back < ms && localFields(name, back).wall === localFields(name, ms).wall)).toBe(true);
    }), PROPERTY_OPTIONS);
  });

  it('reads a skipped wall time (spring forward) with the offset before the change', () => {
    // 2026-03-29 01:30 does not happen in London; read with GMT it is 01:30Z.
    expect(zoneFor('Europe/London').fromWall(Date.UTC(2026, 2, 29, 1, 30))).toBe(Date.UTC(2026, 2, 29, 1, 30));
  });
});

describe('zone months', () => {
  it.each([
    ['Europe/London', '2024-06-30T23:00:00.000Z', '2024-07'],
    ['Europe/London', '2024-06-30T22:59:59.999Z', '2024-06'],
    ['Europe/London', '2024-06-30T23:00:00.216Z', '2024-07'],
    ['America/New_York', '2026-04-01T04:00:00.000Z', '2026-04'],
    ['America/New_York', '2026-04-01T03:59:59.999Z', '2026-03'],
    ['Asia/Kathmandu', '2026-01-31T18:15:00.000Z', '2026-02'],
    ['Asia/Kathmandu', '2026-01-31T18:14:59.999Z', '2026-01'],
    ['America/Asuncion', '2023-10-01T04:00:00.000Z', '2023-10'],
    ['America/Asuncion', '2023-10-01T03:59:59.999Z', '2023-09'],
  ])('puts an instant at the very edge of a local month in the right month (%s %s)', (name, at, month) => {
    expect(zoneFor(name).month(Date.parse(at))).toBe(month);
  });

  it('agrees with Intl to the millisecond around every local month boundary', () => {
    fc.assert(fc.property(fc.constantFrom(...ZONES), fc.integer({ min: 2000, max: 2039 }), fc.integer({ min: 0, max: 11 }), fc.integer({ min: -1500, max: 1500 }), (name, year, month, delta) => {
      // Local midnight on the 1st, found by asking Intl for the offset a day either side.
      const wall = Date.UTC(year, month, 1);
      let instant = wall - zoneFor(name).offsetMinutes(wall) * 60000;
      if (localFields(name, instant).wall !== wall) instant = wall - zoneFor(name).offsetMinutes(wall - 86_400_000) * 60000;
      const ms = instant + delta;
      expect(zoneFor(name).month(ms)).toBe(localFields(name, ms).month);
    }), PROPERTY_OPTIONS);
  });
});
