import { benchmarkPosition, gapOf, levelTolerance, positionAgrees, positionOf, type Position } from '../core/level.js';
import type { Benchmark, Goal, Id, IsoDate, Kpi, LocalText, Policy } from '../core/policy.js';

export { gapOf, positionOf, type Position };

/**
 * Step two of the method: our goals against competitors' and the industry's, to learn the
 * standard and see where we are not competitive. Our KPI target is compared with each benchmark
 * in the KPI's direction (a higher share answered is better; a lower share abandoned is better).
 */
export const POSITIONS: readonly Position[] = ['ahead', 'level', 'behind'];

export interface BenchmarkComparison {
  kind: Benchmark['kind'];
  against: LocalText;
  value: number;
  source: LocalText;
  date: IsoDate;
  note?: LocalText;
  /** How far our target is better (above 0) or worse (below 0) than the benchmark, in the KPI's units. */
  gap: number;
  /** The gap within which this benchmark may count as level. */
  tolerance: number;
  position: Position;
  /** Whole days from the benchmark's date to today; negative for a date still to come. */
  ageDays: number;
  old: boolean;
  /** The position the policy states, when it names one of ahead, level or behind and the figures say otherwise. */
  stated?: Position;
}

export interface KpiComparison {
  kpi: Kpi;
  benchmarks: BenchmarkComparison[];
  /** Against the strongest benchmark: behind any is behind; `none` without a benchmark. */
  position: Position | 'none';
}

export interface GoalComparison { id: Id; title: LocalText; kpis: KpiComparison[] }

export interface Comparison {
  goals: GoalComparison[];
  counts: Record<Position | 'none', number>;
  old: number;
}

/** Without a tolerance, level means what validate means by it (core/level.ts). */
export interface CompareOptions { today: IsoDate; maxAgeDays: number; tolerance?: number }

const DAY = 86_400_000;
const daysBetween = (from: IsoDate, to: IsoDate) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);


const RANK: Record<Position, number> = { behind: 0, level: 1, ahead: 2 };

export function compareBenchmarks(policy: Policy, options: CompareOptions): Comparison {
  const benchmarks = policy.comparison?.benchmarks ?? [];
  const counts: Comparison['counts'] = { ahead: 0, level: 0, behind: 0, none: 0 };
  let old = 0;
  const goals = policy.goals.map((goal: Goal) => ({
    id: goal.id,
    title: goal.title,
    kpis: (goal.kpis ?? []).map((kpi) => {
      const compared = benchmarks.filter((b) => b.kpi === kpi.id).map((b): BenchmarkComparison => {
        const gap = gapOf(kpi.direction, kpi.target, b.value);
        const stated = (POSITIONS as readonly string[]).includes(b.position ?? '') ? (b.position as Position) : undefined;
        // Without --tolerance, what validate accepts is what compare reports (core/level.ts).
        const tolerance = options.tolerance ?? levelTolerance(kpi, b.value);
        const position = options.tolerance === undefined ? benchmarkPosition(kpi, b.value, stated) : positionOf(gap, tolerance);
        const disagrees = stated !== undefined && (options.tolerance === undefined ? !positionAgrees(kpi, b.value, stated) : stated !== position);
        const ageDays = daysBetween(b.date, options.today);
        return {
          kind: b.kind, against: b.against, value: b.value, source: b.source, date: b.date, ...(b.note !== undefined ? { note: b.note } : {}),
          gap, tolerance, position, ageDays, old: ageDays > options.maxAgeDays,
          ...(disagrees ? { stated } : {}),
        };
      });
      old += compared.filter((b) => b.old).length;
      const position: KpiComparison['position'] = compared.length === 0 ? 'none' : compared.reduce<Position>((worst, b) => (RANK[b.position] < RANK[worst] ? b.position : worst), 'ahead');
      counts[position]++;
      return { kpi, benchmarks: compared, position };
    }),
  }));
  return { goals, counts, old };
}
