// Checks the package as a project installs it: packs cs-policy with `npm pack`, installs the
// tarball into an empty project (no network beyond the npm registry), and runs every command
// there on the packaged example policies, with the exit codes they must give. Also checks what
// the package holds: a LICENSE, no source map, and every path the README names for users.
// Run by .ci/run; by hand: `npm run pack-check` (it builds, since `npm pack` does).
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const work = mkdtempSync(join(tmpdir(), 'cs-policy-pack-'));
const failures = [];
const check = (ok, what) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures.push(what);
};
const run = (command, args, cwd) => spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, LANG: 'C', NO_COLOR: '1' }, timeout: 600_000 });

/** Paths the README names that live only in a clone: the sources, tests and tooling of cs-policy itself (its "Developing" section says so). */
const CLONE_ONLY = /^(src|test|scripts|schemas|\.ci)\//;

try {
  // 1. Pack. `npm pack` runs prepack, which builds dist/ afresh.
  const packed = run('npm', ['pack', '--json', '--pack-destination', work], root);
  if (packed.status !== 0) throw new Error(`npm pack failed:\n${packed.stderr}`);
  const [{ filename, files }] = JSON.parse(packed.stdout.slice(packed.stdout.indexOf('[')));
  const inPackage = new Set(files.map((file) => file.path));
  const tarball = join(work, filename);

  check(inPackage.has('LICENSE'), 'the package has a LICENSE file');
  check(![...inPackage].some((path) => path.endsWith('.map')), 'the package holds no source map');
  check(![...inPackage].some((path) => path.startsWith('scripts/') || path.startsWith('src/')), 'the package holds no build scripts or sources');
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const named = new Set();
  for (const [, path] of readme.matchAll(/(?<![\w/.-])((?:bin|dist|docs|examples|policies|schema|templates|test|src|scripts|schemas|\.ci)\/[\w./*-]*[\w*])/g)) named.add(path);
  // A path the README names that the repository does not hold is something a command writes (policies/service.yaml).
  const isGlob = (path) => path.includes('*');
  // As a shell with globstar reads it: `**/` is any number of folders (none too), `*` any name.
  const globPattern = (path) => new RegExp(`^${path.replace(/[.]/g, '\\.').replace(/\*\*\//g, '\u0000').replace(/\*/g, '[^/]*').replace(/\u0000/g, '(?:[^/]+/)*')}$`);
  const referenced = [...named].filter((path) => !CLONE_ONLY.test(path) || path.startsWith('test/fixtures/answers/')).filter((path) => isGlob(path) || existsSync(join(root, path)));
  const expectedMissing = referenced.filter((path) => {
    if (isGlob(path)) return ![...inPackage].some((file) => globPattern(path).test(file));
    return !inPackage.has(path) && ![...inPackage].some((file) => file.startsWith(path.endsWith('/') ? path : `${path}/`));
  });
  check(expectedMissing.length === 0, `every path the README names for users is in the package${expectedMissing.length ? `; missing: ${expectedMissing.join(', ')}` : ''}`);

  // 2. Install the tarball into an empty project, as the README says.
  const project = join(work, 'project');
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), `${JSON.stringify({ name: 'pack-check-project', version: '1.0.0', private: true }, null, 2)}\n`);
  const installed = run('npm', ['install', '--save-dev', '--no-audit', '--no-fund', tarball], project);
  check(installed.status === 0, `npm install --save-dev ${filename} in an empty project${installed.status === 0 ? '' : `:\n${installed.stderr}`}`);
  const said = `${installed.stdout}\n${installed.stderr}`;
  check(!/prepare|install-scripts|scripts\/build/i.test(said), `the install says nothing of scripts${/prepare|install-scripts/i.test(said) ? `:\n${said}` : ''}`);

  // 3. Every command, on the examples the package ships, from the project's folder.
  const pkg = 'node_modules/cs-policy';
  const council = `${pkg}/policies/council-customer-service.en.yaml`;
  copyFileSync(join(root, 'test/fixtures/vendor/zendesk-schedules.answer.json'), join(project, 'schedules.json'));
  const commands = [
    [['--version'], 0],
    [['validate', `${pkg}/policies`, '--today', '2026-06-01'], 0],
    [['validate', `${pkg}/policies`, '-f', 'sarif', '-o', 'cs-policy.sarif', '--today', '2026-06-01'], 0],
    [['init', 'policies/new.yaml', '--answers', `${pkg}/test/fixtures/answers/water-utility.en.yaml`, '--today', '2026-06-01'], 0],
    [['validate', 'policies', '--today', '2026-06-01'], 0],
    [['brief', council, '-f', 'md', '-o', 'briefings'], 0],
    [['brief', `${pkg}/policies/telecom-complaints.ar.yaml`, '-o', 'briefings-html'], 0],
    [['schema'], 0],
    [['rules'], 0],
    [['diff', council, `${pkg}/policies/water-utility.en.yaml`], 0],
    [['review', `${pkg}/policies`, '--today', '2026-06-01'], 0],
    [['acknowledgements', council, `${pkg}/examples/acknowledgements/council-staff.csv`, `${pkg}/examples/acknowledgements/council-acks.csv`, '--today', '2026-04-06'], 1],
    [['export', 'zendesk', council, '--today', '2026-06-01', '-o', 'plan'], 0],
    [['import', 'zendesk', 'schedules.json', '-o', 'imported.yaml'], 0],
    [['pilot', council, `${pkg}/examples/pilot/council-responses.csv`, '--audit', `${pkg}/examples/pilot/council-audit.json`, '--kpi-from-audit', 'calls-answered-30s=phone-answer', '--today', '2026-03-02'], 1],
    [['compare', council, '--today', '2026-06-01'], 0],
    [['audit', council, `${pkg}/examples/exports/council-customer-service.csv`, '--as-of', '2026-07-01'], 1],
    [['audit', `${pkg}/policies/bank-complaints.bilingual.yaml`, `${pkg}/examples/exports/bank-complaints.freshdesk.csv`, '--map', `${pkg}/examples/exports/bank-complaints.freshdesk-map.yaml`, '-f', 'html', '-o', 'audit.html'], 1],
    [['validate', 'nowhere.yaml'], 2],
    [['--debug', 'validate', 'nowhere.yaml'], 2],
  ];
  for (const [args, status] of commands) {
    const result = run('npx', ['--no-install', 'cs-policy', ...args], project);
    const traced = / at .*\(/.test(result.stderr) && !args.includes('--debug');
    check(result.status === status && !traced, `cs-policy ${args.join(' ')} exits ${status}${result.status === status ? '' : ` (got ${result.status}: ${result.stderr.trim().slice(0, 400)})`}`);
  }
  check(existsSync(join(project, 'briefings')) && existsSync(join(project, 'audit.html')) && existsSync(join(project, 'cs-policy.sarif')), 'the reports were written');
} catch (error) {
  failures.push(error instanceof Error ? error.message : String(error));
  console.error(error);
} finally {
  rmSync(work, { recursive: true, force: true });
}

if (failures.length > 0) {
  console.error(`pack check: ${failures.length} failed`);
  process.exit(1);
}
console.log('pack check: the packed cs-policy installs and runs every command');
