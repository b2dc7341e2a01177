// Benchmarks for cs-policy. Each figure is printed as a ratio against a floor measured in the same
// run, on the same machine, so the numbers mean something anywhere:
//   1. start-up: `cs-policy validate <one policy>` against a bare `node -e 0`;
//   2. bulk: validating 1,000 policies in one call against parsing each with yaml and running the
//      compiled schema validator over it (in one process), and against ajv-cli on the same files;
//   3. growth: a policy with every list ten times longer, against the example policy (in process);
//   4. peak memory of the 1,000-file run;
//   5. business time: 1,000,000 elapsed-time and deadline questions against 1,000,000 Date.parse
//      calls on ISO timestamps (what reading the same records costs at least).
// Usage: npm run bench [-- --runs N] [-- --startup-only] [-- --business-time-only]
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { parse, stringify } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 21;
const node = process.execPath;
const bin = join(root, 'bin', 'cs-policy.cjs');
const example = join(root, 'policies', 'council-customer-service.en.yaml');
const work = mkdtempSync(join(tmpdir(), 'cs-policy-bench-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));

// The floor's validator and the in-process core, bundled the way the CLI bundles them.
const bundleFor = async (entry, name) => {
  const outfile = join(work, name);
  await build({
    entryPoints: [join(root, entry)], outfile, bundle: true, format: 'esm', platform: 'node', target: 'node20', minify: true, logLevel: 'warning',
    define: { __CS_POLICY_VERSION__: '"bench"' },
    banner: { js: "import { createRequire as __r } from 'node:module'; const require = __r(import.meta.url);" },
  });
  return pathToFileURL(outfile).href;
};
const floorValidator = await bundleFor('src/generated/validators.js', 'floor-validator.mjs');
const core = await bundleFor('src/core/lint.ts', 'core.mjs');

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function wall(args, options = {}) {
  const start = process.hrtime.bigint();
  const result = spawnSync(args[0], args.slice(1), { stdio: ['ignore', 'ignore', 'pipe'], cwd: work, ...options });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}: ${String(result.stderr).slice(0, 500)}`);
  return ms;
}

/**
 * Runs target and floor alternately, so that a busy moment of the machine hits both alike, and
 * takes the median of each pair's ratio: the machine's speed drifts between runs, and a pair taken
 * back to back drifts least. beforeTarget runs untimed before each target run.
 */
function compare(target, floor, runs = RUNS, { env, beforeTarget } = {}) {
  const t = [];
  const f = [];
  for (let i = 0; i < runs; i++) {
    f.push(wall(floor, env ? { env } : {}));
    beforeTarget?.();
    t.push(wall(target, env ? { env } : {}));
  }
  return { target: median(t), floor: median(f), ratio: median(t.map((ms, i) => ms / f[i])) };
}

const line = (label, { target, floor, ratio = target / floor }, floorLabel, limit) => {
  const verdict = limit === undefined ? '' : ratio <= limit ? `  (limit ${limit}x: ok)` : `  (limit ${limit}x: OVER)`;
  console.log(`${label.padEnd(44)} ${target.toFixed(1).padStart(8)} ms  ${ratio.toFixed(2).padStart(5)}x  ${floorLabel} ${floor.toFixed(1)} ms${verdict}`);
};

console.log(`cs-policy bench on Node ${process.version}, ${RUNS} runs per figure (medians; start-up ratios are medians of back-to-back pairs)`);

// 5. Business time, in process: what `audit` asks a million times a run.
async function businessTime() {
  const engine = await import(await bundleFor('src/core/business-time.ts', 'business-time.mjs'));
  const calendar = {
    id: 'office', timezone: 'Europe/London', hours: ['09:00-12:30', '13:30-17:30'],
    holidays: [{ date: '2027-04-02', until: '2027-04-05' }, { date: '2027-05-03' }, { date: '2027-12-24', until: '2027-12-28' }],
    seasons: [{ from: '2027-07-26', to: '2027-08-27', hours: '10:00-16:00' }],
  };
  const N = 1_000_000;
  // Records opened over a year, waiting from minutes to a few weeks, from a fixed seed.
  let seed = 20_261_201;
  const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648);
  const starts = new Float64Array(N);
  const ends = new Float64Array(N);
  const stamps = [];
  const year = Date.parse('2027-01-01T00:00:00Z');
  for (let i = 0; i < N; i++) {
    starts[i] = year + Math.floor(random() * 365 * 86_400) * 1000;
    ends[i] = starts[i] + Math.floor(60 * Math.exp(random() * Math.log(21 * 1440))) * 60_000;
    stamps.push(new Date(starts[i]).toISOString());
  }
  let sink = 0;
  const floor = () => {
    for (let i = 0; i < N; i++) sink += Date.parse(stamps[i]);
  };
  const fastest = (run, samples = 7) => {
    const times = [];
    for (let r = 0; r < samples; r++) {
      const start = process.hrtime.bigint();
      run();
      times.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
    return Math.min(...times);
  };
  const compile = () => {
    const result = engine.compileCalendar(calendar);
    if (!result.ok) throw new Error(`bench calendar is invalid: ${JSON.stringify(result.problems)}`);
    return result.calendar;
  };
  const elapsed = (cal, clock) => () => {
    for (let i = 0; i < N; i++) sink += engine.elapsedSeconds(cal, clock, starts[i], ends[i]);
  };
  const floorMs = fastest(floor);
  // A fresh calendar each sample: the first call on each day builds its table, as in one audit run.
  line('1,000,000 business-time spans, first run', { target: fastest(() => elapsed(compile(), 'business')()), floor: floorMs }, '1,000,000 Date.parse', 1);
  const warm = compile();
  elapsed(warm, 'business')();
  line('1,000,000 business-time spans, tables built', { target: fastest(elapsed(warm, 'business')), floor: floorMs }, '1,000,000 Date.parse');
  line('1,000,000 working-days spans, tables built', { target: fastest(elapsed(warm, 'working-days')), floor: floorMs }, '1,000,000 Date.parse');
  const eightHours = () => {
    for (let i = 0; i < N; i++) sink += engine.deadline(warm, 'business', starts[i], 8 * 3600);
  };
  line('1,000,000 business-time deadlines (8 h)', { target: fastest(eightHours), floor: floorMs }, '1,000,000 Date.parse');
  if (Number.isNaN(sink)) throw new Error('a business-time figure was NaN');
}

if (process.argv.includes('--business-time-only')) {
  await businessTime();
  process.exit(0);
}

// 1. Start-up.
{
  line('validate one policy', compare([node, bin, 'validate', example], [node, '-e', '0']), 'node -e 0', 1.5);
  line('cs-policy --version', compare([node, bin, '--version'], [node, '-e', '0']), 'node -e 0');
  // export plans without the network; its start-up should stay with validate's.
  line('export zendesk one policy (the plan)', compare([node, bin, 'export', 'zendesk', example, '--today', '2026-06-01'], [node, bin, 'validate', example]), 'validate', 1.3);

  // The first run after an install or a Node upgrade compiles everything and writes the code cache.
  const copy = join(work, 'installed');
  for (const file of ['package.json', 'bin/cs-policy.cjs', 'dist/cli.cjs', 'dist/launch.cjs']) cpSync(join(root, file), join(copy, file));
  const dropCache = () => readdirSync(join(copy, 'dist')).filter((name) => name.endsWith('.v8cache')).forEach((name) => rmSync(join(copy, 'dist', name)));
  const first = compare([node, join(copy, 'bin', 'cs-policy.cjs'), 'validate', example], [node, '-e', '0'], RUNS, { beforeTarget: dropCache });
  line('validate one policy, first run (no cache)', first, 'node -e 0');

  // NODE_EXTRA_CA_CERTS makes Node 20 read certificates before any script runs, which inflates the
  // floor; the same figure without it shows the ratio on a machine without that setting.
  if (process.env.NODE_EXTRA_CA_CERTS) {
    const env = { ...process.env };
    delete env.NODE_EXTRA_CA_CERTS;
    line('validate one policy, no NODE_EXTRA_CA_CERTS', compare([node, bin, 'validate', example], [node, '-e', '0'], RUNS, { env }), 'node -e 0');
  }
}

if (process.argv.includes('--startup-only')) process.exit(0);

// 2. Bulk: 1,000 policies, each a little different so no work is shared by accident.
const bulk = join(work, 'bulk');
{
  // Dates quoted: ajv-cli reads YAML with js-yaml, which would turn them into Date objects.
  const base = readFileSync(example, 'utf8').replace(/(:\s*)(\d{4}-\d{2}-\d{2})\b/g, "$1'$2'");
  spawnSync('mkdir', ['-p', bulk]);
  for (let i = 0; i < 1000; i++) writeFileSync(join(bulk, `policy-${String(i).padStart(4, '0')}.yaml`), base.replace('id: council-customer-service', `id: council-${i}`));
  const floorScript = join(work, 'floor.mjs');
  writeFileSync(floorScript, `
    import { readdirSync, readFileSync } from 'node:fs';
    import { join } from 'node:path';
    import { parseDocument, LineCounter } from ${JSON.stringify(pathToFileURL(join(root, 'node_modules/yaml/dist/index.js')).href)};
    import { validatePolicy } from ${JSON.stringify(floorValidator)};
    let invalid = 0;
    for (const name of readdirSync(process.argv[2]).sort()) {
      const doc = parseDocument(readFileSync(join(process.argv[2], name), 'utf8'), { lineCounter: new LineCounter() });
      if (!validatePolicy(doc.toJS())) invalid++;
    }
    if (invalid) process.exitCode = 1;
  `);
  const runs = Math.max(3, Math.floor(RUNS / 4));
  const ours = [node, bin, 'validate', bulk, '--format', 'json'];
  const ajvCli = [node, join(root, 'node_modules', 'ajv-cli', 'dist', 'index.js'), 'validate', '--spec=draft2020', '--strict=false', '--all-errors', '-c', 'ajv-formats', '-s', join(root, 'schema', 'policy.schema.json'), '-d', `${bulk}/*.yaml`];
  line('validate 1,000 policies', compare(ours, [node, floorScript, bulk], runs), 'yaml + compiled schema', 1.5);
  line('ajv-cli on the same 1,000 files', compare(ajvCli, [node, floorScript, bulk], runs), 'yaml + compiled schema');
  // Head to head, in pairs, since the machine's drift between runs is larger than the difference.
  line('cs-policy against ajv-cli (below 1: faster)', compare(ours, ajvCli, runs), 'ajv-cli', 1);

  // 4. Peak memory of the bulk run, as the process itself reports it.
  const probe = join(work, 'rss.mjs');
  writeFileSync(probe, `
    process.on('exit', () => process.stderr.write('maxrss=' + process.resourceUsage().maxRSS + '\\n'));
    const { launch } = (await import('node:module')).createRequire(import.meta.url)(${JSON.stringify(join(root, 'dist', 'launch.cjs'))});
    await launch(${JSON.stringify(join(root, 'dist'))}, process.argv.slice(2));
  `);
  const result = spawnSync(node, [probe, 'validate', bulk, '--format', 'json'], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const kib = Number(/maxrss=(\d+)/.exec(result.stderr)?.[1]);
  console.log(`${'peak memory, 1,000 policies'.padEnd(44)} ${(kib / 1024).toFixed(1).padStart(8)} MiB  (limit 150 MiB: ${kib / 1024 <= 150 ? 'ok' : 'OVER'})`);
}

// 3. Growth: every list ten times longer must cost at most twelve times as much.
{
  const { lintText } = await import(core);
  const policy = parse(readFileSync(example, 'utf8'));
  const grow = (factor) => {
    const copy = structuredClone(policy);
    const times = (list, make) => Array.from({ length: factor }, (_, n) => list.map((item) => make(item, n))).flat();
    const suffix = (id, n) => (n === 0 ? id : `${id}-x${n}`);
    copy.roles = times(policy.roles, (r, n) => ({ ...r, id: suffix(r.id, n) }));
    copy.channels = times(policy.channels, (c, n) => ({ ...c, id: suffix(c.id, n) }));
    copy.goals = times(policy.goals, (g, n) => ({ ...g, id: suffix(g.id, n), kpis: g.kpis.map((k) => ({ ...k, id: suffix(k.id, n) })) }));
    copy.comparison.benchmarks = times(policy.comparison.benchmarks, (b, n) => ({ ...b, kpi: suffix(b.kpi, n) }));
    copy.mission.links = times(policy.mission.links, (l, n) => ({ ...l, goal: suffix(l.goal, n) }));
    copy.actions = times(policy.actions, (a, n) => ({ ...a, id: suffix(a.id, n), goal: suffix(a.goal, n), owner: suffix(a.owner, n), channels: a.channels.map((c) => suffix(c, n)) }));
    copy.standards = times(policy.standards, (s, n) => ({ ...s, id: suffix(s.id, n), action: suffix(s.action, n), ...(s.channel ? { channel: suffix(s.channel, n) } : {}) }));
    copy.escalation.levels = Array.from({ length: policy.escalation.levels.length * factor }, (_, i) => ({
      level: i + 1, owner: copy.roles[i % copy.roles.length].id, after: `${i * 10}m`, ...(i === policy.escalation.levels.length * factor - 1 ? { final: true } : {}),
    }));
    copy.rollout.audiences = copy.roles.map((r) => r.id);
    copy.pilot.roles = copy.roles.slice(0, 2).map((r) => r.id);
    return stringify(copy);
  };
  const small = grow(1);
  const large = grow(10);
  const options = { lang: 'en', today: '2026-06-01' };
  const check = (text) => {
    const findings = lintText(text, 'p.yaml', options);
    if (findings.some((f) => f.severity === 'error')) throw new Error(`bench policy is invalid: ${findings[0].message}`);
  };
  // The fastest of many samples: in process, what varies between samples is the machine, not us.
  const time = (text, iterations) => {
    for (let i = 0; i < 5; i++) check(text);
    const samples = [];
    for (let r = 0; r < 15; r++) {
      const start = process.hrtime.bigint();
      for (let i = 0; i < iterations; i++) check(text);
      samples.push(Number(process.hrtime.bigint() - start) / 1e6 / iterations);
    }
    return Math.min(...samples);
  };
  const base = time(small, 40);
  const grown = time(large, 4);
  line('every list ten times longer', { target: grown, floor: base }, 'the example policy', 12);
}

await businessTime();
