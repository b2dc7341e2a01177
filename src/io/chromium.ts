import { spawn, type ChildProcess } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { CliError } from '../errors.js';
import { sweepStale, trackChild, trackTemporary } from './temporary.js';
import { BRIEF_MESSAGES } from '../brief/messages.js';

const NAMES = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome'];

/** How long one page may take to load and print before Chromium is given up on. */
const PAGE_TIMEOUT_MS = 60_000;
/** Pages printed at the same time by one browser. */
const PAGES_AT_ONCE = 3;

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

/** Prints pages to PDF with one running Chromium; close it when done, also after a failure. */
export interface PdfPrinter {
  print(html: string, shown: string): Promise<Uint8Array>;
  close(): Promise<void>;
}

type Pending = { resolve: (result: Record<string, unknown>) => void; reject: (error: Error) => void };
type Event = { method: string; sessionId?: string; params?: Record<string, unknown> };

/**
 * Starts one headless Chromium for every page to print, driven over the DevTools protocol on a
 * pipe (no port is opened). Starting Chromium is most of the cost of a page, so a briefing for five
 * roles costs little more than one. The pages have no scripts and a policy that forbids fetching,
 * and Chromium's own background traffic is switched off. The browser is killed if cs-policy is
 * stopped (SIGINT, SIGTERM), and its profile folder removed.
 */
export async function openPdfPrinter(chromium: string): Promise<PdfPrinter> {
  // Chromium's profile alone is megabytes: a folder left by a run killed outright is swept now, and
  // this run's is removed on Ctrl+C as well as at the end.
  sweepStale(tmpdir(), /^cs-policy-pdf-(?<pid>\d+)-[A-Za-z0-9]{6}$/);
  // Registered before it exists, so a signal at any moment finds it, and a folder under this
  // process's id that is not registered can only be an earlier, killed process's (see sweepStale).
  const work = join(tmpdir(), `cs-policy-pdf-${process.pid}-${randomBytes(3).toString('hex')}`);
  const forgetWork = trackTemporary(work);
  try {
    await mkdir(work, { mode: 0o700 });
  } catch (error) {
    forgetWork();
    throw error;
  }
  const args = [
    '--headless', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--disable-extensions', '--remote-debugging-pipe', `--user-data-dir=${join(work, 'profile')}`, 'about:blank',
  ];
  // Chromium refuses to start as root with its sandbox on (containers and CI run as root).
  if (process.getuid?.() === 0) args.unshift('--no-sandbox');
  let child: ChildProcess;
  try {
    // fd 3 carries commands to Chromium, fd 4 its answers, each message ended by a NUL.
    child = spawn(chromium, args, { stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'] });
  } catch (error) {
    forgetWork();
    await rm(work, { recursive: true, force: true });
    throw error;
  }
  const forgetChild = trackChild(child);
  const toChromium = child.stdio[3] as Writable;
  const fromChromium = child.stdio[4] as Readable;

  let stderr = '';
  child.stderr!.setEncoding('utf8');
  child.stderr!.on('data', (chunk: string) => {
    stderr = (stderr + chunk).slice(-4000);
  });
  const pending = new Map<number, Pending>();
  const listeners = new Map<(event: Event) => void, (error: Error) => void>();
  let ended: Error | undefined;
  const end = (error: Error) => {
    if (ended) return;
    ended = error;
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
    for (const reject of listeners.values()) reject(error);
    listeners.clear();
  };
  child.on('error', end);
  child.on('exit', (code, signal) => end(new Error(lastLine(stderr) || `Chromium exited (${signal ?? code})`)));
  toChromium.on('error', end);
  fromChromium.on('error', end);

  let buffered = '';
  fromChromium.setEncoding('utf8');
  fromChromium.on('data', (chunk: string) => {
    buffered += chunk;
    let at: number;
    while ((at = buffered.indexOf('\0')) >= 0) {
      let message: { id?: number; result?: Record<string, unknown>; error?: { message: string } } & Event;
      try {
        message = JSON.parse(buffered.slice(0, at));
      } catch {
        // Not Chromium's protocol: give up on this browser rather than guess.
        end(new Error('Chromium answered in a form cs-policy does not read'));
        child.kill('SIGKILL');
        return;
      }
      buffered = buffered.slice(at + 1);
      if (message.id === undefined) {
        for (const listener of [...listeners.keys()]) listener(message);
        continue;
      }
      const waiting = pending.get(message.id);
      pending.delete(message.id);
      if (message.error) waiting?.reject(new Error(message.error.message));
      else waiting?.resolve(message.result ?? {});
    }
  });

  let nextId = 1;
  const send = (method: string, params: Record<string, unknown> = {}, sessionId?: string): Promise<Record<string, unknown>> => {
    if (ended) return Promise.reject(ended);
    const id = nextId++;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject });
      toChromium.write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
    });
  };
  const nextEvent = (method: string, sessionId: string): Promise<void> => new Promise((resolve, reject) => {
    if (ended) return reject(ended);
    const listener = (event: Event) => {
      if (event.method !== method || event.sessionId !== sessionId) return;
      listeners.delete(listener);
      resolve();
    };
    listeners.set(listener, reject);
  });
  const withTimeout = <T>(promise: Promise<T>): Promise<T> => {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer from Chromium in ${PAGE_TIMEOUT_MS / 1000} s`)), PAGE_TIMEOUT_MS);
    });
    return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
  };

  let pages = 0;
  const closed = { done: false };
  // A few pages load and print at once, in tabs of the one browser; more only queue for the CPU.
  let printing = 0;
  const queue: (() => void)[] = [];
  const turn = async () => {
    if (printing >= PAGES_AT_ONCE) await new Promise<void>((resolve) => queue.push(resolve));
    printing++;
  };
  const done = () => {
    printing--;
    queue.shift()?.();
  };
  return {
    async print(html, shown) {
      const page = join(work, `page-${++pages}.html`);
      await turn();
      try {
        await writeFile(page, html);
        return await withTimeout((async () => {
          const { targetId } = await send('Target.createTarget', { url: 'about:blank' }) as { targetId: string };
          const { sessionId } = await send('Target.attachToTarget', { targetId, flatten: true }) as { sessionId: string };
          await send('Page.enable', {}, sessionId);
          const loaded = nextEvent('Page.loadEventFired', sessionId);
          await send('Page.navigate', { url: pathToFileURL(page).href }, sessionId);
          await loaded;
          // What --print-to-pdf --no-pdf-header-footer gave: backgrounds, the page's own @page size.
          const { data } = await send('Page.printToPDF', { printBackground: true, preferCSSPageSize: true, displayHeaderFooter: false }, sessionId) as { data: string };
          await send('Target.closeTarget', { targetId });
          return new Uint8Array(Buffer.from(data, 'base64'));
        })());
      } catch (error) {
        throw new CliError(BRIEF_MESSAGES['brief.pdfFailed'], { file: shown, reason: (error instanceof Error ? error.message : String(error)).slice(0, 300) });
      } finally {
        done();
        await rm(page, { force: true });
      }
    },
    async close() {
      if (closed.done) return;
      closed.done = true;
      if (!ended) {
        const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
        // Browser.close lets Chromium end on its own; a browser that does not is killed.
        send('Browser.close').catch(() => undefined);
        const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
        await exited;
        clearTimeout(timer);
      }
      forgetChild();
      await rm(work, { recursive: true, force: true });
      forgetWork();
    },
  };
}

const lastLine = (text: string) => text.trim().split('\n').at(-1)?.trim() ?? '';

/** Prints one page of self-contained HTML to PDF (a printer started and closed for it). */
export async function printPdf(chromium: string, html: string, shown: string): Promise<Uint8Array> {
  const printer = await openPdfPrinter(chromium);
  try {
    return await printer.print(html, shown);
  } finally {
    await printer.close();
  }
}
