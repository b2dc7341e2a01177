import { describe, expect, it } from 'vitest';
import { integer, num, percent, percentRange, roundPercent, targetText, withUnit } from '../../src/report/numbers.js';
import { lineChart } from '../../src/report/svg.js';
import { formatPercent } from '../../src/audit/messages.js';

describe('the one percentage rounding rule: one decimal, cut down, never rounded up', () => {
  it.each([
    [86.36, '86.3%'],
    [86.3, '86.3%'],
    // 86.3 as binary arithmetic leaves it: still 86.3, not 86.2.
    [(863 / 1000) * 100, '86.3%'],
    [(1 - 0.137) * 100, '86.3%'],
    [94.96, '94.9%'],
    [99.99, '99.9%'],
    [100, '100.0%'],
    [(2 / 3) * 100, '66.6%'],
    [(1 / 3) * 100, '33.3%'],
    [0, '0.0%'],
    [0.04, '0.0%'],
  ])('%d prints as %s', (value, shown) => {
    expect(percent('en', value)).toBe(shown);
    expect(percent('ar', value)).toBe(shown);
    expect(formatPercent(value)).toBe(shown);
    expect(`${roundPercent(value).toFixed(1)}%`).toBe(shown);
  });

  it('holds for ranges too', () => {
    expect(percentRange('en', 9.67, 70.04)).toBe('9.6–70.0%');
  });

  it('is what a chart prints beside its points, the same as the table', () => {
    const chart = lineChart({ title: 't', points: [{ label: '2026-05', value: 86.36 }], max: 100, unit: '%', valueText: formatPercent }).text;
    expect(chart).toContain('>86.3%<');
    expect(chart).not.toContain('86.4');
  });
});

describe('values in their unit and targets in words', () => {
  it.each([
    ['en', 85, '%', 'at-least', '85%', 'at least 85%'],
    ['en', 2.345, 'hours', 'at-most', '2.35 hours', 'at most 2.35 hours'],
    ['ar', 30, 'ثانية', 'at-most', '30 ثانية', '30 ثانية على الأكثر'],
  ] as const)('%s %d %s', (lang, value, unit, direction, inUnit, target) => {
    expect(withUnit(lang, value, unit)).toBe(inUnit);
    expect(targetText(lang, { direction, target: value, unit })).toBe(target);
  });
});

describe("numbers as the policy's locale writes them, digits Western as in its dates", () => {
  it.each([
    // locale, a count, a figure, a percentage, a range, a value in its unit
    ['en', '1,234,567', '1234.5', '86.3%', '9.6–70.0%', '4.25 of 5'],
    ['en-GB', '1,234,567', '1234.5', '86.3%', '9.6–70.0%', '4.25 of 5'],
    ['en-IN', '12,34,567', '1234.5', '86.3%', '9.6–70.0%', '4.25 of 5'],
    ['en-ZA', '1\u00a0234\u00a0567', '1234,5', '86,3%', '9,6–70,0%', '4,25 of 5'],
    // Arabic: the marks Intl writes around the signs are left to the reports' own isolation.
    ['ar', '1,234,567', '1234.5', '86.3%', '9.6–70.0%', '4.25 of 5'],
    ['ar-SA', '1,234,567', '1234.5', '86.3٪', '9.6–70.0٪', '4.25 of 5'],
    ['ar-MA', '1.234.567', '1234,5', '86,3%', '9,6–70,0%', '4,25 of 5'],
  ])('%s', (locale, count, figure, share, range, inUnit) => {
    expect(integer(locale, 1234567)).toBe(count);
    expect(num(locale, 1234.5)).toBe(figure);
    expect(percent(locale, 86.36)).toBe(share);
    expect(percentRange(locale, 9.67, 70.04)).toBe(range);
    expect(withUnit(locale, 4.25, 'of 5')).toBe(inUnit);
  });

  it('writes a negative figure with a plain minus in Arabic too, no direction marks', () => {
    expect(num('ar', -1.5, 2, true)).toBe('-1.50');
    expect(percent('ar', 85)).toBe('85.0%');
  });

  it('formats a KPI target in the report language with the locale\'s number', () => {
    expect(targetText('ar', { direction: 'at-least', target: 85.5, unit: '%' }, 'ar-MA')).toBe('⁨85,5%⁩ على الأقل');
    expect(targetText('en', { direction: 'at-most', target: 2.5, unit: 'hours' }, 'en-ZA')).toBe('at most 2,5 hours');
  });
});
