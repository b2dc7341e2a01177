// Renders the README's screenshots of an Arabic and an English briefing with the system Chromium:
//   npm run screenshots      (needs Debian's chromium, or CS_POLICY_CHROMIUM)
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const work = mkdtempSync(join(tmpdir(), 'cs-policy-shots-'));
const cli = (...args) => execFileSync(process.execPath, [join(root, 'bin/cs-policy.cjs'), ...args], { cwd: work });

cli('brief', join(root, 'policies/telecom-complaints.ar.yaml'), '-a', 'call-agent');
cli('brief', join(root, 'policies/bank-complaints.bilingual.yaml'), '-a', 'complaints-handler', '--lang', 'en');

const browser = await chromium.launch({
  executablePath: process.env.CS_POLICY_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
for (const [file, shot] of [
  ['telecom-complaints.call-agent.ar.html', 'briefing-ar.png'],
  ['bank-complaints.complaints-handler.en.html', 'briefing-en.png'],
]) {
  const page = await browser.newPage({ viewport: { width: 900, height: 1200 } });
  await page.goto(pathToFileURL(join(work, 'briefings', file)).href);
  await page.screenshot({ path: join(root, 'docs', shot) });
  console.log(`wrote docs/${shot}`);
}
await browser.close();
