import { afterEach, describe, expect, it } from 'vitest';
import { systemTimeZone } from '../../src/io/system-time-zone.js';

// Node tells ICU when process.env.TZ changes, so Intl's own answer is the second reading each
// case is held to: the reader must give what Intl gives, without asking it where it can.
const saved = process.env.TZ;
afterEach(() => {
  if (saved === undefined) delete process.env.TZ;
  else process.env.TZ = saved;
});

describe('systemTimeZone', () => {
  it.each([
    ['Europe/London', 'Europe/London'],
    ['Asia/Riyadh', 'Asia/Riyadh'],
    ['Asia/Calcutta', 'Asia/Calcutta'],
    [':Europe/Paris', 'Europe/Paris'],
    ['Etc/UTC', 'UTC'],
    ['UTC', 'UTC'],
    ['GMT0', 'UTC'],
    ['Etc/Zulu', 'UTC'],
    // Names Intl renames or reads as a rule are asked of Intl.
    ['US/Eastern', 'America/New_York'],
    ['Etc/GMT+3', 'Etc/GMT+3'],
  ])('TZ=%s gives %s, as Intl does', (tz, expected) => {
    process.env.TZ = tz;
    expect(systemTimeZone()).toBe(expected);
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(expected);
  });

  it.each(['EST5EDT', 'Not/AZone', '', '/usr/share/zoneinfo/Africa/Cairo'])('TZ=%j: what Intl gives', (tz) => {
    process.env.TZ = tz;
    expect(systemTimeZone()).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
  });

  it('without TZ, the zone /etc/localtime names, as Intl reads it', () => {
    delete process.env.TZ;
    expect(systemTimeZone()).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
  });
});
