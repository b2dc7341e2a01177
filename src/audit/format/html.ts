import { METRIC_TERMS } from '../../i18n/terms.js';
import { html, renderReportPage, type Markup } from '../../report/html-page.js';
import { histogram, lineChart } from '../../report/svg.js';
import type { StandardResult } from '../audit.js';
import { AUDIT_MESSAGES, formatInteger, formatPercent, type AuditMessageId } from '../messages.js';
import { say, termFor } from '../../i18n/index.js';
import { numberLocale, withUnit } from '../../report/numbers.js';
import { problemLines, subtitleLines, vendorLines, summaryLine, targetText, verdictId, worstMonthText, type AuditFormatter } from './report.js';

/** Seconds as a short label for a chart axis: 45s, 12m, 3.5h. */
export function shortDuration(seconds: number): string {
  if (seconds < 120) return `${Math.round(seconds)}s`;
  if (seconds < 7200) return `${Math.round(seconds / 60)}m`;
  return `${Math.round((seconds / 3600) * 10) / 10}h`;
}

const number = (text: string) => html`<td class="number">${text}</td>`;

function charts(s: StandardResult, lang: Parameters<AuditFormatter>[1]['lang'], locale: string): Markup[] {
  const parts: Markup[] = [];
  if (s.met + s.breached === 0) return parts;
  const goal = s.target === null ? '-' : withUnit(locale, s.target, '%');
  const target = s.target === null ? undefined : { value: s.target, label: say(lang, AUDIT_MESSAGES['chart.targetLine'], { target: goal }) };
  const monthsTitle = say(lang, AUDIT_MESSAGES['chart.months'], { id: s.id, target: goal });
  parts.push(html`<figure>${lineChart({ title: monthsTitle, points: s.months.map((m) => ({ label: m.month, value: m.attainment ?? undefined })), max: 100, unit: '%', valueText: (value: number) => formatPercent(value, locale), ...(target ? { target } : {}) })}<figcaption>${monthsTitle}</figcaption></figure>`);
  if (s.histogram) {
    const width = s.histogram.bin_seconds;
    const bins = s.histogram.counts.map((count, i) => ({ label: i === s.histogram!.counts.length - 1 ? `>${shortDuration(width * i)}` : `≤${shortDuration(width * (i + 1))}`, count }));
    const title = say(lang, AUDIT_MESSAGES['chart.histogram'], { id: s.id, target: targetText(s, lang) });
    parts.push(html`<figure>${histogram({ title, bins, markAt: { bin: 4, label: targetText(s, lang) } })}<figcaption>${title}</figcaption></figure>`);
  }
  return parts;
}

/** One self-contained page: the tables, and per standard its months against the target and a histogram of time taken. */
export const htmlReport: AuditFormatter = (report, { lang }) => {
  const r = report.result;
  const locale = numberLocale(report, lang);
  const th = (ids: AuditMessageId[]) => html`<tr>${ids.map((id) => html`<th scope="col">${say(lang, AUDIT_MESSAGES[id])}</th>`)}</tr>`;
  const verdictClass = (s: StandardResult) => (s.ok === true ? 'ok' : s.ok === false ? 'short' : 'unknown');
  const sections: string[] = [];
  sections.push(html`<p class="${r.ok ? 'ok' : 'short'}">${summaryLine(report, lang)}</p>`.text);
  sections.push(html`<section><h2>${say(lang, AUDIT_MESSAGES['heading.standards'])}</h2><table>
<thead>${th(['col.standard', 'col.metric', 'col.target', 'col.records', 'col.met', 'col.breached', 'col.pending', 'col.attainment', 'col.goal', 'col.verdict', 'col.worstMonth'])}</thead>
<tbody>${r.standards.map((s) => html`<tr><th scope="row">${s.id}</th><td>${termFor(lang, METRIC_TERMS, s.metric)}</td><td>${targetText(s, lang)}</td>${number(formatInteger(locale, s.records))}${number(formatInteger(locale, s.met))}${number(formatInteger(locale, s.breached))}${number(formatInteger(locale, s.pending))}${number(formatPercent(s.attainment, locale))}${number(s.target === null ? '-' : withUnit(locale, s.target, '%'))}<td class="${verdictClass(s)}">${say(lang, AUDIT_MESSAGES[verdictId(s)])}</td><td>${worstMonthText(s, locale)}</td></tr>\n`)}</tbody>
</table></section>`.text);
  for (const s of r.standards) {
    const figures = charts(s, lang, locale);
    if (figures.length > 0) sections.push(html`<section><h3>${s.id}</h3>${figures}</section>`.text);
  }
  const levels = r.escalation.filter((l) => !l.not_measured);
  if (levels.length > 0) {
    sections.push(html`<section><h2>${say(lang, AUDIT_MESSAGES['heading.escalation'])}</h2><table><thead>${th(['col.level', 'col.after', 'col.cases', 'col.reached', 'col.stillOpen'])}</thead>
<tbody>${levels.map((l) => html`<tr><th scope="row">${String(l.level)}</th><td>${`${l.after} ${say(lang, AUDIT_MESSAGES[`clock.${l.clock}` as AuditMessageId])}`}</td>${number(formatInteger(locale, l.cases))}${number(formatInteger(locale, l.reached))}${number(formatInteger(locale, l.still_open))}</tr>\n`)}</tbody></table></section>`.text);
  }
  const vendor = vendorLines(report, lang);
  if (vendor.length > 0) sections.push(html`<section><h2>${say(lang, AUDIT_MESSAGES['heading.vendor'])}</h2><ul>${vendor.map((line) => html`<li>${line}</li>`)}</ul></section>`.text);
  const problems = problemLines(report, lang);
  if (problems.length > 0) sections.push(html`<section><h2>${say(lang, AUDIT_MESSAGES['heading.problems'])}</h2><ul>${problems.map((line) => html`<li>${line.trim()}</li>`)}</ul></section>`.text);
  return renderReportPage({ lang, title: say(lang, AUDIT_MESSAGES['report.title'], { policy: report.policy.title || report.policy.id }), subtitle: subtitleLines(report, lang), sections });
};

export default htmlReport;
