/**
 * The GitHub Action (action.yml) and the pre-commit hook (.pre-commit-hooks.yaml): each file is
 * checked against its vendor's documented keys, and the commands it runs are run on sample git
 * repositories, as the runner and pre-commit would run them.
 *
 * Sources: GitHub's "Metadata syntax reference" for actions (docs.github.com/en/actions/reference/
 * workflows-and-actions/metadata-syntax): name and description required, inputs with a
 * description, outputs of a composite action with a value, runs.using "composite" and a shell on
 * every run step; bash runs as `bash --noprofile --norc -eo pipefail {0}` ("Workflow syntax",
 * jobs.<job_id>.steps[*].shell). pre-commit's manifest schema (pre-commit/pre-commit,
 * pre_commit/clientlib.py MANIFEST_HOOK_DICT, and all_languages.py for the languages): id, name,
 * entry, language required; files a regex searched in each path; types are identify tags.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { policyText } from './helpers/policy-text.js';
import { BIN, ROOT, tempProject } from './helpers/run-cli.js';

const valid = policyText();
const broken = policyText().replace('organisation:', 'organization:');
const warningOnly = policyText({ review: 'review:\n  cadence: 1y\n  next: 2026-05-01\n' });
const OTHER_YAML = { 'docker-compose.yml': 'services:\n  web:\n    image: nginx:1.27\n', 'policies/labels.yml': '- name: bug\n  color: red\n' };

const git = (cwd: string, ...args: string[]) => spawnSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' } });

function sampleRepository(files: Record<string, string>): string {
  const dir = tempProject(files);
  expect(git(dir, 'init', '-q').status).toBe(0);
  expect(git(dir, 'add', '-A').status).toBe(0);
  return dir;
}

interface ActionStep { id?: string; name?: string; shell?: string; run?: string; env?: Record<string, string>; 'working-directory'?: string }
interface ActionInput { description: string; required?: boolean; default?: string }
const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {
  name: string; description: string; inputs: Record<string, ActionInput>; outputs: Record<string, { description: string; value: string }>;
  runs: { using: string; steps: ActionStep[] };
};

/** Runs the Action's steps as the runner does: expressions filled in, bash with -eo pipefail, outputs through GITHUB_OUTPUT. */
function runAction(repository: string, given: Record<string, string>) {
  const inputs = Object.fromEntries(Object.entries(action.inputs).map(([id, input]) => [id, given[id] ?? input.default ?? '']));
  const outputs: Record<string, Record<string, string>> = {};
  const expand = (text: string) => text.replace(/\$\{\{\s*([\w.-]+)\s*\}\}/g, (_all, expression: string) => {
    if (expression === 'github.action_path') return ROOT;
    const input = /^inputs\.([\w-]+)$/.exec(expression);
    if (input) return inputs[input[1]!]!;
    const output = /^steps\.([\w-]+)\.outputs\.([\w-]+)$/.exec(expression);
    if (output) return outputs[output[1]!]?.[output[2]!] ?? '';
    throw new Error(`no value for the expression ${expression}`);
  });
  let stdout = '';
  let stderr = '';
  for (const [index, step] of action.runs.steps.entries()) {
    const outputFile = join(repository, `.github-output-${index}`);
    writeFileSync(outputFile, '');
    const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LANG: 'C', GITHUB_OUTPUT: outputFile, GITHUB_ACTION_PATH: ROOT, ...Object.fromEntries(Object.entries(step.env ?? {}).map(([key, value]) => [key, expand(value)])) };
    const run = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step.run!], { cwd: join(repository, expand(step['working-directory'] ?? '.')), env, encoding: 'utf8', timeout: 60_000 });
    stdout += run.stdout;
    stderr += run.stderr;
    if (step.id) outputs[step.id] = Object.fromEntries(readFileSync(outputFile, 'utf8').split('\n').filter(Boolean).map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]));
    if (run.status !== 0) return { status: run.status, stdout, stderr, outputs };
  }
  return { status: 0, stdout, stderr, outputs };
}

describe('action.yml', () => {
  it('has the keys GitHub requires of a composite action', () => {
    expect(typeof action.name).toBe('string');
    expect(typeof action.description).toBe('string');
    expect(action.runs.using).toBe('composite');
    for (const step of action.runs.steps) if (step.run !== undefined) expect(step.shell).toBe('bash');
    for (const input of Object.values(action.inputs)) expect(typeof input.description).toBe('string');
    for (const output of Object.values(action.outputs)) expect(output).toMatchObject({ description: expect.any(String), value: expect.stringMatching(/^\$\{\{ steps\.[\w-]+\.outputs\.[\w-]+ \}\}$/) });
    expect(Object.keys(action.inputs)).toEqual(expect.arrayContaining(['paths', 'format', 'fail-on', 'max-warnings', 'lang', 'sarif-file', 'working-directory']));
    // Inputs reach scripts through env only: an input spliced into a script could run as code.
    for (const step of action.runs.steps) expect(step.run ?? '').not.toMatch(/\$\{\{/);
  });

  it('annotates the pull request from the repository root, writes SARIF and fails on errors, from a working-directory', () => {
    const repository = sampleRepository({ 'policies/a.yaml': valid, 'policies/zz-typo.yaml': broken, ...OTHER_YAML });
    const run = runAction(repository, { paths: '.', 'working-directory': 'policies' });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('::error file=policies/zz-typo.yaml,line=4,endLine=4,col=1,');
    expect(run.stdout).toContain('1 other YAML file skipped (not a policy)');
    expect(run.outputs.validate!['sarif-file']).toBe('cs-policy.sarif');
    const sarif = JSON.parse(readFileSync(join(repository, 'policies', 'cs-policy.sarif'), 'utf8'));
    expect(sarif.runs[0].results.map((r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => r.locations[0]!.physicalLocation.artifactLocation.uri)).toEqual(['policies/zz-typo.yaml']);
  });

  it.each([
    ['clean policies', 0, { 'policies/a.yaml': valid }, {}, '✔ 1 file checked, no problems'],
    ['a warning, under the default threshold', 0, { 'policies/a.yaml': warningOnly }, {}, '::warning file=policies/a.yaml'],
    ['a warning, with fail-on: warning', 1, { 'policies/a.yaml': warningOnly }, { 'fail-on': 'warning' }, '::warning file=policies/a.yaml'],
    ['a warning, with max-warnings: 0', 1, { 'policies/a.yaml': warningOnly }, { 'max-warnings': '0' }, '::warning file=policies/a.yaml'],
    ['lang: ar', 0, { 'policies/a.yaml': valid }, { lang: 'ar' }, '✔ فُحص ملف واحد، ولا مشكلات'],
    ['two paths on separate lines, and format: stylish', 1, { 'a/p.yaml': broken, 'b/q.yaml': valid }, { paths: 'a\nb', format: 'stylish' }, '✖ 1 problem (1 error, 0 warnings)'],
    ['a glob kept from the shell', 0, { 'a/p.yaml': valid, 'a/x/q.yaml': broken }, { paths: 'a/*.yaml' }, '✔ 1 file checked, no problems'],
    ['a folder that does not exist', 2, {}, { paths: 'nowhere' }, ''],
  ])('%s: the step exits %i', (_name, status, files, inputs, shown) => {
    const repository = sampleRepository({ ...files, ...OTHER_YAML });
    const run = runAction(repository, inputs);
    expect(run.status, run.stderr).toBe(status);
    expect(run.stdout).toContain(shown);
    // SARIF is written for a verdict (0 or 1), never when validate could not do its job.
    expect(existsSync(join(repository, 'cs-policy.sarif'))).toBe(status < 2);
  });

  it('writes no SARIF when sarif-file is empty, and uses the project’s own cs-policy when it has one', () => {
    const repository = sampleRepository({ 'policies/a.yaml': valid });
    // The project's own install: a package that starts this checkout's CLI.
    mkdirSync(join(repository, 'node_modules', 'cs-policy', 'bin'), { recursive: true });
    writeFileSync(join(repository, 'node_modules', 'cs-policy', 'package.json'), '{"name": "cs-policy", "version": "0.0.0"}\n');
    writeFileSync(join(repository, 'node_modules', 'cs-policy', 'bin', 'cs-policy.cjs'), `require(${JSON.stringify(BIN)});\n`);
    const run = runAction(repository, { 'sarif-file': '' });
    expect(run.status).toBe(0);
    expect(run.outputs.find!.cli).toBe(join(repository, 'node_modules', 'cs-policy', 'bin', 'cs-policy.cjs'));
    expect(run.outputs.validate!['sarif-file']).toBe('');
    expect(existsSync(join(repository, 'cs-policy.sarif'))).toBe(false);
  });
});

interface Hook { id: string; name: string; entry: string; language: string; files?: string; exclude?: string; types?: string[] }
const hooks = parse(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[];
/** pre-commit's languages (pre_commit/all_languages.py). */
const PRE_COMMIT_LANGUAGES = ['conda', 'coursier', 'dart', 'docker', 'docker_image', 'dotnet', 'fail', 'golang', 'haskell', 'julia', 'lua', 'node', 'perl', 'pygrep', 'python', 'r', 'ruby', 'rust', 'swift', 'unsupported', 'unsupported_script'];
/** identify's tags by extension, for the ones a policy hook may name. */
const IDENTIFY_TAGS: Record<string, string[]> = { yaml: ['text', 'yaml'], yml: ['text', 'yaml'], json: ['text', 'json'], md: ['text', 'markdown'] };

/** The files pre-commit passes a hook: tracked files whose path `files` matches (re.search), not `exclude`, with every tag of `types`. */
function filesForHook(hook: Hook, repository: string): string[] {
  const tracked = git(repository, 'ls-files').stdout.split('\n').filter(Boolean);
  const types = hook.types ?? ['file'];
  return tracked.filter((path) => new RegExp(hook.files ?? '').test(path) && !new RegExp(hook.exclude ?? '^$').test(path)
    && types.every((tag) => tag === 'file' || (IDENTIFY_TAGS[path.split('.').pop()!] ?? []).includes(tag)));
}

describe('.pre-commit-hooks.yaml', () => {
  it('is a list of hooks with the keys pre-commit requires', () => {
    expect(Array.isArray(hooks)).toBe(true);
    const packageJson = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    for (const hook of hooks) {
      for (const key of ['id', 'name', 'entry', 'language'] as const) expect(typeof hook[key]).toBe('string');
      expect(PRE_COMMIT_LANGUAGES).toContain(hook.language);
      expect(() => new RegExp(hook.files ?? '')).not.toThrow();
      // language: node installs this package; the entry's command is one of its bins.
      expect(Object.keys(packageJson.bin)).toContain(hook.entry.split(' ')[0]);
    }
  });

  it('runs on the policies of a sample repository, and not on its other YAML', () => {
    const repository = sampleRepository({ 'policies/a.yaml': valid, 'policies/team/b.yml': broken, 'policies/notes.md': '# notes\n', 'docker-compose.yml': OTHER_YAML['docker-compose.yml'], 'config/app.yaml': 'port: 8080\n' });
    const [hook] = hooks;
    const files = filesForHook(hook!, repository);
    expect(files).toEqual(['policies/a.yaml', 'policies/team/b.yml']);
    const [, ...args] = hook!.entry.split(' ');
    const failing = spawnSync(process.execPath, [BIN, ...args, ...files], { cwd: repository, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', LANG: 'C', PRE_COMMIT: '1' } });
    expect(failing.status).toBe(1);
    expect(failing.stdout).toContain('policies/team/b.yml');
    writeFileSync(join(repository, 'policies', 'team', 'b.yml'), valid);
    const passing = spawnSync(process.execPath, [BIN, ...args, ...files], { cwd: repository, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', LANG: 'C', PRE_COMMIT: '1' } });
    expect(passing.stdout).toBe('✔ 2 files checked, no problems\n');
    expect(passing.status).toBe(0);
  });
});

describe('the README’s CI snippets', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const yamlBlocks = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((match) => match[1]!);

  it('uses the Action in its workflow, with inputs the Action has', () => {
    const workflow = yamlBlocks.map((text) => parse(text) as { jobs?: Record<string, { steps: { uses?: string; with?: Record<string, unknown> }[] }> }).find((doc) => doc?.jobs);
    const step = Object.values(workflow!.jobs!).flatMap((job) => job.steps).find((s) => s.uses?.includes('/cs-policy@'));
    expect(step).toBeDefined();
    for (const input of Object.keys(step!.with ?? {})) expect(Object.keys(action.inputs)).toContain(input);
  });

  it('names the pre-commit hook by its id', () => {
    const config = yamlBlocks.map((text) => parse(text) as { repos?: { hooks: { id: string }[] }[] }).find((doc) => doc?.repos);
    expect(config!.repos![0]!.hooks.map((hook) => hook.id)).toEqual(hooks.map((hook) => hook.id));
  });
});
