import type { Id, Kpi, LocalText, Policy } from '../core/policy.js';

/** Where a KPI's actual value came from: `--kpi id=value`, or a standard of an audit report. */
export type ActualSource = { kind: 'given' } | { kind: 'audit'; standard: Id };
export interface Actual { value: number; source: ActualSource }

export interface CriterionResult {
  kpi: Id;
  name: LocalText;
  unit: string;
  direction: Kpi['direction'];
  target: number;
  actual?: Actual;
  /** Without a value a criterion is not known to be met, so it never counts as met. */
  met: boolean | 'unknown';
}

export function kpisById(policy: Policy): Map<Id, Kpi> {
  return new Map(policy.goals.flatMap((goal) => goal.kpis ?? []).map((kpi) => [kpi.id, kpi]));
}

/** At least or at most, as the KPI says: 80% answered is at least 80; 5% abandoned is at most 5. */
export function meets(direction: Kpi['direction'], actual: number, target: number): boolean {
  return direction === 'at-least' ? actual >= target : actual <= target;
}

export function evaluateCriteria(policy: Policy, actuals: ReadonlyMap<Id, Actual>): CriterionResult[] {
  const kpis = kpisById(policy);
  return (policy.pilot?.success_criteria ?? []).map((criterion) => {
    // validate's reference-resolves rule has checked that the KPI exists.
    const kpi = kpis.get(criterion.kpi)!;
    const actual = actuals.get(criterion.kpi);
    return {
      kpi: criterion.kpi,
      name: kpi.name,
      unit: kpi.unit,
      direction: kpi.direction,
      target: criterion.target,
      ...(actual ? { actual } : {}),
      met: actual ? meets(kpi.direction, actual.value, criterion.target) : 'unknown',
    };
  });
}

export type Decision = 'adopt' | 'revise';

/** The pilot is adopted only when every success criterion is known to be met. */
export function decide(criteria: readonly CriterionResult[]): Decision {
  return criteria.every((criterion) => criterion.met === true) ? 'adopt' : 'revise';
}
