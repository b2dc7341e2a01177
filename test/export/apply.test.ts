import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeHelpdesk, type FakeHelpdesk, type Vendor } from '../helpers/fake-helpdesk.js';
import { BIN, ROOT, runCliAsync } from '../helpers/run-cli.js';


const basic = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
const CREDENTIALS: Record<Vendor, { env: Record<string, string>; auth: string }> = {
  zendesk: { env: { ZENDESK_SUBDOMAIN: 'example', ZENDESK_EMAIL: 'admin@example.org', ZENDESK_API_TOKEN: 'secret-token' }, auth: basic('admin@example.org/token', 'secret-token') },
  freshdesk: { env: { FRESHDESK_DOMAIN: 'example', FRESHDESK_API_KEY: 'secret-key' }, auth: basic('secret-key', 'X') },
};
const COUNCIL = 'policies/council-customer-service.en.yaml';

let fake: FakeHelpdesk | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function apply(vendor: Vendor, extra: string[] = [], env: Record<string, string> = {}) {
  return runCliAsync(['export', vendor, COUNCIL, '--apply', '--yes', '--today', '2026-06-01', '--base-url', fake!.url, ...extra], { ...CREDENTIALS[vendor].env, ...env });
}

describe.each(['zendesk', 'freshdesk'] as const)('export %s --apply against a local helpdesk', (vendor) => {
  it('creates everything, and a second apply changes nothing', async () => {
    fake = await startFakeHelpdesk(vendor, CREDENTIALS[vendor].auth);
    const first = await apply(vendor);
    expect(first.stderr).not.toMatch(/failed/);
    expect(first.status).toBe(0);
    const writes = fake.log.filter((entry) => entry.method !== 'GET');
    expect(writes.length).toBeGreaterThan(0);
    expect(writes.every((entry) => entry.status === 200 || entry.status === 201)).toBe(true);
    expect(first.stdout).toMatch(/Applied \d+ changes/);

    const before = fake.log.length;
    const second = await apply(vendor);
    expect(second.status).toBe(0);
    expect(second.stdout).toContain('already matches the policy: nothing to send');
    expect(fake.log.slice(before).every((entry) => entry.method === 'GET')).toBe(true);
  });

  it('waits as a 429 asks, then goes on', async () => {
    fake = await startFakeHelpdesk(vendor, CREDENTIALS[vendor].auth, { rateLimitAt: 1, retryAfter: '1' });
    const run = await apply(vendor);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('limits the rate: waiting 1 s');
    expect(fake.log.filter((entry) => entry.status === 429)).toHaveLength(1);
  });

  it('reports a failure midway with how far it got, and a second apply finishes the job', async () => {
    fake = await startFakeHelpdesk(vendor, CREDENTIALS[vendor].auth, { failAt: 2 });
    const broken = await apply(vendor);
    expect(broken.status).toBe(2);
    expect(broken.stderr).toMatch(/failed: HTTP 500 \(InternalError; Something went wrong\)\. 1 of \d+ changes were sent; run --apply again to finish/);
    const finished = await apply(vendor);
    expect(finished.status).toBe(0);
    const third = await apply(vendor);
    expect(third.stdout).toContain('nothing to send');
    // Nothing was made twice.
    const names = fake.state.slaPolicies.map((policy) => policy.title ?? policy.name);
    expect(new Set(names).size).toBe(names.length);
    expect(new Set(fake.state.schedules.map((schedule) => schedule.name)).size).toBe(fake.state.schedules.length);
  });

  it('names the failure when the credentials are refused, and sends nothing', async () => {
    fake = await startFakeHelpdesk(vendor, 'Basic something-else');
    const run = await apply(vendor);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^reading \/api\/v2\/\S+ from (Zendesk|Freshdesk) failed: HTTP 401 \(.+\); nothing was sent\n/m);
    expect(fake.log.every((entry) => entry.method === 'GET')).toBe(true);
  });
});

/** SLA policies someone made by hand in the helpdesk, as its list endpoint returns them. */
function othersPolicies(vendor: Vendor, count: number): Record<string, unknown>[] {
  return Array.from({ length: count }, (_, i) => (vendor === 'zendesk'
    ? { id: 90_000 + i, title: `Team ${i + 1}`, description: 'made by hand', position: i + 1, filter: { all: [], any: [] }, policy_metrics: [] }
    : { id: 90_000 + i, name: `Team ${i + 1}`, description: 'made by hand', is_default: i === 0, active: true, position: i + 1, sla_target: {}, applicable_to: {} }));
}

const slaListPath = (vendor: Vendor) => (vendor === 'zendesk' ? '/api/v2/slas/policies' : '/api/v2/sla_policies');
const slaReads = (vendor: Vendor, from = 0) => fake!.log.slice(from).filter((entry) => entry.method === 'GET' && entry.path.split('?')[0] === slaListPath(vendor));
const slaNames = () => fake!.state.slaPolicies.map((policy) => String(policy.title ?? policy.name));

describe('export --apply reads every page of the SLA policies', () => {
  it('freshdesk: with 35 others first, the policy\'s own past the default page of 30 are found in one request for 100', async () => {
    fake = await startFakeHelpdesk('freshdesk', CREDENTIALS.freshdesk.auth);
    expect((await apply('freshdesk')).status).toBe(0);
    const own = fake.state.slaPolicies.length;
    fake.state.slaPolicies.unshift(...othersPolicies('freshdesk', 35));
    const before = fake.log.length;
    const second = await apply('freshdesk');
    expect(second.status).toBe(0);
    expect(second.stdout).toContain('already matches the policy: nothing to send');
    expect(fake.log.slice(before).map((entry) => `${entry.method} ${entry.path} ${entry.status}`)).toEqual(['GET /api/v2/sla_policies?per_page=100 200']);
    expect(fake.state.slaPolicies).toHaveLength(35 + own);
  });

  it('freshdesk: with 250 others first, a changed policy of its own is updated, not created again', async () => {
    fake = await startFakeHelpdesk('freshdesk', CREDENTIALS.freshdesk.auth);
    expect((await apply('freshdesk')).status).toBe(0);
    const own = fake.state.slaPolicies.length;
    fake.state.slaPolicies[own - 1]!.description = 'edited by hand';
    fake.state.slaPolicies.unshift(...othersPolicies('freshdesk', 250));
    const before = fake.log.length;
    const second = await apply('freshdesk');
    expect(second.status).toBe(0);
    expect(second.stdout).toContain('0 to create, 1 to update');
    expect(slaReads('freshdesk', before).map((entry) => entry.path)).toEqual(['/api/v2/sla_policies?per_page=100', '/api/v2/sla_policies?page=2&per_page=100', '/api/v2/sla_policies?page=3&per_page=100']);
    expect(fake.log.slice(before).filter((entry) => entry.method !== 'GET').map((entry) => entry.method)).toEqual(['PUT']);
    expect(new Set(slaNames()).size).toBe(250 + own);
    expect(fake.state.slaPolicies.every((policy) => policy.description !== 'edited by hand')).toBe(true);
  });

  it('zendesk: with 35 others first and pages of 10, next_page is followed to the policy\'s own', async () => {
    fake = await startFakeHelpdesk('zendesk', CREDENTIALS.zendesk.auth);
    expect((await apply('zendesk')).status).toBe(0);
    const own = fake.state.slaPolicies.length;
    fake.state.slaPolicies.unshift(...othersPolicies('zendesk', 35));
    fake.pageSize = 10;
    const before = fake.log.length;
    const second = await apply('zendesk');
    expect(second.status).toBe(0);
    expect(second.stdout).toContain('already matches the policy: nothing to send');
    expect(slaReads('zendesk', before)).toHaveLength(Math.ceil((35 + own) / 10));
    expect(fake.log.slice(before).every((entry) => entry.method === 'GET' && entry.status === 200)).toBe(true);
  });

  it('stops where the next page is one already read', async () => {
    fake = await startFakeHelpdesk('freshdesk', CREDENTIALS.freshdesk.auth, { nextPage: () => `${fake!.url}/api/v2/sla_policies?page=2&per_page=100` });
    const first = await apply('freshdesk');
    expect(first.status).toBe(0);
    expect(slaReads('freshdesk').map((entry) => entry.path)).toEqual(['/api/v2/sla_policies?per_page=100', '/api/v2/sla_policies?page=2&per_page=100']);
  });

  it.each([
    ['en', [], /^reading \/api\/v2\/sla_policies from Freshdesk failed: the list goes on past 200 pages, more than cs-policy reads; with part of it unread, --apply could create again what is there; nothing was sent\n/m],
    ['ar', ['--lang', 'ar'], /^فشلت قراءة \u2068\/api\/v2\/sla_policies\u2069 من \u2068Freshdesk\u2069: \u2068تمتد القائمة إلى أكثر من 200 صفحة، /m],
  ])('%s: says so when the pages do not end, and sends nothing', async (_lang, extra, message) => {
    fake = await startFakeHelpdesk('freshdesk', CREDENTIALS.freshdesk.auth, { nextPage: (page, perPage) => `${fake!.url}/api/v2/sla_policies?page=${page + 1}&per_page=${perPage}` });
    const run = await apply('freshdesk', extra);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(slaReads('freshdesk')).toHaveLength(200);
    expect(fake.writes).toBe(0);
  });

  it.each(['zendesk', 'freshdesk'] as const)('%s: does not follow a next page on another origin, and sends nothing', async (vendor) => {
    fake = await startFakeHelpdesk(vendor, CREDENTIALS[vendor].auth, { nextPage: () => `https://elsewhere.example${slaListPath(vendor)}?page=2` });
    const run = await apply(vendor);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`from ${vendor === 'zendesk' ? 'Zendesk' : 'Freshdesk'} failed: its next page is on https://elsewhere.example, not under ${fake.url}; it is not followed, since the credentials go with every request; nothing was sent`);
    expect(slaReads(vendor)).toHaveLength(1);
    expect(fake.writes).toBe(0);
  });
});

describe('export --apply refuses to start', () => {
  it('without a terminal and without --yes', async () => {
    const run = await runCliAsync(['export', 'zendesk', COUNCIL, '--apply'], CREDENTIALS.zendesk.env);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--apply without a terminal needs --yes');
  });

  it('without credentials, naming the variables', async () => {
    const run = await runCliAsync(['export', 'freshdesk', COUNCIL, '--apply', '--yes'], {});
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--apply to Freshdesk needs FRESHDESK_DOMAIN, FRESHDESK_API_KEY in the environment');
  });
});

describe('import reads back what export applied', () => {
  it.each(['zendesk', 'freshdesk'] as const)('%s: calendars and targets survive the round trip', async (vendor) => {
    fake = await startFakeHelpdesk(vendor, CREDENTIALS[vendor].auth);
    expect((await apply(vendor)).status).toBe(0);
    const dir = mkdtempSync(join(tmpdir(), 'cs-policy-import-'));
    const files: string[] = [];
    const save = (name: string, value: unknown) => {
      writeFileSync(join(dir, name), JSON.stringify(value));
      files.push(join(dir, name));
    };
    if (vendor === 'zendesk') {
      save('schedules.json', { schedules: fake.state.schedules });
      save('holidays.json', { holidays: [...fake.state.holidays.values()][0] ?? [] });
      save('slas.json', { sla_policies: fake.state.slaPolicies });
    } else save('slas.json', fake.state.slaPolicies);
    const out = join(dir, 'policy.yaml');
    const run = await runCliAsync(['import', vendor, ...files, '-o', out], {});
    expect(run.status).toBe(0);
    const text = readFileSync(out, 'utf8');
    const validate = await runCliAsync(['validate', out], {});
    expect(validate.status).toBe(0);
    const { parse } = await import('yaml');
    expect(text).toContain('\nid: council-customer-service\n');
    const imported = parse(text) as { calendars: { id: string; timezone: string; week?: object; holidays?: unknown[] }[]; standards: { channel?: string; metric: string; target: string; clock: string }[] };
    if (vendor === 'zendesk') {
      expect(imported.calendars).toEqual([expect.objectContaining({ id: 'office-hours', timezone: 'Europe/London', week: { mon: '09:00-17:00', tue: '09:00-17:00', wed: '09:00-17:00', thu: '09:00-17:00', fri: '09:00-16:30' } })]);
      const written = parse(readFileSync(COUNCIL, 'utf8')) as { calendars: { holidays: unknown[] }[] };
      expect(imported.calendars[0]!.holidays).toHaveLength(written.calendars[0]!.holidays.length);
    }
    const email = imported.standards.filter((standard) => standard.channel === 'email').map(({ metric, target, clock }) => ({ metric, target, clock }));
    expect(email).toEqual(vendor === 'zendesk'
      ? [{ metric: 'first-response', target: '1d', clock: 'business' }, { metric: 'resolution', target: '5d', clock: 'business' }]
      // Freshdesk holds no calendar: business-hours targets come back in hours on calendar time until the author adds one.
      : [{ metric: 'first-response', target: '8h', clock: 'calendar' }, { metric: 'resolution', target: '40h', clock: 'calendar' }]);
  });
});
