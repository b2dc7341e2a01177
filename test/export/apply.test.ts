import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeHelpdesk, type FakeHelpdesk, type Vendor } from '../helpers/fake-helpdesk.js';
import { BIN, ROOT } from '../helpers/run-cli.js';

// The fake helpdesk answers in this process, so the CLI runs beside it rather than blocking it.
function runAsync(args: string[], env: Record<string, string>): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: { PATH: process.env.PATH ?? '', LANG: 'C', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
  });
}

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
  return runAsync(['export', vendor, COUNCIL, '--apply', '--yes', '--today', '2026-06-01', '--base-url', fake!.url, ...extra], { ...CREDENTIALS[vendor].env, ...env });
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

describe('export --apply refuses to start', () => {
  it('without a terminal and without --yes', async () => {
    const run = await runAsync(['export', 'zendesk', COUNCIL, '--apply'], CREDENTIALS.zendesk.env);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--apply without a terminal needs --yes');
  });

  it('without credentials, naming the variables', async () => {
    const run = await runAsync(['export', 'freshdesk', COUNCIL, '--apply', '--yes'], {});
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
    const run = await runAsync(['import', vendor, ...files, '-o', out], {});
    expect(run.status).toBe(0);
    const text = readFileSync(out, 'utf8');
    const validate = await runAsync(['validate', out], {});
    expect(validate.status).toBe(0);
    const { parse } = await import('yaml');
    const imported = parse(text) as { calendars: { id: string; timezone: string; week?: object; holidays?: unknown[] }[]; standards: { channel?: string; metric: string; target: string; clock: string }[] };
    if (vendor === 'zendesk') {
      expect(imported.calendars).toEqual([expect.objectContaining({ id: 'office-hours', timezone: 'Europe/London', week: { mon: '09:00-17:00', tue: '09:00-17:00', wed: '09:00-17:00', thu: '09:00-17:00', fri: '09:00-16:30' } })]);
      expect(imported.calendars[0]!.holidays).toHaveLength(3);
    }
    const email = imported.standards.filter((standard) => standard.channel === 'email').map(({ metric, target, clock }) => ({ metric, target, clock }));
    expect(email).toEqual(vendor === 'zendesk'
      ? [{ metric: 'first-response', target: '1d', clock: 'business' }, { metric: 'resolution', target: '5d', clock: 'business' }]
      // Freshdesk holds no calendar: business-hours targets come back in hours on calendar time until the author adds one.
      : [{ metric: 'first-response', target: '8h', clock: 'calendar' }, { metric: 'resolution', target: '40h', clock: 'calendar' }]);
  });
});
