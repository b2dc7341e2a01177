import { VERDICTS } from '../classify.js';
import { rowProblemText } from '../messages.js';
import { withoutIsolates } from '../../report/bidi.js';
import { round } from '../report.js';
import type { PilotFormatter } from './common.js';

const share = (interval: { value: number; low: number; high: number }) => ({ value: round(interval.value), low: round(interval.low), high: round(interval.high) });

/** For scripts: `format: "cs-policy/pilot"`, percentages 0-100 to one decimal. */
/** JSON is read by programs: no directional isolates in its messages. */

export const json: PilotFormatter = (report, { lang }) => {
  const { summary } = report;
  const value = {
    format: 'cs-policy/pilot',
    version: 1,
    policy: report.policy.id,
    file: report.policy.file,
    date: report.date,
    scale: { min: 1, max: report.scale.max, inferred: report.scale.inferred },
    responses: summary.responses,
    dissatisfied: summary.counts.dissatisfied,
    satisfied: summary.counts.satisfied,
    loyal: summary.counts.loyal,
    shares: Object.fromEntries(VERDICTS.map((v) => [v, share(summary.shares[v])])),
    gap: round(summary.meanGap, 2),
    nps: summary.nps ? { score: round(summary.nps.score), responses: summary.nps.responses, promoters: summary.nps.promoters, passives: summary.nps.passives, detractors: summary.nps.detractors } : null,
    precision: summary.precision,
    topics: summary.topics.map((topic) => ({
      topic: topic.topic,
      responses: topic.responses,
      gap: round(topic.meanGap, 2),
      dissatisfied: topic.counts.dissatisfied,
      satisfied: topic.counts.satisfied,
      loyal: topic.counts.loyal,
      shares: Object.fromEntries(VERDICTS.map((v) => [v, share(topic.shares[v])])),
      needs_work: topic.meanGap < 0,
    })),
    untopiced: summary.untopiced,
    criteria: report.criteria.map((c) => ({
      kpi: c.kpi,
      direction: c.direction,
      target: c.target,
      actual: c.actual?.value ?? null,
      source: c.actual ? (c.actual.source.kind === 'given' ? 'kpi' : `audit:${c.actual.source.standard}`) : null,
      met: c.met,
    })),
    ...(report.auditAsOf ? { audit_as_of: report.auditAsOf } : {}),
    bad_rows: report.bad.map((row) => ({ file: row.file, line: row.line, problem: row.problem.kind, message: withoutIsolates(rowProblemText(lang, row.problem)) })),
    decision: report.decision,
  };
  return `${JSON.stringify(value, null, 2)}\n`;
};

export default json;
