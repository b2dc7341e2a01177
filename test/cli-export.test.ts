import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PLAN_FORMATS } from '../src/commands/export.command.js';
import { TARGET_NAMES } from '../src/helpdesks/index.js';
import { ROOT, runCli, tempProject } from './helpers/run-cli.js';

const COUNCIL = 'policies/council-customer-service.en.yaml';
const EXAMPLES = readdirSync(join(ROOT, 'policies')).filter((name) => name.endsWith('.yaml')).map((name) => `policies/${name}`);
const vendorFixture = (name: string) => join(ROOT, 'test', 'fixtures', 'vendor', name);

describe('cs-policy export', () => {
  it.each(TARGET_NAMES.flatMap((target) => EXAMPLES.map((file) => [target, file] as const)))('%s: %s exports without error, listing its warnings', (target, file) => {
    const run = runCli(['export', target, file, '--format', 'json', '--today', '2026-06-01']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const plan = JSON.parse(run.stdout) as { format: string; version: number; target: string; requests: { method: string; path: string; body: unknown }[]; warnings: { id: string; message: string }[] };
    expect(plan).toMatchObject({ format: 'cs-policy/export', version: 1, target });
    expect(plan.requests.length).toBeGreaterThan(0);
    for (const request of plan.requests) expect(Object.keys(request)).toEqual(['method', 'path', 'body']);
    expect(plan.warnings.every((warning) => warning.message.length > 0)).toBe(true);
  });

  it('the README lists how many requests and warnings each example gives', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    for (const file of EXAMPLES) {
      const row = new RegExp(`^\\| \`${file.replace('policies/', '').replace(/\./g, '\\.')}\` \\| (.*)$`, 'm').exec(readme);
      expect(row, file).not.toBeNull();
      const cells = row![1]!.split(' | ');
      TARGET_NAMES.forEach((target, i) => {
        const plan = JSON.parse(runCli(['export', target, file, '-f', 'json', '--today', '2026-06-01']).stdout) as { requests: unknown[]; warnings: unknown[] };
        expect(cells[i], `${file} ${target}`).toMatch(new RegExp(`^${plan.requests.length} requests?, ${plan.warnings.length} warnings: `));
      });
    }
  });

  it('prints the plan for people by default, with placeholders for ids made earlier', () => {
    const run = runCli(['export', 'zendesk', COUNCIL, '--today', '2026-06-01']);
    expect(run.status).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('Zendesk plan for council-customer-service: 18 requests');
    expect(lines).toContain('16. POST /api/v2/triggers');
    expect(lines).toContain(' 1. POST /api/v2/business_hours/schedules  → {schedule:office-hours}');
    expect(lines).toContain(' 2. PUT /api/v2/business_hours/schedules/{schedule:office-hours}/workweek');
    expect(lines).toContain('    {"workweek":{"intervals":[{"start_time":1980,"end_time":2460},{"start_time":3420,"end_time":3900},{"start_time":4860,"end_time":5340},{"start_time":6300,"end_time":6780},{"start_time":7740,"end_time":8190}]}}');
    expect(run.stdout).toContain('Warnings: what Zendesk cannot hold\n  - standard phone-answer: Zendesk cannot hold the attainment share 80%; it counts every breach alike\n');
  });

  it('speaks Arabic with --lang ar', () => {
    const run = runCli(['export', 'freshdesk', 'policies/telecom-complaints.ar.yaml', '--lang', 'ar', '--today', '2026-06-01']);
    expect(run.status).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe('خطة \u2068Freshdesk\u2069 للسياسة \u2068telecom-complaints\u2069: طلبان');
    expect(run.stdout).toContain('تنبيهات: ما لا يستطيع \u2068Freshdesk\u2069 حفظه');
  });

  it('-o writes the plan and one file per request body, in order', () => {
    const dir = tempProject();
    const run = runCli(['export', 'zendesk', join(ROOT, COUNCIL), '-o', 'plan', '--today', '2026-06-01'], { cwd: dir });
    expect(run.status).toBe(0);
    const files = readdirSync(join(dir, 'plan')).sort();
    expect(files[0]).toBe('01-post-schedule-council-customer-service-office-hours.json');
    expect(files).toContain('02-put-workweek-council-customer-service-office-hours.json');
    expect(files).toContain('plan.json');
    expect(files).toContain('16-post-trigger-council-customer-service-email-schedule.json');
    expect(files).toHaveLength(19);
    const plan = JSON.parse(readFileSync(join(dir, 'plan', 'plan.json'), 'utf8')) as { requests: { body: unknown }[] };
    expect(JSON.parse(readFileSync(join(dir, 'plan', files[0]!), 'utf8'))).toEqual(plan.requests[0]!.body);
  });

  it('--map names the ids; a wrong map is a usage error naming the key', () => {
    const dir = tempProject({
      'map.yaml': 'priorities: {}\nroles:\n  complaints-officer: { agents: [101] }\n  service-manager: { agents: [102] }\n  chief-executive: { agents: [103] }\n',
      'bad.yaml': 'roles:\n  complaints-officer: { agent: 101 }\n',
    });
    const good = runCli(['export', 'freshdesk', join(ROOT, COUNCIL), '--map', 'map.yaml', '--format', 'json', '--today', '2026-06-01'], { cwd: dir });
    expect(good.status).toBe(0);
    expect(good.stdout).toContain('"level_1"');
    const bad = runCli(['export', 'freshdesk', join(ROOT, COUNCIL), '--map', 'bad.yaml'], { cwd: dir });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe('bad.yaml: roles.complaints-officer.agent: expected agents, group\n');
  });

  it('refuses a policy with errors, and an unknown helpdesk', () => {
    const dir = tempProject({ 'broken.yaml': 'cs-policy: 1\nid: x\n' });
    const broken = runCli(['export', 'zendesk', 'broken.yaml'], { cwd: dir });
    expect(broken.status).toBe(2);
    expect(broken.stderr).toContain('cannot export "broken.yaml": fix the errors above first');
    const unknown = runCli(['export', 'servicenow', COUNCIL]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('target: "servicenow" is not one of zendesk, freshdesk');
  });

  it('the README\'s example plan is what the command prints, where it is not shortened', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const example = /```text\n\$ cs-policy (export zendesk policies\/council-customer-service\.en\.yaml)\n([\s\S]*?)```/.exec(readme);
    expect(example).not.toBeNull();
    const run = runCli([...example![1]!.split(' '), '--today', '2026-06-01']);
    const printed = run.stdout.split('\n');
    const shown = example![2]!.split('\n').filter((line) => line.trim() !== '' && !line.includes('…'));
    expect(shown.length).toBeGreaterThan(8);
    for (const line of shown) expect(printed).toContain(line);
  });

  it('--format offers exactly the registry', () => {
    const help = runCli(['export', '--help']);
    for (const name of PLAN_FORMATS.names) expect(help.stdout).toContain(`"${name}"`);
    for (const name of TARGET_NAMES) expect(help.stdout).toContain(name);
  });
});

describe('cs-policy import', () => {
  it('turns the vendors\' own examples into a skeleton that validates', () => {
    const dir = tempProject();
    const zendesk = runCli(['import', 'zendesk', vendorFixture('zendesk-schedules.answer.json'), vendorFixture('zendesk-holidays.answer.json'), vendorFixture('zendesk-sla-policies.answer.json'), '-o', 'zendesk.yaml'], { cwd: dir });
    expect(zendesk.status).toBe(0);
    expect(zendesk.stdout).toContain('Wrote zendesk.yaml');
    const text = readFileSync(join(dir, 'zendesk.yaml'), 'utf8');
    expect(text).toContain('timezone: America/Los_Angeles');
    expect(text).toContain('TODO (cs-policy import)');
    expect(runCli(['validate', 'zendesk.yaml'], { cwd: dir }).status).toBe(0);

    const freshdesk = runCli(['import', 'freshdesk', vendorFixture('freshdesk-business-hours.answer.json'), vendorFixture('freshdesk-sla-policies.answer.json'), '-o', 'freshdesk.yaml'], { cwd: dir });
    expect(freshdesk.status).toBe(0);
    expect(freshdesk.stderr).toContain('its conditions company_ids, group_ids, ticket_types, product_ids have no place in a policy');
    expect(runCli(['validate', 'freshdesk.yaml'], { cwd: dir }).status).toBe(0);
    const imported = readFileSync(join(dir, 'freshdesk.yaml'), 'utf8');
    expect(imported).toContain('hours: 08:00-17:00');
    expect(imported).toMatch(/priority: urgent\n\s+target: 15m/);
  });

  it('never overwrites a file without --force, and reads no broken JSON', () => {
    const dir = tempProject({ 'policy.yaml': 'mine\n', 'broken.json': '{ "schedules": [' });
    const refused = runCli(['import', 'zendesk', vendorFixture('zendesk-schedules.answer.json')], { cwd: dir });
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('"policy.yaml" exists');
    expect(readFileSync(join(dir, 'policy.yaml'), 'utf8')).toBe('mine\n');
    const forced = runCli(['import', 'zendesk', vendorFixture('zendesk-schedules.answer.json'), '--force'], { cwd: dir });
    expect(forced.status).toBe(0);
    const broken = runCli(['import', 'zendesk', 'broken.json', '-o', 'other.yaml'], { cwd: dir });
    expect(broken.status).toBe(2);
    expect(broken.stderr).toContain('cannot read "broken.json" as JSON');
    expect(existsSync(join(dir, 'other.yaml'))).toBe(false);
    writeFileSync(join(dir, 'empty.json'), '{}');
    const empty = runCli(['import', 'freshdesk', 'empty.json', '-o', 'other.yaml'], { cwd: dir });
    expect(empty.status).toBe(2);
    expect(empty.stderr).toContain('found no schedules, business hours or SLA policies');
  });
});
