import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleFor, cacheFileFor, COMMONJS_WRAPPER } from '../src/launch.js';
import { ROOT, tempProject } from './helpers/run-cli.js';

// A module with functions that only run when called, as most of the CLI's bundle does.
const MODULE = `
const words = (text) => text.split(/\\s+/).filter(Boolean);
exports.count = (text) => words(text).length;
exports.shout = (text) => words(text).map((word) => word.toUpperCase()).join(' ');
`;

function moduleIn(dir: string, text = MODULE) {
  const file = join(dir, 'bundle.cjs');
  writeFileSync(file, text);
  return { file, cache: join(dir, 'bundle.v8cache') };
}

/**
 * Loads the module in a process of its own through the built launcher: within one process V8 keeps
 * compiled code in memory, so only a new process shows whether the cache on disk was used.
 */
function use(file: string, cache: string) {
  const script = `
    const loaded = require(${JSON.stringify(join(ROOT, 'dist', 'launch.cjs'))}).loadWithCodeCache(process.argv[1], () => process.argv[2]);
    const results = [loaded.exports.count('one two  three'), loaded.exports.shout('قف here')];
    loaded.saveCache().then(() => process.stdout.write(JSON.stringify({ fromCache: loaded.fromCache, results })));`;
  const child = spawnSync(process.execPath, ['-e', script, file, cache], { encoding: 'utf8' });
  expect(child.stderr).toBe('');
  return JSON.parse(child.stdout) as { fromCache: boolean; results: unknown[] };
}

describe('loadWithCodeCache', () => {
  it('compiles without a cache, writes one after the run, and the next load uses it', () => {
    const { file, cache } = moduleIn(tempProject());
    const first = use(file, cache);
    expect(first).toEqual({ fromCache: false, results: [3, 'قف HERE'] });
    expect(statSync(cache).size).toBeGreaterThan(0);
    expect(use(file, cache)).toEqual({ fromCache: true, results: [3, 'قف HERE'] });
  });

  it('takes a file the build wrote inside the CommonJS wrapper as it is, with and without a cache', () => {
    const { file, cache } = moduleIn(tempProject(), `${COMMONJS_WRAPPER.head}${MODULE}${COMMONJS_WRAPPER.tail}`);
    expect(use(file, cache)).toEqual({ fromCache: false, results: [3, 'قف HERE'] });
    expect(use(file, cache)).toEqual({ fromCache: true, results: [3, 'قف HERE'] });
  });

  it('reads a module that is not ASCII as UTF-8 (the build makes its own ASCII, a copied file may not be)', () => {
    const { file, cache } = moduleIn(tempProject(), `${MODULE}exports.greeting = () => 'مرحبا، café';\n`);
    const greet = `
      const loaded = require(${JSON.stringify(join(ROOT, 'dist', 'launch.cjs'))}).loadWithCodeCache(process.argv[1], () => process.argv[2]);
      const greeting = loaded.exports.greeting();
      loaded.saveCache().then(() => process.stdout.write(JSON.stringify([loaded.fromCache, greeting])));`;
    const load = () => JSON.parse(spawnSync(process.execPath, ['-e', greet, file, cache], { encoding: 'utf8' }).stdout) as unknown;
    expect(load()).toEqual([false, 'مرحبا، café']);
    expect(load()).toEqual([true, 'مرحبا، café']);
  });

  it('every bundle that launch starts was built inside the wrapper', () => {
    const started = readdirSync(join(ROOT, 'dist')).filter((name) => /^(cli\.[a-z]+|holidays)\.cjs$/.test(name));
    expect(started.length).toBeGreaterThan(10);
    for (const name of started) expect(readFileSync(join(ROOT, 'dist', name), 'utf8').startsWith(COMMONJS_WRAPPER.head), name).toBe(true);
  });

  it.each([
    ['garbage', () => Buffer.from('not a code cache at all')],
    ['half of a real cache', (real: Buffer) => real.subarray(0, real.length >> 1)],
    ['an empty file', () => Buffer.alloc(0)],
  ])('a cache that is %s is rejected, the module still runs, and a good cache replaces it', (_name, damage) => {
    const { file, cache } = moduleIn(tempProject());
    use(file, cache);
    const real = readFileSync(cache);
    writeFileSync(cache, damage(real));
    expect(use(file, cache)).toEqual({ fromCache: false, results: [3, 'قف HERE'] });
    expect(use(file, cache)).toEqual({ fromCache: true, results: [3, 'قف HERE'] });
  });

  it('a cache that cannot be written costs only speed: no error, no temporary file', () => {
    const dir = tempProject();
    const { file } = moduleIn(dir);
    const cache = join(dir, 'missing-folder', 'bundle.v8cache');
    expect(use(file, cache)).toEqual({ fromCache: false, results: [3, 'قف HERE'] });
    expect(readdirSync(dir)).toEqual(['bundle.cjs']);
  });

  it('names the cache after the bundle it belongs to, so a rebuilt bundle never meets an old cache', () => {
    const { file } = moduleIn(tempProject());
    const before = cacheFileFor(file);
    expect(before).toContain(process.version);
    utimesSync(file, new Date(), new Date(Date.now() + 5_000));
    expect(cacheFileFor(file)).not.toBe(before);
    const touched = cacheFileFor(file);
    writeFileSync(file, `${MODULE}\n`);
    expect(cacheFileFor(file)).not.toBe(touched);
  });
});

/** A copy of the installed CLI, so that its cache can be damaged without touching the real one. */
function installedCopy(): string {
  const dir = tempProject();
  mkdirSync(join(dir, 'bin'));
  mkdirSync(join(dir, 'dist'));
  for (const file of ['package.json', 'bin/cs-policy.cjs', 'dist/cli.cjs', 'dist/launch.cjs']) copyFileSync(join(ROOT, file), join(dir, file));
  copyFileSync(join(ROOT, 'policies', 'council-customer-service.en.yaml'), join(dir, 'policy.yaml'));
  return dir;
}

const run = (dir: string, ...args: string[]) =>
  spawnSync(process.execPath, [join(dir, 'bin', 'cs-policy.cjs'), ...args], { cwd: dir, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', LANG: 'C' } });
const caches = (dir: string) => readdirSync(join(dir, 'dist')).filter((name) => name.endsWith('.v8cache'));

describe('the installed CLI and its code cache', () => {
  it('writes the cache on its first run and gives the same answers from it, with or without --debug', () => {
    const dir = installedCopy();
    const first = run(dir, 'validate', 'policy.yaml');
    expect(first.status).toBe(0);
    expect(caches(dir)).toHaveLength(1);
    const second = run(dir, 'validate', 'policy.yaml');
    expect([second.status, second.stdout, second.stderr]).toEqual([first.status, first.stdout, first.stderr]);
    const debug = run(dir, 'validate', 'policy.yaml', '--debug');
    expect([debug.status, debug.stdout, debug.stderr]).toEqual([first.status, first.stdout, first.stderr]);
  });

  it('is written only by a run that did its job: not by a usage error, an unreadable policy or help', () => {
    const dir = installedCopy();
    for (const [args, status] of [[['validate', '--no-such-option'], 2], [['validate', 'missing.yaml'], 2], [['validate', '--help'], 0]] as const) {
      expect(run(dir, ...args).status).toBe(status);
      expect(caches(dir)).toEqual([]);
    }
    expect(run(dir, 'validate', 'policy.yaml').status).toBe(0);
    expect(caches(dir)).toHaveLength(1);
  });

  it('a damaged cache changes nothing the user sees, and is replaced', () => {
    const dir = installedCopy();
    const clean = run(dir, 'validate', 'policy.yaml');
    const [cache] = caches(dir);
    writeFileSync(join(dir, 'dist', cache!), 'damaged');
    const again = run(dir, 'validate', 'policy.yaml', '--format', 'json');
    expect(again.status).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ summary: { errors: 0, warnings: 0, files: 1 } });
    expect(clean.status).toBe(0);
    expect(statSync(join(dir, 'dist', cache!)).size).toBeGreaterThan('damaged'.length);
  });

  it('a CLI that was never built says how to build it, in both languages, and exits 2', () => {
    const dir = installedCopy();
    rmSync(join(dir, 'dist', 'cli.cjs'));
    for (const result of [run(dir, 'validate', 'policy.yaml'), run(dir, 'validate', 'policy.yaml', '--lang', 'ar')]) {
      expect(result.status).toBe(2);
      expect(result.stderr).toContain('cs-policy is not built: run "npm install"');
      expect(result.stderr).toContain('لم يُبنَ cs-policy بعد');
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
    const debug = run(dir, 'validate', 'policy.yaml', '--debug');
    expect(debug.status).toBe(2);
    expect(debug.stderr).toContain('cs-policy is not built: run "npm install"');
  });
});

describe('the end of a run', () => {
  // launch ends the process as soon as the run has left nothing to do (exitIfIdle); work a run did
  // leave pending, here a user's formatter module finishing a file on a timer, still runs to its end.
  it('waits for work a formatter module left pending, and keeps the exit code', () => {
    const dir = tempProject();
    copyFileSync(join(ROOT, 'policies', 'council-customer-service.en.yaml'), join(dir, 'policy.yaml'));
    writeFileSync(join(dir, 'late.cjs'), `module.exports = (results) => {
      setTimeout(() => require('node:fs').writeFileSync('late.txt', 'written after the report'), 50);
      return results.length + ' checked';
    };\n`);
    const result = spawnSync(process.execPath, [join(ROOT, 'bin', 'cs-policy.cjs'), 'validate', 'policy.yaml', '-f', './late.cjs'], { cwd: dir, encoding: 'utf8' });
    expect([result.status, result.stdout, result.stderr]).toEqual([0, '1 checked', '']);
    expect(readFileSync(join(dir, 'late.txt'), 'utf8')).toBe('written after the report');
  });

  it.each([
    [['validate', 'policy.yaml'], 0],
    [['validate', 'unfinished.yaml'], 1],
    [['validate', 'policy.yaml', '--max-warnings', '-1'], 2],
    [['validate', 'missing.yaml'], 2],
  ])('exits as the run decided: %j gives %i', (args, status) => {
    const dir = tempProject();
    copyFileSync(join(ROOT, 'policies', 'council-customer-service.en.yaml'), join(dir, 'policy.yaml'));
    writeFileSync(join(dir, 'unfinished.yaml'), 'cs-policy: 1\nid: unfinished\n');
    expect(spawnSync(process.execPath, [join(ROOT, 'bin', 'cs-policy.cjs'), ...args], { cwd: dir, encoding: 'utf8' }).status).toBe(status);
  });
});

describe('output to a reader that stops early', () => {
  it.each([
    ['standard output', '', 'validate policies --format json'],
    ['standard error', '2>&1 >/dev/null', 'validate policies/no-such-file.yaml'],
    ['help on standard output', '', '--help'],
  ])('%s closed before cs-policy writes: no crash, no stack trace, the run keeps its exit code', (_name, redirect, args) => {
    // `true` exits without reading, so the pipe is closed long before Node has started.
    const script = `"$0" bin/cs-policy.cjs ${args} ${redirect} | true; echo "status=\${PIPESTATUS[0]}"`;
    const result = spawnSync('bash', ['--norc', '--noprofile', '-c', script, process.execPath], { cwd: ROOT, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', LANG: 'C' } });
    const expected = args.includes('no-such-file') ? 'status=2' : 'status=0';
    expect(result.stdout.trim()).toBe(expected);
    expect(result.stderr).toBe('');
  });
});

describe('the bundle a run starts from', () => {
  const dist = join(ROOT, 'dist');
  it.each([
    [['validate', 'policies'], 'cli.validate.cjs'],
    [['--lang', 'ar', 'audit', 'p.yaml', 'x.csv'], 'cli.audit.cjs'],
    [['--lang=ar', '--debug', 'pilot', 'p.yaml'], 'cli.pilot.cjs'],
    [['validate', '--help'], 'cli.validate.cjs'],
    // Everything that needs the list of commands, or names none, starts from the whole CLI.
    [['--help'], 'cli.cjs'],
    [['help', 'validate'], 'cli.cjs'],
    [['--version'], 'cli.cjs'],
    [[], 'cli.cjs'],
    [['validat', 'p.yaml'], 'cli.cjs'],
    [['../cli', 'p.yaml'], 'cli.cjs'],
  ])('%j starts %s', (argv, bundle) => {
    expect(bundleFor(dist, argv)).toBe(join(dist, bundle));
  });

  const bin = join(ROOT, 'bin', 'cs-policy.cjs');
  const COMMANDS = ['validate', 'init', 'brief', 'schema', 'rules', 'diff', 'review', 'acknowledgements', 'export', 'import', 'pilot', 'compare', 'audit'];

  it('knows every command', () => {
    const help = spawnSync(process.execPath, [bin, '--help'], { encoding: 'utf8' }).stdout;
    const listed = /Commands:\n([\s\S]*)$/.exec(help)![1]!.match(/^ {2}([a-z]+)/gm)!.map((name) => name.trim()).filter((name) => name !== 'help');
    expect(listed).toEqual(COMMANDS);
  });

  it.each(COMMANDS)('%s has a bundle of its own, which answers as the whole CLI does', (command) => {
    expect(bundleFor(dist, [command])).toBe(join(dist, `cli.${command}.cjs`));
    const own = spawnSync(process.execPath, [bin, command, '--help'], { encoding: 'utf8' });
    const whole = spawnSync(process.execPath, [bin, 'help', command], { encoding: 'utf8' });
    expect(own.stdout).toBe(whole.stdout);
  });
});

describe('vendor bundles (yaml, js-yaml, tinyglobby, ignore, date-holidays)', () => {
  const COMMANDS = ['validate', 'init', 'brief', 'schema', 'rules', 'diff', 'review', 'acknowledgements', 'export', 'import', 'pilot', 'compare', 'audit'];

  it.each(COMMANDS)("%s's bundle starts yaml and js-yaml from their own bundles rather than carrying them", (command) => {
    // The bundle names yaml's exports (to start it on first use); its code, errors and all, is not in it.
    const bundle = readFileSync(join(ROOT, 'dist', `cli.${command}.cjs`), 'utf8');
    expect(bundle).not.toContain('Implicit keys need to be on a single line');
    expect(readFileSync(join(ROOT, 'dist', 'vendor.yaml.cjs'), 'utf8')).toContain('Implicit keys need to be on a single line');
    expect(bundle).not.toContain('unacceptable node kind for !<?> tag');
    expect(readFileSync(join(ROOT, 'dist', 'vendor.js-yaml.cjs'), 'utf8')).toContain('unacceptable node kind for !<?> tag');
  });

  it('are started only by a run that needs them, and their code caches are written then', () => {
    const dir = tempProject();
    for (const file of ['package.json', 'bin/cs-policy.cjs', 'dist/launch.cjs', 'dist/cli.validate.cjs', 'dist/vendor.yaml.cjs', 'dist/vendor.js-yaml.cjs', 'dist/vendor.tinyglobby.cjs', 'dist/vendor.ignore.cjs']) {
      mkdirSync(join(dir, file, '..'), { recursive: true });
      copyFileSync(join(ROOT, file), join(dir, file));
    }
    mkdirSync(join(dir, 'policies'));
    copyFileSync(join(ROOT, 'policies', 'council-customer-service.en.yaml'), join(dir, 'policies', 'clean.yaml'));
    writeFileSync(join(dir, 'unfinished.yaml'), 'cs-policy: 1\nid: unfinished\n');
    const vendorCaches = () => caches(dir).filter((name) => name.startsWith('vendor.')).map((name) => name.split('.')[1]).sort();

    expect(run(dir, 'validate', 'policies/clean.yaml').status).toBe(0);
    expect(vendorCaches()).toEqual([]);
    // A policy with something to report is parsed again with yaml, for positions.
    const unfinished = run(dir, 'validate', 'unfinished.yaml');
    expect(unfinished.status).toBe(1);
    expect(unfinished.stdout).toContain('1:1  error  missing required key "title"  schema');
    expect(vendorCaches()).toEqual(['yaml']);
    // Each command keeps its own cache of a vendor bundle, made by its own use of it.
    expect(caches(dir).find((name) => name.startsWith('vendor.yaml.'))).toMatch(/\.cli\.validate\.v8cache$/);
    // A folder is walked with tinyglobby; --ignore patterns are read with ignore.
    const folder = run(dir, 'validate', 'policies', '--ignore', 'other.yaml');
    expect(folder.stdout).toContain('1 file checked, no problems');
    expect(vendorCaches()).toEqual(['ignore', 'tinyglobby', 'yaml']);
    // A YAML file in a folder without the policy mark is asked about with js-yaml.
    writeFileSync(join(dir, 'policies', 'compose.yaml'), 'services:\n  web:\n    image: nginx\n');
    expect(run(dir, 'validate', 'policies').stdout).toContain('1 other YAML file skipped');
    expect(vendorCaches()).toEqual(['ignore', 'js-yaml', 'tinyglobby', 'yaml']);
    // From their caches, the same answers.
    expect(run(dir, 'validate', 'unfinished.yaml').stdout).toBe(unfinished.stdout);
  });
});
