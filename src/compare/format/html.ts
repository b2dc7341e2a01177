import { reportDay } from '../../core/locale.js';
import { say } from '../../i18n/index.js';
import { humanizeDuration } from '../../brief/humanize.js';
import { textIn } from '../../core/policy.js';
import { html, renderReportPage, type Markup } from '../../report/html-page.js';
import { barChart } from '../../report/svg.js';
import { num, numberLocale, targetText, withUnit } from '../../report/numbers.js';
import { COMPARE_MESSAGES } from '../messages.js';
import { comma, flags, gapText, policyTitle, summaryLines, type CompareFormatter } from './common.js';
import { ageRule } from './common.js';

/** Left-to-right text (ids, paths, dates) inside a plain-text line, isolated so Arabic does not reorder it. */
const isolate = (text: string) => `\u2066${text}\u2069`;

const CLASS = { ahead: 'ok', level: '', behind: 'short', none: 'unknown' } as const;
const clip = (text: string) => (text.length > 30 ? `${text.slice(0, 29)}…` : text);
/** Numbers and dates keep their left-to-right order and stay on one line inside Arabic text. */
const ltr = (text: string) => html`<span dir="ltr" style="white-space: nowrap">${text}</span>`;

/** One self-contained page with one chart per goal: our targets beside each benchmark. */
export const htmlReport: CompareFormatter = (report, { lang }) => {
  const locale = numberLocale(report, lang);
  const sections: Markup[] = [
    html`<p>${ageRule(lang, report)}</p>`,
    ...(report.notes ? [html`<p>${textIn(report.notes, lang)}</p>`] : []),
    html`<section><h2>${say(lang, COMPARE_MESSAGES.summary)}</h2><ul>${summaryLines(lang, report).map((line) => html`<li>${line}</li>`)}</ul></section>`,
  ];
  for (const goal of report.goals) {
    const title = textIn(goal.title, lang);
    const data = goal.kpis.flatMap((item) => [
      // Our target first, under the KPI's id; its benchmarks follow, each by whom it is against.
      { label: clip(item.kpi.id), value: item.kpi.target, text: `${withUnit(locale, item.kpi.target, item.kpi.unit)} (${say(lang, COMPARE_MESSAGES.ours)})` },
      ...item.benchmarks.map((b) => ({ label: clip(textIn(b.against, lang)), value: b.value, text: `${withUnit(locale, b.value, item.kpi.unit)} (${say(lang, COMPARE_MESSAGES[b.position])})` })),
    ]);
    const max = Math.max(1, ...data.map((d) => d.value)) * (goal.kpis.every((k) => k.kpi.unit === '%') ? 1 : 1.15);
    const chart = data.length > 0 ? html`<figure>${barChart({ title: say(lang, COMPARE_MESSAGES.chart, { goal: title }), data, max: goal.kpis.every((k) => k.kpi.unit === '%') ? Math.max(100, max) : max })}<figcaption>${say(lang, COMPARE_MESSAGES.chart, { goal: title })}</figcaption></figure>` : '';
    const kpis = goal.kpis.map((item) => {
      const rows = item.benchmarks.map((b) => html`<tr><td>${textIn(b.against, lang)}</td><td>${say(lang, COMPARE_MESSAGES[b.kind])}</td><td class="number">${ltr(withUnit(locale, b.value, item.kpi.unit))}</td><td class="number">${ltr(gapText(locale, b.gap, item.kpi.unit))}</td><td class="${CLASS[b.position]}">${say(lang, COMPARE_MESSAGES[b.position])}</td><td>${textIn(b.source, lang)}</td><td>${reportDay(report.policy.locale, lang, b.date)}</td><td class="${b.old ? 'unknown' : ''}">${flags(lang, b, report).join(comma(lang))}</td></tr>`);
      return html`<h3>${textIn(item.kpi.name, lang)} <span class="${CLASS[item.position]}">(${say(lang, COMPARE_MESSAGES[item.position])})</span></h3>
<p><code>${item.kpi.id}</code>: ${say(lang, COMPARE_MESSAGES.target, { target: targetText(lang, item.kpi, locale) })}</p>
${rows.length ? html`<table><thead><tr><th>${say(lang, COMPARE_MESSAGES.against)}</th><th>${say(lang, COMPARE_MESSAGES.kind)}</th><th>${say(lang, COMPARE_MESSAGES.value)}</th><th>${say(lang, COMPARE_MESSAGES.gap)}</th><th>${say(lang, COMPARE_MESSAGES.position)}</th><th>${say(lang, COMPARE_MESSAGES.source)}</th><th>${say(lang, COMPARE_MESSAGES.date)}</th><th>${say(lang, COMPARE_MESSAGES.ageHeading)}</th></tr></thead><tbody>${rows}</tbody></table>` : ''}`;
    });
    sections.push(html`<section><h2>${title}</h2>${chart}${goal.kpis.length ? kpis : html`<p>${say(lang, COMPARE_MESSAGES.noKpis)}</p>`}</section>`);
  }
  sections.push(html`<p>${say(lang, COMPARE_MESSAGES.gapNote)}</p>`);
  return renderReportPage({
    lang,
    title: say(lang, COMPARE_MESSAGES.title, { policy: policyTitle(lang, report) }),
    subtitle: [say(lang, COMPARE_MESSAGES.subtitle, { id: isolate(report.policy.id), file: isolate(report.policy.file), date: reportDay(report.policy.locale, lang, report.date) })],
    sections: sections.map(String),
  });
};

export default htmlReport;
