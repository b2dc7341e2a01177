import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, linkSync, lstatSync, mkdirSync, readFileSync, readdirSync, readlinkSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CliError } from '../../src/errors.js';
import { keepTextShape, writeEditedFile, writeFileAtomic } from '../../src/io/write.js';
import { BIN, ROOT, runCli, tempProject } from '../helpers/run-cli.js';
import { fakeChromium } from '../helpers/fake-chromium.js';
import { IO_MESSAGES } from '../../src/io/messages.js';

const COUNCIL = readFileSync(join(ROOT, 'policies/council-customer-service.en.yaml'), 'utf8');
const RESPONSES = join(ROOT, 'examples/pilot/council-responses.csv');
const asRoot = process.getuid?.() === 0;
const BUMP = ['review', 'p.yaml', '--bump', 'patch', '--summary', 'Checked', '--today', '2026-04-01'];
/** The temporary files and locks a write may leave beside a file. */
const leftovers = (dir: string) => readdirSync(dir).filter((name) => /\.cs-policy.*\.(tmp|lock)$/.test(name));

const errorOf = async (promise: Promise<unknown>) => promise.then(() => undefined, (error: unknown) => error as CliError);

describe('writeFileAtomic', () => {
  it('writes through a symlink: the link stays a link, its target gets the content', async () => {
    const dir = tempProject({ 'real.json': 'old' });
    symlinkSync('real.json', join(dir, 'link.json'));
    await writeFileAtomic(join(dir, 'link.json'), 'new');
    expect(lstatSync(join(dir, 'link.json')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(dir, 'link.json'))).toBe('real.json');
    expect(readFileSync(join(dir, 'real.json'), 'utf8')).toBe('new');
  });

  it('writes through a dangling symlink to the file it names', async () => {
    const dir = tempProject();
    symlinkSync('made.json', join(dir, 'link.json'));
    await writeFileAtomic(join(dir, 'link.json'), 'new');
    expect(lstatSync(join(dir, 'link.json')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'made.json'), 'utf8')).toBe('new');
  });

  it('keeps a 0600 file 0600 and a hard-linked file linked', async () => {
    const dir = tempProject({ 'secret.yaml': 'old', 'shared.yaml': 'old' });
    chmodSync(join(dir, 'secret.yaml'), 0o600);
    linkSync(join(dir, 'shared.yaml'), join(dir, 'other-name.yaml'));
    await writeFileAtomic(join(dir, 'secret.yaml'), 'new');
    await writeFileAtomic(join(dir, 'shared.yaml'), 'newer, and longer than before');
    expect(statSync(join(dir, 'secret.yaml')).mode & 0o777).toBe(0o600);
    expect(readFileSync(join(dir, 'other-name.yaml'), 'utf8')).toBe('newer, and longer than before');
    expect(statSync(join(dir, 'shared.yaml')).nlink).toBe(2);
    await writeFileAtomic(join(dir, 'shared.yaml'), 'short');
    expect(readFileSync(join(dir, 'other-name.yaml'), 'utf8')).toBe('short');
  });

  it('refuses a folder and a read-only file by name, and leaves them as they were', async () => {
    const dir = tempProject({ 'locked.yaml': 'old' });
    mkdirSync(join(dir, 'folder'));
    chmodSync(join(dir, 'locked.yaml'), 0o444);
    expect(await errorOf(writeFileAtomic(join(dir, 'folder'), 'x', 'folder'))).toMatchObject({ words: IO_MESSAGES['io.isFolder'], params: { file: 'folder' } });
    expect(await errorOf(writeFileAtomic(join(dir, 'locked.yaml'), 'x', 'locked.yaml'))).toMatchObject({ words: IO_MESSAGES['io.readOnly'] });
    expect(readFileSync(join(dir, 'locked.yaml'), 'utf8')).toBe('old');
    expect(leftovers(dir)).toEqual([]);
  });

  it('sweeps temporary files left by a run that was killed, and only those', async () => {
    const dir = tempProject({ 'p.yaml': 'old', '.p.yaml.cs-policy-999999999-0123abcd.tmp': 'dead process', '.p.yaml.cs-policy-89abcdef.tmp': 'old format', '.p.yaml.cs-policy-1-0123abcd.tmp': 'pid 1 still runs' });
    const hourAgo = new Date(Date.now() - 2 * 3600_000);
    utimesSync(join(dir, '.p.yaml.cs-policy-89abcdef.tmp'), hourAgo, hourAgo);
    await writeFileAtomic(join(dir, 'p.yaml'), 'new');
    expect(readdirSync(dir).sort()).toEqual(['.p.yaml.cs-policy-1-0123abcd.tmp', 'p.yaml']);
  });

  it('sweeps a temporary file under its own process id that it did not make (ids are reused)', async () => {
    const dir = tempProject({ 'p.yaml': 'old', [`.p.yaml.cs-policy-${process.pid}-0123abcd.tmp`]: 'an earlier process had this id' });
    await writeFileAtomic(join(dir, 'p.yaml'), 'new');
    expect(readdirSync(dir)).toEqual(['p.yaml']);
  });

  it.runIf(asRoot)('as root, keeps the owner of a file it replaces', async () => {
    const dir = tempProject({ 'owned.yaml': 'old' });
    spawnSync('chown', ['65534:65534', join(dir, 'owned.yaml')]);
    await writeFileAtomic(join(dir, 'owned.yaml'), 'new');
    expect(statSync(join(dir, 'owned.yaml'))).toMatchObject({ uid: 65534, gid: 65534 });
  });
});

describe('writeEditedFile', () => {
  it('keeps a byte order mark and CRLF line ends', () => {
    const original = Buffer.from('\uFEFFa: 1\r\nb: 2\r\n');
    expect(keepTextShape(original, 'a: 1\nb: 3\nc: 4\n')).toBe('\uFEFFa: 1\r\nb: 3\r\nc: 4\r\n');
    expect(keepTextShape(Buffer.from('a: 1\n'), 'a: 2\n')).toBe('a: 2\n');
    // Mixed line ends are left as the edit made them: which one the user meant is not knowable.
    expect(keepTextShape(Buffer.from('a: 1\r\nb: 2\n'), 'a: 2\nb: 2\n')).toBe('a: 2\nb: 2\n');
  });

  it('writes nothing when the file changed since it was read, and says to run again', async () => {
    const dir = tempProject({ 'p.yaml': 'changed by someone else\n' });
    const error = await errorOf(writeEditedFile(join(dir, 'p.yaml'), Buffer.from('as read\n'), 'edited\n', 'p.yaml'));
    expect(error).toMatchObject({ words: IO_MESSAGES['io.changedWhileEditing'], params: { file: 'p.yaml' } });
    expect(readFileSync(join(dir, 'p.yaml'), 'utf8')).toBe('changed by someone else\n');
    expect(leftovers(dir)).toEqual([]);
  });
});

describe('-o onto what is not a regular file', () => {
  it('/dev/null stays the null device', () => {
    const run = runCli(['schema', '-o', '/dev/null']);
    expect(run.status).toBe(0);
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it('/dev/full is still a character device (no test writes to it)', () => {
    expect(statSync('/dev/full').isCharacterDevice()).toBe(true);
  });

  it('/dev/stdout writes to standard output', () => {
    const run = runCli(['schema', '-o', '/dev/stdout']);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).$schema).toMatch(/json-schema/);
  });

  it.runIf(asRoot)('a device node in a folder keeps being a device (as root, as CI containers run)', () => {
    const dir = tempProject({ 'p.yaml': COUNCIL });
    // A copy of /dev/null: writing to it is harmless, replacing it would turn it into a file.
    const made = spawnSync('mknod', [join(dir, 'null'), 'c', '1', '3']);
    if (made.status !== 0) return;
    for (const args of [['schema', '-o', 'null'], ['validate', 'p.yaml', '-f', 'json', '-o', 'null', '--today', '2026-04-01']]) {
      const run = runCli(args, { cwd: dir });
      expect(run.status).toBe(0);
      expect(lstatSync(join(dir, 'null')).isCharacterDevice()).toBe(true);
    }
    expect(leftovers(dir)).toEqual([]);
  });

  it('a FIFO is written into, never replaced', async () => {
    const dir = tempProject();
    spawnSync('mkfifo', [join(dir, 'pipe')]);
    const reader = spawn('cat', [join(dir, 'pipe')]);
    let read = '';
    reader.stdout.on('data', (chunk: Buffer) => (read += chunk.toString()));
    const done = new Promise((resolve) => reader.once('exit', resolve));
    const run = runCli(['schema', '-o', 'pipe'], { cwd: dir });
    await done;
    expect(run.status).toBe(0);
    expect(lstatSync(join(dir, 'pipe')).isFIFO()).toBe(true);
    expect(JSON.parse(read).$schema).toMatch(/json-schema/);
  });

  it('a symlink to a file elsewhere stays a link; the file it points at gets the report', () => {
    const dir = tempProject({ 'p.yaml': COUNCIL });
    const elsewhere = tempProject({ 'report.json': 'old' });
    symlinkSync(join(elsewhere, 'report.json'), join(dir, 'report.json'));
    const run = runCli(['validate', 'p.yaml', '-f', 'json', '-o', 'report.json', '--today', '2026-04-01'], { cwd: dir });
    expect(run.status).toBe(0);
    expect(lstatSync(join(dir, 'report.json')).isSymbolicLink()).toBe(true);
    expect(JSON.parse(readFileSync(join(elsewhere, 'report.json'), 'utf8'))).toBeTruthy();
  });
});

/** The in-place edits, each as a user runs it, on a policy at p.yaml. */
const EDITS: [string, string[], Record<string, string>][] = [
  ['review --bump', BUMP, {}],
  ['pilot --record', ['pilot', 'p.yaml', RESPONSES, '--kpi', 'calls-answered-30s=83', '--record', '--today', '2026-03-02'], {}],
  ['init --step', ['init', 'p.yaml', '--step', 'review', '--answers', 'answers.yaml', '--today', '2026-04-01'], { 'answers.yaml': 'review:\n  cadence: 6mo\nfeedback:\n  topics: [complaints]\n  complaints: { method: email, frequency: quarterly }\n' }],
];
/** pilot --record exits 1 when its verdict is to revise: the edit itself still succeeded. */
const edited = (status: number | null) => status === 0 || status === 1;

describe.each(EDITS)('%s, an in-place edit', (_name, args, extra) => {
  it('writes through a symlink and keeps mode 0600', () => {
    const dir = tempProject({ 'real.yaml': COUNCIL, ...extra });
    chmodSync(join(dir, 'real.yaml'), 0o600);
    symlinkSync('real.yaml', join(dir, 'p.yaml'));
    const run = runCli(args, { cwd: dir });
    expect(edited(run.status)).toBe(true);
    expect(lstatSync(join(dir, 'p.yaml')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'real.yaml'), 'utf8')).not.toBe(COUNCIL);
    expect(statSync(join(dir, 'real.yaml')).mode & 0o777).toBe(0o600);
  });

  it('keeps a hard link, a byte order mark and CRLF line ends', () => {
    const dir = tempProject({ ...extra });
    writeFileSync(join(dir, 'p.yaml'), `\uFEFF${COUNCIL.replace(/\n/g, '\r\n')}`);
    linkSync(join(dir, 'p.yaml'), join(dir, 'other.yaml'));
    const run = runCli(args, { cwd: dir });
    expect(edited(run.status)).toBe(true);
    const text = readFileSync(join(dir, 'other.yaml'), 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text).not.toMatch(/(^|[^\r])\n/);
    expect(readFileSync(join(dir, 'p.yaml'), 'utf8')).toBe(text);
    expect(text.length).toBeGreaterThan(COUNCIL.length);
  });

  it('refuses a read-only policy with exit 2 and leaves it as it was', () => {
    const dir = tempProject({ 'p.yaml': COUNCIL, ...extra });
    chmodSync(join(dir, 'p.yaml'), 0o444);
    const run = runCli(args, { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('cannot write "p.yaml": the file is read-only; make it writable (chmod u+w) or choose another file');
    expect(readFileSync(join(dir, 'p.yaml'), 'utf8')).toBe(COUNCIL);
  });

  it.each(['locked', 'written', 'synced', 'renamed'])('killed outright once %s: the file is old or new, whole, and the next run cleans up', (step) => {
    const dir = tempProject({ 'p.yaml': COUNCIL, ...extra });
    const killed = runCli(args, { cwd: dir, env: { NODE_ENV: 'test', CS_POLICY_TEST_KILL_AT: step } });
    expect(killed.status).toBe(null);
    const after = readFileSync(join(dir, 'p.yaml'), 'utf8');
    if (step === 'renamed') expect(after).not.toBe(COUNCIL);
    else expect(after).toBe(COUNCIL);
    expect(parse(after).id).toBe('council-customer-service');
    // The next run takes over a lock left by the killed one; its own temporary files are swept.
    const again = runCli(args, { cwd: dir });
    expect(edited(again.status)).toBe(true);
    expect(leftovers(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('stopped by SIGTERM mid-write: exit 143, the old file, no temporary file or lock left', () => {
    const dir = tempProject({ 'p.yaml': COUNCIL, ...extra });
    const stopped = runCli(args, { cwd: dir, env: { NODE_ENV: 'test', CS_POLICY_TEST_KILL_AT: 'written:SIGTERM' } });
    expect(stopped.status).toBe(143);
    expect(readFileSync(join(dir, 'p.yaml'), 'utf8')).toBe(COUNCIL);
    expect(leftovers(dir)).toEqual([]);
  });
});

/** Runs the CLI without waiting, so that two runs overlap. */
function start(args: string[], cwd: string): Promise<{ status: number | null; stderr: string }> {
  const child = spawn(process.execPath, [BIN, ...args], { cwd, env: { PATH: process.env.PATH ?? '', LANG: 'C' } });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.once('close', (status) => resolve({ status, stderr })));
}

describe('two edits of one file at once', () => {
  it.each([1, 2, 3])('never both claim success and lose one (round %i)', async () => {
    const dir = tempProject({ 'p.yaml': COUNCIL });
    const runs = await Promise.all([
      start(['review', 'p.yaml', '--bump', 'patch', '--summary', 'First', '--today', '2026-04-01'], dir),
      start(['review', 'p.yaml', '--bump', 'minor', '--summary', 'Second', '--today', '2026-04-01'], dir),
    ]);
    const policy = parse(readFileSync(join(dir, 'p.yaml'), 'utf8'));
    const kept = policy.changes.filter((change: { summary: string }) => ['First', 'Second'].includes(change.summary)).length;
    const succeeded = runs.filter((run) => run.status === 0).length;
    // Each run that said "recorded" has its change in the file; the other said to run again.
    expect(kept).toBe(succeeded);
    expect(succeeded).toBeGreaterThanOrEqual(1);
    for (const run of runs.filter((r) => r.status !== 0)) {
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(/the file changed while cs-policy was editing "p\.yaml"; nothing was written: run again|another cs-policy run is editing it/);
    }
    expect(leftovers(dir)).toEqual([]);
  });
});

describe('brief -f pdf and its Chromium profile folder', () => {
  const profiles = (pid: number | string) => readdirSync(tmpdir()).filter((name) => name.startsWith(`cs-policy-pdf-${pid}-`));

  it('sweeps a folder left by a run that was killed, and removes its own', () => {
    const dir = tempProject({ 'p.yaml': COUNCIL });
    const stale = join(tmpdir(), 'cs-policy-pdf-999999999-Ab12Cd');
    mkdirSync(join(stale, 'profile'), { recursive: true });
    const run = runCli(['brief', 'p.yaml', '-f', 'pdf', '-o', 'out.pdf'], { cwd: dir, env: { CS_POLICY_CHROMIUM: fakeChromium(dir, 0) } });
    expect(run.stderr).toBe('');
    const pdfs = readdirSync(join(dir, 'out.pdf'));
    expect(pdfs.length).toBeGreaterThan(0);
    for (const name of pdfs) expect(readFileSync(join(dir, 'out.pdf', name), 'utf8')).toMatch(/^%PDF/);
    expect(profiles(999999999)).toEqual([]);
  });

  it('Ctrl+C while Chromium prints: exit 130 and no profile folder left', async () => {
    const dir = tempProject({ 'p.yaml': COUNCIL });
    // A temp folder of its own, so that no other test's run (which may take this process id once it
    // ends) can make a folder where this one looks.
    const temp = join(dir, 'tmp');
    mkdirSync(temp);
    const child = spawn(process.execPath, [BIN, 'brief', 'p.yaml', '-f', 'pdf', '-o', 'out.pdf'], {
      cwd: dir, env: { PATH: process.env.PATH ?? '', LANG: 'C', TMPDIR: temp, CS_POLICY_CHROMIUM: fakeChromium(dir, 3) },
    });
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    const inTemp = () => readdirSync(temp).filter((name) => name.startsWith(`cs-policy-pdf-${child.pid}-`));
    const started = Date.now();
    while (inTemp().length === 0 && Date.now() - started < 10_000) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(inTemp().length).toBe(1);
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    expect(readdirSync(temp)).toEqual([]);
  });
});
