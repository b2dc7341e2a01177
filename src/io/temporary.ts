import type { ChildProcess } from 'node:child_process';
import { lstatSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/*
 * Temporary files and folders cs-policy makes beside a policy or in the system's temp folder.
 * Each is registered while it exists, so SIGINT/SIGTERM remove it before the process ends, and each
 * name carries the id of the process that made it, so a run that was killed outright (SIGKILL, a
 * power cut) leaves names the next run recognises as stale and sweeps.
 */

const live = new Set<string>();
/** Processes cs-policy started (Chromium) that must not outlive it when it is stopped. */
const children = new Set<ChildProcess>();
let handlersInstalled = false;

const SIGNAL_EXIT: Record<string, number> = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };

function onSignal(signal: NodeJS.Signals): void {
  killChildrenNow();
  removeAllNow();
  // The code shells expect for a process ended by this signal.
  process.exit(SIGNAL_EXIT[signal] ?? 130);
}

/** Removes every registered temporary file or folder at once; used on signals and at exit. */
function removeAllNow(): void {
  for (const path of live) {
    try {
      // A write still in the thread pool (a page Chromium is to print) can land in a folder while it
      // is being removed, which then fails as not empty: a signal while printing left Chromium's
      // folder behind in two of about thirty runs of the suite under load. rmSync tries again.
      rmSync(path, { recursive: true, force: true, maxRetries: 5, retryDelay: 20 });
    } catch {
      // Nothing more can be done while the process is ending; the next run sweeps it.
    }
  }
  live.clear();
}

/** Kills every registered child process; on a signal there is no time to ask them to close. */
function killChildrenNow(): void {
  for (const child of children) {
    try {
      child.kill('SIGKILL');
    } catch {
      // Gone already.
    }
  }
  children.clear();
}

function installHandlers(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  for (const signal of Object.keys(SIGNAL_EXIT) as NodeJS.Signals[]) process.on(signal, onSignal);
}

function removeHandlers(): void {
  if (!handlersInstalled || live.size > 0 || children.size > 0) return;
  handlersInstalled = false;
  for (const signal of Object.keys(SIGNAL_EXIT) as NodeJS.Signals[]) process.off(signal, onSignal);
}

/**
 * Registers a temporary path; the returned function forgets it again (call it once the path was
 * renamed into place or removed). Signal handlers are installed only while something is
 * registered, so prompts and their own Ctrl+C handling are untouched the rest of the time.
 */
export function trackTemporary(path: string): () => void {
  live.add(path);
  installHandlers();
  return () => {
    live.delete(path);
    removeHandlers();
  };
}

/**
 * Registers a child process to kill if cs-policy gets SIGINT, SIGTERM or SIGHUP (process.exit
 * alone would leave it running, orphaned); the returned function forgets it once it has ended.
 */
export function trackChild(child: ChildProcess): () => void {
  children.add(child);
  installHandlers();
  return () => {
    children.delete(child);
    removeHandlers();
  };
}

/**
 * A fresh name for a temporary file beside `name`: `.<name>.cs-policy-<pid>-<random>.tmp`. The
 * random part only keeps two writes of one process apart; the file is created exclusively ('wx'),
 * so a clash fails rather than overwrites. Math.random, not node:crypto, whose loading cost every
 * command that writes a file 6.4 ms (median of 31 alternated runs against an empty script).
 */
export function temporaryNameFor(name: string): string {
  return `.${name}.cs-policy-${process.pid}-${Math.floor(Math.random() * 0x1_0000_0000).toString(16).padStart(8, '0')}.tmp`;
}

/** True when no process with this id runs here any more. */
function isGone(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/** Older than this, a temporary name is stale whoever made it (a run on another machine, say). */
const STALE_AFTER_MS = 60 * 60 * 1000;

/**
 * Removes, from `dir`, the temporary names that `pattern` recognises and that are stale: the
 * process that made them is gone (or had this process's id and is not this one), or they are more
 * than an hour old (names made by older versions carry no process id). Never fails: sweeping is a
 * courtesy, not the job being asked for.
 */
export function sweepStale(dir: string, pattern: RegExp): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const match = pattern.exec(name);
    if (!match) continue;
    const path = join(dir, name);
    if (live.has(path)) continue;
    try {
      const pid = match.groups?.pid === undefined ? undefined : Number(match.groups.pid);
      // This process registers every name it makes before making it, so an unregistered name under
      // its own id was left by an earlier process that had the same id (ids wrap) and was killed.
      const stale = (pid !== undefined && (pid === process.pid || isGone(pid))) || Date.now() - lstatSync(path).mtimeMs > STALE_AFTER_MS;
      if (stale) rmSync(path, { recursive: true, force: true });
    } catch {
      // Gone already, or not ours to remove.
    }
  }
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Recognises the temporary files left beside `name` (see temporaryNameFor; older ones had no pid). */
export function temporaryPatternFor(name: string): RegExp {
  return new RegExp(`^\\.${escape(name)}\\.cs-policy-(?:(?<pid>\\d+)-)?[0-9a-f]{8}\\.tmp$`);
}
