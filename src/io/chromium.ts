import { execFile } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CliError } from '../errors.js';
import { sweepStale, trackTemporary } from './temporary.js';

const NAMES = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome'];

/** The Chromium to print with: CS_POLICY_CHROMIUM, else the first on PATH. */
export function findChromium(env: NodeJS.ProcessEnv): string | undefined {
  const candidates = env.CS_POLICY_CHROMIUM
    ? [env.CS_POLICY_CHROMIUM]
    : (env.PATH ?? '').split(delimiter).filter(Boolean).flatMap((dir) => NAMES.map((name) => join(dir, name)));
  return candidates.find((path) => {
    try {
      accessSync(path, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

/**
 * Prints self-contained HTML to PDF with headless Chromium. The page has no scripts and a policy
 * that forbids fetching, and Chromium's own background traffic is switched off.
 */
export async function printPdf(chromium: string, html: string, shown: string): Promise<Uint8Array> {
  // Chromium's profile alone is megabytes: a folder left by a run killed outright is swept now, and
  // this run's is removed on Ctrl+C as well as at the end.
  sweepStale(tmpdir(), /^cs-policy-pdf-(?<pid>\d+)-[A-Za-z0-9]{6}$/);
  const work = await mkdtemp(join(tmpdir(), `cs-policy-pdf-${process.pid}-`));
  const forget = trackTemporary(work);
  try {
    const page = join(work, 'briefing.html');
    const pdfPath = join(work, 'briefing.pdf');
    await writeFile(page, html);
    const args = [
      '--headless', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--disable-extensions', '--no-pdf-header-footer', `--user-data-dir=${join(work, 'profile')}`,
      `--print-to-pdf=${pdfPath}`, pathToFileURL(page).href,
    ];
    // Chromium refuses to start as root with its sandbox on (containers and CI run as root).
    if (process.getuid?.() === 0) args.unshift('--no-sandbox');
    await new Promise<void>((resolve, reject) => {
      execFile(chromium, args, { timeout: 60_000 }, (error, _stdout, stderr) => {
        if (error) reject(new CliError('brief.pdfFailed', { file: shown, reason: (stderr.trim().split('\n').at(-1) || error.message).slice(0, 300) }));
        else resolve();
      });
    });
    return await readFile(pdfPath);
  } finally {
    await rm(work, { recursive: true, force: true });
    forget();
  }
}
