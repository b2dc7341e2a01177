import type { IsoDate, LocalText, PilotResults } from '../core/policy.js';
import { needsWork, summarize, type Summary } from './classify.js';
import { decide, type CriterionResult, type Decision } from './criteria.js';
import type { BadRow, ScaledResponses, ScaleMax } from './responses.js';

/** Everything a pilot report says; every format prints this one value. */
export interface PilotReport {
  /** `locale`: the policy's, for its dates (core/locale.ts). */
  policy: { id: string; title: LocalText; file: string; locale?: string };
  date: IsoDate;
  /** The response files, as the user named them. */
  files: string[];
  scale: { max: ScaleMax; inferred: boolean };
  summary: Summary;
  bad: BadRow[];
  criteria: CriterionResult[];
  auditAsOf?: string;
  decision: Decision;
}

export interface PilotInputs {
  policy: PilotReport['policy'];
  date: IsoDate;
  files: string[];
  scaled: ScaledResponses;
  criteria: CriterionResult[];
  /** Percentage points every share should be known within. */
  margin: number;
  auditAsOf?: string;
}

export function pilotReport(inputs: PilotInputs): PilotReport {
  return {
    policy: inputs.policy,
    date: inputs.date,
    files: inputs.files,
    scale: { max: inputs.scaled.max, inferred: inputs.scaled.inferred },
    summary: summarize(inputs.scaled.responses, inputs.margin),
    bad: inputs.scaled.bad,
    criteria: inputs.criteria,
    ...(inputs.auditAsOf ? { auditAsOf: inputs.auditAsOf } : {}),
    decision: decide(inputs.criteria),
  };
}

export const round = (value: number, places = 1): number => {
  const factor = 10 ** places;
  const rounded = Math.round(value * factor) / factor;
  return Object.is(rounded, -0) ? 0 : rounded;
};

/** The pilot section's `results`, as --record writes it. */
export function pilotResults(report: PilotReport, notes?: LocalText): PilotResults {
  const { summary } = report;
  return {
    date: report.date,
    responses: summary.responses,
    dissatisfied: summary.counts.dissatisfied,
    satisfied: summary.counts.satisfied,
    loyal: summary.counts.loyal,
    ...(summary.nps ? { nps: round(summary.nps.score) } : {}),
    criteria: report.criteria.map((c) => ({ kpi: c.kpi, target: c.target, ...(c.actual ? { actual: c.actual.value } : {}), met: c.met })),
    topics: summary.topics.filter(needsWork).map((topic) => ({ topic: topic.topic, gap: round(topic.meanGap, 2), responses: topic.responses })),
    decision: report.decision,
    ...(notes !== undefined ? { notes } : {}),
  };
}
