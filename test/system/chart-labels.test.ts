/**
 * The audit's month chart, drawn by Chromium on the values that used to make its labels collide
 * ("100%94.3%", a point on top of "target 90%"): 0%, 100%, a target at a point, many months. No
 * two pieces of text overlap, and none is cut off at the chart's edge.
 */
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderReportPage } from '../../src/report/html-page.js';
import { lineChart, type LinePoint } from '../../src/report/svg.js';

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

describe('the month chart in Chromium', () => {
  it.each(CASES)('%s: no labels overlap, none is clipped', async (_name, points, target) => {
    const chart = lineChart({ title: 't', points, max: 100, unit: '%', valueText: percent, target: { value: target, label: `target ${target}%` } });
    const page = await browser.newPage({ viewport: { width: 900, height: 600 } });
    // In the page every report is printed in, with its fonts and sizes.
    await page.setContent(renderReportPage({ lang: 'en', title: 't', sections: [chart.text] }));
    const { boxes, width, height } = await page.evaluate(() => {
      const svg = document.querySelector('svg')!;
      const frame = svg.getBoundingClientRect();
      const boxes = [...svg.querySelectorAll('text')].map((text) => {
        const box = text.getBoundingClientRect();
        return { text: text.textContent, left: box.left - frame.left, right: box.right - frame.left, top: box.top - frame.top, bottom: box.bottom - frame.top };
      });
      return { boxes, width: frame.width, height: frame.height };
    });
    const overlaps: string[] = [];
    for (const [i, a] of boxes.entries()) {
      if (a.left < 0 || a.top < 0 || a.right > width || a.bottom > height) overlaps.push(`"${a.text}" is cut off`);
      for (const b of boxes.slice(i + 1)) {
        if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5) overlaps.push(`"${a.text}" over "${b.text}"`);
      }
    }
    expect(overlaps).toEqual([]);
    await page.close();
  });
});
