/**
 * The audit's month chart, drawn by Chromium on the values that used to make its labels collide
 * ("100%94.3%", a point on top of "target 90%"): 0%, 100%, a target at a point, many months. No
 * two pieces of text overlap, and none is cut off at the chart's edge.
 */
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderReportPage } from '../../src/report/html-page.js';
import { lineChart, type LinePoint } from '../../src/report/svg.js';
import { ROOT, runCli, tempProject } from '../helpers/run-cli.js';

const CHROMIUM = process.env.CS_POLICY_CHROMIUM ?? '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

let browser: Browser;
beforeAll(async () => {
  browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
});
afterAll(async () => {
  await browser?.close();
});

const months = (values: (number | undefined)[]) => values.map((value, i): LinePoint => ({ label: `${2024 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`, value }));
const percent = (value: number) => `${value.toFixed(1)}%`;

const CASES: [string, LinePoint[], number][] = [
  ['100% then 94.3% beside the axis', months([100, 94.3, 100]), 90],
  ['a point on the target at the end', months([80, 85, 90]), 90],
  ['0% everywhere', months([0, 0, 0, 0]), 95],
  ['100% everywhere, target 100%', months([100, 100, 100]), 100],
  ['0% and 100% alternating', months([0, 100, 0, 100, 0, 100]), 50],
  ['one month at 100%', months([100]), 90],
  ['36 months', months(Array.from({ length: 36 }, (_, i) => (i % 3 === 0 ? 100 : 90 + (i % 7)))), 90],
  ['60 months with gaps', months(Array.from({ length: 60 }, (_, i) => (i % 5 === 0 ? undefined : 88 + (i % 12)))), 95],
];

/** Text of any chart on the page that overlaps other text of the same chart, or is cut off at its edge. */
async function overlaps(page: import('playwright-core').Page): Promise<string[]> {
  const charts = await page.evaluate(() => [...document.querySelectorAll('svg')].map((svg) => {
    const frame = svg.getBoundingClientRect();
    const boxes = [...svg.querySelectorAll('text')].map((text) => {
      const box = text.getBoundingClientRect();
      return { text: text.textContent, left: box.left - frame.left, right: box.right - frame.left, top: box.top - frame.top, bottom: box.bottom - frame.top };
    });
    return { title: svg.getAttribute('aria-label'), boxes, width: frame.width, height: frame.height };
  }));
  const found: string[] = [];
  for (const { title, boxes, width, height } of charts) {
    for (const [i, a] of boxes.entries()) {
      if (a.left < 0 || a.top < 0 || a.right > width || a.bottom > height) found.push(`${title}: "${a.text}" is cut off`);
      for (const b of boxes.slice(i + 1)) {
        if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5) found.push(`${title}: "${a.text}" over "${b.text}"`);
      }
    }
  }
  return found;
}

describe('the month chart in Chromium', () => {
  it.each(CASES)('%s: no labels overlap, none is clipped', async (_name, points, target) => {
    const chart = lineChart({ title: 't', points, max: 100, unit: '%', valueText: percent, target: { value: target, label: `target ${target}%` } });
    const page = await browser.newPage({ viewport: { width: 900, height: 600 } });
    // In the page every report is printed in, with its fonts and sizes.
    await page.setContent(renderReportPage({ lang: 'en', title: 't', sections: [chart.text] }));
    expect(await overlaps(page)).toEqual([]);
    await page.close();
  });
});

describe('the charts of the example audits in Chromium', () => {
  it.each([
    ['policies/council-customer-service.en.yaml', 'examples/exports/council-customer-service.csv', 'en'],
    ['policies/telecom-complaints.ar.yaml', 'examples/exports/telecom-complaints.csv', 'ar'],
  ])('%s: no chart has overlapping or clipped labels', async (policy, data, lang) => {
    const dir = tempProject();
    const run = runCli(['audit', join(ROOT, policy), join(ROOT, data), '--as-of', '2026-07-01', '-f', 'html', '--lang', lang, '-o', 'audit.html'], { cwd: dir });
    expect([0, 1], run.stderr).toContain(run.status);
    const page = await browser.newPage({ viewport: { width: 900, height: 1300 } });
    await page.setContent(readFileSync(join(dir, 'audit.html'), 'utf8'));
    expect(await page.locator('svg').count()).toBeGreaterThan(2);
    expect(await overlaps(page)).toEqual([]);
    await page.close();
  });
});
