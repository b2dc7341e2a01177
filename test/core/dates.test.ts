import { describe, expect, it } from 'vitest';
import { addDays, isIsoDate, todayIso, utcDay } from '../../src/core/dates.js';
import { PROPERTY_OPTIONS, fc } from '../helpers/fast-check.js';

// utcDay reads a Date's UTC fields; toISOString is the second, independent reading of the same day.
describe('utcDay', () => {
  it.each([
    ['1970-01-01T00:00:00.000Z', '1970-01-01'],
    ['2026-12-31T23:59:59.999Z', '2026-12-31'],
    ['2024-02-29T12:00:00Z', '2024-02-29'],
    ['0000-01-01T00:00:00Z', '0000-01-01'],
    ['0999-09-09T00:00:00Z', '0999-09-09'],
    ['9999-12-31T23:59:59Z', '9999-12-31'],
  ])('%s is %s', (instant, day) => {
    expect(utcDay(new Date(instant))).toBe(day);
  });

  it('is the day toISOString writes, for any instant of the years 0 to 9999', () => {
    const first = Date.parse('0000-01-01T00:00:00.000Z');
    const last = Date.parse('9999-12-31T23:59:59.999Z');
    fc.assert(
      fc.property(fc.integer({ min: first, max: last }), (ms) => utcDay(new Date(ms)) === new Date(ms).toISOString().slice(0, 10)),
      PROPERTY_OPTIONS,
    );
  });

  it('gives today, isIsoDate and addDays their days', () => {
    expect(todayIso(new Date('2026-03-01T23:30:00-05:00'))).toBe('2026-03-02');
    expect(['2026-02-28', '2026-02-29', '2024-02-29', '0000-01-01', '2026-13-01'].map(isIsoDate)).toEqual([true, false, true, true, false]);
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });
});
