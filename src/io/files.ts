import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { SOURCE_LIMITS } from '../core/text.js';
import { CliError } from '../errors.js';
import { IO_MESSAGES } from './messages.js';

const POLICY_GLOB = '**/*.{yaml,yml}';
const IGNORED = ['**/node_modules/**', '**/.git/**'];

const errorCode = (error: unknown) => (error as NodeJS.ErrnoException | undefined)?.code;

/** Shown paths are relative to where the user ran the command, with forward slashes. */
export function displayPath(cwd: string, absolute: string): string {
  const rel = relative(cwd, absolute) || absolute;
  return sep === '/' ? rel : rel.split(sep).join('/');
}

/** A file to check, and how it was found. */
export interface FoundFile {
  absolute: string;
  /** Found by walking a folder or matching a glob, rather than named: validate skips it when it is plainly not a policy. */
  listed: boolean;
}

/** Patterns in gitignore's syntax, read relative to `base` (the working folder for --ignore, the config's folder for its list). */
export interface IgnoreList {
  base: string;
  patterns: readonly string[];
}

export interface FindOptions {
  /** Files matching any of these are left out, whether named or found. */
  ignore?: readonly IgnoreList[];
  /** The git work tree to ask which found files git ignores; none: git is not asked. */
  gitRoot?: string;
}

/**
 * Files, directories (searched for *.yaml and *.yml) and globs, expanded in the order given,
 * each file once. A name that matches nothing is a usage error, not an empty success.
 */
export async function expandInputs(inputs: readonly string[], cwd: string): Promise<string[]> {
  return (await findInputs(inputs, cwd)).map((found) => found.absolute);
}

/** As expandInputs, saying of each file whether it was named, and leaving out ignored files. */
export async function findInputs(inputs: readonly string[], cwd: string, options: FindOptions = {}): Promise<FoundFile[]> {
  if (inputs.length === 0) throw new CliError(IO_MESSAGES['io.noInput']);
  // The glob library is loaded only for folders and patterns: a pre-commit hook names files.
  const globber = () => import('tinyglobby');
  const files: FoundFile[] = [];
  const seen = new Set<string>();
  const add = (path: string, listed: boolean) => {
    const absolute = resolve(cwd, path);
    if (!seen.has(absolute)) {
      seen.add(absolute);
      files.push({ absolute, listed });
    }
  };
  for (const input of inputs) {
    let info;
    try {
      info = statSync(resolve(cwd, input));
    } catch (error) {
      const { glob, isDynamicPattern } = await globber();
      if (isDynamicPattern(input)) {
        const matches = await glob(input, { cwd, absolute: true, ignore: IGNORED, onlyFiles: true, followSymbolicLinks: false });
        const policies = matches.filter((m) => /\.ya?ml$/i.test(m)).sort();
        if (policies.length === 0) throw new CliError(IO_MESSAGES['io.noMatch'], { pattern: input });
        policies.forEach((path) => add(path, true));
        continue;
      }
      if (errorCode(error) === 'ENOENT' || errorCode(error) === 'ENOTDIR') throw new CliError(IO_MESSAGES['io.notFound'], { file: input });
      throw new CliError(IO_MESSAGES['io.unreadable'], { file: input, reason: errorCode(error) ?? String(error) });
    }
    if (info.isDirectory()) {
      const { glob } = await globber();
      // Symlinked folders are not followed: a link back up the tree would list policies twice, or forever.
      const matches = await glob(POLICY_GLOB, { cwd: resolve(cwd, input), absolute: true, ignore: IGNORED, onlyFiles: true, followSymbolicLinks: false });
      if (matches.length === 0) throw new CliError(IO_MESSAGES['io.noMatch'], { pattern: input });
      matches.sort().forEach((path) => add(path, true));
    } else add(input, false);
  }
  return leaveOutIgnored(files, options);
}

async function leaveOutIgnored(files: FoundFile[], { ignore = [], gitRoot }: FindOptions): Promise<FoundFile[]> {
  let kept = files;
  const lists = ignore.filter((list) => list.patterns.length > 0);
  if (lists.length > 0) {
    // The matcher is loaded only when there are patterns to match.
    const { default: makeIgnore } = await import('ignore');
    const matchers = lists.map((list) => ({ base: list.base, matcher: makeIgnore().add([...list.patterns]) }));
    kept = kept.filter(({ absolute }) => !matchers.some(({ base, matcher }) => {
      const path = relative(base, absolute);
      // A pattern speaks only of paths below its base; the matcher refuses any other.
      if (path === '' || path === '..' || path.startsWith(`..${sep}`) || isAbsolute(path)) return false;
      return matcher.ignores(sep === '/' ? path : path.split(sep).join('/'));
    }));
  }
  const listed = kept.filter((found) => found.listed).map((found) => found.absolute);
  if (gitRoot !== undefined && listed.length > 0) {
    const { gitIgnored } = await import('./git-ignored.js');
    const ignoredByGit = gitIgnored(listed, gitRoot);
    if (ignoredByGit.size > 0) kept = kept.filter((found) => !found.listed || !ignoredByGit.has(found.absolute));
  }
  return kept;
}

/**
 * The first of files that is the same file as target, through symlinks and hard links too; none
 * when target does not exist yet.
 */
export function sameFileAs(target: string, files: readonly string[]): string | undefined {
  let wanted;
  try {
    wanted = statSync(target);
  } catch {
    return undefined;
  }
  return files.find((file) => {
    try {
      const info = statSync(file);
      return info.ino === wanted.ino && info.dev === wanted.dev;
    } catch {
      return false;
    }
  });
}

export type ReadOutcome = { bytes: Uint8Array } | { tooLarge: number };

/**
 * What a path is, asked before opening it (a named pipe would hold the open, a device has no end):
 * undefined when it is absent or cannot be examined (a loop of links, a folder that may not be
 * searched), for the open that follows to report as it reports any unreadable file.
 */
export function statIfExamined(absolute: string): Stats | undefined {
  try {
    return statSync(absolute, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

/**
 * Opened without waiting: a named pipe opens only once something writes to it, so one that nothing
 * writes to held the run for ever. Opened so, it reads as empty; a pipe being written (a shell's
 * `<(git show ...)`) is read as its data comes (readSome). Regular files are unaffected.
 */
const READ_WITHOUT_WAITING = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/** A short sleep of the thread, for data a pipe does not have yet. */
const pause = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** readSync, waiting while a pipe opened without waiting has no data yet but a writer. */
function readSome(fd: number, buffer: Buffer, offset: number, length: number): number {
  for (;;) {
    try {
      return readSync(fd, buffer, offset, length, null);
    } catch (error) {
      if (errorCode(error) !== 'EAGAIN') throw error;
      pause(5);
    }
  }
}

/**
 * Reads a file a user names (a policy, init's answers), never more than the size limit plus one
 * byte, so a huge or endless file (a FIFO, /dev/zero) costs bounded memory. Reads are synchronous:
 * files are small and read one after another, and a thousand awaited reads cost more than they
 * overlap. A missing file is reported as vanished by default, since validate listed it before;
 * a file named directly passes io.notFound.
 */
export function readBoundedFile(absolute: string, shown: string, whenMissing: (typeof IO_MESSAGES)['io.vanished' | 'io.notFound'] = IO_MESSAGES['io.vanished']): ReadOutcome {
  let fd: number;
  try {
    fd = openSync(absolute, READ_WITHOUT_WAITING);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') throw new CliError(whenMissing, { file: shown });
    throw new CliError(IO_MESSAGES['io.unreadable'], { file: shown, reason: errorCode(error) ?? String(error) });
  }
  try {
    const info = fstatSync(fd);
    if (info.isDirectory()) throw new CliError(IO_MESSAGES['io.unreadable'], { file: shown, reason: 'EISDIR' });
    if (info.isFile() && info.size > SOURCE_LIMITS.maxBytes) return { tooLarge: info.size };
    // A regular file says its size; anything else is read up to the limit.
    const limit = info.isFile() ? info.size + 1 : SOURCE_LIMITS.maxBytes + 1;
    const buffer = Buffer.allocUnsafe(limit);
    let length = 0;
    while (length < limit) {
      const bytesRead = readSome(fd, buffer, length, limit - length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > SOURCE_LIMITS.maxBytes) return { tooLarge: length };
    return { bytes: buffer.subarray(0, length) };
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(IO_MESSAGES['io.unreadable'], { file: shown, reason: errorCode(error) ?? String(error) });
  } finally {
    closeSync(fd);
  }
}
