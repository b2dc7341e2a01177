/**
 * Arabic reports and briefings, drawn by Chromium: the header lines read in the right order. Left-
 * to-right runs (ids, times, zones, file names) are isolated, so the bidirectional algorithm cannot
 * cut an ISO time in two or splice a count into it ("حتى 2026-07-400 :01T00:00:00.000Z سجل من").
 * Each check finds words in the order the line is written and asks where Chromium drew them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli, tempProject } from '../helpers/run-cli.js';
import { openReport, readsLeftToRight, readsRightToLeft, tokenBoxes, type Box } from './open-page.js';

const CHROMIUM = process.env.CS_POLICY_CHROMIUM ?? '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const copy = (path: string) => readFileSync(join(ROOT, path), 'utf8');

let browser: Browser;
// Short names, so that each header line fits on one line of the page and order is left and right only.
const out = tempProject({
  'telecom.yaml': copy('policies/telecom-complaints.ar.yaml'),
  'calls.csv': copy('examples/exports/telecom-complaints.csv'),
  'responses.csv': copy('examples/pilot/council-responses.csv'),
});
const TELECOM = 'telecom.yaml';

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  const runs: string[][] = [
    ['audit', TELECOM, 'calls.csv', '--as-of', '2026-07-01', '-f', 'html', '--lang', 'ar', '-o', 'audit.html'],
    ['pilot', TELECOM, 'responses.csv', '--today', '2026-06-01', '-f', 'html', '--lang', 'ar', '-o', 'pilot.html'],
    ['compare', TELECOM, '--today', '2026-06-01', '-f', 'html', '--lang', 'ar', '-o', 'compare.html'],
    ['brief', TELECOM, '-a', 'call-agent', '-o', 'briefings'],
  ];
  for (const args of runs) {
    const run = runCli(args, { cwd: out });
    expect([0, 1], run.stderr).toContain(run.status);
  }
});

afterAll(async () => {
  await browser?.close();
});

describe('Arabic header lines in Chromium', () => {
  it('audit: the "as of" line reads until, date, local time, zone, then the file; the time whole', async () => {
    const { page } = await openReport(browser, out, 'audit.html');
    const line = 'header p.subtitle';
    const words = await tokenBoxes(page, line, ['حتى', 'يوليو', '2026', 'في', '03:00', 'Asia/Riyadh', 'من', 'calls.csv']);
    expect(readsRightToLeft(words), JSON.stringify(words)).toBe(true);
    expect(readsLeftToRight(await tokenBoxes(page, line, ['Asia', 'Riyadh']))).toBe(true);
    expect(readsLeftToRight(await tokenBoxes(page, line, ['calls', 'csv']))).toBe(true);
    expect(await page.textContent(line)).not.toContain('.000Z');
    // The summary (its first line): the ids as one left-to-right run, then on their left the
    // parenthesis that opens the counts, and the first count.
    const summary = await tokenBoxes(page, 'main > p', ['معايير', 'complaint-acknowledged', 'survey-sent', '(', '3']);
    const [standards, first, last, open, count] = summary as [Box, Box, Box, Box, Box];
    expect(readsRightToLeft([standards, last]) && readsRightToLeft([first, open, count]), JSON.stringify(summary)).toBe(true);
    expect(readsLeftToRight([first, last])).toBe(true);
    await page.close();
  });

  it.each([
    ['pilot.html', 'قُيّمت'],
    ['compare.html', 'قُورنت'],
  ])('%s: the policy id, its file and the day read in order', async (file, verb) => {
    const { page } = await openReport(browser, out, file);
    const line = 'header p.subtitle';
    const words = await tokenBoxes(page, line, ['السياسة', 'telecom-complaints', 'telecom.yaml', verb, 'يونيو', '2026']);
    expect(readsRightToLeft(words), JSON.stringify(words)).toBe(true);
    // The file's name stays one left-to-right run.
    expect(readsLeftToRight(await tokenBoxes(page, line, ['telecom.', 'yaml']))).toBe(true);
    await page.close();
  });

  it('briefing: the dates in the header read day, month, year from the right', async () => {
    const { page } = await openReport(browser, join(out, 'briefings'), 'telecom-complaints.call-agent.ar.html');
    const dates = await page.$$eval('header dd', (cells) => cells.map((cell) => cell.textContent ?? '').filter((text) => /^\d{1,2} \S+ \d{4}$/.test(text)));
    expect(dates.length).toBeGreaterThanOrEqual(2);
    for (const [index, date] of dates.entries()) {
      const boxes = await tokenBoxes(page, `header dd:nth-of-type(${index + 2})`, date.split(' '));
      expect(readsRightToLeft(boxes), `${date}: ${JSON.stringify(boxes)}`).toBe(true);
    }
    await page.close();
  });
});
