/**
 * --apply against the local stand-ins, which enforce what the vendors document (the two-year
 * holiday window, string filter values, Zendesk's OpenAPI components, pagination) and answer in
 * the vendors' shapes (their own key order): a second apply sends nothing.
 */
import { spawn } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeHelpdesk, validateZendeskOpenApi, type FakeHelpdesk, type Vendor } from '../helpers/fake-helpdesk.js';
import { BIN, ROOT } from '../helpers/run-cli.js';

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

let fake: FakeHelpdesk | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const apply = (vendor: Vendor, policy: string, today: string) =>
  runAsync(['export', vendor, `policies/${policy}`, '--apply', '--yes', '--today', today, '--base-url', fake!.url], CREDENTIALS[vendor].env);
const writes = (from = 0) => fake!.log.slice(from).filter((entry) => entry.method !== 'GET');

describe('the Zendesk stand-in holds Zendesk\'s rules', () => {
  it('refuses a filter value that is a number, as the OpenAPI description does', () => {
    const sla = { title: 'x', filter: { all: [{ field: 'via_id', operator: 'is', value: 4 }], any: [] } };
    expect(validateZendeskOpenApi('SLAPolicyObject', sla).length).toBeGreaterThan(0);
    expect(validateZendeskOpenApi('SLAPolicyObject', { ...sla, filter: { all: [{ field: 'via_id', operator: 'is', value: '4' }], any: [] } })).toEqual([]);
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
