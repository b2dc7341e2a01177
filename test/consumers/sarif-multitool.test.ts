import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { policyText } from '../helpers/policy-text.js';
import { runCli, tempProject } from '../helpers/run-cli.js';

/**
 * The SARIF Multitool (npm @microsoft/sarif-multitool, a self-contained binary for this platform)
 * checks a log against the SARIF specification's rules and GitHub's ingestion rules, as code
 * scanning reads it.
 */
const MULTITOOL: string = createRequire(import.meta.url)('@microsoft/sarif-multitool');

interface Notice { ruleId: string; level: string; file: string; message: string }

/** Runs `Sarif.Multitool validate` with the Sarif and GitHub rule kinds and returns what it found. */
function multitool(dir: string, files: string[]): Notice[] {
  const out = join(dir, 'multitool.sarif');
  // Run directly, not through the package's bin.js: that goes through a shell, where ";" ends the command.
  const run = spawnSync(MULTITOOL, ['validate', ...files, '--rule-kind', 'Sarif;Gh', '--output', out, '--log', 'ForceOverwrite'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1' },
    timeout: 60_000,
  });
  expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
  const log = JSON.parse(readFileSync(out, 'utf8'));
  expect(log.runs[0].invocations[0].executionSuccessful).toBe(true);
  return (log.runs[0].results as { ruleId: string; level?: string; message: { text?: string; arguments?: string[] }; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[]).map((r) => ({
    ruleId: r.ruleId,
    // SARIF's default level is warning.
    level: r.level ?? 'warning',
    file: r.locations[0]!.physicalLocation.artifactLocation.uri.split('/').at(-1)!,
    message: r.message.text ?? (r.message.arguments ?? []).join(' '),
  }));
}

describe('SARIF Multitool', () => {
  it('finds no error or warning in a report with findings, overrides and files in subfolders', () => {
    const dir = tempProject({
      '.cs-policy.yaml': 'rules:\n  kpi-benchmark: "off"\n  review-overdue: error\n',
      'policies/broken.yaml': policyText().replace('organisation:', 'organization:'),
      'policies/overdue.yaml': policyText({ review: 'review:\n  cadence: 1y\n  next: 2026-05-01\n' }),
      'policies/clean.yaml': policyText(),
    });
    mkdirSync(join(dir, '.git'));
    mkdirSync(join(dir, 'docs'));
    const run = runCli(['validate', '../policies', '--today', '2026-06-01', '-f', 'sarif', '-o', '../report.sarif'], { cwd: join(dir, 'docs') });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    const report = JSON.parse(readFileSync(join(dir, 'report.sarif'), 'utf8'));
    expect(report.runs[0].results.map((r: { ruleId: string }) => r.ruleId)).toEqual(['schema', 'review-overdue']);
    expect(report.runs[0].results[0].locations[0].physicalLocation.artifactLocation).toEqual({ uri: 'policies/broken.yaml', uriBaseId: '%SRCROOT%' });

    // A control the Multitool must fault, so that a silent tool cannot pass the test: a rule named as its id.
    report.runs[0].tool.driver.rules[0].name = report.runs[0].tool.driver.rules[0].id;
    writeFileSync(join(dir, 'control.sarif'), JSON.stringify(report));

    const notices = multitool(dir, ['report.sarif', 'control.sarif']).filter((n) => n.level === 'error' || n.level === 'warning');
    expect(notices.filter((n) => n.file === 'report.sarif')).toEqual([]);
    expect(notices.filter((n) => n.file === 'control.sarif').map((n) => n.ruleId)).toEqual(['SARIF1001']);
  });
});
