/**
 * Tables fit the page's column: on screen, and printed on A4 (178 mm between the margins, as the
 * PDF briefing is), where a table wider than the page has its right border cut off. The audit's
 * standards table has eleven columns; its long ids and headings wrap inside their cells.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli, tempProject } from '../helpers/run-cli.js';

const CHROMIUM = process.env.CS_POLICY_CHROMIUM ?? '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
/** A4's width less 16 mm margins each side, in CSS pixels. */
const A4_COLUMN = Math.floor(((210 - 32) / 25.4) * 96);

let browser: Browser;
const out = tempProject();

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  const runs: string[][] = [
    ['audit', join(ROOT, 'policies/council-customer-service.en.yaml'), join(ROOT, 'examples/exports/council-customer-service.csv'), '--as-of', '2026-07-01', '-f', 'html', '-o', 'audit.en.html'],
    ['audit', join(ROOT, 'policies/telecom-complaints.ar.yaml'), join(ROOT, 'examples/exports/telecom-complaints.csv'), '--as-of', '2026-07-01', '-f', 'html', '--lang', 'ar', '-o', 'audit.ar.html'],
    ['brief', join(ROOT, 'policies/council-customer-service.en.yaml'), '-a', 'contact-centre', '-o', '.'],
    ['brief', join(ROOT, 'policies/telecom-complaints.ar.yaml'), '-a', 'call-agent', '-o', '.'],
  ];
  for (const args of runs) {
    const run = runCli(args, { cwd: out });
    expect([0, 1], run.stderr).toContain(run.status);
  }
});

afterAll(async () => {
  await browser?.close();
});

const FILES = ['audit.en.html', 'audit.ar.html', 'council-customer-service.contact-centre.en.html', 'telecom-complaints.call-agent.ar.html'];
const MEDIA = [['screen', 900], ['print', A4_COLUMN]] as const;

describe('tables in Chromium', () => {
  it.each(FILES.flatMap((file) => MEDIA.map(([media, width]) => [file, media, width] as const)))('%s on %s (%i px): every table inside the column', async (file, media, width) => {
    const page = await browser.newPage({ viewport: { width, height: 1000 } });
    await page.emulateMedia({ media });
    await page.goto(pathToFileURL(join(out, file)).href);
    const found = await page.evaluate(() => {
      const column = document.body.getBoundingClientRect();
      const inner = { left: column.left + parseFloat(getComputedStyle(document.body).paddingLeft), right: column.right - parseFloat(getComputedStyle(document.body).paddingRight) };
      const tables = [...document.querySelectorAll('table')].map((table) => table.getBoundingClientRect());
      return {
        tables: tables.length,
        outside: tables.filter((box) => box.left < inner.left - 0.5 || box.right > inner.right + 0.5).map((box) => `${box.left}-${box.right} in ${inner.left}-${inner.right}`),
        pageScrolls: document.documentElement.scrollWidth > document.documentElement.clientWidth,
      };
    });
    expect(found.tables).toBeGreaterThan(0);
    expect(found).toMatchObject({ outside: [], pageScrolls: false });
    await page.close();
  });
});
