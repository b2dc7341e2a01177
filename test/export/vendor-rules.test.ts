/**
 * What the helpdesks document, request by request: Zendesk via ids (via types reference), string
 * filter values (OpenAPI), positions, sub-minute targets, the two-year holiday window; Freshdesk's
 * four priorities, resolve_within from resolution standards only, one clock per priority, its
 * sources and its escalation rules.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Policy } from '../../src/core/policy.js';
import type { HelpdeskMap } from '../../src/helpdesks/map.js';
import { TARGETS } from '../../src/helpdesks/index.js';
import { ROOT } from '../helpers/run-cli.js';

const example = (name: string) => parse(readFileSync(join(ROOT, 'policies', name), 'utf8')) as Policy;
const COUNCIL = example('council-customer-service.en.yaml');
const BANK = example('bank-complaints.bilingual.yaml');
const TELECOM = example('telecom-complaints.ar.yaml');

interface ZendeskSla { title: string; position: number; filter: { all: { field: string; value: unknown }[]; any: { field: string; value: unknown }[] }; policy_metrics: { priority: string; metric: string; target: number; target_in_seconds?: number; business_hours: boolean }[] }
const zendeskSlas = (policy: Policy, map: HelpdeskMap = {}, today = '2026-06-01') => TARGETS.zendesk.plan(policy, { today, map }).requests
  .filter((request) => request.object.kind === 'sla-policy').map((request) => (request.body as { sla_policy: ZendeskSla }).sla_policy);
const conditions = (sla: ZendeskSla) => [...sla.filter.all, ...sla.filter.any];
const viaIds = (sla: ZendeskSla) => conditions(sla).filter((condition) => condition.field === 'via_id').map((condition) => condition.value);

describe('Zendesk: via ids as its via types reference gives them', () => {
  it('a WhatsApp channel (social) is not guessed as X or Facebook: it is warned', () => {
    const plan = TARGETS.zendesk.plan(BANK, { today: '2026-06-01' });
    const slas = zendeskSlas(BANK);
    for (const sla of slas) for (const id of ['30', '26', '38', '41', 30, 26, 38, 41]) expect(viaIds(sla)).not.toContain(id);
    expect(slas.map((sla) => sla.title)).not.toContain('bank-complaints / whatsapp');
    expect(plan.warnings).toContainEqual(expect.objectContaining({ id: 'warn.noChannelSource', params: expect.objectContaining({ channel: 'whatsapp', kind: 'social' }) }));
  });

  it('with a tag in --map, the WhatsApp policy selects that tag', () => {
    const sla = zendeskSlas(BANK, { channels: { whatsapp: { tag: 'whatsapp' } } }).find((item) => item.title === 'bank-complaints / whatsapp')!;
    expect(sla.filter.all).toEqual([{ field: 'current_tags', operator: 'includes', value: 'whatsapp' }]);
  });

  it('phone covers inbound calls, voicemail and Talk Partner Edition (44-46), as strings', () => {
    const phone = zendeskSlas(COUNCIL).find((sla) => sla.title.endsWith('/ phone'))!;
    expect(viaIds(phone)).toEqual(['34', '33', '44', '45', '46']);
  });

  it('every filter value is a string, as the OpenAPI description says', () => {
    for (const policy of [COUNCIL, BANK, TELECOM]) for (const sla of zendeskSlas(policy)) for (const condition of conditions(sla)) expect(typeof condition.value).toBe('string');
  });
});

interface ZendeskTrigger { title: string; description: string; active: boolean; position: number; conditions: { all: { field: string; operator: string; value: string }[]; any: { field: string; operator: string; value: string }[] }; actions: { field: string; value: string }[] }
const zendeskTriggers = (policy: Policy, map: HelpdeskMap = {}) => TARGETS.zendesk.plan(policy, { today: '2026-06-01', map }).requests
  .filter((request) => request.object.kind === 'trigger').map((request) => (request.body as { trigger: ZendeskTrigger }).trigger);
const created = { field: 'update_type', operator: 'is', value: 'Create' };

describe('Zendesk: which schedule a ticket runs on', () => {
  it('even with one calendar, a trigger per SLA policy on it sets the schedule the plan creates, with that policy\'s own filter', () => {
    const plan = TARGETS.zendesk.plan(COUNCIL, { today: '2026-06-01' });
    const triggers = plan.requests.filter((request) => request.object.kind === 'trigger');
    expect(triggers.map(({ method, path, object }) => `${method} ${path} ${object.name}`)).toEqual([
      'POST /api/v2/triggers council-customer-service / email / schedule',
      'POST /api/v2/triggers council-customer-service / chat / schedule',
      'POST /api/v2/triggers council-customer-service / phone / schedule',
    ]);
    // After the schedule it refers to, which the same apply creates.
    expect(plan.requests.findIndex((request) => request.creates === 'schedule:office-hours')).toBeLessThan(plan.requests.indexOf(triggers[0]!));
    expect(zendeskTriggers(COUNCIL).map(({ position, conditions, actions }) => ({ position, conditions, actions }))).toEqual([
      { position: 1, conditions: { all: [created, { field: 'via_id', operator: 'is', value: '4' }], any: [] }, actions: [{ field: 'set_schedule', value: '{schedule:office-hours}' }] },
      { position: 2, conditions: { all: [created, { field: 'via_id', operator: 'is', value: '29' }], any: [] }, actions: [{ field: 'set_schedule', value: '{schedule:office-hours}' }] },
      { position: 3, conditions: { all: [created], any: ['34', '33', '44', '45', '46'].map((value) => ({ field: 'via_id', operator: 'is', value })) }, actions: [{ field: 'set_schedule', value: '{schedule:office-hours}' }] },
    ]);
    expect(plan.warnings.map((warning) => warning.id)).not.toContain('warn.zendeskOneSchedule');
  });

  it('triggers go from the most general to the most specific, since the last matching trigger\'s schedule stands', () => {
    const policy: Policy = structuredClone(COUNCIL);
    policy.actions.push({ ...structuredClone(policy.actions[0]!), id: 'any-channel', channels: undefined } as Policy['actions'][number]);
    policy.standards.push({ id: 'any-resolved', action: 'any-channel', metric: 'resolution', target: '20d', clock: 'business', calendar: 'office-hours' });
    const triggers = zendeskTriggers(policy);
    expect(triggers.map((trigger) => `${trigger.position} ${trigger.title}`).slice(0, 2)).toEqual(['1 council-customer-service / all-channels / schedule', '2 council-customer-service / email / schedule']);
    expect(triggers[0]!.conditions).toEqual({ all: [created], any: [] });
  });

  it('a tag from --map is the trigger\'s condition, as it is the SLA policy\'s', () => {
    const phone = zendeskTriggers(BANK, { channels: { phone: { tag: 'phone-line' } } }).find((trigger) => trigger.title === 'bank-complaints / phone / schedule')!;
    expect(phone.conditions).toEqual({ all: [created, { field: 'current_tags', operator: 'includes', value: 'phone-line' }], any: [] });
  });

  it('no trigger where no exported SLA policy counts business hours (telecom: only the in-person channel does, and it is not exported)', () => {
    expect(zendeskTriggers(TELECOM)).toEqual([]);
  });

  it('an SLA policy whose business-hours targets run on two calendars gets one trigger, for the first, and is warned: a ticket carries one schedule', () => {
    const policy: Policy = structuredClone(COUNCIL);
    policy.calendars!.push({ ...structuredClone(policy.calendars![0]!), id: 'late-hours', week: { mon: '12:00-20:00' } });
    Object.assign(policy.standards.find((standard) => standard.id === 'email-answered')!, { calendar: 'late-hours' });
    const plan = TARGETS.zendesk.plan(policy, { today: '2026-06-01' });
    expect(plan.warnings).toContainEqual({ id: 'warn.zendeskOneSchedule', params: { name: 'council-customer-service / email', calendars: 'office-hours, late-hours', schedule: 'council-customer-service / office-hours', target: 'Zendesk' } });
    const email = zendeskTriggers(policy).filter((trigger) => trigger.title.startsWith('council-customer-service / email'));
    expect(email.map((trigger) => trigger.actions)).toEqual([[{ field: 'set_schedule', value: '{schedule:office-hours}' }]]);
  });
});

describe('Zendesk: SLA policy positions', () => {
  it('each SLA policy has its own position, those for one channel before the one for every channel', () => {
    const policy: Policy = structuredClone(COUNCIL);
    policy.standards.push({ id: 'any-resolved', action: policy.standards[0]!.action, metric: 'resolution', target: '20d', clock: 'calendar' });
    policy.actions = policy.actions.map((action) => (action.id === policy.standards[0]!.action ? { ...action, channels: undefined } : action)) as Policy['actions'];
    const slas = zendeskSlas(policy);
    expect(slas.map((sla) => sla.position)).toEqual(slas.map((_sla, i) => i + 1));
    const all = slas.findIndex((sla) => sla.title.endsWith('/ all-channels'));
    if (all >= 0) expect(all).toBe(slas.length - 1);
  });
});

describe('Zendesk: sub-minute targets', () => {
  it('a 90-second target goes as target_in_seconds beside the minutes', () => {
    const policy: Policy = structuredClone(COUNCIL);
    const chat = policy.standards.find((standard) => standard.id === 'chat-answered')!;
    chat.target = '90s';
    chat.clock = 'calendar';
    const metric = zendeskSlas(policy).find((sla) => sla.title.endsWith('/ chat'))!.policy_metrics.find((item) => item.metric === 'first_reply_time')!;
    expect(metric).toMatchObject({ target: 2, target_in_seconds: 90 });
  });
});

describe('Zendesk: the limits its Help Center documents', () => {
  it('a target under 15 seconds, the least Zendesk takes, is raised to 15 and said', () => {
    const policy: Policy = structuredClone(COUNCIL);
    const chat = policy.standards.find((standard) => standard.id === 'chat-answered')!;
    chat.target = '10s';
    chat.clock = 'calendar';
    const plan = TARGETS.zendesk.plan(policy, { today: '2026-06-01' });
    const sla = plan.requests.map((request) => (request.body as { sla_policy?: ZendeskSla }).sla_policy).find((item) => item?.title.endsWith('/ chat'))!;
    expect(sla.policy_metrics.find((item) => item.metric === 'first_reply_time')).toMatchObject({ target: 1, target_in_seconds: 15 });
    expect(plan.warnings).toContainEqual({ id: 'warn.minimumTarget', params: { standard: 'chat-answered', seconds: 10, value: 15, target: 'Zendesk' } });
  });

  it('business hours off Zendesk\'s 15-minute steps or shorter than an hour are named before anything is sent, and sent as the policy says', () => {
    const policy: Policy = structuredClone(COUNCIL);
    policy.calendars![0]!.week = { mon: '09:10-17:00', tue: ['09:00-12:00', '12:30-13:00'], wed: '09:00-17:00' };
    const plan = TARGETS.zendesk.plan(policy, { today: '2026-06-01' });
    expect(plan.warnings).toContainEqual({ id: 'warn.zendeskInterval', params: { calendar: 'office-hours', intervals: 'mon 09:10-17:00, tue 12:30-13:00', target: 'Zendesk' } });
    const week = plan.requests.find((request) => request.object.kind === 'workweek')!.body as { workweek: { intervals: { start_time: number }[] } };
    expect(week.workweek.intervals[0]).toEqual({ start_time: 1440 + 550, end_time: 1440 + 1020 });
    expect(TARGETS.zendesk.plan(COUNCIL, { today: '2026-06-01' }).warnings.map((warning) => warning.id)).not.toContain('warn.zendeskInterval');
  });
});

describe('Zendesk: holidays only wholly inside two years of today', () => {
  it('--today 2025-03-10: the Eid 2027-03-09..12 overlaps the window\'s end and is not sent, and the warning names it', () => {
    const plan = TARGETS.zendesk.plan(TELECOM, { today: '2025-03-10' });
    const holidays = plan.requests.filter((request) => request.object.kind === 'holiday').map((request) => (request.body as { holiday: { start_date: string; end_date: string } }).holiday);
    expect(holidays.every((holiday) => holiday.start_date >= '2023-03-10' && holiday.end_date <= '2027-03-10')).toBe(true);
    expect(holidays.map((holiday) => holiday.start_date)).not.toContain('2027-03-09');
    const warning = plan.warnings.find((item) => item.id === 'warn.holidayWindow' && item.params.date === '2027-03-09')!;
    expect(warning.params).toMatchObject({ until: '2027-03-12', name: 'إجازة عيد الفطر 1448' });
  });
});

interface FreshdeskTarget { respond_within: number; resolve_within: number; next_respond_within?: number; business_hours: boolean; escalation_enabled: boolean }
interface FreshdeskSla { name: string; sla_target: Record<string, FreshdeskTarget>; applicable_to: { sources: number[] }; escalation?: { response?: unknown; resolution?: unknown } }
const freshdeskPlan = (policy: Policy, map: HelpdeskMap = {}) => TARGETS.freshdesk.plan(policy, { today: '2026-06-01', map });
const freshdeskSlas = (policy: Policy, map: HelpdeskMap = {}) => freshdeskPlan(policy, map).requests.map((request) => request.body as FreshdeskSla);

describe('Freshdesk: SLA targets as its form holds them', () => {
  it('all four priorities, always', () => {
    for (const policy of [COUNCIL, BANK, TELECOM]) for (const sla of freshdeskSlas(policy)) expect(Object.keys(sla.sla_target).sort()).toEqual(['priority_1', 'priority_2', 'priority_3', 'priority_4']);
  });

  it('a priority no standard reaches takes the nearest less urgent one\'s targets, and says so', () => {
    const policy: Policy = structuredClone(COUNCIL);
    policy.priorities = [{ id: 'p1', name: 'P1' }, { id: 'p2', name: 'P2' }];
    policy.standards = policy.standards.filter((standard) => standard.channel === 'email').map((standard) => ({ ...standard, priority: 'p2' }));
    const plan = freshdeskPlan(policy, { priorities: { p2: 'low' } });
    const sla = plan.requests[0]!.body as FreshdeskSla;
    expect(sla.sla_target.priority_4).toEqual(sla.sla_target.priority_1);
    expect(plan.warnings).toContainEqual(expect.objectContaining({ id: 'warn.priorityWithoutTarget', params: expect.objectContaining({ priorities: 'priority_4', from: 'priority_1' }) }));
  });

  it('resolve_within only from a resolution standard: a chat with a first-response target does not "resolve" in 15 minutes', () => {
    const chat = freshdeskSlas(COUNCIL).find((sla) => sla.name.endsWith('/ chat'))!;
    for (const target of Object.values(chat.sla_target)) expect(target.resolve_within).toBe(2592000);
    expect(freshdeskPlan(COUNCIL).warnings).toContainEqual(expect.objectContaining({ id: 'warn.freshdeskNoResolution', params: expect.objectContaining({ channel: 'chat' }) }));
  });

  it('business_hours only where every standard of the priority runs on business hours', () => {
    const policy: Policy = structuredClone(COUNCIL);
    policy.standards = policy.standards.filter((standard) => !standard.id.startsWith('complaint-'));
    const resolution = policy.standards.find((standard) => standard.id === 'email-answered')!;
    resolution.target = '8w';
    resolution.clock = 'calendar';
    const email = freshdeskSlas(policy).find((sla) => sla.name.endsWith('/ email'))!;
    for (const target of Object.values(email.sla_target)) expect(target).toMatchObject({ business_hours: false, resolve_within: 8 * 7 * 86400 });
  });

  it('a social channel is sent with the sources --map names, and warned without them', () => {
    expect(freshdeskSlas(BANK).map((sla) => sla.name)).not.toContain('bank-complaints / whatsapp');
    expect(freshdeskPlan(BANK).warnings).toContainEqual(expect.objectContaining({ id: 'warn.noSource', params: expect.objectContaining({ channel: 'whatsapp' }) }));
    const mapped = freshdeskSlas(BANK, { channels: { whatsapp: { sources: [13] } } }).find((sla) => sla.name === 'bank-complaints / whatsapp')!;
    expect(mapped.applicable_to.sources).toEqual([13]);
  });

  it('email covers inbound and outbound email (1, 10)', () => {
    expect(freshdeskSlas(COUNCIL).find((sla) => sla.name.endsWith('/ email'))!.applicable_to.sources).toEqual([1, 10]);
  });

  it('the response escalation rule goes beside the resolution ladder', () => {
    const map = { roles: Object.fromEntries(COUNCIL.roles.map((role, i) => [role.id, { agents: [100 + i] }])) };
    const sla = freshdeskSlas(COUNCIL, map)[0]!;
    expect(sla.escalation?.response).toEqual({ escalation_time: 0, agent_ids: (sla.escalation!.resolution as { level_1: { agent_ids: number[] } }).level_1.agent_ids });
  });

  it('a next-response standard becomes next_respond_within', () => {
    const policy: Policy = structuredClone(COUNCIL);
    policy.standards.push({ ...policy.standards.find((standard) => standard.id === 'email-acknowledged')!, id: 'email-next', metric: 'next-response', target: '2d' });
    const email = freshdeskSlas(policy).find((sla) => sla.name.endsWith('/ email'))!;
    expect(Object.values(email.sla_target).every((target) => typeof target.next_respond_within === 'number' && target.next_respond_within > 0)).toBe(true);
  });
});
