import type { Id } from '../core/policy.js';
import type { Actual } from './criteria.js';

/**
 * The figures of a `cs-policy audit --format json` report that a pilot can use: each standard's
 * attainment, a percentage 0-100 of judged records that met the target.
 */
export interface AuditFigures { asOf?: string; attainment: Map<Id, number | undefined> }

export type AuditProblem = { kind: 'not-audit' } | { kind: 'bad-standard'; index: number };

export function readAuditReport(data: unknown): AuditFigures | AuditProblem {
  const report = data as { format?: unknown; as_of?: unknown; standards?: unknown };
  if (!report || typeof report !== 'object' || report.format !== 'cs-policy/audit' || !Array.isArray(report.standards)) return { kind: 'not-audit' };
  const attainment = new Map<Id, number | undefined>();
  for (const [index, entry] of report.standards.entries()) {
    const standard = entry as { id?: unknown; attainment?: unknown };
    if (!standard || typeof standard.id !== 'string') return { kind: 'bad-standard', index };
    // A standard with no judged record has no attainment yet (null): it gives no value.
    const value = typeof standard.attainment === 'number' && Number.isFinite(standard.attainment) ? standard.attainment : undefined;
    attainment.set(standard.id, value);
  }
  return { ...(typeof report.as_of === 'string' ? { asOf: report.as_of } : {}), attainment };
}

export interface ActualInputs {
  /** `--kpi id=value`, which wins over the audit. */
  given: ReadonlyMap<Id, number>;
  audit?: AuditFigures;
  /** `--kpi-from-audit kpi=standard`. */
  fromAudit: ReadonlyMap<Id, Id>;
}

/**
 * A KPI's actual value: given on the command line; else the attainment of the audit standard it is
 * mapped to; else, by convention, of the audit standard with the same id as the KPI.
 */
export function actualValues(kpis: readonly Id[], inputs: ActualInputs): Map<Id, Actual> {
  const actuals = new Map<Id, Actual>();
  for (const kpi of kpis) {
    const given = inputs.given.get(kpi);
    if (given !== undefined) {
      actuals.set(kpi, { value: given, source: { kind: 'given' } });
      continue;
    }
    const standard = inputs.fromAudit.get(kpi) ?? kpi;
    const value = inputs.audit?.attainment.get(standard);
    if (value !== undefined) actuals.set(kpi, { value, source: { kind: 'audit', standard } });
  }
  return actuals;
}
