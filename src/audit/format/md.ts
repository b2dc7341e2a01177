import { METRIC_TERMS } from '../../i18n/terms.js';
import { cell } from '../../report/markdown.js';
import { AUDIT_MESSAGES, formatInteger, formatPercent, type AuditMessageId } from '../messages.js';
import { numberLocale, withUnit } from '../../report/numbers.js';
import { problemLines, subtitleLines, vendorLines, summaryLine, targetText, verdictId, worstMonthText, type AuditFormatter } from './report.js';
import { terminalFormat } from '../../report/terminal.js';
import { say, termFor } from '../../i18n/index.js';

const row = (cells: string[]) => `| ${cells.map(cell).join(' | ')} |`;
const bullet = (text: string) => `- ${text.replace(/([*_`[\]<>#])/g, '\\$1')}`;

/** For a pull request or a wiki: the same tables as stylish, as Markdown that passes markdownlint. */
export const md: AuditFormatter = terminalFormat((report, { lang }) => {
  const r = report.result;
  const locale = numberLocale(report, lang);
  const heads = (ids: AuditMessageId[]) => [row(ids.map((id) => say(lang, AUDIT_MESSAGES[id]))), row(ids.map(() => '---'))];
  // A table row cannot be wrapped, so the line-length rule is off for the report; every other rule holds.
  const out: string[] = ['<!-- markdownlint-disable MD013 -->', `# ${cell(say(lang, AUDIT_MESSAGES['report.title'], { policy: report.policy.id }))}`, '', ...subtitleLines(report, lang).map((line) => `${cell(line)}  `), ''];
  out.push(cell(summaryLine(report, lang)), '', `## ${say(lang, AUDIT_MESSAGES['heading.standards'])}`, '');
  out.push(...heads(['col.standard', 'col.metric', 'col.target', 'col.records', 'col.met', 'col.breached', 'col.pending', 'col.attainment', 'col.goal', 'col.verdict', 'col.worstMonth']));
  for (const s of r.standards) {
    out.push(row([
      s.id, termFor(lang, METRIC_TERMS, s.metric), targetText(s, lang),
      formatInteger(locale, s.records), formatInteger(locale, s.met), formatInteger(locale, s.breached), formatInteger(locale, s.pending),
      formatPercent(s.attainment, locale), s.target === null ? '-' : withUnit(locale, s.target, '%'), say(lang, AUDIT_MESSAGES[verdictId(s)]),
      worstMonthText(s, locale),
    ]));
  }
  const levels = r.escalation.filter((l) => !l.not_measured);
  if (levels.length > 0) {
    out.push('', `## ${say(lang, AUDIT_MESSAGES['heading.escalation'])}`, '', ...heads(['col.level', 'col.after', 'col.cases', 'col.reached', 'col.stillOpen']));
    for (const l of levels) out.push(row([String(l.level), `${l.after} ${say(lang, AUDIT_MESSAGES[`clock.${l.clock}` as AuditMessageId])}`, formatInteger(locale, l.cases), formatInteger(locale, l.reached), formatInteger(locale, l.still_open)]));
  }
  const vendor = vendorLines(report, lang);
  if (vendor.length > 0) out.push('', `## ${say(lang, AUDIT_MESSAGES['heading.vendor'])}`, '', ...vendor.map(bullet));
  const problems = problemLines(report, lang);
  if (problems.length > 0) out.push('', `## ${say(lang, AUDIT_MESSAGES['heading.problems'])}`, '', ...problems.map((line) => (line.startsWith('  ') ? `  ${bullet(line.trim())}` : bullet(line))));
  return `${out.join('\n')}\n`;
});

export default md;
