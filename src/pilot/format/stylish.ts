import { reportDay } from '../../core/locale.js';
import { joinList, type Lang } from '../../i18n/index.js';
import { painter } from '../../report/color.js';
import { needsWork, VERDICTS } from '../classify.js';
import { integer, num, percent, percentRange, targetText, withUnit } from '../../report/numbers.js';
import { rowProblemText, say, untopicedText } from '../messages.js';
import type { PilotReport } from '../report.js';
import { decisionText, numberLocale, policyTitle, resultText, scaleText, signed, sourceText, type PilotFormatter } from './common.js';
import { terminalFormat } from '../../report/terminal.js';

/** Columns padded to their widest cell, two spaces apart. */
function table(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => [...(row[i] ?? '')].length)));
  return rows.map((row) => `  ${row.map((cell, i) => (i === row.length - 1 ? cell : cell + ' '.repeat(widths[i]! - [...cell].length))).join('  ')}`.trimEnd());
}

function precisionLine(lang: Lang, report: PilotReport): string {
  const { margin, needed, more } = report.summary.precision;
  const locale = numberLocale(report, lang);
  const counts = { margin: num(locale, margin, 1), needed: integer(locale, needed), more: integer(locale, more) };
  return more > 0 ? say(lang, 'precision', counts) : say(lang, 'precisionMet', counts);
}

/** For people at a terminal. */
export const stylish: PilotFormatter = terminalFormat((report, { lang, color }) => {
  const paint = painter(color);
  const { summary } = report;
  const locale = numberLocale(report, lang);
  const lines: string[] = [
    paint.bold(say(lang, 'title', { policy: policyTitle(lang, report) })),
    say(lang, 'subtitle', { id: report.policy.id, file: report.policy.file, date: reportDay(report.policy.locale, lang, report.date) }),
    say(lang, 'source', { files: joinList(lang, report.files), scale: scaleText(lang, report) }),
    '',
    paint.underline(say(lang, 'judgement')),
    ...table(VERDICTS.map((v) => {
      const s = summary.shares[v];
      return [say(lang, v), integer(locale, summary.counts[v]), percent(locale, s.value), `(${say(lang, 'interval', { range: percentRange(locale, s.low, s.high) })})`];
    })),
    `  ${say(lang, 'responses')}: ${integer(locale, summary.responses)}`,
  ];
  if (summary.nps) {
    const { nps } = summary;
    lines.push(`  ${say(lang, 'nps', { score: signed(locale, nps.score, 1), count: integer(locale, nps.responses), promoters: integer(locale, nps.promoters), passives: integer(locale, nps.passives), detractors: integer(locale, nps.detractors) })}`);
  }
  lines.push(`  ${precisionLine(lang, report)}`, '', paint.underline(say(lang, 'topics')));
  if (summary.topics.length === 0) lines.push(`  ${say(lang, 'noTopics')}`);
  else {
    lines.push(...table([
      [say(lang, 'topic'), say(lang, 'responses'), say(lang, 'gap'), ...VERDICTS.map((v) => say(lang, v)), ''],
      ...summary.topics.map((topic) => [
        topic.topic, integer(locale, topic.responses), signed(locale, topic.meanGap),
        ...VERDICTS.map((v) => percent(locale, topic.shares[v].value)),
        needsWork(topic) ? paint.red(say(lang, 'needsWork')) : '',
      ]),
    ]));
    if (summary.untopiced > 0) lines.push(`  ${untopicedText(lang, summary.untopiced)}`);
  }
  lines.push('', paint.underline(say(lang, 'criteria')));
  if (report.criteria.length === 0) lines.push(`  ${say(lang, 'noCriteria')}`);
  else {
    lines.push(...table(report.criteria.map((c) => {
      const mark = c.met === true ? paint.green(`✔ ${resultText(lang, c)}`) : c.met === false ? paint.red(`✖ ${resultText(lang, c)}`) : paint.yellow(`? ${resultText(lang, c)}`);
      return [mark, c.kpi, c.actual ? withUnit(locale, c.actual.value, c.unit) : '—', `(${targetText(lang, c, locale)})`, sourceText(lang, c)];
    })));
    if (report.auditAsOf) lines.push(`  ${say(lang, 'auditAsOf', { date: reportDay(report.policy.locale, lang, report.auditAsOf) })}`);
  }
  if (report.bad.length > 0) {
    lines.push('', paint.underline(say(lang, 'badRows')));
    for (const row of report.bad) lines.push(`  ${paint.dim(`${row.file}:${row.line}`)}  ${rowProblemText(lang, row.problem)}`);
  }
  const decision = decisionText(lang, report);
  lines.push('', `${paint.bold(say(lang, 'decision'))}: ${report.decision === 'adopt' ? paint.green(decision) : paint.red(decision)}`);
  return `${lines.join('\n')}\n`;
});

export default stylish;
