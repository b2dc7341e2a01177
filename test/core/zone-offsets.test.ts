import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { build } from 'esbuild';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ZoneClock } from '../../src/core/business-time/zone.js';

/*
 * A ZoneClock reads offsets from the process's own local time where it can, and from Intl
 * otherwise (src/core/business-time/zone-offsets.ts). The second, independent reading here is
 * Intl's wall time of the instant, to the second, taken apart field by field.
 */
function intlOffsets(timeZone: string): (instant: number) => number {
  const format = new Intl.DateTimeFormat('en-GB', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
  return (instant) => {
    const parts = format.formatToParts(instant);
    const field = (type: string) => Number(parts.find((part) => part.type === type)!.value);
    return Date.UTC(field('year'), field('month') - 1, field('day'), field('hour'), field('minute'), field('second')) - Math.floor(instant / 1000) * 1000;
  };
}

/** A repeatable spread of instants (a linear congruential generator, so the cases stay the same). */
function instants(count: number, from: number, to: number, seed: number): number[] {
  let state = seed;
  return Array.from({ length: count }, () => {
    state = (state * 48_271) % 2_147_483_647;
    return from + Math.floor((state / 2_147_483_647) * (to - from));
  });
}

const FROM_1900 = Date.UTC(1900, 0, 1);
const TO_2200 = Date.UTC(2200, 0, 1);

function disagreements(timeZone: string, points: readonly number[]): string[] {
  const clock = new ZoneClock(timeZone);
  const expected = intlOffsets(timeZone);
  return points
    .filter((instant) => clock.offsetAt(instant) !== expected(instant))
    .slice(0, 3)
    .map((instant) => `${timeZone} ${new Date(instant).toISOString()}: ${clock.offsetAt(instant)} against ${expected(instant)}`);
}

describe('the offsets of a zone', () => {
  const tz = process.env.TZ;
  afterEach(() => {
    if (tz === undefined) delete process.env.TZ;
    else process.env.TZ = tz;
  });

  it('are Intl’s for every zone this Node knows, from 1900 to 2199', () => {
    const wrong = Intl.supportedValuesOf('timeZone').flatMap((zone, i) => disagreements(zone, instants(120, FROM_1900, TO_2200, i + 1)));
    expect(wrong).toEqual([]);
  });

  it.each([
    'Europe/London', 'America/New_York', 'America/Santiago', 'Australia/Lord_Howe', 'Pacific/Chatham', 'Asia/Tehran', 'Africa/Casablanca',
    'Europe/Dublin', 'Antarctica/Troll', 'Asia/Gaza', 'America/Havana', 'Pacific/Apia', 'America/St_Johns', 'Asia/Riyadh', 'Europe/Lisbon',
  ])('are Intl’s at every quarter hour less a millisecond of 2025 and 2026, through each change of %s', (zone) => {
    const points = Array.from({ length: 2 * 365 * 96 }, (_, i) => Date.UTC(2025, 0, 1) + i * 899_999);
    expect(disagreements(zone, points)).toEqual([]);
  });

  it('are Intl’s at and next to each change of offset, to the millisecond', () => {
    const clock = new ZoneClock('Europe/London');
    // 2026-03-29 01:00 UTC the clocks go forward; 2026-10-25 01:00 UTC they go back.
    for (const change of [Date.UTC(2026, 2, 29, 1), Date.UTC(2026, 9, 25, 1)]) {
      expect([clock.offsetAt(change - 1), clock.offsetAt(change)]).toEqual(change < Date.UTC(2026, 6) ? [0, 3_600_000] : [3_600_000, 0]);
    }
  });

  it.each(['UTC', 'Etc/UTC', 'GMT', 'Etc/GMT', 'Zulu', 'Universal', 'Asia/Calcutta', 'Etc/GMT+3', 'Etc/GMT-14', 'EST5EDT', 'US/Pacific'])(
    'are Intl’s for %s, a name outside the canonical list',
    (zone) => {
      expect(disagreements(zone, instants(400, FROM_1900, TO_2200, 7))).toEqual([]);
    },
  );

  it('of a canonical zone are read without Intl, and leave the process’s TZ as it was, set or not', () => {
    const made = vi.spyOn(Intl, 'DateTimeFormat');
    process.env.TZ = 'America/Denver';
    expect(new ZoneClock('Asia/Riyadh').offsetAt(Date.UTC(2026, 5, 1))).toBe(3 * 3_600_000);
    expect(process.env.TZ).toBe('America/Denver');
    expect(new Date(Date.UTC(2026, 0, 1, 12)).getHours()).toBe(5);
    delete process.env.TZ;
    expect(new ZoneClock('Asia/Tokyo').offsetAt(Date.UTC(2026, 5, 1))).toBe(9 * 3_600_000);
    expect('TZ' in process.env).toBe(false);
    expect(made).not.toHaveBeenCalled();
    made.mockRestore();
  });

  it('are right in a worker thread, whose process.env the engine does not watch', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cs-policy-zone-'));
    try {
      const module = join(dir, 'zone.mjs');
      await build({ entryPoints: [join(__dirname, '../../src/core/business-time/zone.ts')], outfile: module, bundle: true, format: 'esm', platform: 'node', logLevel: 'silent' });
      const code = `import { parentPort } from 'node:worker_threads'; const { ZoneClock } = await import(${JSON.stringify(pathToFileURL(module).href)});
        parentPort.postMessage(['Asia/Riyadh', 'Pacific/Kiritimati', 'America/New_York'].map((zone) => new ZoneClock(zone).offsetAt(Date.UTC(2026, 0, 1)) / 3_600_000));`;
      const worker = new Worker(new URL(`data:text/javascript,${encodeURIComponent(code)}`));
      const offsets = await new Promise((resolve, reject) => worker.once('message', resolve).once('error', reject));
      expect(offsets).toEqual([3, 14, -5]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
