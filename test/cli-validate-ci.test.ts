import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { policyText } from './helpers/policy-text.js';
import { runCli, tempProject } from './helpers/run-cli.js';

const valid = policyText();
const broken = policyText().replace('organisation:', 'organization:');
const warningOnly = policyText({ review: 'review:\n  cadence: 1y\n  next: 2026-05-01\n' });

/** Other YAML a real repository holds beside its policies. */
const OTHER_YAML = {
  'docker-compose.yml': 'version: "3.8"\nservices:\n  web:\n    image: nginx:1.27\n',
  '.github/workflows/ci.yml': 'name: ci\non: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm test\n',
  'environment.yml': 'name: analysis\nchannels: [conda-forge]\ndependencies: [python=3.12]\n',
  'k8s/deploy.yaml': 'apiVersion: v1\nkind: Service\nmetadata: {name: web}\n---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: settings}\n',
  '.pre-commit-hooks.yaml': '- id: x\n  name: x\n  entry: x\n  language: system\n',
};

const git = (cwd: string, ...args: string[]) => spawnSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' } });

describe('validate on a folder of mixed YAML', () => {
  it('skips YAML that is plainly not a policy, counts it in the summary, and still checks policies', () => {
    const dir = tempProject({ ...OTHER_YAML, 'policies/a.yaml': valid, 'policies/b.yaml': broken });
    const run = runCli(['validate', '.'], { cwd: dir });
    expect(run.status).toBe(1);
    // .github is a hidden folder, which a walk does not enter.
    expect(run.stdout).toMatch(/✖ 1 problem \(1 error, 0 warnings\)\n3 other YAML files skipped \(not policies\)\n$/);
    expect(run.stdout).toContain('policies/b.yaml');
    const clean = runCli(['validate', '.', '--lang', 'ar'], { cwd: tempProject({ ...OTHER_YAML, 'p.yaml': valid }) });
    expect(clean.status).toBe(0);
    expect(clean.stdout).toBe('✔ فُحص ملف واحد، ولا مشكلات\nتُخطّيت 3 ملفات YAML أخرى (ليست سياسات)\n');
  });

  it.each([
    ['an empty file', ''],
    ['broken YAML', 'a:\n\tb: 1\n'],
    ['a policy without its first line', policyText().replace(/^cs-policy: 1\n/, '')],
    ['a typo in the first key', policyText().replace(/^cs-policy:/, 'cs-polcy:')],
  ])('still checks %s found in a folder', (_name, text) => {
    const run = runCli(['validate', '.', '-f', 'json'], { cwd: tempProject({ 'p.yaml': text }) });
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout).summary).toMatchObject({ files: 1, skipped: 0 });
  });

  it('checks a file given by name, whatever it holds', () => {
    const dir = tempProject(OTHER_YAML);
    const run = runCli(['validate', 'docker-compose.yml'], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('this is not a cs-policy policy');
  });

  it('reports skipped files in the JSON summary and the github format', () => {
    const dir = tempProject({ ...OTHER_YAML, 'p.yaml': valid });
    expect(JSON.parse(runCli(['validate', '.', '-f', 'json'], { cwd: dir }).stdout).summary).toEqual({ files: 1, errors: 0, warnings: 0, skipped: 3 });
    expect(runCli(['validate', '.', '-f', 'github'], { cwd: dir }).stdout).toBe('✔ 1 file checked, no problems\n3 other YAML files skipped (not policies)\n');
  });

  it.each([
    ['--ignore on the command line', ['--ignore', 'drafts/'], {}],
    ['--ignore with a glob', ['--ignore', '**/draft-*.yaml'], {}],
    ['ignore: in .cs-policy.yaml, relative to its folder', [], { '.cs-policy.yaml': 'ignore:\n  - drafts/\n' }],
    ['a .gitignore in a git repository', [], { '.gitignore': 'drafts/\n' }],
    ['a negated pattern, as in gitignore', ['--ignore', 'drafts/*', '--ignore', '!drafts/ok.yaml'], {}],
  ])('leaves out ignored files: %s', (name, flags, extra) => {
    const dir = tempProject({ 'policies/a.yaml': valid, 'drafts/draft-b.yaml': broken, ...(name.includes('negated') ? { 'drafts/ok.yaml': valid } : {}), ...extra });
    if (name.includes('.gitignore')) expect(git(dir, 'init', '-q').status).toBe(0);
    const run = runCli(['validate', '.', ...flags, '-f', 'json'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).files.map((f: { file: string }) => f.file)).toEqual(name.includes('negated') ? ['drafts/ok.yaml', 'policies/a.yaml'] : ['policies/a.yaml']);
  });

  it('reads the config’s ignore list from the config’s folder when run in a subfolder', () => {
    const dir = tempProject({ 'policies/a.yaml': valid, 'policies/drafts/b.yaml': broken, '.cs-policy.yaml': 'ignore: [policies/drafts/]\n' });
    const run = runCli(['validate', '.', '-f', 'json'], { cwd: join(dir, 'policies') });
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).files.map((f: { file: string }) => f.file)).toEqual(['a.yaml']);
  });

  it('checks a tracked file even when .gitignore matches it, and ignores .gitignore outside a repository', () => {
    const dir = tempProject({ 'policies/a.yaml': broken, '.gitignore': 'policies/\n' });
    expect(runCli(['validate', '.'], { cwd: dir }).status).toBe(1);
    git(dir, 'init', '-q');
    expect(runCli(['validate', '.'], { cwd: dir }).stdout).toBe('✔ 0 files checked, no problems\n');
    git(dir, 'add', '-f', 'policies/a.yaml');
    expect(runCli(['validate', '.'], { cwd: dir }).status).toBe(1);
  });

  it('refuses a config ignore list that is not a list of patterns, with its place', () => {
    const dir = tempProject({ 'p.yaml': valid, '.cs-policy.yaml': 'ignore: drafts/\n' });
    const run = runCli(['validate', 'p.yaml'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^\.cs-policy\.yaml:1:9: /);
  });
});

describe('checks that cannot be turned off', () => {
  it.each([
    ['en', '.cs-policy.yaml:2:19', 'the check "document-shape" cannot be turned off or made a warning: no rule can run on a file that fails it'],
    // Arabic isolates the place (file:line:column) and the rule id, so that each stays one
    // left-to-right run; the file name keeps its own isolate inside the place's.
    ['ar', '\u2066\u2068.cs-policy.yaml\u2069:2:19\u2069', 'لا يمكن إيقاف الفحص "\u2068document-shape\u2069" ولا جعله تحذيرًا: لا تعمل أي قاعدة على ملف لا يجتازه'],
  ])('says so in %s, with the place in .cs-policy.yaml', (lang, place, message) => {
    const dir = tempProject({ 'p.yaml': valid, '.cs-policy.yaml': 'rules:\n  document-shape: "off"\n' });
    const run = runCli(['--lang', lang, 'validate', 'p.yaml'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`${place}: ${message}\n`);
  });

  it('accepts such a check set to error, which it always is', () => {
    const dir = tempProject({ 'p.yaml': valid, '.cs-policy.yaml': 'rules:\n  schema: error\n' });
    expect(runCli(['validate', 'p.yaml'], { cwd: dir }).status).toBe(0);
  });
});

describe('--max-warnings and --quiet', () => {
  const dir = tempProject({ 'p.yaml': warningOnly, 'q.yaml': warningOnly, 'bad.yaml': broken });
  const today = ['--today', '2026-06-01'];
  it.each([
    [['p.yaml', 'q.yaml'], [], 0, ''],
    [['p.yaml', 'q.yaml', '--max-warnings', '2'], [], 0, ''],
    [['p.yaml', 'q.yaml', '--max-warnings', '1'], [], 1, 'too many warnings: 2, where --max-warnings allows 1\n'],
    [['p.yaml', '--max-warnings', '0', '--lang', 'ar'], [], 1, 'التحذيرات أكثر من المسموح: 1، والحد الذي يسمح به ‎--max-warnings‎ هو 0\n'],
    [['p.yaml', '--quiet'], [], 0, ''],
    [['p.yaml', '--quiet', '--max-warnings', '0'], [], 1, '1 warning not shown (--quiet)\ntoo many warnings: 1, where --max-warnings allows 0\n'],
    [['p.yaml', '--quiet', '--fail-on', 'warning'], [], 1, '1 warning not shown (--quiet)\n'],
  ])('validate %j exits %#', (args, _unused, status, stderr) => {
    const run = runCli(['validate', ...args, ...today], { cwd: dir });
    expect(run.stderr).toBe(stderr);
    expect(run.status).toBe(status);
    if (args.includes('--quiet')) expect(run.stdout).toBe('✔ 1 file checked, no problems\n');
  });

  it('shows errors only with --quiet', () => {
    const run = runCli(['validate', 'p.yaml', 'bad.yaml', '--quiet', '-f', 'json', ...today], { cwd: dir });
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout).files.flatMap((f: { findings: { severity: string }[] }) => f.findings.map((x) => x.severity))).toEqual(['error']);
  });

  it.each(['-1', 'two', '1.5', ''])('refuses --max-warnings %j as a usage error', (value) => {
    const run = runCli(['validate', 'p.yaml', '--max-warnings', value], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`--max-warnings "${value}" is not a whole number of 0 or more\n`);
  });
});

describe('--format with a formatter module', () => {
  const modules = {
    'formatters/count.cjs': 'module.exports = (results, options) => `${options.lang} ${results.map((r) => `${r.file}:${r.findings.length}`).join(" ")}\\n`;\n',
    'formatters/count.mjs': 'export default async (results) => `esm ${results.length}\\n`;\n',
    'formatters/none.cjs': 'module.exports = { notAFunction: true };\n',
    'formatters/throws.cjs': 'module.exports = () => { throw new Error("no paper"); };\n',
    'formatters/number.cjs': 'module.exports = () => 42;\n',
  };
  const dir = tempProject({ ...modules, 'p.yaml': valid, 'bad.yaml': broken });
  it.each([
    [['-f', './formatters/count.cjs'], 1, 'en p.yaml:0 bad.yaml:1\n', ''],
    [['--format', 'formatters/count.mjs'], 1, 'esm 2\n', ''],
    [['-f', './formatters/missing.js'], 2, '', 'cannot load the formatter "./formatters/missing.js": MODULE_NOT_FOUND\n'],
    [['-f', './formatters/none.cjs'], 2, '', 'the formatter "./formatters/none.cjs" exports no function: export one (module.exports or export default) that takes the results and returns the report as text\n'],
    [['-f', './formatters/throws.cjs'], 2, '', 'the formatter "./formatters/throws.cjs" failed: no paper\n'],
    [['-f', './formatters/number.cjs'], 2, '', 'the formatter "./formatters/number.cjs" returned number, not the report as text\n'],
  ])('validate %j exits %i', (args, status, stdout, stderr) => {
    const run = runCli(['validate', 'p.yaml', 'bad.yaml', ...args], { cwd: dir });
    expect(run.stderr).toBe(stderr);
    expect(run.stdout).toBe(stdout);
    expect(run.status).toBe(status);
  });

  it('still refuses a name that is neither a format nor a path, listing the formats', () => {
    const run = runCli(['validate', 'p.yaml', '-f', 'xml'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('-f, --format <format>: "xml" is not one of stylish, json, junit, sarif, github\nRun "cs-policy validate --help" for usage.\n');
  });

  it('lists the formats in --help and says a module path is taken', () => {
    const help = runCli(['validate', '--help']).stdout.replace(/\s+/g, ' ');
    expect(help).toMatch(/-f, --format <format> +output format, or the path of a formatter module \(choices: "stylish", "json", "junit", "sarif", "github", default: "stylish"\)/);
  });
});

describe('CI paths from the repository root', () => {
  it.each(['github', 'junit', 'json', 'sarif'])('%s names policies/… when run in policies/ of a git repository', (format) => {
    const dir = tempProject({ 'policies/zz-typo.yaml': broken });
    mkdirSync(join(dir, '.git'));
    const run = runCli(['validate', '.', '-f', format], { cwd: join(dir, 'policies') });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('policies/zz-typo.yaml');
    expect(run.stdout).not.toMatch(/[="]zz-typo\.yaml/);
  });

  it('keeps paths from the working folder outside a repository', () => {
    const dir = tempProject({ 'policies/zz-typo.yaml': broken });
    writeFileSync(join(dir, 'README'), '');
    expect(runCli(['validate', '.', '-f', 'github'], { cwd: join(dir, 'policies') }).stdout).toMatch(/^::error file=zz-typo\.yaml,/);
  });
});
