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
  });
});

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
