import { describe, expect, it } from 'vitest';
import { html, renderReportPage } from '../../src/report/html-page.js';
import { barChart, histogram, lineChart, stackedBarChart } from '../../src/report/svg.js';

describe('the HTML report page', () => {
  it('is one self-contained page: a CSP without scripts or requests, a main landmark, right to left for Arabic', () => {
    const page = renderReportPage({ lang: 'ar', title: 'تقرير', subtitle: ['سياسة الشكاوى'], sections: [html`<p>${'<b>نص</b>'}</p>`.text] });
    expect(page).toMatch(/^<!DOCTYPE html>\n<html lang="ar" dir="rtl">/);
    expect(page).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
    expect(page).toContain('<main>\n<p>&lt;b&gt;نص&lt;/b&gt;</p>\n</main>');
    expect(page).not.toMatch(/<script|src="http|href="http/);
    expect(renderReportPage({ lang: 'en', title: 'Report', sections: [] })).toContain('<html lang="en" dir="ltr">');
  });

  it('escapes every value put into markup, and passes markup through once', () => {
    const inner = html`<em>${'a & b'}</em>`;
    expect(html`<p title="${'"x"'}">${inner}${['<', inner]}</p>`.text).toBe('<p title="&quot;x&quot;"><em>a &amp; b</em>&lt;<em>a &amp; b</em></p>');
  });

  it('draws charts as labelled SVG with their numbers, and escapes their labels', () => {
    const charts = [
      barChart({ title: 'Gap <by topic>', data: [{ label: 'billing & fees', value: 1.5 }], max: 4, target: { value: 2, label: 'target' } }),
      stackedBarChart({ title: 'Shares', rows: [{ label: 'delivery', segments: [{ label: 'dissatisfied', value: 3, color: '#b3261e' }, { label: 'loyal', value: 7, color: '#1b7f3b' }] }] }),
      lineChart({ title: 'Attainment per month', points: [{ label: '2026-01', value: 93 }, { label: '2026-02', value: undefined }, { label: '2026-03', value: 97 }], max: 100, unit: '%', target: { value: 95, label: '95%' } }),
      histogram({ title: 'Elapsed', bins: [{ label: '0-1h', count: 5 }, { label: '1-2h', count: 2 }], markAt: { bin: 1, label: 'target' } }),
    ].map((chart) => chart.text);
    for (const svg of charts) expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 640 \d+" width="640" height="\d+" role="img" aria-label="[^"]+" direction="ltr"><title>/);
    expect(charts[0]).toContain('aria-label="Gap &lt;by topic&gt;"');
    expect(charts[0]).toContain('>billing &amp; fees</text>');
    expect(charts[2]).toContain('>93%</text>');
    expect(charts[2]).not.toContain('undefined');
    expect(charts[3]).toContain('<title>0-1h: 5</title>');
  });
});
