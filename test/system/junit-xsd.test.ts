import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hostilePolicyText } from '../helpers/hostile.js';
import { policyText } from '../helpers/policy-text.js';
import { ROOT, runCli, tempProject } from '../helpers/run-cli.js';

/** Written for cs-policy to the shape Jenkins' junit-10.xsd and Ant's schema read; see the file's comment. */
const XSD = join(ROOT, 'test', 'fixtures', 'schemas', 'junit.xsd');

/** xmllint from Debian's libxml2-utils: the report must be well-formed XML and valid against the schema. */
function xmllint(file: string): { status: number | null; stderr: string } {
  const run = spawnSync('xmllint', ['--noout', '--schema', XSD, file], { encoding: 'utf8' });
  return { status: run.status, stderr: run.stderr };
}

describe('JUnit reports under xmllint', () => {
  const dir = tempProject({
    'broken.yaml': policyText().replace('organisation:', 'organization:').replace('title: Mini policy', 'title: [Mini'),
    'many.yaml': 'cs-policy: 1\nid: x\ngoals: [{ id: A, title: 3 }, { id: b }]\n',
    'overdue.yaml': policyText({ review: 'review:\n  cadence: 1y\n  next: 2026-05-01\n' }),
    'hostile.yaml': hostilePolicyText,
    'control.yaml': 'key: \u0001 value\n',
    'clean.yaml': policyText(),
  });

  it.each([
    ['the example policies', [join(ROOT, 'policies')], []],
    ['broken, hostile and clean files', ['.'], []],
    ['findings below the threshold', ['overdue.yaml'], []],
    ['findings at the threshold', ['overdue.yaml'], ['--fail-on', 'warning']],
    ['Arabic messages', ['.'], ['--lang', 'ar']],
  ])('%s give a report the schema accepts', (_name, inputs, flags) => {
    const run = runCli(['validate', ...inputs, '--today', '2026-06-01', '-f', 'junit', ...flags], { cwd: dir });
    expect(run.stderr).toBe('');
    const file = join(dir, `report-${Math.random().toString(36).slice(2)}.xml`);
    writeFileSync(file, run.stdout);
    expect(xmllint(file)).toEqual({ status: 0, stderr: `${file} validates\n` });
  });

  it('rejects a report whose case names repeat, so the schema is no rubber stamp', () => {
    const run = runCli(['validate', 'clean.yaml', '-f', 'junit'], { cwd: dir });
    const repeated = run.stdout.replace(/(\s*<testcase [^\n]*\/>)/, '$1$1');
    const file = join(dir, 'repeated.xml');
    writeFileSync(file, repeated);
    const lint = xmllint(file);
    expect(lint.status).not.toBe(0);
    expect(lint.stderr).toContain('caseNamesAreUnique');
  });
});
