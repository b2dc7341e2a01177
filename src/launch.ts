/**
 * Starts the bundled CLI (dist/cli.cjs, or the bundle of the command being run) from V8's code cache.
 *
 * A pre-commit hook or a CI step starts cs-policy for one file, so start-up is most of its cost, and
 * most of start-up is V8 compiling the bundle's functions before it can run them. V8 can save the
 * code it has compiled and reuse it in the next process; this module does so. The cache is written
 * after a whole run (script.createCachedData), so it holds the functions that run actually used,
 * not only the top level that a cache made at compile time would hold. Node 22 has a built-in cache
 * of this kind (module.enableCompileCache); Node 20, which cs-policy supports, does not.
 *
 * The cache is only an accelerator: V8 checks it against its own version, flags and the source's
 * length and rejects what does not match, the file name carries the bundle's size and time of
 * change, and when it cannot be read or written cs-policy runs as it would without it.
 */
import { closeSync, existsSync, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { Script } from 'node:vm';

export interface LoadedScript<T> {
  exports: T;
  /** True when V8 accepted the cache, so the bundle's code was not compiled again. */
  fromCache: boolean;
  /** Writes the code compiled so far to the cache file, when the cache was missing or rejected. */
  saveCache(): Promise<void>;
}

/**
 * Node's own CommonJS wrapper, kept on the first line so that line numbers in traces still hold.
 * The build writes the bundles that only this module starts (a command's, the holidays) inside it
 * already (scripts/build.mjs, the same text): joining it on here made V8 copy the whole bundle into
 * one more string at every start, about 4% of validate's start-up CPU (146.6 against 152.3 ms for
 * compiling the validate bundle from its cache, medians of 31 alternated runs).
 */
export const COMMONJS_WRAPPER = { head: '(function (exports, require, module, __filename, __dirname) {', tail: '\n})' } as const;

/**
 * Loads a CommonJS file as Node would, compiled with the code in its cache file when V8 accepts it.
 * The cache file is named from the file's stats (cacheFileFor), taken once, as the file is read.
 */
export function loadWithCodeCache<T>(file: string, cacheFileOf: (file: Stats) => string): LoadedScript<T> {
  const { source, cachedData, cacheFile } = readWithCache(file, cacheFileOf);
  const wrapped = source.startsWith(COMMONJS_WRAPPER.head) ? source : `${COMMONJS_WRAPPER.head}${source}${COMMONJS_WRAPPER.tail}`;
  const script = new Script(wrapped, {
    filename: file,
    ...(cachedData ? { cachedData } : {}),
  });
  const module = { exports: {} as T };
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  wrapper.call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
  const fromCache = cachedData !== undefined && !script.cachedDataRejected;
  return {
    exports: module.exports,
    fromCache,
    saveCache: async () => {
      if (fromCache) return;
      // Loaded only here: a run that finds its cache writes nothing, and spares the writer's code.
      const { writeFileAtomic } = await import('./io/write.js');
      // A half-written cache would be rejected by V8, but a whole one is as cheap to guarantee; a
      // read-only install only loses speed.
      await writeFileAtomic(cacheFile, script.createCachedData()).catch(() => undefined);
    },
  };
}

/**
 * The cache file for a bundle: a new build, another Node or another machine type gets its own, and
 * so does each bundle that starts a vendor bundle (`user`, see loadVendor). `stats` are the bundle's
 * when the caller has them already (loadWithCodeCache stats the file it reads).
 */
export function cacheFileFor(bundle: string, user?: string, { size, mtimeMs }: Pick<Stats, 'size' | 'mtimeMs'> = statSync(bundle)): string {
  return `${bundle}.${size}-${Math.trunc(mtimeMs)}.${process.version}-${process.arch}${user === undefined ? '' : `.${user}`}.v8cache`;
}

/** Vendor bundles this process has started (loadVendor), whose caches are written when the run ends. */
const startedVendors = new Map<string, LoadedScript<unknown>>();
/** The bundle this process runs (`cli.init`), which names its caches of vendor bundles. */
let runningBundle = 'cli';

/**
 * A package that command bundles import but most runs never use (yaml, which only a policy with
 * something to report or a command that writes YAML needs; the folder walker; the ignore-file
 * reader; the holidays init offers), started from its own bundle (dist/vendor.<name>.cjs,
 * scripts/build.mjs) and code cache when first used. Inside each command's bundle they were read at every start: validate's bundle
 * was 607 KB with them and is 446 KB without, and loading it takes 22.9 against 25.8 ms (medians
 * of 31 runs, timed in process). One copy per process, so that every importer shares its classes.
 */
export function loadVendor(dist: string, name: string): unknown {
  let loaded = startedVendors.get(name);
  if (loaded === undefined) {
    const file = join(dist, `vendor.${name}.cjs`);
    // A cache per command: V8 keeps the code of a cache it accepts and adds none, so a cache of yaml
    // written by validate (which only parses) left init (which also writes YAML) compiling the rest
    // at every start, 27 ms more than with yaml in its own bundle (21 alternated runs).
    loaded = loadWithCodeCache<unknown>(file, (stats) => cacheFileFor(file, runningBundle, stats));
    startedVendors.set(name, loaded);
  }
  return loaded.exports;
}

/**
 * A vendor package's exports that start its bundle when one of them is first read (scripts/build.mjs
 * VENDORS_ON_FIRST_USE), rather than when a module that imports the package starts: the names are
 * the package's own, read at build time, so that importers see the same ones.
 */
export function vendorOnFirstUse(dist: string, name: string, exportNames: readonly string[]): object {
  let loaded: Record<string, unknown> | undefined;
  const exports = {};
  for (const key of exportNames) {
    Object.defineProperty(exports, key, { enumerable: true, get: () => (loaded ??= loadVendor(dist, name) as Record<string, unknown>)[key] });
  }
  return exports;
}

type Main = (argv: string[]) => Promise<number>;

/**
 * The bundle to start: the command's own (dist/cli.<command>.cjs, only its code) when the first
 * word that is not a global option names one, else dist/cli.cjs, which has every command.
 */
export function bundleFor(dist: string, argv: readonly string[]): string {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--lang') i++;
    else if (!arg.startsWith('-')) {
      const own = join(dist, `cli.${arg}.cjs`);
      return /^[a-z]+$/.test(arg) && existsSync(own) ? own : join(dist, 'cli.cjs');
    } else if (arg !== '--debug' && !arg.startsWith('--lang=')) break;
  }
  return join(dist, 'cli.cjs');
}

/** Runs the CLI in dist and sets the process's exit code; bin/cs-policy.cjs calls only this. */
export async function launch(dist: string, argv: string[]): Promise<void> {
  const debug = argv.includes('--debug');
  // --debug runs dist/cli.cjs: its source map names src/ lines in stack traces.
  const bundle = debug ? join(dist, 'cli.cjs') : bundleFor(dist, argv);
  runningBundle = basename(bundle, '.cjs');
  let main: Main;
  let saveCache = async () => {};
  try {
    if (debug) {
      // Stack traces name src/ lines through the source map, which Node reads only for files its
      // own loader compiles after source maps are on; so --debug does without the cache.
      process.setSourceMapsEnabled(true);
      main = (createRequire(bundle)(bundle) as { main: Main }).main;
    } else {
      const loaded = loadWithCodeCache<{ main: Main }>(bundle, (stats) => cacheFileFor(bundle, undefined, stats));
      main = loaded.exports.main;
      saveCache = loaded.saveCache;
    }
  } catch (error) {
    // The bundle is built by `npm install`; its absence is a set-up problem, not a bug.
    process.stderr.write(
      !existsSync(bundle)
        ? `cs-policy is not built: run "npm install" (or "npm run build") in ${dirname(dist)}.\n` +
            `لم يُبنَ cs-policy بعد: شغِّل "npm install" (أو "npm run build") في ${dirname(dist)}.\n`
        : `cs-policy could not start: ${(error as Error).message}\nتعذّر تشغيل cs-policy: ${(error as Error).message}\n`,
    );
    if (debug) process.stderr.write(`${(error as Error).stack}\n`);
    process.exitCode = 2;
    return;
  }
  forgiveClosedPipes();
  try {
    process.exitCode = await main(argv);
  } catch (error) {
    // main reports every failure itself; this is the last guard against a trace the user cannot act on.
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`cs-policy: internal error: ${message}\ncs-policy: خطأ داخلي: ${message}\n`);
    if (debug && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    process.exitCode = 2;
    return;
  }
  // A cache holds only the code of the run that wrote it, and V8 adds nothing to a cache it accepts:
  // written by a run that stopped at a usage error or printed help, it would leave every later run
  // of the command compiling the rest (compare of one policy took 203 against 179 ms, from the cache
  // an unknown option's run wrote; 21 alternated runs). So only a run that did its job writes one.
  if (process.exitCode !== 2 && !argv.some((arg) => arg === '--help' || arg === '-h')) {
    await saveCache();
    for (const vendor of startedVendors.values()) await vendor.saveCache();
  }
  exitIfIdle();
}

/**
 * Ends the process at once when the run has left nothing to do: no handle or request keeps the
 * event loop alive, and the run wrote only through file descriptors, never through a stream Node
 * made for standard output or error (a stream reports a failed write some turns later, and clears
 * the error from its state meanwhile: `rules > /dev/full` must still exit 2). Node would otherwise
 * turn the loop once more for tasks V8 posted during the run (a young-generation collection it
 * scheduled) and only then exit, with the same code: 2 ms of validate's start-up, measured between
 * the end of the run and the next turn of the loop (0.3 ms for an empty script).
 */
function exitIfIdle(): void {
  if (madeStreams.size === 0 && process.getActiveResourcesInfo().length === 0) process.exit();
}

/** The standard streams Node has made in this run (forgiveClosedPipes). */
const madeStreams = new Set<'stdout' | 'stderr'>();

/**
 * A reader that stops early (`cs-policy validate policies | head -1`) closes the pipe, and Node turns
 * the next write into an uncaught error with a stack trace. What is left to print has no reader, but
 * the run has not failed: it goes on, and its exit code still says what it found. Any other error on
 * an output stream is a failure of the run.
 */
function forgiveClosedPipes(): void {
  for (const name of ['stdout', 'stderr'] as const) {
    const listen = (stream: NodeJS.WriteStream) => {
      madeStreams.add(name);
      stream.on('error', (error: NodeJS.ErrnoException) => {
        if (error.code === 'EPIPE') return;
        if (name === 'stdout') process.stderr.write(`cs-policy: cannot write to standard output: ${error.code ?? error.message}\nتعذّرت الكتابة إلى المخرج القياسي: ${error.code ?? error.message}\n`);
        process.exit(2);
      });
    };
    // Node makes a stream on first use, and a pipe's costs it node:net (about 5% of validate's
    // start-up); a clean run never writes to standard error. So the listener is added on first use.
    const own = Object.getOwnPropertyDescriptor(process, name);
    if (!own?.get || !own.configurable) {
      listen(process[name]);
      continue;
    }
    Object.defineProperty(process, name, {
      configurable: true,
      enumerable: own.enumerable,
      get() {
        const stream = own.get!.call(process) as NodeJS.WriteStream;
        Object.defineProperty(process, name, { configurable: true, enumerable: own.enumerable, writable: true, value: stream });
        listen(stream);
        return stream;
      },
    });
  }
}

/**
 * Reads a bundle and then its cache through one buffer. On these machines the first touch of a page
 * of memory is most of what reading costs (11.5 us a page, against 0.2 us to copy it), and
 * readFileSync gave each file fresh pages, and the bundle one more copy on its way to a string:
 * reusing the bundle's pages for the cache spares about 190 of them (/usr/bin/time). validate of
 * one policy, timed in process from the first line of bin/cs-policy.cjs to exit, went from 43.8 to
 * 40.6 ms (medians of 41 alternated runs). Decoding as Latin-1 instead, behind an isAscii check,
 * gained nothing: the string's own pages cost the same, and the check's first call 0.6 ms.
 */
function readWithCache(file: string, cacheFileOf: (file: Stats) => string): { source: string; cachedData?: Buffer; cacheFile: string } {
  const bundle = openSync(file, 'r');
  let cache: number | undefined;
  try {
    const stats = fstatSync(bundle);
    const size = stats.size;
    const cacheFile = cacheFileOf(stats);
    try {
      cache = openSync(cacheFile, 'r');
    } catch {
      // No cache yet, or one that cannot be read: the bundle compiles as it would without.
    }
    const cacheSize = cache === undefined ? 0 : fstatSync(cache).size;
    const buffer = Buffer.allocUnsafeSlow(Math.max(size, cacheSize));
    const source = buffer.toString('utf8', 0, readWhole(bundle, buffer, size));
    if (cache === undefined || cacheSize === 0) return { source, cacheFile };
    // The cache is read over the bundle's bytes, which the string above no longer needs; V8 reads
    // it while compiling and keeps none of it.
    return { source, cacheFile, cachedData: buffer.subarray(0, readWhole(cache, buffer, cacheSize)) };
  } finally {
    closeSync(bundle);
    if (cache !== undefined) closeSync(cache);
  }
}

/** Reads up to length bytes from the start of fd into buffer (fewer when the file is shorter). */
function readWhole(fd: number, buffer: Buffer, length: number): number {
  let read = 0;
  for (let got = -1; read < length && got !== 0; read += got) got = readSync(fd, buffer, read, length - read, read);
  return read;
}
