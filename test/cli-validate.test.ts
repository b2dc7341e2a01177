import { existsSync, mkdirSync, readFileSync, readdirSync, realpathSync, symlinkSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { policyText } from './helpers/policy-text.js';
import { BIN, runCli, tempProject } from './helpers/run-cli.js';

const valid = policyText();
const broken = policyText().replace('organisation:', 'organization:');
const warningOnly = policyText({ review: 'review:\n  cadence: 1y\n  next: 2026-05-01\n' });

describe('cs-policy validate', () => {
  it('passes the shipped example policies', () => {
    const run = runCli(['validate', 'policies']);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('✔ 4 files checked, no problems\n');
    expect(run.status).toBe(0);
  });

  it('exits 1 on errors, naming the file, line and rule', () => {
    const dir = tempProject({ 'bad.yaml': broken, 'good.yaml': valid });
    const run = runCli(['validate', 'bad.yaml', 'good.yaml'], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe(
      'bad.yaml\n  4:1  error  unknown key "organization" (did you mean "organisation"?)  schema\n\n✖ 1 problem (1 error, 0 warnings)\n',
    );
  });

  it('exits 0 on warnings, and 1 with --fail-on warning', () => {
    const dir = tempProject({ 'p.yaml': warningOnly });
    expect(runCli(['validate', 'p.yaml', '--today', '2026-06-01'], { cwd: dir }).status).toBe(0);
    expect(runCli(['validate', 'p.yaml', '--today', '2026-06-01', '--fail-on', 'warning'], { cwd: dir }).status).toBe(1);
  });

  it('reads numbers as YAML 1.2 does on either path: 9_0 is text, and a target must be a number', () => {
    // js-yaml's own schema read 9_0 as 90, so the fast path passed what the careful path (taken
    // for an anchor, here in a comment) refused.
    const underscored = valid.replace('target: 90,', 'target: 9_0,');
    const dir = tempProject({ 'fast.yaml': underscored, 'careful.yaml': `${underscored}# &careful\n` });
    for (const file of ['fast.yaml', 'careful.yaml']) {
      const run = runCli(['validate', file, '--today', '2026-06-01'], { cwd: dir });
      expect([run.status, run.stdout]).toEqual([1, `${file}\n  32:66  error  must be a number  schema\n\n✖ 1 problem (1 error, 0 warnings)\n`]);
    }
  });

  it('searches directories for .yaml and .yml, and expands globs', () => {
    const dir = tempProject({ 'a/one.yaml': valid, 'a/b/two.yml': valid, 'a/notes.txt': 'not a policy', 'c/three.yaml': valid });
    expect(runCli(['validate', 'a'], { cwd: dir }).stdout).toBe('✔ 2 files checked, no problems\n');
    expect(runCli(['validate', '**/*.yaml'], { cwd: dir }).stdout).toBe('✔ 2 files checked, no problems\n');
  });

  it('does not follow a symlinked folder, so a link back up the tree lists nothing twice', () => {
    const dir = tempProject({ 'a/one.yaml': valid });
    symlinkSync('..', join(dir, 'a', 'up'));
    expect(runCli(['validate', '.'], { cwd: dir }).stdout).toBe('✔ 1 file checked, no problems\n');
  });

  it('exits 2 on a missing file, with a message and no stack trace', () => {
    const run = runCli(['validate', 'nowhere.yaml']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('cannot read "nowhere.yaml": no such file or directory\n');
    expect(run.stdout).toBe('');
  });

  it('reads a named pipe nothing writes to as empty, rather than waiting for ever', () => {
    const dir = tempProject();
    spawnSync('mkfifo', [join(dir, 'pipe.yaml')]);
    const run = runCli(['validate', 'pipe.yaml'], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('the file is empty');
  });

  it('reads a pipe being written as its data comes, as a shell gives <(git show ...)', () => {
    const dir = tempProject({ 'p.yaml': valid });
    const run = spawnSync('bash', ['-c', `"${process.execPath}" "${BIN}" validate <(sleep 0.3; cat p.yaml)`], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { PATH: process.env.PATH ?? '', LANG: 'C' } });
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('✔ 1 file checked, no problems\n');
    expect(run.status).toBe(0);
  });

  it('exits 2 when a glob matches nothing', () => {
    const run = runCli(['validate', 'missing/**/*.yaml']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('"missing/**/*.yaml" matched no .yaml or .yml file\n');
  });

  it('exits 2 on a directory that holds no policy', () => {
    const dir = tempProject({ 'docs/readme.txt': 'no policies here' });
    const run = runCli(['validate', 'docs'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('"docs" matched no .yaml or .yml file\n');
  });

  it('exits 2 on usage errors, in the chosen language', () => {
    const unknown = runCli(['validate', '--frobnicate', 'x.yaml']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toBe('unknown option "--frobnicate"\nRun "cs-policy validate --help" for usage.\n');
    const badFormat = runCli(['validate', '--format', 'xml', 'policies']);
    expect(badFormat.status).toBe(2);
    expect(badFormat.stderr).toContain('xml');
    const arabic = runCli(['--lang', 'ar', 'validate', 'nowhere.yaml']);
    expect(arabic.stderr).toBe('تعذّرت قراءة "\u2068nowhere.yaml\u2069": الملف أو المجلد غير موجود\n');
    expect(runCli(['validate']).status).toBe(2);
  });

  it('writes the report to --output atomically and prints nothing', () => {
    const dir = tempProject({ 'bad.yaml': broken });
    const run = runCli(['validate', 'bad.yaml', '--format', 'sarif', '--output', 'report.sarif'], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    const log = JSON.parse(readFileSync(join(dir, 'report.sarif'), 'utf8'));
    expect(log.runs[0].results[0].ruleId).toBe('schema');
    expect(readdirSync(dir).sort()).toEqual(['bad.yaml', 'report.sarif']);
  });

  it('locates SARIF results from the repository root when run in a subfolder, and records config overrides', () => {
    const dir = tempProject({ 'policies/bad.yaml': broken, 'policies/p.yaml': warningOnly, '.cs-policy.yaml': 'rules:\n  review-overdue: "off"\n' });
    mkdirSync(join(dir, '.git'));
    mkdirSync(join(dir, 'docs'));
    const run = runCli(['validate', '../policies', '--today', '2026-06-01', '-f', 'sarif', '--lang', 'ar'], { cwd: join(dir, 'docs') });
    expect(run.status).toBe(1);
    const [log] = JSON.parse(run.stdout).runs;
    expect(log.language).toBe('ar');
    expect(log.originalUriBaseIds['%SRCROOT%'].uri).toBe(`${pathToFileURL(realpathSync(dir)).href}/`);
    expect(log.results.map((r: { ruleId: string; locations: { physicalLocation: { artifactLocation: unknown } }[] }) => [r.ruleId, r.locations[0]!.physicalLocation.artifactLocation])).toEqual([
      ['schema', { uri: 'policies/bad.yaml', uriBaseId: '%SRCROOT%' }],
    ]);
    expect(log.invocations[0].ruleConfigurationOverrides).toEqual([{ descriptor: { id: 'review-overdue', index: expect.any(Number) }, configuration: { enabled: false } }]);
  });

  it.each([
    [[], 0, '0'],
    [['--fail-on', 'warning'], 1, '1'],
  ])('writes JUnit that fails exactly when the exit code does (%j)', (flags, status, failures) => {
    const dir = tempProject({ 'p.yaml': warningOnly });
    const run = runCli(['validate', 'p.yaml', '--today', '2026-06-01', '-f', 'junit', ...flags], { cwd: dir });
    expect(run.status).toBe(status);
    expect(run.stdout).toMatch(new RegExp(`<testsuite name="p.yaml" tests="1" failures="${failures}" errors="0" skipped="0" time="\\d+\\.\\d{3}" timestamp="\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d">`));
    expect(run.stdout.includes('<failure ')).toBe(status === 1);
  });

  it('exits 2 when the output cannot be written, leaving no partial file', () => {
    const dir = tempProject({ 'p.yaml': valid });
    const run = runCli(['validate', 'p.yaml', '--output', 'no/such/dir/report.txt'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^cannot write "no\/such\/dir\/report.txt": ENOENT/);
    expect(existsSync(join(dir, 'no'))).toBe(false);
  });

  it.each([
    ['the policy itself', ['validate', 'p.yaml', '--output', 'p.yaml'], 'p.yaml'],
    ['a policy found in a folder', ['validate', '.', '-f', 'sarif', '-o', 'p.yaml'], 'p.yaml'],
    ['a link to the policy', ['validate', 'p.yaml', '--output', 'link.yaml'], 'link.yaml'],
  ])('refuses an --output that is %s, and leaves the policy as it was', (_name, args, shown) => {
    const dir = tempProject({ 'p.yaml': valid });
    symlinkSync('p.yaml', join(dir, 'link.yaml'));
    const run = runCli(args, { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`the report would overwrite "${shown}", one of the policies being checked: choose another --output file\n`);
    expect(readFileSync(join(dir, 'p.yaml'), 'utf8')).toBe(valid);
  });

  it.each(['2026-13-45', '2026-02-30', '2026-6-1', 'tomorrow'])('refuses --today %s, which is no day, as a usage error', (value) => {
    const run = runCli(['validate', 'policies', '--today', value]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`--today "${value}" is not a day: write it YYYY-MM-DD, such as 2026-06-01\n`);
    expect(runCli(['validate', 'policies', '--today', value, '--lang', 'ar']).stderr).toContain('ليست تاريخًا صحيحًا');
  });

  it('prints JSON that programs can read', () => {
    const dir = tempProject({ 'bad.yaml': broken });
    const report = JSON.parse(runCli(['validate', 'bad.yaml', '-f', 'json'], { cwd: dir }).stdout);
    expect(report.summary).toEqual({ files: 1, errors: 1, warnings: 0, skipped: 0 });
    expect(report.files[0].findings[0]).toMatchObject({ ruleId: 'schema', line: 4, column: 1, path: ['organization'] });
  });

  it('takes rule severities, the threshold and the language from .cs-policy.yaml', () => {
    const dir = tempProject({
      'p.yaml': warningOnly,
      '.cs-policy.yaml': 'rules:\n  review-overdue: error\nlang: ar\n',
    });
    const run = runCli(['validate', 'p.yaml', '--today', '2026-06-01'], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('خطأ');
    expect(run.stdout).toContain('review-overdue');
    const off = tempProject({ 'p.yaml': warningOnly, '.cs-policy.yaml': 'rules:\n  review-overdue: "off"\nfail_on: warning\n' });
    expect(runCli(['validate', 'p.yaml', '--today', '2026-06-01'], { cwd: off }).stdout).toBe('✔ 1 file checked, no problems\n');
  });

  it('exits 2 on a config with an unknown rule, suggesting the right one', () => {
    const dir = tempProject({ 'p.yaml': valid, '.cs-policy.yaml': 'rules:\n  review-overdu: warning\n' });
    const run = runCli(['validate', 'p.yaml'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('.cs-policy.yaml:2:3: unknown rule "review-overdu" (did you mean "review-overdue"?)\n');
  });

  it('in Arabic, keeps a config problem\'s file:line:column together, left to right, before the message', () => {
    const dir = tempProject({ 'p.yaml': valid, '.cs-policy.yaml': 'rules:\n  review-overdu: warning\n' });
    const run = runCli(['validate', 'p.yaml', '--lang', 'ar'], { cwd: dir });
    expect(run.status).toBe(2);
    // An isolate around the file alone left ":2:3:" to the right-to-left line, which then read the
    // location backwards; the file keeps its own isolate inside.
    expect(run.stderr).toMatch(/^\u2066\u2068\.cs-policy\.yaml\u2069:2:3\u2069: \p{Script=Arabic}/u);
  });

  it.each([
    ['aliases that expand without bound', Array.from({ length: 12 }, (_, i) => (i === 0 ? 'a0: &a0 [x, x, x, x, x, x, x, x]' : `a${i}: &a${i} [${Array(8).fill(`*a${i - 1}`).join(', ')}]`)).join('\n'), '.cs-policy.yaml:1:1: the document uses too many YAML aliases (it would expand without bound)'],
    ['brackets nested thousands deep', `rules:\n  x: ${'['.repeat(5000)}${']'.repeat(5000)}`, `.cs-policy.yaml:2:${6 + 64}: the document is nested more than 64 levels deep`],
  ])('exits 2 on a hostile config (%s) with a located message, not an internal error', (_name, config, message) => {
    const dir = tempProject({ 'p.yaml': valid, '.cs-policy.yaml': `${config}\n` });
    const run = runCli(['validate', 'p.yaml'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`${message}\n`);
  });

  it('keeps the YAML parser’s own warnings off standard error', () => {
    const dir = tempProject({ 'p.yaml': 'cs-policy: 1\n? [a, b]\n: x\n' });
    const run = runCli(['validate', 'p.yaml', '-f', 'json'], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout).files[0].findings.map((f: { message: string }) => f.message)).toContain('unknown key "[ a, b ]"');
  });

  it('finds hostile files and still checks the rest', () => {
    const dir = tempProject({ 'a-empty.yaml': '', 'b-tabs.yaml': 'a:\n\tb: 1\n', 'c-good.yaml': valid });
    const run = runCli(['validate', '.', '-f', 'json'], { cwd: dir });
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.files.map((f: { file: string; findings: { ruleId: string }[] }) => [f.file, f.findings.map((x) => x.ruleId)])).toEqual([
      ['a-empty.yaml', ['document-shape']],
      ['b-tabs.yaml', ['yaml-syntax']],
      ['c-good.yaml', []],
    ]);
  });
});

describe('cs-policy schema and rules', () => {
  it('prints the JSON Schema the examples reference', () => {
    const run = runCli(['schema']);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(JSON.parse(readFileSync('schema/policy.schema.json', 'utf8')));
  });

  it('lists the rules', () => {
    const run = runCli(['rules']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^vague-standard +error +A standard has a target/m);
    expect(run.stdout).toMatch(/^review-overdue +warning +The next review/m);
  });

  it('prints its version and help with exit 0', () => {
    const version = runCli(['--version']);
    expect(version.status).toBe(0);
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
    const help = runCli(['--lang', 'ar', 'validate', '--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('افحص ملفات السياسات');
    expect(help.stdout).toContain('الخيارات:');
    expect(help.stdout).toContain('الافتراضي: \u2068"stylish"\u2069');
  });
});

describe('cs-policy without a command', () => {
  it('shows the help on standard error and exits 2', () => {
    const run = runCli([]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('Usage: cs-policy [options] [command]');
  });
});

describe('usage errors in Arabic', () => {
  it('names the wrong choice and the command whose help to read', () => {
    const run = runCli(['--lang', 'ar', 'validate', '--format', 'xml', 'x.yaml']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('القيمة "\u2068xml\u2069" ليست من بين \u2068stylish, json, junit, sarif, github\u2069');
    expect(run.stderr).toContain('cs-policy validate --help');
  });
});
