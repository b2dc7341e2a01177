import { reportDay } from '../../core/locale.js';
import { escapeMarkdown, tidyMarkdown } from '../../report/markdown.js';
import { say, joinList, type Lang } from '../../i18n/index.js';
import { needsWork, VERDICTS } from '../classify.js';
import { integer, num, numberLocale, percent, percentRange, targetText, withUnit } from '../../report/numbers.js';
import { rowProblemText, PILOT_MESSAGES } from '../messages.js';
import type { PilotReport } from '../report.js';
import { confidenceLevel, decisionText, policyTitle, resultText, scaleText, signed, sourceText, type PilotFormatter } from './common.js';
import { terminalFormat } from '../../report/terminal.js';

const row = (cells: string[]) => `|${cells.map((cell) => (cell === '' ? ' ' : ` ${cell} `)).join('|')}|`;
const rule = (n: number) => row(Array.from({ length: n }, () => '---'));

function precision(lang: Lang, report: PilotReport): string {
  const { margin, needed, more } = report.summary.precision;
  const locale = numberLocale(report, lang);
  const counts = { margin: num(locale, margin, 1), needed: integer(locale, needed), more: integer(locale, more) };
  return more > 0 ? say(lang, PILOT_MESSAGES.precision, counts) : say(lang, PILOT_MESSAGES.precisionMet, counts);
}

/** Markdown that passes markdownlint's default rules, for a pull request or a wiki page. */
export const md: PilotFormatter = terminalFormat((report, { lang }) => {
  const e = escapeMarkdown;
  const { summary } = report;
  const locale = numberLocale(report, lang);
  const out: string[] = [
    `# ${e(say(lang, PILOT_MESSAGES.title, { policy: policyTitle(lang, report) }))}`, '',
    e(say(lang, PILOT_MESSAGES.subtitle, { id: report.policy.id, file: report.policy.file, date: reportDay(report.policy.locale, lang, report.date) })), '',
    e(say(lang, PILOT_MESSAGES.source, { files: joinList(lang, report.files), scale: scaleText(lang, report) })), '',
    `**${e(say(lang, PILOT_MESSAGES.decision))}:** ${e(decisionText(lang, report))}`, '',
    `## ${e(say(lang, PILOT_MESSAGES.judgement))}`, '',
    e(say(lang, PILOT_MESSAGES.judgementNote, { level: confidenceLevel(locale) })), '',
    row(['', say(lang, PILOT_MESSAGES.count), say(lang, PILOT_MESSAGES.share), confidenceLevel(locale)]), rule(4),
    ...VERDICTS.map((v) => row([e(say(lang, PILOT_MESSAGES[v])), integer(locale, summary.counts[v]), percent(locale, summary.shares[v].value), percentRange(locale, summary.shares[v].low, summary.shares[v].high)])),
    row([e(say(lang, PILOT_MESSAGES.responses)), integer(locale, summary.responses), '', '']), '',
  ];
  if (summary.nps) {
    const { nps } = summary;
    out.push(e(say(lang, PILOT_MESSAGES.nps, { score: signed(locale, nps.score, 1), count: integer(locale, nps.responses), promoters: integer(locale, nps.promoters), passives: integer(locale, nps.passives), detractors: integer(locale, nps.detractors) })), '');
  }
  out.push(e(precision(lang, report)), '', `## ${e(say(lang, PILOT_MESSAGES.topics))}`, '');
  if (summary.topics.length === 0) out.push(e(say(lang, PILOT_MESSAGES.noTopics)), '');
  else {
    out.push(e(say(lang, PILOT_MESSAGES.topicsNote)), '',
      row([say(lang, PILOT_MESSAGES.topic), say(lang, PILOT_MESSAGES.responses), say(lang, PILOT_MESSAGES.gap), ...VERDICTS.map((v) => say(lang, PILOT_MESSAGES[v])), '']), rule(7),
      ...summary.topics.map((topic) => row([e(topic.topic), integer(locale, topic.responses), signed(locale, topic.meanGap), ...VERDICTS.map((v) => percent(locale, topic.shares[v].value)), needsWork(topic) ? e(say(lang, PILOT_MESSAGES.needsWork)) : ''])),
      '');
    if (summary.untopiced > 0) out.push(e(say(lang, PILOT_MESSAGES.untopiced, { count: summary.untopiced })), '');
  }
  out.push(`## ${e(say(lang, PILOT_MESSAGES.criteria))}`, '');
  if (report.criteria.length === 0) out.push(e(say(lang, PILOT_MESSAGES.noCriteria)), '');
  else {
    out.push(row([say(lang, PILOT_MESSAGES.kpi), say(lang, PILOT_MESSAGES.target), say(lang, PILOT_MESSAGES.actual), say(lang, PILOT_MESSAGES.result), say(lang, PILOT_MESSAGES.from)]), rule(5),
      ...report.criteria.map((c) => row([`\`${c.kpi}\``, e(targetText(lang, c, locale)), c.actual ? e(withUnit(locale, c.actual.value, c.unit)) : '—', e(resultText(lang, c)), e(sourceText(lang, c, true))])),
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
