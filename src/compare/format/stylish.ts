import { reportDay } from '../../core/locale.js';
import { say } from '../../i18n/index.js';
import { humanizeDuration } from '../../brief/humanize.js';
import { painter } from '../../report/color.js';
import { textIn } from '../../core/policy.js';
import type { Position } from '../compare.js';
import { num, numberLocale, targetText, withUnit } from '../../report/numbers.js';
import { COMPARE_MESSAGES } from '../messages.js';
import { MESSAGES } from '../../i18n/messages.js';
import { ageRule, comma, flags, gapText, policyTitle, summaryLines, type CompareFormatter } from './common.js';
import { terminalFormat } from '../../report/terminal.js';

function table(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => [...(row[i] ?? '')].length)));
  return rows.map((row) => `    ${row.map((cell, i) => (i === row.length - 1 ? cell : cell + ' '.repeat(widths[i]! - [...cell].length))).join('  ')}`.trimEnd());
}

/** For people at a terminal: per goal, each KPI against its benchmarks. */
export const stylish: CompareFormatter = terminalFormat((report, { lang, color }) => {
  const paint = painter(color);
  const locale = numberLocale(report, lang);
  const mark = (position: Position | 'none', text = say(lang, COMPARE_MESSAGES[position])) =>
    position === 'ahead' ? paint.green(text) : position === 'behind' ? paint.red(text) : position === 'level' ? text : paint.yellow(text);
  const lines = [
    paint.bold(say(lang, COMPARE_MESSAGES.title, { policy: policyTitle(lang, report) })),
    say(lang, COMPARE_MESSAGES.subtitle, { id: report.policy.id, file: report.policy.file, date: reportDay(report.policy.locale, lang, report.date) }),
    ageRule(lang, report),
  ];
  if (report.notes) lines.push(textIn(report.notes, lang));
  if (report.goals.length === 0) lines.push('', say(lang, COMPARE_MESSAGES.noGoals));
  for (const goal of report.goals) {
    lines.push('', paint.underline(`${textIn(goal.title, lang)} (${goal.id})`));
    if (goal.kpis.length === 0) lines.push(`  ${say(lang, COMPARE_MESSAGES.noKpis)}`);
    for (const item of goal.kpis) {
      lines.push(`  ${mark(item.position)}  ${item.kpi.id}: ${textIn(item.kpi.name, lang)}${say(lang, MESSAGES.semicolon)}${say(lang, COMPARE_MESSAGES.target, { target: targetText(lang, item.kpi, locale) })}`);
      if (item.benchmarks.length === 0) continue;
      lines.push(...table(item.benchmarks.map((b) => {
        const flagged = flags(lang, b, report).join(comma(lang));
        return [
          mark(b.position, say(lang, COMPARE_MESSAGES[b.position])) + ' '.repeat(Math.max(0, Math.max(...(['ahead', 'level', 'behind'] as const).map((p) => say(lang, COMPARE_MESSAGES[p]).length)) - say(lang, COMPARE_MESSAGES[b.position]).length)),
          gapText(locale, b.gap, item.kpi.unit), say(lang, COMPARE_MESSAGES[b.kind]), textIn(b.against, lang), withUnit(locale, b.value, item.kpi.unit),
          `${textIn(b.source, lang)}${comma(lang)}${reportDay(report.policy.locale, lang, b.date)} (${b.old ? paint.yellow(flagged) : flagged})`,
        ];
      })));
    }
  }
  lines.push('', paint.bold(say(lang, COMPARE_MESSAGES.summary)), ...summaryLines(lang, report).map((line) => `  ${line}`));
  return `${lines.join('\n')}\n`;
});

export default stylish;
