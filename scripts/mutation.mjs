// `npm run mutation`: how many careless one-line mistakes validate reports on the line that has
// them, and whether it stays quiet on harmless edits. The edits are in test/mutation/edits.mjs.
// Validates in process, on the core bundled as the CLI bundles it. Exit 1 below the thresholds.
// Usage: npm run mutation [-- --verbose]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { EXAMPLES, EDITS } from '../test/mutation/edits.mjs';
import { MUTATION_TODAY, formatReport, passes, runMutation } from '../test/mutation/harness.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
if (!existsSync(join(root, 'src/generated/validators.js'))) {
  const built = spawnSync(process.execPath, [join(root, 'scripts/build.mjs')], { stdio: 'inherit' });
  if (built.status !== 0) process.exit(2);
}
const work = mkdtempSync(join(tmpdir(), 'cs-policy-mutation-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));
const outfile = join(work, 'core.mjs');
await build({
  entryPoints: [join(root, 'src/core/lint.ts')], outfile, bundle: true, format: 'esm', platform: 'node', target: 'node20', logLevel: 'warning',
  define: { __CS_POLICY_VERSION__: '"mutation"' },
  banner: { js: "import { createRequire as __r } from 'node:module'; const require = __r(import.meta.url);" },
});
const { lintText } = await import(pathToFileURL(outfile).href);

const files = Object.fromEntries(
  Object.entries(EXAMPLES).map(([name, path]) => [name, { path, text: readFileSync(join(root, path), 'utf8') }]),
);
const outcome = runMutation({ files, edits: EDITS, lint: (text, path) => lintText(text, path, { lang: 'en', today: MUTATION_TODAY }) });
console.log(formatReport(outcome, { verbose: process.argv.includes('--verbose') }));
process.exitCode = passes(outcome.summary) && outcome.baseline.length === 0 ? 0 : 1;
