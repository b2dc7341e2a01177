import { reportDay } from '../../core/locale.js';
import { say, joinList, type Lang } from '../../i18n/index.js';
import { painter } from '../../report/color.js';
import { needsWork, VERDICTS } from '../classify.js';
import { num, percent, targetText, withUnit, roundPercent } from '../../report/numbers.js';
import { rowProblemText, PILOT_MESSAGES } from '../messages.js';
import type { PilotReport } from '../report.js';
import { decisionText, policyTitle, resultText, scaleText, signed, sourceText, type PilotFormatter } from './common.js';
import { terminalFormat } from '../../report/terminal.js';

/** Columns padded to their widest cell, two spaces apart. */
function table(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => [...(row[i] ?? '')].length)));
  return rows.map((row) => `  ${row.map((cell, i) => (i === row.length - 1 ? cell : cell + ' '.repeat(widths[i]! - [...cell].length))).join('  ')}`.trimEnd());
}

function precisionLine(lang: Lang, report: PilotReport): string {
  const { margin, needed, more } = report.summary.precision;
  return more > 0 ? say(lang, PILOT_MESSAGES.precision, { margin: num(lang, margin, 1), needed, more }) : say(lang, PILOT_MESSAGES.precisionMet, { margin: num(lang, margin, 1), needed });
}

/** For people at a terminal. */
export const stylish: PilotFormatter = terminalFormat((report, { lang, color }) => {
  const paint = painter(color);
  const { summary } = report;
  const lines: string[] = [
    paint.bold(say(lang, PILOT_MESSAGES.title, { policy: policyTitle(lang, report) })),
    say(lang, PILOT_MESSAGES.subtitle, { id: report.policy.id, file: report.policy.file, date: reportDay(report.policy.locale, lang, report.date) }),
    say(lang, PILOT_MESSAGES.source, { files: joinList(lang, report.files), scale: scaleText(lang, report) }),
    '',
    paint.underline(say(lang, PILOT_MESSAGES.judgement)),
    ...table(VERDICTS.map((v) => {
      const s = summary.shares[v];
      return [say(lang, PILOT_MESSAGES[v]), String(summary.counts[v]), percent(lang, s.value), `(${say(lang, PILOT_MESSAGES.interval, { low: num(lang, roundPercent(s.low), 1, true), high: num(lang, roundPercent(s.high), 1, true) })})`];
    })),
    `  ${say(lang, PILOT_MESSAGES.responses)}: ${summary.responses}`,
  ];
  if (summary.nps) {
    const { nps } = summary;
    lines.push(`  ${say(lang, PILOT_MESSAGES.nps, { score: signed(lang, nps.score, 1), count: nps.responses, promoters: nps.promoters, passives: nps.passives, detractors: nps.detractors })}`);
  }
  lines.push(`  ${precisionLine(lang, report)}`, '', paint.underline(say(lang, PILOT_MESSAGES.topics)));
  if (summary.topics.length === 0) lines.push(`  ${say(lang, PILOT_MESSAGES.noTopics)}`);
  else {
    lines.push(...table([
      [say(lang, PILOT_MESSAGES.topic), say(lang, PILOT_MESSAGES.responses), say(lang, PILOT_MESSAGES.gap), ...VERDICTS.map((v) => say(lang, PILOT_MESSAGES[v])), ''],
      ...summary.topics.map((topic) => [
        topic.topic, String(topic.responses), signed(lang, topic.meanGap),
        ...VERDICTS.map((v) => percent(lang, topic.shares[v].value)),
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
      return [mark, c.kpi, c.actual ? withUnit(lang, c.actual.value, c.unit) : '—', `(${targetText(lang, c)})`, sourceText(lang, c)];
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
