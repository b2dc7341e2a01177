/**
 * The Zendesk triggers that put each schedule on the tickets its SLA policies cover, applied
 * against the stand-in, which takes a trigger only as Zendesk's Triggers reference and OpenAPI
 * description document it: created after the account's own triggers, referring to the schedule
 * by its id as a string, left alone when they mean the same, updated when changed by hand, and
 * removed with --prune once the policy no longer has them.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import type { Policy } from '../../src/core/policy.js';
import { startFakeHelpdesk, validateBody, validateZendeskOpenApi, type FakeHelpdesk } from '../helpers/fake-helpdesk.js';
import { ROOT, runCliAsync, tempProject } from '../helpers/run-cli.js';

const ENV = { ZENDESK_SUBDOMAIN: 'example', ZENDESK_EMAIL: 'admin@example.org', ZENDESK_API_TOKEN: 'secret-token' };
const AUTH = `Basic ${Buffer.from('admin@example.org/token:secret-token').toString('base64')}`;
const COUNCIL = parse(readFileSync(join(ROOT, 'policies', 'council-customer-service.en.yaml'), 'utf8')) as Policy;
const fixture = (name: string) => JSON.parse(readFileSync(join(ROOT, 'test', 'fixtures', 'vendor', name), 'utf8')) as Record<string, unknown>;

let fake: FakeHelpdesk | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const dir = tempProject();
const apply = (policy: Policy = COUNCIL, extra: string[] = []) => {
  writeFileSync(join(dir, 'policy.yaml'), stringify(policy));
  return runCliAsync(['export', 'zendesk', 'policy.yaml', '--apply', '--yes', '--today', '2026-06-01', '--base-url', fake!.url, ...extra], ENV, dir);
};
const writes = (from = 0) => fake!.log.slice(from).filter((entry) => entry.method !== 'GET').map((entry) => `${entry.method} ${entry.path.replace(/\/\d+(?=\/|$)/g, '/N')} ${entry.status}`);
const own = () => fake!.state.triggers.filter((trigger) => String(trigger.title).startsWith('council-customer-service / '));
/** Triggers someone made by hand, as the list answers them (the Triggers reference's own example first). */
const othersTriggers = (count: number) => Array.from({ length: count }, (_, i) => ({
  ...(fixture('zendesk-triggers.answer.json').triggers as Record<string, unknown>[])[0], id: 80_000 + i, title: `Team rule ${i + 1}`, position: i + 1,
}));

describe('the Zendesk stand-in takes a trigger only as documented', () => {
  const trigger = { title: 'x', conditions: { all: [{ field: 'update_type', operator: 'is', value: 'Create' }], any: [] }, actions: [{ field: 'set_schedule', value: '1000' }] };
  it('the Triggers reference\'s own example passes both schemas', () => {
    const example = fixture('zendesk-trigger.request.json');
    expect(validateBody('zendesk-trigger', example)).toEqual([]);
    expect(validateZendeskOpenApi('TriggerObject', example.trigger)).toEqual([]);
    expect(validateZendeskOpenApi('TriggersResponse', fixture('zendesk-triggers.answer.json'))).toEqual([]);
  });
  it.each([
    ['without the "trigger" wrapper', trigger],
    ['without a title', { trigger: { ...trigger, title: undefined } }],
    ['without conditions', { trigger: { ...trigger, conditions: undefined } }],
    ['without actions', { trigger: { ...trigger, actions: undefined } }],
    ['with an action field the Actions reference does not list', { trigger: { ...trigger, actions: [{ field: 'schedule_id', value: '1000' }] } }],
    ['with the schedule id as a number', { trigger: { ...trigger, actions: [{ field: 'set_schedule', value: 1000 }] } }],
    ['with a condition field the Conditions reference does not list', { trigger: { ...trigger, conditions: { all: [{ field: 'channel', operator: 'is', value: 'email' }] } } }],
  ])('refuses a body %s', (_name, body) => {
    expect(validateBody('zendesk-trigger', JSON.parse(JSON.stringify(body)))).not.toEqual([]);
  });
  it('refuses a title that is not a string, as the OpenAPI description does', () => {
    expect(validateZendeskOpenApi('TriggerObject', { ...trigger, title: 7 })).not.toEqual([]);
  });
});

describe('export zendesk --apply: the triggers that set the schedule', () => {
  it('are created after the account\'s own triggers, past a page of them, set the schedule by its id as a string, and settle', async () => {
    fake = await startFakeHelpdesk('zendesk', AUTH);
    fake.state.triggers.push(...othersTriggers(35));
    fake.pageSize = 10;
    const first = await apply();
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/^ {2}create {5}trigger "council-customer-service \/ email \/ schedule"/m);
    const schedule = fake.state.schedules.find((item) => item.name === 'council-customer-service / office-hours')!;
    expect(own().map((trigger) => [trigger.title, trigger.position, trigger.actions])).toEqual(['email', 'chat', 'phone'].map((channel, i) => [
      `council-customer-service / ${channel} / schedule`, 36 + i, [{ field: 'set_schedule', value: String(schedule.id) }],
    ]));
    expect(fake.state.triggers.slice(0, 35).map((trigger) => trigger.position)).toEqual(othersTriggers(35).map((trigger) => trigger.position));
    expect(fake.log.filter((entry) => entry.method === 'GET' && entry.path.startsWith('/api/v2/triggers')).length).toBe(4);

    const before = fake.log.length;
    const second = await apply();
    expect(second.stdout).toContain('nothing to send');
    expect(writes(before)).toEqual([]);
    expect(fake.log.slice(before).filter((entry) => entry.path.startsWith('/api/v2/triggers')).length).toBe(Math.ceil(38 / 10));
  });

  it('one answered as Zendesk may (ids as numbers, its own key order) means the same and is left alone; one changed by hand is put back', async () => {
    fake = await startFakeHelpdesk('zendesk', AUTH);
    expect((await apply()).status).toBe(0);
    const [email, chat] = own();
    email!.actions = [{ value: Number((email!.actions as { value: string }[])[0]!.value), field: 'set_schedule' }];
    email!.conditions = { any: [], all: [...(email!.conditions as { all: object[] }).all].reverse() };
    chat!.actions = [{ field: 'set_schedule', value: '999' }];
    const before = fake.log.length;
    const second = await apply();
    expect(second.status, second.stderr).toBe(0);
    expect(second.stdout).toContain('0 to create, 1 to update');
    expect(writes(before)).toEqual(['PUT /api/v2/triggers/N 200']);
    expect(fake.log.slice(before).find((entry) => entry.method === 'PUT')!.path).toBe(`/api/v2/triggers/${String(chat!.id)}`);
    expect(chat!.actions).toEqual((email!.actions as { value: number }[]).map((action) => ({ field: 'set_schedule', value: String(action.value) })));
  });

  it('a trigger lost from the helpdesk is made again, on the schedule that is already there', async () => {
    fake = await startFakeHelpdesk('zendesk', AUTH);
    expect((await apply()).status).toBe(0);
    const schedule = fake.state.schedules[0]!;
    fake.state.triggers.splice(0, 1);
    const before = fake.log.length;
    expect((await apply()).status).toBe(0);
    expect(writes(before)).toEqual(['POST /api/v2/triggers 201']);
    expect(own().find((trigger) => String(trigger.title).includes('/ email /'))!.actions).toEqual([{ field: 'set_schedule', value: String(schedule.id) }]);
  });

  it('one the policy no longer has is listed, removed with --prune, and the account\'s own are never touched', async () => {
    fake = await startFakeHelpdesk('zendesk', AUTH);
    fake.state.triggers.push(...othersTriggers(2));
    expect((await apply()).status).toBe(0);
    const policy: Policy = structuredClone(COUNCIL);
    policy.standards = policy.standards.filter((standard) => standard.id !== 'chat-answered');
    const listed = await apply(policy);
    expect(listed.stdout).toMatch(/^ {2}left {7}trigger "council-customer-service \/ chat \/ schedule"$/m);
    const before = fake.log.length;
    const pruned = await apply(policy, ['--prune']);
    expect(pruned.status, pruned.stderr).toBe(0);
    expect(pruned.stdout).toMatch(/^ {2}remove {5}trigger "council-customer-service \/ chat \/ schedule"/m);
    expect(writes(before)).toContain('DELETE /api/v2/triggers/N 204');
    expect(own().map((trigger) => trigger.title)).toEqual(['council-customer-service / email / schedule', 'council-customer-service / phone / schedule']);
    expect(fake.state.triggers.slice(0, 2)).toEqual(othersTriggers(2));
    const after = fake.log.length;
    expect((await apply(policy, ['--prune'])).stdout).toContain('nothing to send');
    expect(writes(after)).toEqual([]);
  });
});
