/**
 * import reads the formats the helpdesks write, and always writes a skeleton that validates or
 * names what it could not carry over.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPolicyBytes } from '../src/core/lint.js';
import { policySkeleton } from '../src/import/skeleton.js';
import { policyToYaml } from '../src/init/policy-yaml.js';
import { TARGETS } from '../src/helpdesks/index.js';
import { fc, PROPERTY_OPTIONS } from './helpers/fast-check.js';
import { ROOT, runCli, tempProject } from './helpers/run-cli.js';

const freshdeskHours = (day: Record<string, string>) => [{ id: 1, name: 'Hours', time_zone: 'London', is_24_hour: false, business_hours: { monday: day } }];

describe('Freshdesk business hours as Freshdesk writes them', () => {
  it.each([
    ['8:00 am', '5:00 pm', '08:00-17:00'],
    ['08:00:00 am', '05:00:00 pm', '08:00-17:00'],
    ['08:00:00 am', '11:59:59 pm', '08:00-24:00'],
    ['12:00:00 am', '12:00:00 pm', '00:00-12:00'],
    ['09:30:00 AM', '06:15:00 PM', '09:30-18:15'],
  ])('%s to %s is %s', (start, end, hours) => {
    const { policy } = TARGETS.freshdesk.import([{ file: 'hours.json', json: freshdeskHours({ start_time: start, end_time: end }) }]);
    expect(policy.calendars![0]).toMatchObject({ days: ['mon'], hours });
  });

  it('the fixture in that format comes back as a whole week, and the skeleton validates', () => {
    const dir = tempProject();
    const fixture = (name: string) => join(ROOT, 'test', 'fixtures', 'vendor', name);
    const run = runCli(['import', 'freshdesk', fixture('freshdesk-business-hours-seconds.answer.json'), fixture('freshdesk-sla-policies.answer.json'), '-o', 'policy.yaml'], { cwd: dir });
    expect(run.status).toBe(0);
    expect(run.stderr).not.toContain('still needs');
    const written = readFileSync(join(dir, 'policy.yaml'), 'utf8');
    expect(written).toContain('mon: 08:00-24:00');
    expect(written).toContain('tue: 08:00-17:00');
    expect(written).toContain('wed: 00:00-12:00');
    expect(runCli(['validate', 'policy.yaml'], { cwd: dir }).status).toBe(0);
  });
});

describe('import writes a skeleton that validates, or names what it left out', () => {
  const skeletonErrors = (imported: ReturnType<typeof TARGETS.zendesk.import>) => {
    const text = policyToYaml(policySkeleton(imported.policy, 'Zendesk', 'en', '2026-06-01'), 'en', 'schema/policy.schema.json');
    return checkPolicyBytes(new TextEncoder().encode(text), 'policy.yaml', { lang: 'en', today: '2026-06-01' }).findings.filter((finding) => finding.severity === 'error');
  };

  it('a priority named <b> is left out with a warning, and the rest validates', () => {
    const imported = TARGETS.zendesk.import([{ file: 'slas.json', json: { sla_policies: [{ title: 'X', filter: { all: [{ field: 'via_id', operator: 'is', value: '4' }], any: [] }, policy_metrics: [
      { priority: '<b>', metric: 'first_reply_time', target: 60, business_hours: false },
      { priority: 'low', metric: 'first_reply_time', target: 90, business_hours: false },
    ] }] } }]);
    expect(imported.warnings).toContainEqual(expect.objectContaining({ id: 'warn.importUnreadable' }));
    expect(skeletonErrors(imported)).toEqual([]);
  });

  it('any schedule of up to 1,000 intervals, overlapping or not, and any priorities', () => {
    const interval = fc.record({ start_time: fc.integer({ min: -100, max: 10_200 }), end_time: fc.integer({ min: -100, max: 10_200 }) });
    const priority = fc.oneof(fc.constantFrom('urgent', 'high', 'normal', 'low'), fc.string({ maxLength: 8 }));
    fc.assert(fc.property(fc.array(interval, { maxLength: 1000 }), fc.array(priority, { minLength: 1, maxLength: 4 }), fc.string({ maxLength: 80 }), (intervals, priorities, name) => {
      const imported = TARGETS.zendesk.import([
        { file: 's.json', json: { schedules: [{ id: 1, name: name || 'x', time_zone: 'London', intervals }] } },
        { file: 'p.json', json: { sla_policies: [{ title: 'P', filter: { all: [], any: [] }, policy_metrics: [...priorities.map((item) => ({ priority: item, metric: 'first_reply_time', target: 60, business_hours: true })), { priority: 'low', metric: 'total_resolution_time', target: 600, business_hours: false }] }] } },
      ]);
      expect(skeletonErrors(imported)).toEqual([]);
    }), { ...PROPERTY_OPTIONS, numRuns: Math.min(PROPERTY_OPTIONS.numRuns ?? 100, 150) });
  }, 120_000);
});
