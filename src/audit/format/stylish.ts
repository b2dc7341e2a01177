import { METRIC_TERMS } from '../../i18n/terms.js';
import { painter } from '../../report/color.js';
import { AUDIT_MESSAGES, formatInteger, formatPercent, type AuditMessageId } from '../messages.js';
import { numberLocale, withUnit } from '../../report/numbers.js';
import { problemLines, subtitleLines, vendorLines, summaryLine, targetText, verdictId, worstMonthText, type AuditFormatter } from './report.js';
import { terminalFormat } from '../../report/terminal.js';
import { say, termFor } from '../../i18n/index.js';

/** For people at a terminal: one row per standard, the escalation ladder, then what was not counted. */
export const stylish: AuditFormatter = terminalFormat((report, { lang, color }) => {
  const paint = painter(color);
  const r = report.result;
  const locale = numberLocale(report, lang);
  const out: string[] = [paint.bold(say(lang, AUDIT_MESSAGES['report.title'], { policy: report.policy.id })), ...subtitleLines(report, lang), ''];
  const head: AuditMessageId[] = ['col.standard', 'col.metric', 'col.target', 'col.records', 'col.met', 'col.breached', 'col.pending', 'col.attainment', 'col.goal', 'col.verdict', 'col.worstMonth'];
  const numeric = new Set([3, 4, 5, 6, 7, 8]);
  const rows = r.standards.map((s) => [
    s.id,
    termFor(lang, METRIC_TERMS, s.metric),
    targetText(s, lang),
    formatInteger(locale, s.records),
    formatInteger(locale, s.met),
    formatInteger(locale, s.breached),
    formatInteger(locale, s.pending),
    formatPercent(s.attainment, locale),
    s.target === null ? '-' : withUnit(locale, s.target, '%'),
    say(lang, AUDIT_MESSAGES[verdictId(s)]),
    worstMonthText(s, locale),
  ]);
  out.push(...table(head.map((id) => say(lang, AUDIT_MESSAGES[id])), rows, numeric, (row, text) => {
    const verdict = r.standards[row]?.ok;
    return verdict === false ? paint.red(text) : text;
  }, 9, paint.dim));
  const measured = r.escalation.filter((l) => !l.not_measured);
  if (measured.length > 0) {
    out.push('', paint.bold(say(lang, AUDIT_MESSAGES['heading.escalation'])));
    const levelHead: AuditMessageId[] = ['col.level', 'col.after', 'col.cases', 'col.reached', 'col.stillOpen'];
    out.push(...table(levelHead.map((id) => say(lang, AUDIT_MESSAGES[id])), measured.map((l) => [
      String(l.level), `${l.after} ${say(lang, AUDIT_MESSAGES[`clock.${l.clock}` as AuditMessageId])}`, formatInteger(locale, l.cases), formatInteger(locale, l.reached), formatInteger(locale, l.still_open),
    ]), new Set([2, 3, 4]), (_row, text) => text, -1, paint.dim));
  }
  const vendor = vendorLines(report, lang);
  if (vendor.length > 0) out.push('', paint.bold(say(lang, AUDIT_MESSAGES['heading.vendor'])), ...vendor.map((line) => `  ${line}`));
  const problems = problemLines(report, lang);
  if (problems.length > 0) out.push('', paint.bold(say(lang, AUDIT_MESSAGES['heading.problems'])), ...problems.map((line) => `  ${line}`));
  out.push('', r.ok ? paint.green(summaryLine(report, lang)) : paint.red.bold(summaryLine(report, lang)));
  return `${out.join('\n')}\n`;
});

function table(head: string[], rows: string[][], numeric: Set<number>, paintCell: (row: number, text: string) => string, paintColumn: number, dim: (text: string) => string): string[] {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const cell = (text: string, i: number) => (numeric.has(i) ? text.padStart(widths[i]!) : text.padEnd(widths[i]!));
  const lines = [dim(head.map(cell).join('  ').trimEnd())];
  rows.forEach((row, r) => lines.push(row.map((text, i) => (i === paintColumn ? paintCell(r, cell(text, i)) : cell(text, i))).join('  ').trimEnd()));
  return lines;
}

export default stylish;
