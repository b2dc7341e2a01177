import { reportDay } from '../../core/locale.js';
import { say, joinList } from '../../i18n/index.js';
import { html, renderReportPage, type Markup } from '../../report/html-page.js';
import { stackedBarChart } from '../../report/svg.js';
import { needsWork, VERDICTS, type Verdict } from '../classify.js';
import { integer, num, numberLocale, percent, percentRange, targetText, withUnit } from '../../report/numbers.js';
import { rowProblemText, PILOT_MESSAGES } from '../messages.js';
import { confidenceLevel, decisionText, policyTitle, resultText, scaleText, signed, sourceText, type PilotFormatter } from './common.js';

/** Numbers, ranges and dates keep their left-to-right order and stay on one line inside Arabic text. */
const ltr = (text: string) => html`<span dir="ltr" style="white-space: nowrap">${text}</span>`;

/** Left-to-right text (ids, paths, dates) inside a plain-text line, isolated so Arabic does not reorder it. */
const isolate = (text: string) => `\u2066${text}\u2069`;

const COLORS: Record<Verdict, string> = { dissatisfied: '#b3261e', satisfied: '#5b6472', loyal: '#1b7f3b' };

/** One self-contained page: a bar per topic as inline SVG, right to left in Arabic. */
export const htmlReport: PilotFormatter = (report, { lang }) => {
  const { summary } = report;
  const locale = numberLocale(report, lang);
  const sections: Markup[] = [];
  const decisionClass = report.decision === 'adopt' ? 'ok' : 'short';
  sections.push(html`<p><strong>${say(lang, PILOT_MESSAGES.decision)}:</strong> <span class="${decisionClass}">${decisionText(lang, report)}</span></p>`);

  const judgement = VERDICTS.map((v) => html`<tr><th scope="row">${say(lang, PILOT_MESSAGES[v])}</th><td class="number">${integer(locale, summary.counts[v])}</td><td class="number">${ltr(percent(locale, summary.shares[v].value))}</td><td class="number">${ltr(percentRange(locale, summary.shares[v].low, summary.shares[v].high))}</td></tr>`);
  const nps = summary.nps
    ? html`<p>${say(lang, PILOT_MESSAGES.nps, { score: signed(locale, summary.nps.score, 1), count: integer(locale, summary.nps.responses), promoters: integer(locale, summary.nps.promoters), passives: integer(locale, summary.nps.passives), detractors: integer(locale, summary.nps.detractors) })}</p>`
    : '';
  const { margin, needed, more } = summary.precision;
  const counts = { margin: num(locale, margin, 1), needed: integer(locale, needed), more: integer(locale, more) };
  const precision = more > 0 ? say(lang, PILOT_MESSAGES.precision, counts) : say(lang, PILOT_MESSAGES.precisionMet, counts);
  sections.push(html`<section><h2>${say(lang, PILOT_MESSAGES.judgement)}</h2><p>${say(lang, PILOT_MESSAGES.judgementNote, { level: confidenceLevel(locale) })}</p>
<table><thead><tr><th></th><th>${say(lang, PILOT_MESSAGES.count)}</th><th>${say(lang, PILOT_MESSAGES.share)}</th><th>${confidenceLevel(locale)}</th></tr></thead><tbody>${judgement}<tr><th scope="row">${say(lang, PILOT_MESSAGES.responses)}</th><td class="number">${integer(locale, summary.responses)}</td><td></td><td></td></tr></tbody></table>
${nps}<p>${precision}</p></section>`);

  const legend = (counts: Record<Verdict, number>) => VERDICTS.map((v) => ({ label: say(lang, PILOT_MESSAGES[v]), value: counts[v], color: COLORS[v] }));
  const chart = stackedBarChart({
    title: say(lang, PILOT_MESSAGES.chartTitle),
    rows: [{ label: say(lang, PILOT_MESSAGES.allTopics), segments: legend(summary.counts) }, ...summary.topics.map((topic) => ({ label: topic.topic, segments: legend(topic.counts) }))],
  });
  const topicRows = summary.topics.map((topic) => html`<tr><th scope="row">${topic.topic}</th><td class="number">${integer(locale, topic.responses)}</td><td class="number">${ltr(signed(locale, topic.meanGap))}</td>${VERDICTS.map((v) => html`<td class="number">${ltr(percent(locale, topic.shares[v].value))}</td>`)}<td>${needsWork(topic) ? html`<span class="short">${say(lang, PILOT_MESSAGES.needsWork)}</span>` : ''}</td></tr>`);
  sections.push(html`<section><h2>${say(lang, PILOT_MESSAGES.topics)}</h2><figure>${chart}<figcaption>${say(lang, PILOT_MESSAGES.chartTitle)}</figcaption></figure>
${summary.topics.length === 0 ? html`<p>${say(lang, PILOT_MESSAGES.noTopics)}</p>` : html`<p>${say(lang, PILOT_MESSAGES.topicsNote)}</p><table><thead><tr><th>${say(lang, PILOT_MESSAGES.topic)}</th><th>${say(lang, PILOT_MESSAGES.responses)}</th><th>${say(lang, PILOT_MESSAGES.gap)}</th>${VERDICTS.map((v) => html`<th>${say(lang, PILOT_MESSAGES[v])}</th>`)}<th></th></tr></thead><tbody>${topicRows}</tbody></table>`}
${summary.untopiced > 0 ? html`<p>${say(lang, PILOT_MESSAGES.untopiced, { count: summary.untopiced })}</p>` : ''}</section>`);

  const criteria = report.criteria.map((c) => {
    const cls = c.met === true ? 'ok' : c.met === false ? 'short' : 'unknown';
    return html`<tr><th scope="row"><code>${c.kpi}</code></th><td>${targetText(lang, c, locale)}</td><td class="number">${c.actual ? ltr(withUnit(locale, c.actual.value, c.unit)) : '—'}</td><td class="${cls}">${resultText(lang, c)}</td><td>${sourceText(lang, c, true)}</td></tr>`;
  });
  sections.push(html`<section><h2>${say(lang, PILOT_MESSAGES.criteria)}</h2>${report.criteria.length === 0 ? html`<p>${say(lang, PILOT_MESSAGES.noCriteria)}</p>` : html`<table><thead><tr><th>${say(lang, PILOT_MESSAGES.kpi)}</th><th>${say(lang, PILOT_MESSAGES.target)}</th><th>${say(lang, PILOT_MESSAGES.actual)}</th><th>${say(lang, PILOT_MESSAGES.result)}</th><th>${say(lang, PILOT_MESSAGES.from)}</th></tr></thead><tbody>${criteria}</tbody></table>`}
${report.criteria.some((c) => c.met === 'unknown') ? html`<p>${say(lang, PILOT_MESSAGES.noValueHint)}</p>` : ''}
${report.auditAsOf ? html`<p>${say(lang, PILOT_MESSAGES.auditAsOf, { date: reportDay(report.policy.locale, lang, report.auditAsOf) })}</p>` : ''}</section>`);

  if (report.bad.length > 0) {
    sections.push(html`<section><h2>${say(lang, PILOT_MESSAGES.badRows)}</h2><ul>${report.bad.map((bad) => html`<li><code dir="ltr">${bad.file}:${bad.line}</code> ${rowProblemText(lang, bad.problem)}</li>`)}</ul></section>`);
  }
  return renderReportPage({
    lang,
    title: say(lang, PILOT_MESSAGES.title, { policy: policyTitle(lang, report) }),
    subtitle: [
      say(lang, PILOT_MESSAGES.subtitle, { id: isolate(report.policy.id), file: isolate(report.policy.file), date: reportDay(report.policy.locale, lang, report.date) }),
      say(lang, PILOT_MESSAGES.source, { files: joinList(lang, report.files.map(isolate)), scale: scaleText(lang, report) }),
    ],
    sections: sections.map(String),
  });
};

export default htmlReport;
