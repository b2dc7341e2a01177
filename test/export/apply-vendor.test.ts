/**
 * --apply against the local stand-ins, which enforce what the vendors document (the two-year
 * holiday window, string filter values, Zendesk's OpenAPI components, pagination) and answer in
 * the vendors' shapes (their own key order): a second apply sends nothing.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import type { Policy } from '../../src/core/policy.js';
import { startFakeHelpdesk, validateZendeskOpenApi, zendeskIntervalRules, zendeskSlaMetricRules, type FakeHelpdesk, type Vendor } from '../helpers/fake-helpdesk.js';
import { BIN, ROOT, tempProject, runCliAsync } from '../helpers/run-cli.js';


const basic = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
const CREDENTIALS: Record<Vendor, { env: Record<string, string>; auth: string }> = {
  zendesk: { env: { ZENDESK_SUBDOMAIN: 'example', ZENDESK_EMAIL: 'admin@example.org', ZENDESK_API_TOKEN: 'secret-token' }, auth: basic('admin@example.org/token', 'secret-token') },
  freshdesk: { env: { FRESHDESK_DOMAIN: 'example', FRESHDESK_API_KEY: 'secret-key' }, auth: basic('secret-key', 'X') },
};

let fake: FakeHelpdesk | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const apply = (vendor: Vendor, policy: string, today: string) =>
  runCliAsync(['export', vendor, `policies/${policy}`, '--apply', '--yes', '--today', today, '--base-url', fake!.url], CREDENTIALS[vendor].env);
const writes = (from = 0) => fake!.log.slice(from).filter((entry) => entry.method !== 'GET');

describe('the Zendesk stand-in holds Zendesk\'s rules', () => {
  it('refuses a filter value that is a number, as the OpenAPI description does', () => {
    const sla = { title: 'x', filter: { all: [{ field: 'via_id', operator: 'is', value: 4 }], any: [] } };
    expect(validateZendeskOpenApi('SLAPolicyObject', sla).length).toBeGreaterThan(0);
    expect(validateZendeskOpenApi('SLAPolicyObject', { ...sla, filter: { all: [{ field: 'via_id', operator: 'is', value: '4' }], any: [] } })).toEqual([]);
  });

  it('takes the SLA Policies reference\'s own example metrics, and refuses what the reference and Help Center rule out', () => {
    const metric = { priority: 'low', metric: 'first_reply_time', target: 60, business_hours: false };
    expect(zendeskSlaMetricRules({ policy_metrics: [metric, { ...metric, metric: 'requester_wait_time', priority: 'urgent', target: 120 }] })).toEqual([]);
    expect(zendeskSlaMetricRules({ policy_metrics: [{ ...metric, target: 1, target_in_seconds: 15 }] })).toEqual([]);
    const refused = (change: object) => zendeskSlaMetricRules({ policy_metrics: [{ ...metric, ...change }] });
    expect(refused({ metric: 'first_response_time' })).toEqual([expect.stringContaining('metric first_response_time is not one of')]);
    expect(refused({ priority: 'p1' })).toEqual([expect.stringContaining('priority p1 is not one of')]);
    expect(refused({ target: 1, target_in_seconds: 10 })).toEqual([expect.stringContaining('minimum target time is 15 seconds')]);
    expect(refused({ target: 1.5 })).toEqual([expect.stringContaining('whole number of minutes')]);
    expect(refused({ target: 0 })).toEqual(expect.arrayContaining([expect.stringContaining('whole number of minutes')]));
    expect(refused({ target_in_seconds: '90' })).toEqual([expect.stringContaining('whole number of seconds')]);
    expect(refused({ business_hours: 'true' })).toEqual([expect.stringContaining('business_hours must be true or false')]);
  });

  it('refuses schedule intervals shorter than an hour, off 15-minute steps or across midnight, as the Help Center describes them', () => {
    expect(zendeskIntervalRules([{ start_time: 1980, end_time: 2460 }, { start_time: 0, end_time: 1440 }, { start_time: 1455, end_time: 1515 }])).toEqual([]);
    expect(zendeskIntervalRules([{ start_time: 1990, end_time: 2460 }])).toEqual([expect.stringContaining('15 minute increments')]);
    expect(zendeskIntervalRules([{ start_time: 1980, end_time: 2010 }])).toEqual([expect.stringContaining('at least 1 hour long')]);
    expect(zendeskIntervalRules([{ start_time: 2760, end_time: 2940 }])).toEqual([expect.stringContaining('cannot span calendar days')]);
  });
});

describe('Zendesk --apply meets the documented limits', () => {
  const withPolicy = (change: (policy: Policy) => void) => {
    const policy = parse(readFileSync(join(ROOT, 'policies', 'council-customer-service.en.yaml'), 'utf8')) as Policy;
    change(policy);
    const file = join(tempProject(), 'policy.yaml');
    writeFileSync(file, stringify(policy));
    return runCliAsync(['export', 'zendesk', file, '--apply', '--yes', '--today', '2026-06-01', '--base-url', fake!.url], CREDENTIALS.zendesk.env);
  };

  it('a 10-second target is sent as the 15 seconds Zendesk takes, with a warning, and settles', async () => {
    fake = await startFakeHelpdesk('zendesk', CREDENTIALS.zendesk.auth);
    const tenSeconds = (policy: Policy) => Object.assign(policy.standards.find((standard) => standard.id === 'chat-answered')!, { target: '10s', clock: 'calendar' });
    const first = await withPolicy(tenSeconds);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stderr).toContain('Zendesk accepts targets of at least 15 s; 10 s is raised to it');
    const chat = fake.state.slaPolicies.find((policy) => policy.title === 'council-customer-service / chat')!;
    expect(chat.policy_metrics).toContainEqual(expect.objectContaining({ metric: 'first_reply_time', target_in_seconds: 15 }));
    const before = fake.log.length;
    expect((await withPolicy(tenSeconds)).stdout).toContain('nothing to send');
    expect(writes(before)).toEqual([]);
  });

  it('hours Zendesk documents it refuses are warned in the plan, and the stand-in refuses them as Zendesk would', async () => {
    fake = await startFakeHelpdesk('zendesk', CREDENTIALS.zendesk.auth);
    const result = await withPolicy((policy) => {
      policy.calendars![0]!.week = { ...policy.calendars![0]!.week, mon: '09:10-17:00' };
    });
    expect(result.stderr).toContain('calendar office-hours: Zendesk documents business intervals of at least 1 hour, starting and lasting in 15-minute steps; mon 09:10-17:00 do not');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('15 minute increments');
    expect(writes().find((entry) => entry.path.endsWith('/workweek'))?.status).toBe(422);
  });
});

describe.each([
  ['zendesk', 'telecom-complaints.ar.yaml', '2025-03-10'],
  ['zendesk', 'council-customer-service.en.yaml', '2026-06-01'],
  ['zendesk', 'bank-complaints.bilingual.yaml', '2026-06-01'],
  ['freshdesk', 'council-customer-service.en.yaml', '2026-06-01'],
  ['freshdesk', 'bank-complaints.bilingual.yaml', '2026-06-01'],
] as const)('%s %s on %s', (vendor, policy, today) => {
  it('is taken whole, and a second apply against answers in the vendor\'s shapes sends nothing', async () => {
    fake = await startFakeHelpdesk(vendor, CREDENTIALS[vendor].auth, { today });
    const first = await apply(vendor, policy, today);
    expect(first.stderr).not.toMatch(/failed/);
    expect(first.status).toBe(0);
    expect(writes().every((entry) => entry.status === 200 || entry.status === 201)).toBe(true);
    const before = fake.log.length;
    const second = await apply(vendor, policy, today);
    expect(second.status).toBe(0);
    expect(second.stdout).toContain('nothing to send');
    expect(writes(before)).toEqual([]);
  });
});

describe('Zendesk SLA policy positions on apply', () => {
  it('go after the policies the account already has, and stay put on the next apply', async () => {
    fake = await startFakeHelpdesk('zendesk', CREDENTIALS.zendesk.auth);
    fake.state.slaPolicies.push({ id: 1, title: 'Everything (made by hand)', description: '', position: 1, filter: { all: [], any: [] }, policy_metrics: [] });
    expect((await apply('zendesk', 'council-customer-service.en.yaml', '2026-06-01')).status).toBe(0);
    const own = fake.state.slaPolicies.filter((policy) => String(policy.title).startsWith('council-customer-service / '));
    expect(own.map((policy) => policy.position)).toEqual(own.map((_policy, i) => i + 2));
    const before = fake.log.length;
    expect((await apply('zendesk', 'council-customer-service.en.yaml', '2026-06-01')).stdout).toContain('nothing to send');
    expect(writes(before)).toEqual([]);
  });
});
