import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hostilePolicyText } from '../helpers/hostile.js';
import { ROOT, runCli, tempProject } from '../helpers/run-cli.js';

const CHROMIUM = process.env.CS_POLICY_CHROMIUM ?? '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

let browser: Browser;
const out = tempProject({ 'hostile.yaml': hostilePolicyText });

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  for (const policy of ['policies/telecom-complaints.ar.yaml', 'policies/bank-complaints.bilingual.yaml']) {
    expect(runCli(['brief', join(ROOT, policy)], { cwd: out }).status).toBe(0);
  }
  expect(runCli(['brief', 'hostile.yaml'], { cwd: out }).status).toBe(0);
});

afterAll(async () => {
  await browser?.close();
});

/** Opens a briefing and records every request the page makes beyond its own file. */
async function open(file: string): Promise<{ page: Page; requests: string[] }> {
  const page = await browser.newPage({ viewport: { width: 900, height: 1300 } });
  const requests: string[] = [];
  const url = pathToFileURL(join(out, 'briefings', file)).href;
  page.on('request', (request) => {
    if (request.url() !== url) requests.push(request.url());
  });
  await page.goto(url, { waitUntil: 'load' });
  return { page, requests };
}

describe('HTML briefings in Chromium', () => {
  it('lays out Arabic pages right to left', async () => {
    const { page } = await open('telecom-complaints.call-agent.ar.html');
    const layout = await page.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.querySelector('h1')!);
      const heading = range.getBoundingClientRect();
      const body = document.body.getBoundingClientRect();
      const firstCell = document.querySelector('table.escalation th')!.getBoundingClientRect();
      const lastCell = [...document.querySelectorAll('table.escalation th')].at(-1)!.getBoundingClientRect();
      return {
        direction: getComputedStyle(document.documentElement).direction,
        lang: document.documentElement.lang,
        headingHugsRight: Math.abs(heading.right - body.right) < 2 && heading.left > body.left + 50,
        columnsRunRightToLeft: firstCell.left > lastCell.left,
      };
    });
    expect(layout).toEqual({ direction: 'rtl', lang: 'ar', headingHugsRight: true, columnsRunRightToLeft: true });
    await page.close();
  });

  it('lays out English pages left to right', async () => {
    const { page } = await open('bank-complaints.complaints-handler.en.html');
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).direction)).toBe('ltr');
    await page.close();
  });

  it('fetches nothing and runs no script, even from hostile policy text', async () => {
    const { page, requests } = await open('mini.agent.en.html');
    const state = await page.evaluate(() => ({
      scripts: document.scripts.length,
      images: document.images.length,
      shown: document.body.textContent!.includes('<script>alert(1)</script>'),
    }));
    expect(state).toEqual({ scripts: 0, images: 0, shown: true });
    expect(requests).toEqual([]);
    await page.close();
  });

  it.each([
    ['telecom-complaints.ar.yaml', 'call-agent', ['telecom-complaints.call-agent.ar.pdf']],
    ['council-customer-service.en.yaml', 'reception', ['council-customer-service.reception.en.pdf']],
    ['bank-complaints.bilingual.yaml', 'cx-head', ['bank-complaints.cx-head.ar.pdf', 'bank-complaints.cx-head.en.pdf']],
  ])('prints %s to PDF with the system Chromium', (policy, role, files) => {
    const dir = mkdtempSync(join(tmpdir(), 'cs-policy-pdf-test-'));
    const run = runCli(['brief', join(ROOT, 'policies', policy), '-f', 'pdf', '-a', role], { cwd: dir, env: { CS_POLICY_CHROMIUM: CHROMIUM } });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(readdirSync(join(dir, 'briefings')).sort()).toEqual(files);
    for (const file of files) expect(readFileSync(join(dir, 'briefings', file)).subarray(0, 5).toString()).toBe('%PDF-');
    // Every table in the printed pages has its whole border, the right side too, inside the page's margins.
    for (const file of files) {
      const pages = tableBordersInPdf(join(dir, 'briefings', file), dir);
      expect(pages.flatMap((page) => page.tables).length, `${file} has tables`).toBeGreaterThan(0);
      for (const page of pages) {
        expect(page.open, `${file}, page ${page.page}: table edges without a side border`).toEqual([]);
        for (const table of page.tables) expect(table.right, `${file}, page ${page.page}: a table's right border is past the margin`).toBeLessThanOrEqual(page.width - MARGIN_PX);
        for (const table of page.tables) expect(table.left, `${file}, page ${page.page}: a table's left border is past the margin`).toBeGreaterThanOrEqual(MARGIN_PX);
      }
    }
  });
});

/** The briefing's @page margin, 16 mm, at 96 dpi, less a pixel for rounding. */
const MARGIN_PX = Math.floor((16 / 25.4) * 96) - 1;
/** The colour of table borders (--line in report/html-page.ts). */
const LINE = [0xd6, 0xdb, 0xe3];

interface TableEdge { y: number; left: number; right: number }

/**
 * The tables of a PDF as printed: each page rasterised by poppler's pdftoppm at 96 dpi (one CSS
 * pixel to one pixel), and every horizontal border line found in the border colour. A table's
 * border line has a side border going up or down from both its ends; one with a side border at one
 * end only is a table whose other side is clipped (`open`). A rule with no side border at either
 * end is a heading's underline, not a table.
 */
function tableBordersInPdf(pdf: string, dir: string): { page: number; width: number; tables: TableEdge[]; open: TableEdge[] }[] {
  const prefix = join(dir, `raster-${readdirSync(dir).length}`);
  const run = spawnSync('pdftoppm', ['-r', '96', pdf, prefix], { encoding: 'utf8' });
  expect(run.error, 'pdftoppm (poppler-utils) runs').toBeUndefined();
  expect(run.status, run.stderr).toBe(0);
  const images = readdirSync(dir).filter((name) => join(dir, name).startsWith(`${prefix}-`) && name.endsWith('.ppm')).sort();
  expect(images.length).toBeGreaterThan(0);
  return images.map((name, index) => {
    const { width, height, at } = readPpm(readFileSync(join(dir, name)));
    const isLine = (x: number, y: number) => {
      if (x < 0 || y < 0 || x >= width || y >= height) return false;
      const rgb = at(x, y);
      return rgb.every((value, i) => Math.abs(value - LINE[i]!) <= 12);
    };
    // A side border leaves the line's end for at least 8 pixels, up or down.
    const side = (x: number, y: number) => [1, -1].some((step) => [x - 1, x, x + 1].some((column) => Array.from({ length: 8 }, (_, k) => y + step * (k + 1)).every((row) => isLine(column, row))));
    const tables: TableEdge[] = [];
    const open: TableEdge[] = [];
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        if (!isLine(x, y)) continue;
        let end = x;
        while (isLine(end + 1, y)) end++;
        if (end - x >= 150) {
          const edge = { y, left: x, right: end };
          const [leftSide, rightSide] = [side(x, y), side(end, y)];
          if (leftSide && rightSide) tables.push(edge);
          else if (leftSide || rightSide) open.push(edge);
        }
        x = end;
      }
    }
    return { page: index + 1, width, tables, open };
  });
}

/** A binary PPM (P6) as pdftoppm writes it: its size, and the colour of a pixel. */
function readPpm(bytes: Buffer): { width: number; height: number; at: (x: number, y: number) => [number, number, number] } {
  const header = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(bytes.subarray(0, 64).toString('latin1'));
  expect(header, 'a P6 image').not.toBeNull();
  const [whole, width, height] = [header![0].length, Number(header![1]), Number(header![2])];
  return { width, height, at: (x, y) => { const o = whole + 3 * (y * width + x); return [bytes[o]!, bytes[o + 1]!, bytes[o + 2]!]; } };
}

/** axe-core's own tags for WCAG 2.0, 2.1 and 2.2 at levels A and AA, and its best practices. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation { id: string; impact: string; help: string; nodes: { target: string[] }[] }

describe('HTML briefings under axe-core', () => {
  it.each([
    'telecom-complaints.call-agent.ar.html',
    'bank-complaints.complaints-handler.en.html',
    'bank-complaints.complaints-handler.ar.html',
    'mini.agent.en.html',
  ])('%s has no violation of WCAG 2.2 AA or of best practice', async (file) => {
    // The briefing's CSP forbids every script, axe's included: only the test's page lifts it.
    const context = await browser.newContext({ bypassCSP: true, viewport: { width: 900, height: 1300 } });
    const page = await context.newPage();
    await page.goto(pathToFileURL(join(out, 'briefings', file)).href, { waitUntil: 'load' });
    await page.addScriptTag({ content: AXE_SOURCE });
    const results = await page.evaluate(async (tags) => {
      const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[]; passes: unknown[] }> } }).axe;
      return axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    }, AXE_TAGS);
    const violations = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(violations).toEqual([]);
    // axe ran its checks: a page it could not read would have no passes either.
    expect(results.passes.length).toBeGreaterThan(5);
    await context.close();
  });
});
