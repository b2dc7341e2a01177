import {
  accessSync, closeSync, constants, fchmodSync, fchownSync, fsyncSync, lstatSync, mkdirSync, openSync, readlinkSync, realpathSync, renameSync, rmSync, statSync, writeSync, type Stats,
} from 'node:fs';
import { open, readFile, realpath, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { CliError } from '../errors.js';
import { sweepStale, temporaryNameFor, temporaryPatternFor, trackTemporary } from './temporary.js';
import { IO_MESSAGES } from './messages.js';

/*
 * The one way cs-policy writes a file (the contract is in the README, "How cs-policy writes files"):
 * - a regular file is replaced whole or not at all (a temporary file beside it, flushed, renamed
 *   over it), keeping its mode and, run as root, its owner;
 * - a symlink is written through: its target is replaced, the link stays a link;
 * - a device, FIFO or other file that is not regular (/dev/null, /dev/stdout, a pipe) is written
 *   directly, never replaced; a folder is refused;
 * - a file with other hard links is written in place, so every name still shows the same content;
 * - a file that nobody may write (no write bit, even for root) is refused;
 * - temporary files are removed on SIGINT/SIGTERM and stale ones are swept by the next write.
 *
 * A regular file is written with the file system's synchronous calls: a write is ten calls (stat,
 * realpath, access, open, write, chmod, chown, fsync, close, rename), and through the thread pool
 * each was a round trip; five briefings took 7.5 against 3.7 ms (a script writing five 5 KB files
 * as here, medians of 3), and a run that writes only regular files never starts the pool. A
 * signal is still handled where an asynchronous write would have handled it (handleSignals), and
 * what can block (a FIFO with no reader, a device) is still written asynchronously (writeInPlace),
 * so that Ctrl+C still reaches the process.
 */

const failed = (shown: string, error: unknown) =>
  error instanceof CliError ? error : new CliError(IO_MESSAGES['io.writeFailed'], { file: shown, reason: (error as NodeJS.ErrnoException).code ?? String(error) });

/**
 * For fault tests only: with NODE_ENV=test and CS_POLICY_TEST_KILL_AT naming a step of a write
 * (`written`, or `written:SIGTERM` for another signal than SIGKILL), the process signals itself
 * there, as a power cut, `kill -9` or Ctrl+C would.
 */
function faultPoint(step: 'written' | 'synced' | 'renamed' | 'locked'): void {
  if (process.env.NODE_ENV !== 'test') return;
  const [at, signal = 'SIGKILL'] = (process.env.CS_POLICY_TEST_KILL_AT ?? '').split(':');
  if (at === step) process.kill(process.pid, signal as NodeJS.Signals);
}

function statOrUndefined(path: string, follow: boolean): Stats | undefined {
  return (follow ? statSync : lstatSync)(path, { throwIfNoEntry: false });
}

/** Where a path that does not resolve yet leads: the end of its chain of symlinks (at most 40, as the kernel allows). */
function linkTarget(path: string): string {
  let current = resolve(path);
  for (let hops = 0; hops < 40; hops++) {
    const info = statOrUndefined(current, false);
    if (!info?.isSymbolicLink()) return current;
    current = resolve(dirname(current), readlinkSync(current));
  }
  throw Object.assign(new Error('ELOOP'), { code: 'ELOOP' });
}

/** True when nobody should write the file: the system says so, or (for root, whom it never stops) no write bit is set. */
function isReadOnly(path: string, info: Stats): boolean {
  if ((info.mode & 0o222) === 0) return true;
  try {
    accessSync(path, constants.W_OK);
    return false;
  } catch {
    return true;
  }
}

/** Writes into what is already there (a device, a FIFO, a hard-linked file): same inode, same links. */
async function writeInPlace(path: string, bytes: Uint8Array, regular: boolean): Promise<void> {
  const handle = await open(path, regular ? 'r+' : 'w');
  try {
    await handle.write(bytes, 0, bytes.length, regular ? 0 : null);
    if (regular) {
      await handle.truncate(bytes.length);
      await handle.sync();
    }
  } finally {
    await handle.close();
  }
}

/**
 * The process's own output when `path` names it (/dev/stdout, /dev/fd/1, …). Such a path leads to
 * whatever the output is, and when it is a socket (as a parent process's pipe can be) opening it
 * by name fails with ENXIO, so the stream already open is written instead.
 */
function standardStream(path: string): NodeJS.WriteStream | undefined {
  const fd = /^\/dev\/(stdout|stderr)$/.exec(path)?.[1] ?? /^\/(?:dev|proc\/self)\/fd\/([12])$/.exec(path)?.[1];
  if (fd === 'stdout' || fd === '1') return process.stdout;
  if (fd === 'stderr' || fd === '2') return process.stderr;
  return undefined;
}

const writeToStream = (stream: NodeJS.WriteStream, bytes: Uint8Array) =>
  new Promise<void>((done, fail) => stream.write(bytes, (error) => (error ? fail(error) : done())));

/** Replaces a regular file (or makes a new one) through a temporary file beside it. */
/**
 * A turn of the event loop, where a SIGINT or SIGTERM that came during the calls before it is
 * handled (trackTemporary removes the temporary file, and the process ends): the synchronous
 * calls would otherwise finish the write first, and Ctrl+C would leave the new file in place.
 */
const handleSignals = () => new Promise<void>((resolve) => setImmediate(resolve));

async function replace(path: string, bytes: Uint8Array, previous: Stats | undefined): Promise<void> {
  const dir = dirname(path);
  const name = basename(path);
  sweepStale(dir, temporaryPatternFor(name));
  const temp = join(dir, temporaryNameFor(name));
  const forget = trackTemporary(temp);
  try {
    const fd = openSync(temp, 'wx', previous ? previous.mode & 0o7777 : 0o666);
    try {
      for (let written = 0; written < bytes.length;) written += writeSync(fd, bytes, written, bytes.length - written);
      faultPoint('written');
      await handleSignals();
      if (previous) {
        // open() applies the umask; the old file's mode is what the user chose, so it is kept exactly.
        fchmodSync(fd, previous.mode & 0o7777);
        // Only root may give a file away; anyone else's new file is theirs, as with any editor.
        if (process.getuid?.() === 0) {
          try {
            fchownSync(fd, previous.uid, previous.gid);
          } catch {
            // Kept as the new file's owner.
          }
        }
      }
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    faultPoint('synced');
    await handleSignals();
    renameSync(temp, path);
    faultPoint('renamed');
  } catch (error) {
    try {
      rmSync(temp, { force: true });
    } catch {
      // The write's own error is the one to report; a stale temporary is swept by the next write.
    }
    throw error;
  } finally {
    forget();
  }
}

/**
 * Writes a whole file or nothing, following the contract above. `shown` is the name messages use.
 */
export async function writeFileAtomic(path: string, content: string | Uint8Array, shown: string = path): Promise<void> {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  try {
    const info = statOrUndefined(path, true);
    if (info?.isDirectory()) throw new CliError(IO_MESSAGES['io.isFolder'], { file: shown });
    if (info && !info.isFile()) {
      const stream = standardStream(path);
      return await (stream ? writeToStream(stream, bytes) : writeInPlace(path, bytes, false));
    }
    const real = info ? realpathSync(path) : linkTarget(path);
    if (info && isReadOnly(real, info)) throw new CliError(IO_MESSAGES['io.readOnly'], { file: shown });
    if (info && info.nlink > 1) return await writeInPlace(real, bytes, true);
    await replace(real, bytes, info);
  } catch (error) {
    throw failed(shown, error);
  }
}

/**
 * Gives an edited text the shape of the file it came from: a UTF-8 byte order mark if the file had
 * one, and its line ends (CRLF when every line of the original ended so).
 */
export function keepTextShape(original: Uint8Array, edited: string): string {
  const before = Buffer.from(original).toString('utf8');
  const bom = before.startsWith('\uFEFF');
  let text = edited.replace(/^\uFEFF/, '');
  if (/\r\n/.test(before) && !/(^|[^\r])\n/.test(before)) text = text.replace(/\r?\n/g, '\r\n');
  return bom ? `\uFEFF${text}` : text;
}

const sameBytes = (a: Uint8Array, b: Uint8Array) => Buffer.compare(Buffer.from(a), Buffer.from(b)) === 0;

/** How long an edit waits for another cs-policy run editing the same file before giving up. */
const LOCK_WAIT_MS = 5_000;

/** Takes the edit lock beside `real`: a file made exclusively, holding this process's id. */
async function takeLock(real: string, shown: string): Promise<() => Promise<void>> {
  const lockPath = join(dirname(real), `.${basename(real)}.cs-policy.lock`);
  const started = Date.now();
  for (;;) {
    try {
      const handle = await open(lockPath, 'wx', 0o600);
      const forget = trackTemporary(lockPath);
      try {
        await handle.writeFile(String(process.pid));
      } finally {
        await handle.close();
      }
      faultPoint('locked');
      return async () => {
        await rm(lockPath, { force: true }).catch(() => undefined);
        forget();
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    // A lock whose process is gone (killed outright) is stale: it is removed and taken again.
    const holder = Number((await readFile(lockPath, 'utf8').catch(() => '')).trim());
    if (Number.isInteger(holder) && holder > 0 && holder !== process.pid && !isRunning(holder)) {
      await rm(lockPath, { force: true }).catch(() => undefined);
      continue;
    }
    if (Date.now() - started > LOCK_WAIT_MS) throw new CliError(IO_MESSAGES['io.busy'], { file: shown });
    await new Promise((done) => setTimeout(done, 25));
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

/**
 * Writes an in-place edit of a file: `original` is the bytes the edit was made from, `edited` the
 * new text. The file keeps its byte order mark and line ends, and is written only if it still holds
 * `original`: two runs editing one file at once cannot both claim success, as the second one finds
 * the file changed and says so (exit 2) instead of silently dropping the first one's change.
 */
export async function writeEditedFile(path: string, original: Uint8Array, edited: string, shown: string = path): Promise<void> {
  let real: string;
  try {
    real = await realpath(path);
  } catch (error) {
    throw failed(shown, error);
  }
  let release: (() => Promise<void>) | undefined;
  try {
    release = await takeLock(real, shown);
    const now = await readFile(real);
    if (!sameBytes(now, original)) throw new CliError(IO_MESSAGES['io.changedWhileEditing'], { file: shown });
    await writeFileAtomic(real, keepTextShape(original, edited), shown);
  } catch (error) {
    throw failed(shown, error);
  } finally {
    await release?.();
  }
}

/**
 * Creates a folder and its missing parents, one level at a time. Node's own recursive mkdir loops
 * forever under a parent that refuses new entries (such as /proc on Linux), so it is not used.
 */
export async function ensureDir(path: string, shown: string = path): Promise<void> {
  const missing: string[] = [];
  for (let dir = resolve(path); ; dir = dirname(dir)) {
    try {
      mkdirSync(dir);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') break;
      if (code === 'ENOENT' && dirname(dir) !== dir) {
        missing.push(dir);
        continue;
      }
      throw new CliError(IO_MESSAGES['io.writeFailed'], { file: shown, reason: code ?? String(error) });
    }
    break;
  }
  // The loop stopped at a level that exists or was just made; make the ones below it, top down.
  for (const dir of missing.reverse()) {
    try {
      mkdirSync(dir);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'EEXIST') throw new CliError(IO_MESSAGES['io.writeFailed'], { file: shown, reason: code ?? String(error) });
    }
  }
}
