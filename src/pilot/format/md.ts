import { reportDay } from '../../core/locale.js';
import { escapeMarkdown, tidyMarkdown } from '../../report/markdown.js';
import { say, joinList, type Lang } from '../../i18n/index.js';
import { needsWork, VERDICTS } from '../classify.js';
import { num, percent, percentRange, targetText, withUnit } from '../../report/numbers.js';
import { rowProblemText, PILOT_MESSAGES } from '../messages.js';
import type { PilotReport } from '../report.js';
import { decisionText, policyTitle, resultText, scaleText, signed, sourceText, type PilotFormatter } from './common.js';
import { terminalFormat } from '../../report/terminal.js';

const row = (cells: string[]) => `|${cells.map((cell) => (cell === '' ? ' ' : ` ${cell} `)).join('|')}|`;
const rule = (n: number) => row(Array.from({ length: n }, () => '---'));

function precision(lang: Lang, report: PilotReport): string {
  const { margin, needed, more } = report.summary.precision;
  return more > 0 ? say(lang, PILOT_MESSAGES.precision, { margin: num(lang, margin, 1), needed, more }) : say(lang, PILOT_MESSAGES.precisionMet, { margin: num(lang, margin, 1), needed });
}

/** Markdown that passes markdownlint's default rules, for a pull request or a wiki page. */
export const md: PilotFormatter = terminalFormat((report, { lang }) => {
  const e = escapeMarkdown;
  const { summary } = report;
  const out: string[] = [
    `# ${e(say(lang, PILOT_MESSAGES.title, { policy: policyTitle(lang, report) }))}`, '',
    e(say(lang, PILOT_MESSAGES.subtitle, { id: report.policy.id, file: report.policy.file, date: reportDay(report.policy.locale, lang, report.date) })), '',
    e(say(lang, PILOT_MESSAGES.source, { files: joinList(lang, report.files), scale: scaleText(lang, report) })), '',
    `**${e(say(lang, PILOT_MESSAGES.decision))}:** ${e(decisionText(lang, report))}`, '',
    `## ${e(say(lang, PILOT_MESSAGES.judgement))}`, '',
    e(say(lang, PILOT_MESSAGES.judgementNote)), '',
    row(['', say(lang, PILOT_MESSAGES.count), say(lang, PILOT_MESSAGES.share), '95%']), rule(4),
    ...VERDICTS.map((v) => row([e(say(lang, PILOT_MESSAGES[v])), String(summary.counts[v]), percent(lang, summary.shares[v].value), percentRange(lang, summary.shares[v].low, summary.shares[v].high)])),
    row([e(say(lang, PILOT_MESSAGES.responses)), String(summary.responses), '', '']), '',
  ];
  if (summary.nps) {
    const { nps } = summary;
    out.push(e(say(lang, PILOT_MESSAGES.nps, { score: signed(lang, nps.score, 1), count: nps.responses, promoters: nps.promoters, passives: nps.passives, detractors: nps.detractors })), '');
  }
  out.push(e(precision(lang, report)), '', `## ${e(say(lang, PILOT_MESSAGES.topics))}`, '');
  if (summary.topics.length === 0) out.push(e(say(lang, PILOT_MESSAGES.noTopics)), '');
  else {
    out.push(e(say(lang, PILOT_MESSAGES.topicsNote)), '',
      row([say(lang, PILOT_MESSAGES.topic), say(lang, PILOT_MESSAGES.responses), say(lang, PILOT_MESSAGES.gap), ...VERDICTS.map((v) => say(lang, PILOT_MESSAGES[v])), '']), rule(7),
      ...summary.topics.map((topic) => row([e(topic.topic), String(topic.responses), signed(lang, topic.meanGap), ...VERDICTS.map((v) => percent(lang, topic.shares[v].value)), needsWork(topic) ? e(say(lang, PILOT_MESSAGES.needsWork)) : ''])),
      '');
    if (summary.untopiced > 0) out.push(e(say(lang, PILOT_MESSAGES.untopiced, { count: summary.untopiced })), '');
  }
  out.push(`## ${e(say(lang, PILOT_MESSAGES.criteria))}`, '');
  if (report.criteria.length === 0) out.push(e(say(lang, PILOT_MESSAGES.noCriteria)), '');
  else {
    out.push(row([say(lang, PILOT_MESSAGES.kpi), say(lang, PILOT_MESSAGES.target), say(lang, PILOT_MESSAGES.actual), say(lang, PILOT_MESSAGES.result), say(lang, PILOT_MESSAGES.from)]), rule(5),
      ...report.criteria.map((c) => row([`\`${c.kpi}\``, e(targetText(lang, c)), c.actual ? e(withUnit(lang, c.actual.value, c.unit)) : '—', e(resultText(lang, c)), e(sourceText(lang, c, true))])),
      '');
    if (report.criteria.some((c) => c.met === 'unknown')) out.push(e(say(lang, PILOT_MESSAGES.noValueHint)), '');
    if (report.auditAsOf) out.push(e(say(lang, PILOT_MESSAGES.auditAsOf, { date: reportDay(report.policy.locale, lang, report.auditAsOf) })), '');
  }
  if (report.bad.length > 0) {
    out.push(`## ${e(say(lang, PILOT_MESSAGES.badRows))}`, '', ...report.bad.map((bad) => `- \`${bad.file}:${bad.line}\`: ${e(rowProblemText(lang, bad.problem))}`), '');
  }
  return tidyMarkdown(out.join('\n'));
});

export default md;
