import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli, tempProject } from '../helpers/run-cli.js';
import { openReport } from './open-page.js';

const CHROMIUM = process.env.CS_POLICY_CHROMIUM ?? '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

let browser: Browser;
// Responses whose text tries to become markup or fetch something: it must stay text.
const hostile = [
  'id,topic,expectation,performance,comment',
  'a,<script>alert(1)</script>,4,2,x',
  'b,<img src=http://127.0.0.1:9/x.png>,3,3,x',
  'c,سرعة الرد,2,4,x',
].join('\n');
const out = tempProject({ 'hostile.csv': hostile });

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  const runs: [string, string[]][] = [
    ['pilot.ar.html', ['pilot', join(ROOT, 'policies/telecom-complaints.ar.yaml'), 'hostile.csv', '--lang', 'ar']],
    ['pilot.en.html', ['pilot', join(ROOT, 'policies/council-customer-service.en.yaml'), join(ROOT, 'examples/pilot/council-responses.csv'), '--lang', 'en']],
    ['compare.ar.html', ['compare', join(ROOT, 'policies/telecom-complaints.ar.yaml'), '--lang', 'ar']],
    ['compare.en.html', ['compare', join(ROOT, 'policies/council-customer-service.en.yaml'), '--lang', 'en']],
  ];
  for (const [file, args] of runs) {
    const run = runCli([...args, '-f', 'html', '-o', file, '--today', '2026-06-01'], { cwd: out });
    expect(run.stderr).toBe('');
    expect(readFileSync(join(out, file), 'utf8')).toContain('<!DOCTYPE html>');
  }
});

afterAll(async () => {
  await browser?.close();
});

const open = (file: string) => openReport(browser, out, file);

describe('pilot and compare reports in Chromium', () => {
  it.each(['pilot.ar.html', 'compare.ar.html'])('lays %s out right to left', async (file) => {
    const { page } = await open(file);
    const layout = await page.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.querySelector('h1')!);
      const heading = range.getBoundingClientRect();
      // The header's box is the page's content width, inside the body's padding.
      const body = document.querySelector('header')!.getBoundingClientRect();
      const cells = [...document.querySelectorAll('table th')];
      return {
        direction: getComputedStyle(document.documentElement).direction,
        lang: document.documentElement.lang,
        headingHugsRight: Math.abs(heading.right - body.right) < 2 && heading.left > body.left + 50,
        columnsRunRightToLeft: cells[0]!.getBoundingClientRect().left > cells[1]!.getBoundingClientRect().left,
      };
    });
    expect(layout).toEqual({ direction: 'rtl', lang: 'ar', headingHugsRight: true, columnsRunRightToLeft: true });
    await page.close();
  });

  it.each(['pilot.ar.html', 'pilot.en.html', 'compare.ar.html', 'compare.en.html'])('%s draws its charts, fetches nothing and runs no script', async (file) => {
    const { page, requests } = await open(file);
    const state = await page.evaluate(() => ({
      scripts: document.scripts.length,
      images: document.images.length,
      charts: [...document.querySelectorAll('svg')].map((svg) => {
        const box = svg.getBoundingClientRect();
        return box.width > 300 && box.height > 20 && svg.querySelectorAll('rect').length > 0;
      }),
    }));
    expect(state.scripts).toBe(0);
    expect(state.images).toBe(0);
    expect(state.charts.length).toBeGreaterThan(0);
    expect(state.charts.every(Boolean)).toBe(true);
    expect(requests).toEqual([]);
    await page.close();
  });

  it('shows hostile topic names as text', async () => {
    const { page } = await open('pilot.ar.html');
    const text = await page.evaluate(() => document.body.textContent!);
    expect(text).toContain('<script>alert(1)</script>');
    expect(text).toContain('<img src=http://127.0.0.1:9/x.png>');
    await page.close();
  });
});
