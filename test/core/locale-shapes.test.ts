import { describe, expect, it } from 'vitest';
import { LOCALE_SHAPES } from '../../src/generated/locale-shapes.js';
import { deriveLocaleShapes, intlNumber, intlUnit, NUMBER_OPTIONS, UNITS, utcDate, type LocaleShapeTable } from '../../src/core/locale-shapes/derive.js';
import { shapedInstant, shapedLongDate, shapedMonth, shapedNumber, shapedUnitCount } from '../../src/core/locale-shapes/index.js';
import { formatNumberWith, INSTANT_OPTIONS, LONG_DATE_OPTIONS, MONTH_OPTIONS, type NumberShape } from '../../src/core/locale-shapes/shape.js';
import { formatDate, formatInstant, formatMonth } from '../../src/core/locale.js';
import { num, percent, unitText } from '../../src/report/numbers.js';
import { fc, PROPERTY_OPTIONS, PROPERTY_TIMEOUT } from '../helpers/fast-check.js';

// The shapes replace Intl in the reports; Intl is the second, independent reading of every case.
const table = JSON.parse(LOCALE_SHAPES) as LocaleShapeTable;
const locales = Object.values(table.locales).flatMap((group) => group.split(' '));
/** One locale of each number shape, so that every shape meets every property. */
const numberLocales = [...new Map(Object.entries(table.locales).map(([key, group]) => [key.split(' ')[1], group.split(' ')[0]!])).values()];
const iso = (year: number, month: number, day: number) => `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

describe('the locale shapes read from Intl at build', () => {
  it('were read from this Node, and cover both languages in every region', () => {
    expect([table.icu, table.cldr]).toEqual([process.versions.icu, process.versions.cldr]);
    expect(locales).toEqual(expect.arrayContaining(['en', 'ar', 'ar-u-nu-latn', 'en-GB', 'en-US', 'en-IN', 'ar-SA', 'ar-MA', 'ar-LB', 'en-419', 'ar-001']));
    expect(locales.length).toBeGreaterThan(400);
  });

  it('write every month of every locale as Intl does, and days and years at their edges', () => {
    const wrong: string[] = [];
    for (const locale of locales) {
      const shaped = shapedLongDate(locale)!;
      const intl = new Intl.DateTimeFormat(locale, LONG_DATE_OPTIONS);
      for (const [year, month, day] of [[2027, 1, 1], [2027, 2, 28], [2027, 3, 9], [2027, 4, 10], [2027, 5, 31], [2027, 6, 30], [1, 7, 1], [999, 8, 2], [2024, 9, 29], [9999, 10, 31], [2030, 11, 11], [2026, 12, 25]] as const) {
        const expected = intl.format(utcDate(year, month, day));
        const got = shaped(iso(year, month, day));
        if (got !== expected) wrong.push(`${locale} ${iso(year, month, day)}: ${got} against ${expected}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('write any date as Intl does', () => {
    fc.assert(
      fc.property(fc.constantFrom(...locales), fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true }), (locale, date) => {
        const day = date.toISOString().slice(0, 10);
        expect(shapedLongDate(locale)!(day)).toBe(new Intl.DateTimeFormat(locale, LONG_DATE_OPTIONS).format(new Date(`${day}T00:00:00Z`)));
      }),
      PROPERTY_OPTIONS,
    );
  }, PROPERTY_TIMEOUT);

  it('write every month, and instants at every hour, of every locale as Intl does', () => {
    const wrong: string[] = [];
    for (const locale of locales) {
      const months = new Intl.DateTimeFormat(locale, MONTH_OPTIONS);
      const instants = new Intl.DateTimeFormat(locale, { ...INSTANT_OPTIONS, timeZone: 'UTC' });
      for (let month = 1; month <= 12; month++) {
        for (const year of [1, 999, 2027, 9999]) {
          const isoMonth = iso(year, month, 1).slice(0, 7);
          const expected = months.format(utcDate(year, month, 1));
          if (shapedMonth(locale)!(isoMonth) !== expected) wrong.push(`${locale} ${isoMonth}: ${shapedMonth(locale)!(isoMonth)} against ${expected}`);
        }
        const instant = utcDate(2026, month, month * 2, month * 2 - 1, month * 5 - 1);
        if (shapedInstant(locale)!(instant) !== instants.format(instant)) wrong.push(`${locale} ${instant.toISOString()}: ${shapedInstant(locale)!(instant)} against ${instants.format(instant)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('write any instant, in any zone, as Intl does', () => {
    const zones = ['UTC', 'Asia/Riyadh', 'Europe/London', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kolkata', 'Asia/Calcutta', 'Africa/Casablanca', 'Pacific/Chatham'];
    fc.assert(
      fc.property(fc.constantFrom(...locales), fc.constantFrom(...zones), fc.date({ min: new Date('1900-01-02T00:00:00Z'), max: new Date('2199-12-30T00:00:00Z'), noInvalidDate: true }), (locale, zone, date) => {
        const expected = new Intl.DateTimeFormat(locale, { ...INSTANT_OPTIONS, timeZone: zone }).format(date);
        expect(formatInstant(locale, date, zone)).toBe(locale.startsWith('ar') ? `${expected} (\u2068${zone}\u2069)` : `${expected} (${zone})`);
      }),
      PROPERTY_OPTIONS,
    );
  }, PROPERTY_TIMEOUT);

  it.each([
    // Rounding half away from zero on the shortest decimal, as ICU rounds; grouping; negative zero.
    [{ style: 'decimal', minimumFractionDigits: 0, maximumFractionDigits: 2, grouping: false }, 1.005, '1.01'],
    [{ style: 'decimal', minimumFractionDigits: 0, maximumFractionDigits: 2, grouping: false }, 2.675, '2.68'],
    [{ style: 'decimal', minimumFractionDigits: 1, maximumFractionDigits: 1, grouping: false }, 9.95, '10.0'],
    [{ style: 'decimal', minimumFractionDigits: 0, maximumFractionDigits: 2, grouping: false }, -0.001, '-0'],
    [{ style: 'decimal', minimumFractionDigits: 0, maximumFractionDigits: 3, grouping: 'always' }, 1234567.5, '1,234,567.5'],
    [{ style: 'decimal', minimumFractionDigits: 0, maximumFractionDigits: 3, grouping: 'always' }, 1e21, '1,000,000,000,000,000,000,000'],
    [{ style: 'decimal', minimumFractionDigits: 0, maximumFractionDigits: 3, grouping: 'always' }, 1.5e-7, '0'],
    [{ style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1, grouping: false }, 0.863, '86.3%'],
    [{ style: 'percent', minimumFractionDigits: 0, maximumFractionDigits: 2, grouping: false }, 0.94955, '94.96%'],
  ] as const)('format %j %d as %s (en), as Intl does', (options, value, expected) => {
    const shape = JSON.parse(LOCALE_SHAPES).numbers[0] as NumberShape;
    expect(formatNumberWith(shape, options, value)).toBe(expected);
    expect(intlNumber('en', options).format(value)).toBe(expected);
  });

  it.each(NUMBER_OPTIONS.map((options) => [JSON.stringify(options), options] as const))('write any number as Intl does, %s', (_, options) => {
    fc.assert(
      fc.property(
        fc.constantFrom(...numberLocales),
        fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.double({ min: -1e7, max: 1e7, noNaN: true }), fc.integer({ min: -1e9, max: 1e9 }).map((n) => n / 1000)),
        (locale, value) => {
          expect(shapedNumber(locale, options)!(value)).toBe(intlNumber(locale, options).format(value));
        },
      ),
      { ...PROPERTY_OPTIONS, numRuns: Math.ceil((PROPERTY_OPTIONS.numRuns ?? 1000) / 4) },
    );
  }, PROPERTY_TIMEOUT);

  it.each(['en', 'ar', 'ar-u-nu-latn'])('write whole counts of every unit in %s as Intl does', (locale) => {
    const counts = [...Array.from({ length: 2101 }, (_, n) => n), 10_000, 100_003, 1_234_567, 2 ** 53 - 1];
    const wrong = UNITS.flatMap((unit) => {
      const intl = intlUnit(locale, unit);
      const shaped = shapedUnitCount(locale, unit)!;
      return counts.filter((n) => shaped(n) !== intl.format(n)).map((n) => `${unit} ${n}: ${shaped(n)} against ${intl.format(n)}`);
    });
    expect(wrong).toEqual([]);
  });

  it('leave to Intl what they do not cover, and the reports then read the same', () => {
    expect(shapedLongDate('fr-FR')).toBeUndefined();
    expect(shapedNumber('de', NUMBER_OPTIONS[0]!)).toBeUndefined();
    expect(shapedUnitCount('en-GB', 'day')).toBeUndefined();
    expect(shapedNumber('en', NUMBER_OPTIONS[0]!)!(Infinity)).toBeUndefined();
    expect(shapedUnitCount('en', 'day')!(1.5)).toBeUndefined();
    expect(shapedLongDate('en')!('0000-01-01')).toBeUndefined();
    expect([shapedMonth('fr-FR'), shapedInstant('fr-FR'), shapedMonth('en')!('0000-01'), shapedMonth('en')!('2026-13')]).toEqual([undefined, undefined, undefined, undefined]);
    expect(shapedInstant('en')!(utcDate(10_000, 1, 1))).toBeUndefined();
    expect([formatMonth('fr-FR', '2027-02'), formatMonth('en', '0000-01'), formatInstant('fr-FR', '2026-07-01T00:00:00Z', 'Europe/Paris')]).toEqual([
      new Intl.DateTimeFormat('fr-FR', MONTH_OPTIONS).format(new Date('2027-02-01T00:00:00Z')),
      new Intl.DateTimeFormat('en', MONTH_OPTIONS).format(new Date('0000-01-01T00:00:00Z')),
      '1 juillet 2026 à 02:00 (Europe/Paris)',
    ]);
    expect(() => formatMonth('en', '2026-13')).toThrow(RangeError);
    expect([formatDate('fr-FR', '2027-02-22'), formatDate('en', '0000-01-01')]).toEqual([
      new Intl.DateTimeFormat('fr-FR', LONG_DATE_OPTIONS).format(new Date('2027-02-22T00:00:00Z')),
      new Intl.DateTimeFormat('en', LONG_DATE_OPTIONS).format(new Date('0000-01-01T00:00:00Z')),
    ]);
    expect([num('de-DE', 1234.5), percent('de-DE', 86.3), num('en', Infinity), unitText('en', 1.5, 'day'), unitText('en-GB', 2, 'day')]).toEqual(['1234,5', '86,3\u00a0%', '∞', '1.5 days', '2 days']);
  });

  it('are read for the locales asked, a shape shared where two locales write alike', () => {
    const derived = deriveLocaleShapes(['en-GB', 'en-IE', 'ar-EG']);
    expect(derived.locales).toEqual({ '0 0 -1 1 2': 'en-GB en-IE', '3 1 -1 4 5': 'ar-EG' });
  });
});
