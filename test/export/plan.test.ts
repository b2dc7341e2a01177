import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Calendar, Policy } from '../../src/core/policy.js';
import { compileCalendar as compileWith, targetSeconds, weeklyIntervals, workingDaySeconds, type WorkingCalendar } from '../../src/core/business-time/index.js';
import { fillPlaceholders, openPlaceholders } from '../../src/helpdesks/plan.js';
import { ianaTimeZone, zendeskTimeZone } from '../../src/helpdesks/time-zones.js';
import { TARGETS, TARGET_NAMES } from '../../src/helpdesks/index.js';
import { validateBody, validateZendeskOpenApi } from '../helpers/fake-helpdesk.js';
import { ROOT } from '../helpers/run-cli.js';

const example = (name: string) => parse(readFileSync(join(ROOT, 'policies', name), 'utf8')) as Policy;
const EXAMPLES = ['council-customer-service.en.yaml', 'telecom-complaints.ar.yaml', 'bank-complaints.bilingual.yaml'];

/** The obvious way: mark every open minute of the week, then read the runs back, cut at midnight. */
function slowIntervals(open: (day: number, minute: number) => boolean): { start: number; end: number }[] {
  const result: { start: number; end: number }[] = [];
  for (let day = 0; day < 7; day++) {
    let start: number | undefined;
    for (let minute = 0; minute <= 1440; minute++) {
      const isOpen = minute < 1440 && open(day, minute);
      if (isOpen && start === undefined) start = minute;
      if (!isOpen && start !== undefined) {
        result.push({ start: day * 1440 + start, end: day * 1440 + minute });
        start = undefined;
      }
    }
  }
  return result;
}

const calendar = (extra: Partial<Calendar>): Calendar => ({ id: 'c', timezone: 'Europe/London', ...extra });
const compileCalendar = (cal: Calendar): WorkingCalendar => {
  const result = compileWith(cal);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.calendar;
};
const minutes = (intervals: { start_time: number; end_time: number }[]) => intervals.map(({ start_time, end_time }) => ({ start: start_time, end: end_time }));

describe('weekly intervals, minutes from Sunday 00:00', () => {
  it('Monday 09:00-17:00 is 1980-2460 (worked by hand: 1440 + 540, 1440 + 1020)', () => {
    expect(minutes(weeklyIntervals(compileCalendar(calendar({ days: ['mon'], hours: '09:00-17:00' }))))).toEqual([{ start: 1980, end: 2460 }]);
  });

  it('1 working day on 09:00-17:00 is 480 business minutes', () => {
    const compiled = compileCalendar(calendar({ days: ['mon', 'tue', 'wed', 'thu', 'fri'], hours: '09:00-17:00' }));
    expect(workingDaySeconds(compiled) / 60).toBe(480);
    expect(targetSeconds('1d', 'business', compiled)! / 60).toBe(480);
    expect(targetSeconds('1w', 'business', compiled)! / 60).toBe(2400);
  });

  const cases: [string, Partial<Calendar>, (day: number, minute: number) => boolean][] = [
    ['weekdays 09:00-17:00', { days: ['mon', 'tue', 'wed', 'thu', 'fri'], hours: '09:00-17:00' }, (d, m) => d >= 1 && d <= 5 && m >= 540 && m < 1020],
    ['a split shift, Sunday to Thursday', { days: ['sun', 'mon', 'tue', 'wed', 'thu'], hours: ['08:00-12:00', '16:00-20:00'] }, (d, m) => d <= 4 && ((m >= 480 && m < 720) || (m >= 960 && m < 1200))],
    ['past midnight into Saturday and round to Sunday', { days: ['fri', 'sat'], hours: '22:00-02:00+1' }, (d, m) => ((d === 5 || d === 6) && m >= 1320) || ((d === 6 || d === 0) && m < 120)],
    ['hours per weekday', { week: { mon: '08:00-16:00', sat: '10:00-14:00' } }, (d, m) => (d === 1 && m >= 480 && m < 960) || (d === 6 && m >= 600 && m < 840)],
    ['always open', { always_open: true }, () => true],
  ];
  it.each(cases)('%s agrees with a minute-by-minute reading', (_name, extra, open) => {
    expect(minutes(weeklyIntervals(compileCalendar(calendar(extra))))).toEqual(slowIntervals(open));
  });
});

describe('Zendesk time zones', () => {
  it.each([
    ['Europe/London', 'London', 'exact'],
    ['Asia/Riyadh', 'Riyadh', 'exact'],
    ['America/New_York', 'Eastern Time (US & Canada)', 'exact'],
    ['Asia/Muscat', 'Muscat', 'exact'],
    ['Asia/Dubai', 'Abu Dhabi', 'same-offsets'],
  ])('%s is "%s" (%s)', (iana, name, how) => {
    expect(zendeskTimeZone(iana)).toEqual({ name, how });
  });
  it('an unknown zone has no name', () => expect(zendeskTimeZone('Mars/Olympus')).toBeUndefined());
  it('names come back to their zones', () => {
    expect(ianaTimeZone('London')).toBe('Europe/London');
    expect(ianaTimeZone('Eastern Time (US & Canada)')).toBe('America/New_York');
  });
});

describe('placeholders', () => {
  it('fill paths and body values, an id in a body as the string Zendesk\'s actions take', () => {
    const ids = new Map([['schedule:office-hours', 360001]]);
    expect(fillPlaceholders('/api/v2/business_hours/schedules/{schedule:office-hours}/workweek', ids)).toBe('/api/v2/business_hours/schedules/360001/workweek');
    expect(fillPlaceholders({ actions: [{ field: 'set_schedule', value: '{schedule:office-hours}' }] }, ids)).toEqual({ actions: [{ field: 'set_schedule', value: '360001' }] });
    expect(openPlaceholders(['/x/{schedule:other}'])).toEqual(['schedule:other']);
  });
});

describe.each(TARGET_NAMES)('%s plans for every shipped example', (name) => {
  const target = TARGETS[name];
  const schemaFor = (method: string, path: string) => {
    if (name === 'freshdesk') return 'freshdesk-sla-policy';
    if (path.endsWith('/workweek')) return 'zendesk-workweek';
    if (/\/holidays$/.test(path)) return 'zendesk-holiday';
    if (path.startsWith('/api/v2/slas/')) return 'zendesk-sla-policy';
    if (path.startsWith('/api/v2/triggers')) return 'zendesk-trigger';
    return 'zendesk-schedule';
  };
  it.each(EXAMPLES)('%s: every request body matches the vendor schema', (file) => {
    const plan = target.plan(example(file), { today: '2026-06-01' });
    expect(plan.requests.length).toBeGreaterThan(0);
    for (const request of plan.requests) expect(validateBody(schemaFor(request.method, request.path), request.body), `${request.method} ${request.path}`).toEqual([]);
    expect(plan.warnings.length).toBeGreaterThan(0);
  });
  if (name === 'zendesk') {
    it.each(EXAMPLES)('%s: every SLA policy matches SLAPolicyObject of Zendesk\'s OpenAPI description', (file) => {
      const plan = target.plan(example(file), { today: '2026-06-01', map: { channels: { whatsapp: { tag: 'whatsapp' } } } });
      const slas = plan.requests.filter((request) => request.object.kind === 'sla-policy');
      expect(slas.length).toBeGreaterThan(0);
      for (const request of slas) expect(validateZendeskOpenApi('SLAPolicyObject', (request.body as { sla_policy: unknown }).sla_policy), request.object.name).toEqual([]);
    });
    it.each(EXAMPLES)('%s: every trigger matches TriggerObject of Zendesk\'s OpenAPI description', (file) => {
      const plan = target.plan(example(file), { today: '2026-06-01', map: { channels: { whatsapp: { tag: 'whatsapp' } } } });
      for (const request of plan.requests.filter((item) => item.object.kind === 'trigger')) expect(validateZendeskOpenApi('TriggerObject', (request.body as { trigger: unknown }).trigger), request.object.name).toEqual([]);
    });
  }
});

describe('what a helpdesk cannot hold is named', () => {
  const base = example('council-customer-service.en.yaml');
  const ids = (name: 'zendesk' | 'freshdesk', policy: Policy, map = {}) => TARGETS[name].plan(policy, { today: '2026-06-01', map }).warnings.map((warning) => warning.id);
  it('attainment shares and external stages, on both', () => {
    for (const name of TARGET_NAMES) expect(ids(name, base)).toEqual(expect.arrayContaining(['warn.attainment', 'warn.externalStage']));
  });
  it('seasons, working-days clocks and compensation', () => {
    const policy: Policy = structuredClone(base);
    policy.calendars![0]!.seasons = [{ from: '2027-02-18', to: '2027-03-19', days: ['mon'], hours: '09:00-14:00' }];
    policy.standards[3] = { ...policy.standards[3]!, clock: 'working-days', compensation: { amount: 40, currency: 'GBP', payment: 'automatic' } };
    for (const name of TARGET_NAMES) expect(ids(name, policy)).toEqual(expect.arrayContaining(['warn.season', 'warn.workingDaysClock', 'warn.compensation']));
  });
  it('Freshdesk: minimum targets, and escalation delays snapped to its list', () => {
    const map = { roles: Object.fromEntries(base.roles.map((role, i) => [role.id, { agents: [100 + i] }])) };
    const plan = TARGETS.freshdesk.plan(base, { today: '2026-06-01', map });
    expect(plan.warnings.map((warning) => warning.id)).toEqual(expect.arrayContaining(['warn.minimumTarget', 'warn.escalationSnapped', 'warn.escalationFromBreach']));
    const body = plan.requests[0]!.body as { escalation: { resolution: Record<string, { escalation_time: number }> } };
    const allowed = [0, 1800, 3600, 7200, 14400, 28800, 43200, 86400, 172800, 259200, 604800, 1209600, 2592000];
    for (const level of Object.values(body.escalation.resolution)) expect(allowed).toContain(level.escalation_time);
  });
  it('a standard that pauses: Zendesk\'s requester wait or agent work time; Freshdesk\'s statuses to set by hand', () => {
    const metricsOf = (policy: Policy) => TARGETS.zendesk.plan(policy, { today: '2026-06-01' }).requests
      .flatMap((request) => ((request.body as { sla_policy?: { policy_metrics: { metric: string }[] } }).sla_policy?.policy_metrics ?? []).map((metric) => metric.metric));
    const pausing = (pauses: NonNullable<Policy['standards'][number]['pauses']> | undefined, metric: 'resolution' | 'update' = 'resolution'): Policy => {
      const policy: Policy = structuredClone(base);
      policy.standards = policy.standards.map((standard) => (standard.metric === 'resolution' ? { ...standard, metric, ...(pauses ? { pauses } : {}) } : standard));
      return policy;
    };
    expect(metricsOf(pausing(undefined))).toContain('total_resolution_time');
    expect(metricsOf(pausing(['waiting-on-customer']))).toContain('requester_wait_time');
    expect(metricsOf(pausing(['waiting-on-customer']))).not.toContain('total_resolution_time');
    expect(metricsOf(pausing(['waiting-on-customer', 'on-hold']))).toContain('agent_work_time');
    expect(metricsOf(pausing(['waiting-on-customer'], 'update'))).toContain('pausable_update_time');
    expect(ids('freshdesk', pausing(undefined))).toContain('warn.freshdeskNoPause');
    expect(ids('freshdesk', pausing(['waiting-on-customer']))).toContain('warn.freshdeskPauseWaiting');
    expect(ids('freshdesk', pausing(['waiting-on-customer', 'on-hold']))).toContain('warn.freshdeskPauseOnHold');
  });
  it('priorities: by order without a map, as mapped with one', () => {
    const policy: Policy = structuredClone(base);
    policy.priorities = [{ id: 'emergency', name: 'Emergency' }, { id: 'routine', name: 'Routine' }];
    policy.standards[2] = { ...policy.standards[2]!, priority: 'emergency', target: '2h' };
    const metrics = (map: object) => ((TARGETS.zendesk.plan(policy, { today: '2026-06-01', map }).requests.find((request) => request.object.name.endsWith('/ email'))!.body as { sla_policy: { policy_metrics: { priority: string; metric: string; target: number }[] } }).sla_policy.policy_metrics.filter((metric) => metric.metric === 'first_reply_time'));
    expect(metrics({}).find((metric) => metric.priority === 'urgent')!.target).toBe(120);
    expect(metrics({}).find((metric) => metric.priority === 'low')!.target).toBe(1440);
    expect(metrics({ priorities: { emergency: 'high' } }).find((metric) => metric.priority === 'high')!.target).toBe(120);
    expect(ids('zendesk', policy)).toContain('warn.prioritiesByOrder');
  });
});
