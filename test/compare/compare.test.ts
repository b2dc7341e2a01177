import { describe, expect, it } from 'vitest';
import type { Policy } from '../../src/core/policy.js';
import { compareBenchmarks, gapOf, positionOf } from '../../src/compare/compare.js';
import { ageText } from '../../src/compare/messages.js';

const kpi = (id: string, target: number, direction: 'at-least' | 'at-most') => ({ id, name: id, target, unit: '%', direction });
const bench = (kpiId: string, value: number, date: string, position?: string) => ({ kpi: kpiId, kind: 'competitor' as const, against: `rival ${value}`, value, source: 'report', date, ...(position ? { position } : {}) });

const policy = {
  goals: [
    { id: 'reach', title: 'Reach', kpis: [kpi('answered', 80, 'at-least'), kpi('abandoned', 5, 'at-most')] },
    { id: 'listen', title: 'Listen', kpis: [kpi('csat', 85, 'at-least')] },
    { id: 'bare', title: 'Bare' },
  ],
  comparison: {
    benchmarks: [
      bench('answered', 70, '2025-11-01', 'ahead'),
      bench('answered', 80, '2023-01-01'),
      bench('abandoned', 7, '2026-05-01', 'behind'),
      bench('abandoned', 4, '2026-05-01'),
    ],
  },
} as unknown as Policy;

/** The slow way: the position against each benchmark from the raw numbers, then the worst one. */
function expectedPosition(direction: 'at-least' | 'at-most', target: number, values: number[]): string {
  if (values.length === 0) return 'none';
  const better = (v: number) => (direction === 'at-least' ? target > v : target < v);
  const worse = (v: number) => (direction === 'at-least' ? target < v : target > v);
  if (values.some(worse)) return 'behind';
  return values.every(better) ? 'ahead' : 'level';
}

describe('comparing targets with benchmarks', () => {
  it.each([
    ['at-least', 80, 70, 10], ['at-least', 80, 90, -10], ['at-most', 5, 7, 2], ['at-most', 5, 4, -1], ['at-least', 4.2, 3.9, 0.3],
  ] as const)('%s target %d against %d: gap %d', (direction, target, value, gap) => {
    expect(gapOf(direction, target, value)).toBeCloseTo(gap, 12);
  });

  it.each([[0, 0, 'level'], [0.5, 0, 'ahead'], [-0.5, 0, 'behind'], [0.5, 1, 'level'], [-1, 1, 'level'], [-1.01, 1, 'behind'], [0.30000000000000004 - 0.3, 0, 'level']] as const)('gap %d with tolerance %d is %s', (gap, tolerance, position) => {
    expect(positionOf(gap, tolerance)).toBe(position);
  });

  it('judges each KPI against its strongest benchmark, flags old ones and a stated position the figures contradict', () => {
    const result = compareBenchmarks(policy, { today: '2026-06-01', maxAgeDays: 730, tolerance: 0 });
    const [answered, abandoned] = result.goals[0]!.kpis;
    expect(answered!.position).toBe('level');
    expect(answered!.benchmarks.map((b) => [b.gap, b.position, b.ageDays, b.old, b.stated])).toEqual([[10, 'ahead', 212, false, undefined], [0, 'level', 1247, true, undefined]]);
    expect(abandoned!.position).toBe('behind');
    expect(abandoned!.benchmarks.map((b) => [b.position, b.stated])).toEqual([['ahead', 'behind'], ['behind', undefined]]);
    expect(result.goals[1]!.kpis[0]!.position).toBe('none');
    expect(result.goals[2]!.kpis).toEqual([]);
    expect(result.counts).toEqual({ ahead: 0, level: 1, behind: 1, none: 1 });
    expect(result.old).toBe(1);
  });

  it.each([
    [85, 81, 'level', 'level', undefined], [85, 81, 'ahead', 'ahead', undefined], [85, 81, undefined, 'ahead', undefined],
    [95, 100, 'behind', 'behind', undefined], [85, 70, 'level', 'ahead', 'level'], [85, 90, 'ahead', 'behind', 'ahead'],
  ] as const)('without --tolerance, target %d against %d stated %s is %s as validate counts it', (target, value, stated, position, disagreement) => {
    const one = { goals: [{ id: 'g', title: 'G', kpis: [kpi('k', target, 'at-least')] }], comparison: { benchmarks: [bench('k', value, '2026-01-01', stated)] } } as unknown as Policy;
    const [result] = compareBenchmarks(one, { today: '2026-06-01', maxAgeDays: 730 }).goals[0]!.kpis[0]!.benchmarks;
    expect([result!.position, result!.stated]).toEqual([position, disagreement]);
  });

  it('agrees with a plain reading of the numbers on many random policies', () => {
    let seed = 11;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let n = 0; n < 300; n++) {
      const direction = random() < 0.5 ? 'at-least' : 'at-most';
      const target = Math.round(random() * 10);
      const values = Array.from({ length: Math.floor(random() * 4) }, () => Math.round(random() * 10));
      const generated = { goals: [{ id: 'g', title: 'G', kpis: [kpi('k', target, direction)] }], comparison: { benchmarks: values.map((v) => bench('k', v, '2026-01-01')) } } as unknown as Policy;
      const result = compareBenchmarks(generated, { today: '2026-06-01', maxAgeDays: 730, tolerance: 0 });
      expect(result.goals[0]!.kpis[0]!.position).toBe(expectedPosition(direction, target, values));
    }
  });

  it.each([[0, 'en', '0 months'], [212, 'en', '6 months'], [700, 'en', '22 months'], [1247, 'en', '3 years'], [400, 'ar', '13 شهرًا'], [1247, 'ar', '3 سنوات']] as const)('says an age of %i days as %s', (days, lang, text) => {
    expect(ageText(lang, days)).toBe(text);
  });
});
