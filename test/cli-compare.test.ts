import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT, runCli, tempProject } from './helpers/run-cli.js';

const EXAMPLES = readdirSync(join(ROOT, 'policies')).filter((name) => name.endsWith('.yaml'));
const COUNCIL = join(ROOT, 'policies/council-customer-service.en.yaml');

describe('cs-policy compare', () => {
  it.each(EXAMPLES)('compares every KPI of %s with its benchmarks, in the KPI direction', (example) => {
    const file = join(ROOT, 'policies', example);
    const run = runCli(['compare', file, '-f', 'json', '--today', '2026-06-01']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.format).toBe('cs-policy/compare');
    // A second reading, straight from the policy file: every KPI once, every benchmark under its KPI.
    const policy = parse(readFileSync(file, 'utf8'));
    const kpis = policy.goals.flatMap((g: { kpis?: unknown[] }) => g.kpis ?? []);
    const listed = report.goals.flatMap((g: { kpis: unknown[] }) => g.kpis);
    expect(listed.map((k: { kpi: string }) => k.kpi)).toEqual(kpis.map((k: { id: string }) => k.id));
    for (const item of listed) {
      const kpi = kpis.find((k: { id: string }) => k.id === item.kpi);
      const benchmarks = policy.comparison.benchmarks.filter((b: { kpi: string }) => b.kpi === item.kpi);
      expect(item.benchmarks.map((b: { value: number }) => b.value)).toEqual(benchmarks.map((b: { value: number }) => b.value));
      for (const b of item.benchmarks) {
        const better = kpi.direction === 'at-least' ? kpi.target - b.value : b.value - kpi.target;
        // A stated level within 5 points (validate's definition) is level; otherwise the gap's sign.
        const stated = benchmarks.find((x: { value: number }) => x.value === b.value)?.position;
        const tolerance = kpi.unit === '%' ? 5 : Math.abs(b.value) * 0.05;
        expect(b.position).toBe(stated === 'level' && Math.abs(better) <= tolerance ? 'level' : better > 0 ? 'ahead' : better < 0 ? 'behind' : 'level');
        expect(b.old).toBe(Date.parse('2026-06-01') - Date.parse(b.date) > 730 * 86_400_000);
      }
    }
  });

  it('prints the council example for people', () => {
    const run = runCli(['compare', COUNCIL, '--today', '2026-06-01']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('  behind  first-contact-resolution: Enquiries resolved at first contact; our target at least 75%\n');
    expect(run.stdout).toContain('(2 years old, older than 2 years)');
    // Level as validate accepts it: 85% against 81% stated level is level, not "ahead (the policy says level)".
    expect(run.stdout).toContain('    level   +4%  industry  Local government resident survey  81%  National resident satisfaction survey, 1 October 2025 (7 months old)\n');
    expect(run.stdout).toContain('  Behind: first-contact-resolution, complaints-in-time\n');
  });

  it('takes the age limit and the tolerance from options', () => {
    const run = runCli(['compare', COUNCIL, '--today', '2026-06-01', '--max-age', '6mo', '--tolerance', '4', '-f', 'json']);
    const report = JSON.parse(run.stdout);
    expect(report.old).toBe(5);
    expect(report.counts).toEqual({ ahead: 1, level: 3, behind: 1, none: 0 });
  });

  it('names the KPIs with no benchmark at all, in Arabic', () => {
    const source = readFileSync(join(ROOT, 'policies/telecom-complaints.ar.yaml'), 'utf8').replace(/^ {4}- \{ kpi: post-complaint-csat.*\n/m, '');
    const dir = tempProject({ 'p.yaml': source });
    const run = runCli(['compare', 'p.yaml', '--today', '2026-06-01', '--lang', 'ar'], { cwd: dir });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('بلا أي معيار مقارنة: \u2068post-complaint-csat\u2069');
    const page = runCli(['compare', 'p.yaml', '--today', '2026-06-01', '--lang', 'ar', '-f', 'html', '-o', 'out.html'], { cwd: dir });
    expect(page.status).toBe(0);
    const html = readFileSync(join(dir, 'out.html'), 'utf8');
    expect(html).toContain('<html lang="ar" dir="rtl">');
    expect(html.match(/<svg /g)).toHaveLength(3);
  });

  it.each([
    [['--max-age', 'soon'], '--max-age "soon": write a duration'],
    [['--tolerance', '-1'], '--tolerance "-1": write a number'],
    [['-f', 'pdf'], '"pdf" is not one of stylish, json, md, html'],
  ])('exits 2 on %j', (args, message) => {
    const run = runCli(['compare', COUNCIL, ...args]);
    expect(run.stderr).toContain(message);
    expect(run.status).toBe(2);
  });

  it('refuses a policy with errors, and a missing file, with exit 2', () => {
    const dir = tempProject({ 'p.yaml': readFileSync(COUNCIL, 'utf8').replace('kpi: abandoned-calls, kind: competitor', 'kpi: abandoned-cals, kind: competitor') });
    const run = runCli(['compare', 'p.yaml'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('no KPI has the id "abandoned-cals"');
    expect(run.stderr).toContain('"p.yaml" has errors (listed above)');
    const missing = runCli(['compare', 'nothing.yaml'], { cwd: dir });
    expect(missing.stderr).toContain('cannot read "nothing.yaml": no such file or directory');
    expect(missing.status).toBe(2);
  });
});

describe('the README on compare', () => {
  it('shows the sample report the example really gives', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const block = /```text\n\$ npx cs-policy compare ([^\n]*)\n([\s\S]*?)```/.exec(readme);
    expect(block).not.toBeNull();
    const run = runCli(['compare', ...block![1]!.trim().split(/\s+/)]);
    expect(run.stdout).toBe(block![2]);
    expect(run.status).toBe(0);
  });
});
