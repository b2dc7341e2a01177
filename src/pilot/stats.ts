/**
 * The statistics a pilot needs, owned here because they are a few lines and a library's normal
 * quantile can be off in the fourth digit (as measured when this module was written). Shares are fractions 0..1 in this module;
 * reports turn them into percentages.
 */

/** The 0.975 quantile of the standard normal distribution: a 95% two-sided interval. */
export const Z95 = 1.959963984540054;

export interface Interval { value: number; low: number; high: number }

/**
 * The Wilson score interval for `successes` out of `trials` (Wilson 1927; Newcombe 1998, method 3).
 * Unlike the textbook p ± z·√(p(1−p)/n), it stays inside 0..1 and is not zero-width at 0 or n.
 * No trials: nothing is known, so the interval is the whole of 0..1 around 0.
 */
export function wilson(successes: number, trials: number, z: number = Z95): Interval {
  if (trials <= 0) return { value: 0, low: 0, high: 1 };
  const p = successes / trials;
  const z2 = z * z;
  const denominator = 1 + z2 / trials;
  const centre = (p + z2 / (2 * trials)) / denominator;
  const half = (z / denominator) * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials));
  // At 0 and n the formula gives the end exactly in exact arithmetic; floating point can miss by 1e-17.
  return { value: p, low: successes === 0 ? 0 : Math.max(0, centre - half), high: successes === trials ? 1 : Math.min(1, centre + half) };
}

/** Half the width of the Wilson interval for share p observed on n trials. */
export function wilsonHalfWidth(p: number, n: number, z: number = Z95): number {
  const z2 = z * z;
  return (z / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
}

/**
 * The fewest trials for which a share of about `p` has a Wilson interval no wider than ±margin
 * (both fractions). The half-width falls as n grows for every p, so a binary search finds it.
 */
export function trialsForMargin(p: number, margin: number, z: number = Z95): number {
  if (!(margin > 0)) throw new RangeError('margin must be above 0');
  let high = 1;
  while (wilsonHalfWidth(p, high, z) > margin) high *= 2;
  let low = Math.floor(high / 2);
  // Invariant: low is too few (or 0), high is enough.
  while (high - low > 1) {
    const mid = Math.floor((low + high) / 2);
    if (wilsonHalfWidth(p, mid, z) > margin) low = mid;
    else high = mid;
  }
  return high;
}

export interface NetPromoter { responses: number; promoters: number; passives: number; detractors: number; score: number }

/** Net Promoter Score: % promoters (9-10) minus % detractors (0-6), from -100 to 100. */
export function netPromoterScore(scores: readonly number[]): NetPromoter | undefined {
  if (scores.length === 0) return undefined;
  let promoters = 0;
  let detractors = 0;
  for (const score of scores) {
    if (score >= 9) promoters++;
    else if (score <= 6) detractors++;
  }
  const passives = scores.length - promoters - detractors;
  return { responses: scores.length, promoters, passives, detractors, score: ((promoters - detractors) / scores.length) * 100 };
}
