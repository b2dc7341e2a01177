import { reportDay } from '../../core/locale.js';
import { say, joinList, type Lang } from '../../i18n/index.js';
import { painter } from '../../report/color.js';
import { needsWork, VERDICTS } from '../classify.js';
import { integer, num, numberLocale, percent, percentRange, targetText, withUnit } from '../../report/numbers.js';
import { rowProblemText, PILOT_MESSAGES } from '../messages.js';
import type { PilotReport } from '../report.js';
import { confidenceLevel, decisionText, policyTitle, resultText, scaleText, signed, sourceText, type PilotFormatter } from './common.js';
import { terminalFormat } from '../../report/terminal.js';
import { visibleWidth } from '../../report/bidi.js';

/** Columns padded to their widest cell as a terminal shows it (isolates take no column), two spaces apart. */
function table(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => visibleWidth(row[i] ?? ''))));
  return rows.map((row) => `  ${row.map((cell, i) => (i === row.length - 1 ? cell : cell + ' '.repeat(widths[i]! - visibleWidth(cell)))).join('  ')}`.trimEnd());
}

function precisionLine(lang: Lang, report: PilotReport): string {
  const { margin, needed, more } = report.summary.precision;
  const locale = numberLocale(report, lang);
  const counts = { margin: num(locale, margin, 1), needed: integer(locale, needed), more: integer(locale, more) };
  return more > 0 ? say(lang, PILOT_MESSAGES.precision, counts) : say(lang, PILOT_MESSAGES.precisionMet, counts);
}

/** For people at a terminal. */
export const stylish: PilotFormatter = terminalFormat((report, { lang, color }) => {
  const paint = painter(color);
  const { summary } = report;
  const locale = numberLocale(report, lang);
  const lines: string[] = [
    paint.bold(say(lang, PILOT_MESSAGES.title, { policy: policyTitle(lang, report) })),
    say(lang, PILOT_MESSAGES.subtitle, { id: report.policy.id, file: report.policy.file, date: reportDay(report.policy.locale, lang, report.date) }),
    say(lang, PILOT_MESSAGES.source, { files: joinList(lang, report.files), scale: scaleText(lang, report) }),
    '',
    paint.underline(say(lang, PILOT_MESSAGES.judgement)),
    ...table(VERDICTS.map((v) => {
      const s = summary.shares[v];
      return [say(lang, PILOT_MESSAGES[v]), integer(locale, summary.counts[v]), percent(locale, s.value), `(${say(lang, PILOT_MESSAGES.interval, { level: confidenceLevel(locale), range: percentRange(locale, s.low, s.high) })})`];
    })),
    `  ${say(lang, PILOT_MESSAGES.responses)}: ${integer(locale, summary.responses)}`,
  ];
  if (summary.nps) {
    const { nps } = summary;
    lines.push(`  ${say(lang, PILOT_MESSAGES.nps, { score: signed(locale, nps.score, 1), count: integer(locale, nps.responses), promoters: integer(locale, nps.promoters), passives: integer(locale, nps.passives), detractors: integer(locale, nps.detractors) })}`);
  }
  lines.push(`  ${precisionLine(lang, report)}`, '', paint.underline(say(lang, PILOT_MESSAGES.topics)));
  if (summary.topics.length === 0) lines.push(`  ${say(lang, PILOT_MESSAGES.noTopics)}`);
  else {
    lines.push(...table([
      [say(lang, PILOT_MESSAGES.topic), say(lang, PILOT_MESSAGES.responses), say(lang, PILOT_MESSAGES.gap), ...VERDICTS.map((v) => say(lang, PILOT_MESSAGES[v])), ''],
      ...summary.topics.map((topic) => [
        topic.topic, integer(locale, topic.responses), signed(locale, topic.meanGap),
        ...VERDICTS.map((v) => percent(locale, topic.shares[v].value)),
        needsWork(topic) ? paint.red(say(lang, PILOT_MESSAGES.needsWork)) : '',
      ]),
    ]));
    if (summary.untopiced > 0) lines.push(`  ${say(lang, PILOT_MESSAGES.untopiced, { count: summary.untopiced })}`);
  }
  lines.push('', paint.underline(say(lang, PILOT_MESSAGES.criteria)));
  if (report.criteria.length === 0) lines.push(`  ${say(lang, PILOT_MESSAGES.noCriteria)}`);
  else {
    lines.push(...table(report.criteria.map((c) => {
      const mark = c.met === true ? paint.green(`✔ ${resultText(lang, c)}`) : c.met === false ? paint.red(`✖ ${resultText(lang, c)}`) : paint.yellow(`? ${resultText(lang, c)}`);
      return [mark, c.kpi, c.actual ? withUnit(locale, c.actual.value, c.unit) : '—', `(${targetText(lang, c, locale)})`, sourceText(lang, c)];
    })));
    if (report.auditAsOf) lines.push(`  ${say(lang, PILOT_MESSAGES.auditAsOf, { date: reportDay(report.policy.locale, lang, report.auditAsOf) })}`);
  }
  if (report.bad.length > 0) {
    lines.push('', paint.underline(say(lang, PILOT_MESSAGES.badRows)));
    for (const row of report.bad) lines.push(`  ${paint.dim(`${row.file}:${row.line}`)}  ${rowProblemText(lang, row.problem)}`);
  }
  const decision = decisionText(lang, report);
  lines.push('', `${paint.bold(say(lang, PILOT_MESSAGES.decision))}: ${report.decision === 'adopt' ? paint.green(decision) : paint.red(decision)}`);
  return `${lines.join('\n')}\n`;
});

export default stylish;
