import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli.js';
import { checkFile } from '../src/commands/check-files.js';
import { CliError } from '../src/errors.js';
import { IO_MESSAGES } from '../src/io/messages.js';
import { policyText } from './helpers/policy-text.js';
import { BIN, ROOT, runCli, tempProject } from './helpers/run-cli.js';

const broken = policyText({ rollout: 'rollout:\n  start: 2026-02-02\n  audiences: [agent]\n' }).replace('organisation:', 'organization:');
// SARIF carries every rule's description: far more than the 1 KiB the faulty runs may write.
const REPORT = ['--format', 'sarif', '--output', 'report.json'];
const MINE = '{"my": "previous report"}\n';

/**
 * Runs the CLI with a file-size limit of 1 KiB, as a full disk or a quota stops a write midway:
 * with SIGXFSZ ignored, the write fails with EFBIG.
 */
function runWithFileLimit(args: string[], cwd: string) {
  return spawnSync('bash', ['--norc', '--noprofile', '-c', `trap '' XFSZ; ulimit -f 1; exec "${process.execPath}" "${BIN}" "$@"`, 'cs-policy', ...args], {
    cwd, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', LANG: 'C' },
  });
}

describe('faults', () => {
  it('a full disk while writing the report: exit 2, the old report intact, no temporary file left', () => {
    const dir = tempProject({ 'p.yaml': broken, 'report.json': MINE });
    const run = runWithFileLimit(['validate', 'p.yaml', ...REPORT], dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^cannot write "report\.json": EFBIG/);
    expect(readFileSync(join(dir, 'report.json'), 'utf8')).toBe(MINE);
    expect(readdirSync(dir).sort()).toEqual(['p.yaml', 'report.json']);
  });

  it('a write interrupted by the process dying: the old file is still whole', async () => {
    // A child process writes 256 MiB through writeFileAtomic and is killed once the write is under way.
    const dir = tempProject({ 'report.json': MINE });
    await build({ entryPoints: [join(ROOT, 'src/io/write.ts')], outfile: join(dir, 'write.mjs'), bundle: true, format: 'esm', platform: 'node', logLevel: 'silent' });
    writeFileSync(join(dir, 'child.mjs'), "import { writeFileAtomic } from './write.mjs';\nawait writeFileAtomic('report.json', 'x'.repeat(256 * 1024 * 1024));\n");
    const child = spawn(process.execPath, ['child.mjs'], { cwd: dir, stdio: 'ignore' });
    const started = Date.now();
    while (!readdirSync(dir).some((name) => name.endsWith('.tmp')) && Date.now() - started < 20_000) await new Promise((resolve) => setTimeout(resolve, 5));
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
    expect(readFileSync(join(dir, 'report.json'), 'utf8')).toBe(MINE);
  });

  it('init on a full disk keeps the user’s existing policy and says why', () => {
    const original = readFileSync(join(__dirname, '..', 'policies', 'council-customer-service.en.yaml'), 'utf8');
    const answers = readFileSync(join(__dirname, 'fixtures', 'answers', 'water-utility.en.yaml'), 'utf8');
    const dir = tempProject({ 'policy.yaml': original, 'answers.yaml': answers });
    const run = runWithFileLimit(['init', '--answers', 'answers.yaml', '--force'], dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^cannot write "policy\.yaml(\.draft)?": EFBIG/);
    expect(readFileSync(join(dir, 'policy.yaml'), 'utf8')).toBe(original);
  });

  it('an output folder that cannot be written to: exit 2 with the reason', () => {
    const run = runCli(['validate', 'policies', '--output', '/proc/cs-policy-report.json']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^cannot write "\/proc\/cs-policy-report\.json": E[A-Z]+/);
    const brief = runCli(['brief', 'policies/council-customer-service.en.yaml', '--out', '/proc/cs-policy-briefings']);
    expect(brief.status).toBe(2);
    expect(brief.stderr).toMatch(/^cannot write "\/proc\/cs-policy-briefings": E[A-Z]+/);
  });

  it('a file that vanishes between listing and reading is a read error, not a crash', async () => {
    const dir = tempProject({ 'p.yaml': broken });
    await expect(checkFile({ absolute: join(dir, 'gone.yaml'), file: 'gone.yaml' }, { lang: 'en', today: '2026-06-01' })).rejects.toEqual(
      new CliError(IO_MESSAGES['io.vanished'], { file: 'gone.yaml' }),
    );
  });

  it('never leaves a half-written briefing when a briefing cannot be written', () => {
    const dir = tempProject({ 'p.yaml': policyText() });
    writeFileSync(join(dir, 'briefings'), 'a file where the folder should be');
    const run = runCli(['brief', 'p.yaml'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(readFileSync(join(dir, 'briefings'), 'utf8')).toBe('a file where the folder should be');
  });

  it.each([
    ['en', 'C', 'the current folder no longer exists: change to a folder that does, and run again'],
    ['ar', 'ar_EG.UTF-8', 'المجلد الحالي لم يعد موجودًا: انتقل إلى مجلد موجود ثم أعد التشغيل'],
  ])('a working folder deleted under the shell: exit 2 with a message, no trace (%s)', (_lang, locale, message) => {
    const dir = tempProject();
    const run = spawnSync('bash', ['--norc', '--noprofile', '-c', 'cd "$1" && rmdir "$1" && exec "$0" "$2" validate p.yaml', process.execPath, dir, BIN], {
      encoding: 'utf8', env: { PATH: process.env.PATH ?? '', LANG: locale },
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`${message}\n`);
  });

  it.each([
    [[], 'internal error: the output broke (run again with --debug for the details)\n'],
    [['--debug'], 'internal error: the output broke; the trace follows\n'],
  ])('an error no one foresaw is an internal error with exit 2, and a trace only under --debug (%j)', async (extra, first) => {
    let errors = '';
    const io = {
      cwd: ROOT, env: { LANG: 'C' }, stdin: {},
      stdout: { write: () => { throw new Error('the output broke'); } },
      stderr: { write: (text: string) => { errors += text; } },
    };
    const status = await main(['validate', 'policies', ...extra], io);
    expect(status).toBe(2);
    expect(errors.startsWith(first)).toBe(true);
    expect(errors.includes('\n    at ')).toBe(extra.length > 0);
  });
});
