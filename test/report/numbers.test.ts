import { describe, expect, it } from 'vitest';
import { percent, percentRange, roundPercent, targetText, withUnit } from '../../src/report/numbers.js';
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
