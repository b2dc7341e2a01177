import { reportDay } from '../../core/locale.js';
import { say } from '../../i18n/index.js';
import { humanizeDuration } from '../../brief/humanize.js';
import { escapeMarkdown, tidyMarkdown } from '../../report/markdown.js';
import { textIn } from '../../core/policy.js';
import { num, numberLocale, targetText, withUnit } from '../../report/numbers.js';
import { COMPARE_MESSAGES } from '../messages.js';
import { comma, flags, gapText, policyTitle, summaryLines, type CompareFormatter } from './common.js';
import { terminalFormat } from '../../report/terminal.js';
import { ageRule } from './common.js';

/** Markdown that passes markdownlint's default rules. */
export const md: CompareFormatter = terminalFormat((report, { lang }) => {
  const e = escapeMarkdown;
  const locale = numberLocale(report, lang);
  const out = [
    `# ${e(say(lang, COMPARE_MESSAGES.title, { policy: policyTitle(lang, report) }))}`, '',
    e(say(lang, COMPARE_MESSAGES.subtitle, { id: report.policy.id, file: report.policy.file, date: reportDay(report.policy.locale, lang, report.date) })), '',
    e(ageRule(lang, report)), '',
    ...(report.notes ? [e(textIn(report.notes, lang)), ''] : []),
    `## ${e(say(lang, COMPARE_MESSAGES.summary))}`, '',
    ...summaryLines(lang, report).map((line) => `- ${e(line)}`), '',
  ];
  for (const goal of report.goals) {
    out.push(`## ${e(textIn(goal.title, lang))}`, '');
    if (goal.kpis.length === 0) out.push(e(say(lang, COMPARE_MESSAGES.noKpis)), '');
    for (const item of goal.kpis) {
      out.push(`### ${e(textIn(item.kpi.name, lang))}`, '', `\`${item.kpi.id}\`: ${e(say(lang, COMPARE_MESSAGES.target, { target: targetText(lang, item.kpi, locale) }))}; **${e(say(lang, COMPARE_MESSAGES[item.position]))}**`, '');
      if (item.benchmarks.length === 0) continue;
      out.push(...item.benchmarks.map((b) => `- ${e(say(lang, COMPARE_MESSAGES.against_line, {
        position: say(lang, COMPARE_MESSAGES[b.position]), gap: gapText(locale, b.gap, item.kpi.unit), against: textIn(b.against, lang), kind: say(lang, COMPARE_MESSAGES[b.kind]),
        value: withUnit(locale, b.value, item.kpi.unit), source: textIn(b.source, lang), date: reportDay(report.policy.locale, lang, b.date), flags: flags(lang, b, report).join(comma(lang)),
      }))}`), '');
    }
  }
  out.push(e(say(lang, COMPARE_MESSAGES.gapNote)));
  return tidyMarkdown(out.join('\n'));
});

export default md;
