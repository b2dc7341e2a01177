import { reportDay } from '../../core/locale.js';
import { escapeMarkdown, tidyMarkdown } from '../../report/markdown.js';
import { joinList, type Lang } from '../../i18n/index.js';
import { needsWork, VERDICTS } from '../classify.js';
import { integer, num, percent, percentRange, targetText, withUnit } from '../../report/numbers.js';
import { rowProblemText, say, untopicedText } from '../messages.js';
import type { PilotReport } from '../report.js';
import { decisionText, numberLocale, policyTitle, resultText, scaleText, signed, sourceText, type PilotFormatter } from './common.js';
import { terminalFormat } from '../../report/terminal.js';

const row = (cells: string[]) => `|${cells.map((cell) => (cell === '' ? ' ' : ` ${cell} `)).join('|')}|`;
const rule = (n: number) => row(Array.from({ length: n }, () => '---'));

function precision(lang: Lang, report: PilotReport): string {
  const { margin, needed, more } = report.summary.precision;
  const locale = numberLocale(report, lang);
  const counts = { margin: num(locale, margin, 1), needed: integer(locale, needed), more: integer(locale, more) };
  return more > 0 ? say(lang, 'precision', counts) : say(lang, 'precisionMet', counts);
}

/** Markdown that passes markdownlint's default rules, for a pull request or a wiki page. */
export const md: PilotFormatter = terminalFormat((report, { lang }) => {
  const e = escapeMarkdown;
  const { summary } = report;
  const locale = numberLocale(report, lang);
  const out: string[] = [
    `# ${e(say(lang, 'title', { policy: policyTitle(lang, report) }))}`, '',
    e(say(lang, 'subtitle', { id: report.policy.id, file: report.policy.file, date: reportDay(report.policy.locale, lang, report.date) })), '',
    e(say(lang, 'source', { files: joinList(lang, report.files), scale: scaleText(lang, report) })), '',
    `**${e(say(lang, 'decision'))}:** ${e(decisionText(lang, report))}`, '',
    `## ${e(say(lang, 'judgement'))}`, '',
    e(say(lang, 'judgementNote')), '',
    row(['', say(lang, 'count'), say(lang, 'share'), withUnit(locale, 95, '%')]), rule(4),
    ...VERDICTS.map((v) => row([e(say(lang, v)), integer(locale, summary.counts[v]), percent(locale, summary.shares[v].value), percentRange(locale, summary.shares[v].low, summary.shares[v].high)])),
    row([e(say(lang, 'responses')), integer(locale, summary.responses), '', '']), '',
  ];
  if (summary.nps) {
    const { nps } = summary;
    out.push(e(say(lang, 'nps', { score: signed(locale, nps.score, 1), count: integer(locale, nps.responses), promoters: integer(locale, nps.promoters), passives: integer(locale, nps.passives), detractors: integer(locale, nps.detractors) })), '');
  }
  out.push(e(precision(lang, report)), '', `## ${e(say(lang, 'topics'))}`, '');
  if (summary.topics.length === 0) out.push(e(say(lang, 'noTopics')), '');
  else {
    out.push(e(say(lang, 'topicsNote')), '',
      row([say(lang, 'topic'), say(lang, 'responses'), say(lang, 'gap'), ...VERDICTS.map((v) => say(lang, v)), '']), rule(7),
      ...summary.topics.map((topic) => row([e(topic.topic), integer(locale, topic.responses), signed(locale, topic.meanGap), ...VERDICTS.map((v) => percent(locale, topic.shares[v].value)), needsWork(topic) ? e(say(lang, 'needsWork')) : ''])),
      '');
    if (summary.untopiced > 0) out.push(e(untopicedText(lang, summary.untopiced)), '');
  }
  out.push(`## ${e(say(lang, 'criteria'))}`, '');
  if (report.criteria.length === 0) out.push(e(say(lang, 'noCriteria')), '');
  else {
    out.push(row([say(lang, 'kpi'), say(lang, 'target'), say(lang, 'actual'), say(lang, 'result'), say(lang, 'from')]), rule(5),
      ...report.criteria.map((c) => row([`\`${c.kpi}\``, e(targetText(lang, c, locale)), c.actual ? e(withUnit(locale, c.actual.value, c.unit)) : '—', e(resultText(lang, c)), e(sourceText(lang, c, true))])),
      '');
    if (report.criteria.some((c) => c.met === 'unknown')) out.push(e(say(lang, 'noValueHint')), '');
    if (report.auditAsOf) out.push(e(say(lang, 'auditAsOf', { date: reportDay(report.policy.locale, lang, report.auditAsOf) })), '');
  }
  if (report.bad.length > 0) {
    out.push(`## ${e(say(lang, 'badRows'))}`, '', ...report.bad.map((bad) => `- \`${bad.file}:${bad.line}\`: ${e(rowProblemText(lang, bad.problem))}`), '');
  }
  return tidyMarkdown(out.join('\n'));
});

export default md;
