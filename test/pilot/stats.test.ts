import { describe, expect, it } from 'vitest';
import { netPromoterScore, trialsForMargin, wilson, wilsonHalfWidth, Z95 } from '../../src/pilot/stats.js';

/**
 * Worked values from R. G. Newcombe, "Two-sided confidence intervals for the single proportion:
 * comparison of seven methods", Statistics in Medicine 17 (1998) 857-872, Table II, method 3
 * (Wilson score interval without continuity correction), to the four decimals printed there.
 */
const NEWCOMBE_1998: [successes: number, trials: number, low: number, high: number][] = [
  [81, 263, 0.2553, 0.3662],
  [15, 148, 0.0624, 0.1605],
  [0, 20, 0.0, 0.1611],
  [1, 29, 0.0061, 0.1718],
];

/**
 * A second, simpler reading of the Wilson interval: the p for which the score test does not
 * reject, |p̂ − p| ≤ z·√(p(1−p)/n), found by bisection on each side of p̂.
 */
function wilsonByBisection(x: number, n: number): { low: number; high: number } {
  const phat = x / n;
  const inside = (p: number) => Math.abs(phat - p) <= Z95 * Math.sqrt((p * (1 - p)) / n);
  const edge = (from: number, to: number) => {
    // `from` is inside the interval, `to` outside (or the end of 0..1).
    if (inside(to)) return to;
    let a = from;
    let b = to;
    for (let i = 0; i < 200; i++) {
      const mid = (a + b) / 2;
      if (inside(mid)) a = mid;
      else b = mid;
    }
    return (a + b) / 2;
  };
  return { low: edge(phat, 0), high: edge(phat, 1) };
}

describe('the Wilson score interval', () => {
  it.each(NEWCOMBE_1998)('%i of %i gives the interval Newcombe (1998) prints', (x, n, low, high) => {
    const interval = wilson(x, n);
    expect(interval.value).toBeCloseTo(x / n, 12);
    expect(interval.low).toBeCloseTo(low, 4);
    expect(interval.high).toBeCloseTo(high, 4);
  });

  it('uses z = 1.959963984540054, the 0.975 normal quantile', () => {
    expect(Z95).toBe(1.959963984540054);
  });

  const cases: [number, number][] = [];
  for (const n of [1, 2, 3, 5, 10, 17, 50, 99, 263, 1000]) for (const x of new Set([0, 1, Math.floor(n / 3), Math.floor(n / 2), n - 1, n])) if (x >= 0 && x <= n) cases.push([x, n]);
  it.each(cases)('%i of %i agrees with a bisection on the score test', (x, n) => {
    const closed = wilson(x, n);
    const searched = wilsonByBisection(x, n);
    expect(closed.low).toBeCloseTo(searched.low, 9);
    expect(closed.high).toBeCloseTo(searched.high, 9);
    expect(closed.low).toBeLessThanOrEqual(closed.value);
    expect(closed.high).toBeGreaterThanOrEqual(closed.value);
  });

  it('knows nothing from no trials', () => {
    expect(wilson(0, 0)).toEqual({ value: 0, low: 0, high: 1 });
  });
});

describe('responses needed for a margin', () => {
  /** The slow way: every n from 1 up until the interval is narrow enough. */
  const byScan = (p: number, margin: number) => {
    let n = 1;
    while (wilsonHalfWidth(p, n) > margin) n++;
    return n;
  };
  it.each([[0.5, 0.05], [0.5, 0.03], [0.2, 0.05], [0.05, 0.02], [0, 0.05], [1, 0.1], [0.9, 0.01], [0.5, 0.5]])('share %d within ±%d agrees with a scan over every n', (p, margin) => {
    expect(trialsForMargin(p, margin)).toBe(byScan(p, margin));
  });

  it('needs a little fewer than the textbook 385 for a share of one half within ±5 points', () => {
    // Cochran's n = z²·p(1−p)/m² = 384.1 for p = 0.5, m = 0.05; the Wilson interval is a little narrower.
    const cochran = Math.ceil((Z95 ** 2 * 0.25) / 0.05 ** 2);
    expect(cochran).toBe(385);
    expect(trialsForMargin(0.5, 0.05)).toBe(381);
  });
});

describe('the Net Promoter Score', () => {
  it.each<[number[], number | undefined]>([
    [[10, 9, 8, 7, 6, 0], 0],
    [[10, 10, 10, 10], 100],
    [[0, 1, 2, 3, 4, 5, 6], -100],
    [[9, 8, 7, 6], 0],
    [[10, 9, 9, 8, 3], 40],
    [[], undefined],
  ])('%j scores %d', (scores, expected) => {
    const nps = netPromoterScore(scores);
    expect(nps?.score).toBe(expected);
    if (nps) {
      // A second count: share of 9-10 minus share of 0-6, straight from the scores.
      const share = (test: (s: number) => boolean) => (scores.filter(test).length / scores.length) * 100;
      expect(nps.score).toBeCloseTo(share((s) => s >= 9) - share((s) => s <= 6), 12);
      expect(nps.promoters + nps.passives + nps.detractors).toBe(scores.length);
    }
  });
});
