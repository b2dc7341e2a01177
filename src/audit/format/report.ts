import { formatInstant, formatMonth } from '../../core/locale.js';
import { num, numberLocale } from '../../report/numbers.js';
import type { Lang } from '../../i18n/index.js';
import { METRIC_COLUMNS } from '../readers/csv.js';
import type { AuditResult, BadRowKind, StandardResult } from '../audit.js';
import { formatInteger, formatPercent, type AuditMessageId, AUDIT_MESSAGES } from '../messages.js';
import type { BadRow } from '../types.js';
import { say } from '../../i18n/index.js';

/** What every report format is given: the audit's result and what was read to get it. */
export interface AuditReport {
  /** `locale` and `timezone`: how the report writes times (core/locale.ts); without them, as ISO. */
  policy: { id: string; title: string; file: string; locale?: string; timezone?: string };
  inputs: { file: string; source: string; rows: number }[];
  result: AuditResult;
  /** Which engine judged the records: `stream` (row by row in Node) or an SQL engine. */
  engine?: 'stream' | 'duckdb' | 'postgres' | 'sql';
}

export interface AuditFormatOptions { lang: Lang; color: boolean }
export type AuditFormatter = (report: AuditReport, options: AuditFormatOptions) => string;

export const badRowText = (lang: Lang, row: BadRow): string =>
  `${row.file}:${row.line}: ${say(lang, AUDIT_MESSAGES[`bad.${row.reason.kind}` as AuditMessageId], row.reason as unknown as Record<string, string>)}`;

/** A kind of bad row, told once: its reason (as its first row has it), how many rows, and the first lines. */
export const badKindText = (lang: Lang, kind: BadRowKind, locale: string = lang): string =>
  say(lang, AUDIT_MESSAGES.badKind, {
    problem: say(lang, AUDIT_MESSAGES[`bad.${kind.reason.kind}` as AuditMessageId], kind.reason as unknown as Record<string, string>),
    count: say(lang, AUDIT_MESSAGES.rows, { count: formatInteger(locale, kind.count) }),
    lines: kind.first.map((at) => `${at.file}:${at.line}`).join(', ') + (kind.count > kind.first.length ? ', …' : ''),
  });

/** The notes under the tables, as plain lines: the same in every format. */
export function problemLines(report: AuditReport, lang: Lang): string[] {
  const r = report.result;
  const locale = numberLocale(report, lang);
  const records = (n: number) => say(lang, AUDIT_MESSAGES.records, { count: formatInteger(locale, n) });
  const lines: string[] = [];
  const where = (examples: { file: string; line: number }[]) => examples.slice(0, 3).map((e) => `${e.file}:${e.line}`).join(', ') + (examples.length > 3 ? ', …' : '');
  for (const s of r.standards) {
    if (s.not_measured) lines.push(say(lang, AUDIT_MESSAGES[`notMeasured.${s.not_measured}`], { id: s.id }));
    if (s.no_data > 0) lines.push(say(lang, AUDIT_MESSAGES.noData, { id: s.id, count: records(s.no_data), column: METRIC_COLUMNS[s.metric] }));
    if (s.read_from) lines.push(say(lang, AUDIT_MESSAGES.readAs, { id: s.id, metric: s.metric, from: s.read_from }));
    for (const n of s.not_judged) lines.push(say(lang, AUDIT_MESSAGES.notJudged, { id: s.id, count: records(n.count), missing: n.missing }));
    if (s.no_priority > 0) lines.push(say(lang, AUDIT_MESSAGES.noPriority, { id: s.id, count: records(s.no_priority) }));
    if (s.not_judged_reason === 'no-records') lines.push(say(lang, AUDIT_MESSAGES.noRecords, { id: s.id }));
    for (const w of s.whole_minutes) lines.push(say(lang, AUDIT_MESSAGES.wholeMinutes, { id: s.id, count: records(w.count), field: w.field }));
  }
  if (r.ambiguous.count > 0) {
    const actions = [...new Set(r.ambiguous.examples.flatMap((e) => e.actions))].join(', ');
    lines.push(say(lang, AUDIT_MESSAGES.ambiguous, { count: records(r.ambiguous.count), actions, examples: where(r.ambiguous.examples) }));
  }
  if (r.unmatched.count > 0) lines.push(say(lang, AUDIT_MESSAGES.unmatched, { count: records(r.unmatched.count), examples: where(r.unmatched.examples) }));
  for (const u of r.unmapped) lines.push(say(lang, AUDIT_MESSAGES[`unmapped.${u.reason}`], { field: u.field, value: u.value, count: records(u.count) }));
  if (r.unmapped_more > 0) lines.push(say(lang, AUDIT_MESSAGES.unmappedMore, { count: records(r.unmapped_more) }));
  if (r.outside_period > 0) lines.push(say(lang, AUDIT_MESSAGES.outside, { count: records(r.outside_period) }));
  if (r.deleted > 0) lines.push(say(lang, AUDIT_MESSAGES.deleted, { count: records(r.deleted) }));
  if (r.duplicates > 0) lines.push(say(lang, AUDIT_MESSAGES.duplicates, { count: records(r.duplicates) }));
  if (r.bad_rows.count > 0) {
    lines.push(say(lang, AUDIT_MESSAGES.badRows, { count: formatInteger(locale, r.bad_rows.count) }));
    // One line per kind of problem, not one per row: 400 rows with the same date format are one problem.
    for (const kind of r.bad_rows.kinds) lines.push(`  ${badKindText(lang, kind, locale)}`);
  }
  return lines;
}

/** How far our business minutes are from the helpdesk's own, per standard: not a problem, a check of its set-up. */
export function vendorLines(report: AuditReport, lang: Lang): string[] {
  const locale = numberLocale(report, lang);
  return report.result.standards.flatMap((s) => {
    const v = s.vendor_business_minutes;
    return v ? [say(lang, AUDIT_MESSAGES.vendor, { id: s.id, differing: formatInteger(locale, v.differing), compared: formatInteger(locale, v.compared), mean: num(locale, v.mean_difference_minutes, 1, true), max: num(locale, v.max_difference_minutes, 1, true) })] : [];
  });
}

/** An instant as people read it: a date and a local time in the policy's zone, not ISO with `.000Z`. */
function instantText(report: AuditReport, lang: Lang, instant: string): string {
  const { locale, timezone } = report.policy;
  return timezone ? formatInstant(locale ?? lang, instant, timezone) : instant;
}

export function subtitleLines(report: AuditReport, lang: Lang): string[] {
  const r = report.result;
  const lines = [say(lang, AUDIT_MESSAGES['report.scope'], { asOf: instantText(report, lang, r.as_of), records: say(lang, AUDIT_MESSAGES.records, { count: formatInteger(numberLocale(report, lang), r.records) }), files: report.inputs.map((i) => i.file).join(', ') })];
  if (r.from || r.to) lines.push(say(lang, AUDIT_MESSAGES['report.period'], { from: r.from ? instantText(report, lang, r.from) : say(lang, AUDIT_MESSAGES['report.start']), to: r.to ? instantText(report, lang, r.to) : say(lang, AUDIT_MESSAGES['report.end']) }));
  return lines;
}

/**
 * One line that counts every standard, as the table shows them: short of its attainment target,
 * meeting it, judged with no target, or not judged; the four add up to the standards in the table.
 */
export function summaryLine(report: AuditReport, lang: Lang): string {
  const standards = report.result.standards;
  const locale = numberLocale(report, lang);
  const short = standards.filter((s) => s.ok === false);
  const met = standards.filter((s) => s.ok === true).length;
  const unjudged = standards.filter((s) => !s.judged);
  const noGoal = standards.length - short.length - met - unjudged.length;
  const params = {
    total: formatInteger(locale, standards.length), met: formatInteger(locale, met), noGoal: formatInteger(locale, noGoal),
    unjudged: formatInteger(locale, unjudged.length), short: formatInteger(locale, short.length),
  };
  const line = short.length > 0 ? say(lang, AUDIT_MESSAGES['summary.short'], { ...params, ids: short.map((s) => s.id).join(', ') }) : say(lang, AUDIT_MESSAGES['summary.ok'], params);
  if (!report.result.require_all || unjudged.length === 0) return line;
  return `${line}; ${say(lang, AUDIT_MESSAGES['summary.requireAll'], { ids: unjudged.map((s) => s.id).join(', ') })}`;
}

/** The month a standard did worst in, as people read it, with its attainment: "June 2026 50%"; `-` when none. */
export function worstMonthText(s: StandardResult, locale: string): string {
  return s.worst_month ? `${formatMonth(locale, s.worst_month.month)} ${formatPercent(s.worst_month.attainment, locale)}` : '-';
}

export function verdictId(s: StandardResult): 'verdict.ok' | 'verdict.short' | 'verdict.none' | 'verdict.notJudged' {
  if (!s.judged) return 'verdict.notJudged';
  return s.ok === true ? 'verdict.ok' : s.ok === false ? 'verdict.short' : 'verdict.none';
}

export function targetText(s: StandardResult, lang: Lang): string {
  return s.target_time ? `${s.target_time} ${say(lang, AUDIT_MESSAGES[`clock.${s.clock}`])}` : '-';
}
