import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';

/** Opens a report written to `dir` and records every request it makes besides its own file. */
export async function openReport(browser: Browser, dir: string, file: string): Promise<{ page: Page; requests: string[] }> {
  const page = await browser.newPage({ viewport: { width: 900, height: 1300 } });
  const requests: string[] = [];
  const url = pathToFileURL(join(dir, file)).href;
  page.on('request', (request) => {
    if (request.url() !== url) requests.push(request.url());
  });
  await page.goto(url, { waitUntil: 'load' });
  return { page, requests };
}
