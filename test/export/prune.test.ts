/**
 * As a new user would: apply, edit the policy, apply again (what left the policy is listed and
 * left), prune, apply again. Nothing duplicated, nothing of cs-policy's left behind, nothing
 * another made touched, and no credential printed.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import type { Policy } from '../../src/core/policy.js';
import { startFakeHelpdesk, type FakeHelpdesk, type Vendor } from '../helpers/fake-helpdesk.js';
import { BIN, ROOT, tempProject, runCliAsync } from '../helpers/run-cli.js';


const basic = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
const CREDENTIALS: Record<Vendor, { env: Record<string, string>; auth: string; secret: string }> = {
  zendesk: { env: { ZENDESK_SUBDOMAIN: 'example', ZENDESK_EMAIL: 'admin@example.org', ZENDESK_API_TOKEN: 'secret-token-77' }, auth: basic('admin@example.org/token', 'secret-token-77'), secret: 'secret-token-77' },
  freshdesk: { env: { FRESHDESK_DOMAIN: 'example', FRESHDESK_API_KEY: 'secret-key-77' }, auth: basic('secret-key-77', 'X'), secret: 'secret-key-77' },
};

let fake: FakeHelpdesk | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

describe.each(['zendesk', 'freshdesk'] as const)('%s: apply, edit, apply, prune, apply', (vendor) => {
  it('removes only what this policy made and no longer has', async () => {
    fake = await startFakeHelpdesk(vendor, CREDENTIALS[vendor].auth);
    const foreign = vendor === 'zendesk'
      ? { id: 1, title: 'Everything (made by hand)', description: '', position: 1, filter: { all: [], any: [] }, policy_metrics: [] }
      : { id: 1, name: 'Everything (made by hand)', description: '', active: true, is_default: false, position: 1, sla_target: {}, applicable_to: {} };
    fake.state.slaPolicies.push(structuredClone(foreign));
    const dir = tempProject();
    const policy = parse(readFileSync(join(ROOT, 'policies', 'council-customer-service.en.yaml'), 'utf8')) as Policy;
    writeFileSync(join(dir, 'policy.yaml'), stringify(policy));
    const run = (extra: string[] = []) => runCliAsync(['export', vendor, 'policy.yaml', '--apply', '--yes', '--today', '2026-06-01', '--base-url', fake!.url, ...extra], CREDENTIALS[vendor].env, dir);
    const printed: string[] = [];
    const step = async (extra: string[] = []) => {
      const result = await run(extra);
      printed.push(result.stdout, result.stderr);
      expect(result.status, result.stderr).toBe(0);
      return result;
    };
    const writesFrom = (from: number) => fake!.log.slice(from).filter((entry) => entry.method !== 'GET').map((entry) => entry.method);

    await step();
    const titles = () => fake!.state.slaPolicies.map((item) => String(item.title ?? item.name));
    expect(titles()).toContain('council-customer-service / chat');

    // The chat standard and Christmas Day leave the policy.
    policy.standards = policy.standards.filter((standard) => standard.id !== 'chat-answered');
    policy.calendars![0]!.holidays = policy.calendars![0]!.holidays!.filter((holiday) => holiday.date !== '2026-12-25');
    writeFileSync(join(dir, 'policy.yaml'), stringify(policy));

    let before = fake.log.length;
    const listed = await step();
    expect(listed.stdout).toMatch(/^ {2}left {7}sla-policy "council-customer-service \/ chat"$/m);
    expect(listed.stdout).toContain('made by cs-policy for this policy and no longer in it; --prune removes them');
    expect(writesFrom(before)).not.toContain('DELETE');

    before = fake.log.length;
    const pruned = await step(['--prune']);
    expect(pruned.stdout).toMatch(/^ {2}remove {5}sla-policy "council-customer-service \/ chat"/m);
    if (vendor === 'zendesk') {
      expect(titles()).not.toContain('council-customer-service / chat');
      const holidays = [...fake.state.holidays.values()].flat().map((holiday) => holiday.name);
      expect(holidays).not.toContain('Christmas Day');
      expect(holidays).toContain('Boxing Day (substitute)');
    } else {
      // Freshdesk's API cannot delete an SLA policy: it is deactivated.
      expect(fake.state.slaPolicies.find((item) => item.name === 'council-customer-service / chat')!.active).toBe(false);
      expect(writesFrom(before)).toEqual(['PUT']);
    }

    before = fake.log.length;
    const settled = await step(['--prune']);
    expect(settled.stdout).toContain('nothing to send');
    expect(writesFrom(before)).toEqual([]);

    expect(fake.state.slaPolicies.find((item) => item.id === 1)).toMatchObject(foreign);
    expect(new Set(titles()).size).toBe(titles().length);
    expect(printed.join('\n')).not.toContain(CREDENTIALS[vendor].secret);
  });
});
