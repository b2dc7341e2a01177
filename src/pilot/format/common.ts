import { MESSAGES } from '../../i18n/messages.js';
import { textIn } from '../../core/policy.js';
import { num, withUnit } from '../../report/numbers.js';
import { say, joinList, type Lang } from '../../i18n/index.js';
import { needsWork } from '../classify.js';
import type { CriterionResult } from '../criteria.js';
import { PILOT_MESSAGES } from '../messages.js';
import type { PilotReport } from '../report.js';

export interface PilotFormatOptions { lang: Lang; color: boolean }
/** A formatter is pure: the report in, text out. */
export type PilotFormatter = (report: PilotReport, options: PilotFormatOptions) => string;


/** A signed figure in `locale`: +0.40, -1.20; one that rounds to zero has no sign. */
export const signed = (locale: string, value: number, digits = 2) => {
  const rounded = Number(value.toFixed(digits));
  if (rounded === 0) return num(locale, 0, digits, true);
  const text = num(locale, value, digits, true);
  return rounded > 0 ? `+${text}` : text;
};


export function resultText(lang: Lang, criterion: CriterionResult): string {
  return say(lang, PILOT_MESSAGES[criterion.met === 'unknown' ? 'unknown' : criterion.met ? 'met' : 'notMet']);
}

/** Tables in Markdown and HTML say only "no value", and explain once below (`short`). */
export function sourceText(lang: Lang, criterion: CriterionResult, short = false): string {
  if (!criterion.actual) return short ? say(lang, PILOT_MESSAGES.noValueShort) : say(lang, PILOT_MESSAGES.noValue, { kpi: criterion.kpi });
  return criterion.actual.source.kind === 'given' ? say(lang, PILOT_MESSAGES.fromGiven) : say(lang, PILOT_MESSAGES.fromAudit, { standard: criterion.actual.source.standard });
}

export const scaleText = (lang: Lang, report: PilotReport) => say(lang, PILOT_MESSAGES[report.scale.inferred ? 'scaleInferred' : 'scaleGiven'], { max: report.scale.max });

/** The confidence of every interval in the report (stats.ts Z95), as the locale writes a share: 95%, 95٪. */
export const confidenceLevel = (locale: string) => withUnit(locale, 95, '%');

export const policyTitle = (lang: Lang, report: PilotReport) => textIn(report.policy.title, lang) || report.policy.id;

/** The decision as one line: adopt, or revise and what needs work. */
export function decisionText(lang: Lang, report: PilotReport): string {
  if (report.decision === 'adopt') {
    const topics = report.summary.topics.filter(needsWork).map((t) => t.topic);
    return topics.length ? `${say(lang, PILOT_MESSAGES.adopt)}; ${say(lang, PILOT_MESSAGES.reviseTopics, { list: joinList(lang, topics) })}` : say(lang, PILOT_MESSAGES.adopt);
  }
  return [say(lang, PILOT_MESSAGES.revise), ...workItems(lang, report)].join(say(lang, MESSAGES.semicolon));
}

export function workItems(lang: Lang, report: PilotReport): string[] {
  const criteria = report.criteria.filter((c) => c.met !== true).map((c) => c.kpi);
  const topics = report.summary.topics.filter(needsWork).map((t) => t.topic);
  return [
    ...(criteria.length ? [say(lang, PILOT_MESSAGES.reviseCriteria, { list: joinList(lang, criteria) })] : []),
    ...(topics.length ? [say(lang, PILOT_MESSAGES.reviseTopics, { list: joinList(lang, topics) })] : []),
  ];
}
