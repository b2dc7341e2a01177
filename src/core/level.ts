import type { Kpi } from './policy.js';

/**
 * One definition of where a KPI target stands against a benchmark, shared by validate
 * (benchmark-position), compare and the wizard's suggestion. The figures alone say ahead or behind
 * by the gap's sign and level only when equal; a policy may call a gap of up to five points on a
 * percentage KPI (five per cent of the benchmark in other units) level, as authors say level of
 * 80% against 78%.
 */
export type Position = 'ahead' | 'level' | 'behind';

export function levelTolerance(kpi: Pick<Kpi, 'unit'>, benchmarkValue: number): number {
  return kpi.unit.trim() === '%' ? 5 : Math.abs(benchmarkValue) * 0.05;
}

/** Better is positive: at-least KPIs are better above, at-most KPIs below. */
export function gapOf(direction: Kpi['direction'], target: number, benchmark: number): number {
  return direction === 'at-least' ? target - benchmark : benchmark - target;
}

/** The position a gap gives: level within the tolerance, ahead or behind past it. */
export function positionOf(gap: number, tolerance: number): Position {
  // Rounded first: 0.1 + 0.2 targets should not be a hair "ahead" of 0.3.
  const rounded = Math.round(gap * 1e9) / 1e9;
  return rounded > tolerance ? 'ahead' : rounded < -tolerance ? 'behind' : 'level';
}

type Target = Pick<Kpi, 'unit' | 'direction' | 'target'>;

/** What the figures alone say: ahead or behind by the gap's sign, level when equal. */
export function figuresPosition(kpi: Target, benchmarkValue: number): Position {
  return positionOf(gapOf(kpi.direction, kpi.target, benchmarkValue), 0);
}

/** Whether a position a policy states agrees with the figures: level within levelTolerance. */
export function positionAgrees(kpi: Target, benchmarkValue: number, position: Position): boolean {
  const gap = Math.round(gapOf(kpi.direction, kpi.target, benchmarkValue) * 1e9) / 1e9;
  if (position === 'level') return Math.abs(gap) <= levelTolerance(kpi, benchmarkValue) + 1e-9;
  return figuresPosition(kpi, benchmarkValue) === position;
}

/** The position to report: the stated one when the figures agree with it, else what the figures say. */
export function benchmarkPosition(kpi: Target, benchmarkValue: number, stated?: Position): Position {
  return stated !== undefined && positionAgrees(kpi, benchmarkValue, stated) ? stated : figuresPosition(kpi, benchmarkValue);
}
