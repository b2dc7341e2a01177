import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli, tempProject } from '../helpers/run-cli.js';
import { openReport } from './open-page.js';

const CHROMIUM = process.env.CS_POLICY_CHROMIUM ?? '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

let browser: Browser;
/** A channel value with markup in it: export text must never become part of the page. */
/** Beside the telecom example's first records, so that the audit judges something and writes its report. */
const TELECOM_CALLS = readFileSync(join(ROOT, 'examples/exports/telecom-complaints.csv'), 'utf8').split('\n').slice(0, 40).join('\n');
const HOSTILE = `${TELECOM_CALLS}\n1,<img src=x onerror=alert(1)>,2026-06-01T08:00:00Z,receive-complaint,2026-06-01T08:00:10Z,,,\n`;
const out = tempProject({ 'hostile.csv': HOSTILE });

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  const runs = [
    ['policies/telecom-complaints.ar.yaml', 'examples/exports/telecom-complaints.csv', 'ar', 'telecom.html'],
    ['policies/council-customer-service.en.yaml', 'examples/exports/council-customer-service.csv', 'en', 'council.html'],
  ];
  for (const [policy, data, lang, file] of runs) {
    const run = runCli(['audit', join(ROOT, policy!), join(ROOT, data!), '--as-of', '2026-07-01', '-f', 'html', '--lang', lang!, '-o', file!], { cwd: out });
    expect([0, 1]).toContain(run.status);
  }
  expect([0, 1]).toContain(runCli(['audit', join(ROOT, 'policies/telecom-complaints.ar.yaml'), 'hostile.csv', '--as-of', '2026-07-01', '-f', 'html', '-o', 'hostile.html'], { cwd: out }).status);
});

afterAll(async () => {
  await browser?.close();
});

const open = (file: string) => openReport(browser, out, file);

describe('the HTML audit report in Chromium', () => {
  it('lays out Arabic right to left, with the charts drawn left to right', async () => {
    const { page } = await open('telecom.html');
    const layout = await page.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.querySelector('h1')!);
      const heading = range.getBoundingClientRect();
      // The header spans the page's text block, inside the body's padding.
      const body = document.querySelector('header')!.getBoundingClientRect();
      const cells = [...document.querySelectorAll('table th[scope="col"]')];
      return {
        direction: getComputedStyle(document.documentElement).direction,
        lang: document.documentElement.lang,
        headingHugsRight: Math.abs(heading.right - body.right) < 2 && heading.left > body.left + 50,
        columnsRunRightToLeft: cells[0]!.getBoundingClientRect().left > cells[1]!.getBoundingClientRect().left,
        charts: document.querySelectorAll('svg[role="img"]').length,
        chartDirection: getComputedStyle(document.querySelector('svg')!).direction,
      };
    });
    expect(layout).toMatchObject({ direction: 'rtl', lang: 'ar', headingHugsRight: true, columnsRunRightToLeft: true, chartDirection: 'ltr' });
    expect(layout.charts).toBeGreaterThanOrEqual(4);
    await page.close();
  });

  it('draws attainment per month with the target line, and a histogram with the target marked, inside the page', async () => {
    const { page, requests } = await open('council.html');
    const charts = await page.evaluate(() => [...document.querySelectorAll('figure svg')].map((svg) => {
      const box = svg.getBoundingClientRect();
      return { label: svg.getAttribute('aria-label'), dashed: svg.querySelectorAll('line[stroke-dasharray]').length, width: box.width, fits: box.right <= document.body.getBoundingClientRect().right + 1 };
    }));
    expect(charts.some((c) => c.label?.includes('attainment per month'))).toBe(true);
    expect(charts.some((c) => c.label?.includes('time taken'))).toBe(true);
    for (const chart of charts) expect(chart).toMatchObject({ dashed: 1, fits: true });
    expect(requests).toEqual([]);
    await page.close();
  });

  it('fetches nothing and runs no script, even from hostile export values', async () => {
    const { page, requests } = await open('hostile.html');
    const state = await page.evaluate(() => ({ scripts: document.scripts.length, images: document.images.length, shown: document.body.textContent!.includes('<img src=x onerror=alert(1)>') }));
    expect(state).toEqual({ scripts: 0, images: 0, shown: true });
    expect(requests).toEqual([]);
    expect(readFileSync(join(out, 'hostile.html'), 'utf8')).toContain("default-src 'none'");
    await page.close();
  });
});
