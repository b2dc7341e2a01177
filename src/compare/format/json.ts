import type { CompareFormatter } from './common.js';

/** For scripts: `format: "cs-policy/compare"`, one entry per KPI. */
export const json: CompareFormatter = (report) => {
  const value = {
    format: 'cs-policy/compare',
    version: 1,
    policy: report.policy.id,
    file: report.policy.file,
    date: report.date,
    max_age: report.maxAge,
    // null: level as validate counts it, per benchmark below.
    tolerance: report.tolerance ?? null,
    counts: report.counts,
    old: report.old,
    goals: report.goals.map((goal) => ({
      goal: goal.id,
      kpis: goal.kpis.map((item) => ({
        kpi: item.kpi.id,
        unit: item.kpi.unit,
        direction: item.kpi.direction,
        target: item.kpi.target,
        position: item.position,
        benchmarks: item.benchmarks.map((b) => ({
          kind: b.kind,
          against: b.against,
          value: b.value,
          gap: Math.round(b.gap * 1e6) / 1e6,
          tolerance: Math.round(b.tolerance * 1e6) / 1e6,
          position: b.position,
          source: b.source,
          date: b.date,
          age_days: b.ageDays,
          old: b.old,
          ...(b.stated ? { stated: b.stated } : {}),
          ...(b.note !== undefined ? { note: b.note } : {}),
        })),
      })),
    })),
  };
  return `${JSON.stringify(value, null, 2)}\n`;
};

export default json;
