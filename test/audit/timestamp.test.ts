import { describe, expect, it } from 'vitest';
import { parseInstant, parseWallTime } from '../../src/audit/timestamp.js';
import { fc, PROPERTY_OPTIONS } from '../helpers/fast-check.js';

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');

/** An instant written the ways exports write it: Z or an offset, T or a space, with or without seconds and a fraction. */
const written = fc.record({
  ms: fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2060, 0, 1) }),
  offset: fc.integer({ min: -14 * 4, max: 14 * 4 }).map((q) => q * 15),
  zulu: fc.boolean(),
  space: fc.boolean(),
  seconds: fc.constantFrom('none', 'whole', 'fraction'),
  colon: fc.boolean(),
}).map(({ ms, offset, zulu, space, seconds, colon }) => {
  const shift = zulu ? 0 : offset;
  const local = new Date(ms + shift * 60000);
  const date = `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`;
  let time = `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`;
  if (seconds !== 'none') time += `:${pad(local.getUTCSeconds())}`;
  if (seconds === 'fraction') time += `.${pad(local.getUTCMilliseconds(), 3)}`;
  const zone = zulu ? 'Z' : `${shift < 0 ? '-' : '+'}${pad(Math.trunc(Math.abs(shift) / 60))}${colon ? ':' : ''}${pad(Math.abs(shift) % 60)}`;
  return `${date}${space ? ' ' : 'T'}${time}${zone}`;
});

describe('parseInstant', () => {
  it('agrees with Date.parse on every ISO 8601 form exports write', () => {
    fc.assert(fc.property(written, (text) => {
      // Date.parse wants the T and a colon in the offset; the reference reads the normalised text.
      const normal = text.replace(' ', 'T').replace(/([+-]\d\d)(\d\d)$/, '$1:$2');
      expect(parseInstant(text)).toBe(Date.parse(normal));
    }), PROPERTY_OPTIONS);
  });

  it.each([
    ['2026-03-27', 'a day without a time'],
    ['2026-03-27T16:00:00', 'no zone'],
    ['2026-02-30T10:00:00Z', 'no such day'],
    ['2026-13-01T10:00:00Z', 'no such month'],
    ['2026-03-27T24:00:00Z', 'hour 24'],
    ['2026-03-27T16:60Z', 'minute 60'],
    ['March 7, 2026 10:00 UTC', 'words'],
    ['2026-03-27T16:00:00Zjunk', 'text after the zone'],
    ['2026-03-27T16:00:00+1', 'a one-digit offset'],
    ['2026-03-27T16:00:00.Z', 'a dot without a fraction'],
    ['', 'nothing'],
  ])('rejects %j (%s)', (text) => {
    expect(parseInstant(text)).toBeUndefined();
  });

  it('reads leap days and fractions', () => {
    expect(parseInstant('2028-02-29T23:59:59.999Z')).toBe(Date.UTC(2028, 1, 29, 23, 59, 59, 999));
    expect(parseInstant('2026-03-29T01:30:00+01:00')).toBe(Date.UTC(2026, 2, 29, 0, 30));
  });
});

describe('parseWallTime', () => {
  it.each([
    ['2026-03-27 16:00:00', Date.UTC(2026, 2, 27, 16)],
    ['2026-03-27 16:05', Date.UTC(2026, 2, 27, 16, 5)],
    ['2026-03-27T16:05:09', Date.UTC(2026, 2, 27, 16, 5, 9)],
  ])('reads %j as its fields', (text, expected) => {
    expect(parseWallTime(text)).toBe(expected);
  });
  it.each(['2026-03-27', '27/03/2026 16:00', '2026-03-27 16:00:00Z'])('rejects %j', (text) => {
    expect(parseWallTime(text)).toBeUndefined();
  });
});
