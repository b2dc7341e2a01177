import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Policy } from '../../src/core/policy.js';
import { diffPolicies, type PolicyChange } from '../../src/diff/diff.js';
import { PROPERTY_OPTIONS, fc } from '../helpers/fast-check.js';
import { ROOT } from '../helpers/run-cli.js';

const EXAMPLES = readdirSync(join(ROOT, 'policies')).filter((name) => name.endsWith('.yaml'));
const load = (name: string): Policy => parse(readFileSync(join(ROOT, 'policies', name), 'utf8')) as Policy;
// The council's office hours written as one day's hours on five days, so a working day is 8 hours.
const COUNCIL = load('council-customer-service.en.yaml');
COUNCIL.calendars![0] = { id: 'office-hours', timezone: 'Europe/London', days: ['mon', 'tue', 'wed', 'thu', 'fri'], hours: '09:00-17:00' };
const council = () => structuredClone(COUNCIL);

/** A copy of the council example with one edit applied. */
function edited(edit: (policy: Policy) => void): Policy {
  const policy = council();
  edit(policy);
  return policy;
}

const standard = (policy: Policy, id: string) => policy.standards.find((s) => s.id === id)!;
const brief = (changes: PolicyChange[]) => changes.map(({ kind, path, before, after, effect, roles }) => ({ kind, path, before, after, effect, roles }));

describe('diffPolicies', () => {
  it.each(EXAMPLES)('finds no change between %s and itself', (name) => {
    expect(diffPolicies(load(name), load(name))).toEqual([]);
  });

  it('ignores the order of keys but not of lists', () => {
    const reordered = edited((p) => {
      const s = standard(p, 'phone-answer');
      p.standards[0] = { attainment: s.attainment!, ...s };
    });
    expect(diffPolicies(council(), reordered)).toEqual([]);
  });

  it.each<[string, (p: Policy) => void, ReturnType<typeof brief>]>([
    ['a shorter target is tightened', (p) => { standard(p, 'email-answered').target = '3d'; },
      [{ kind: 'changed', path: 'standards.email-answered.target', before: '5d', after: '3d', effect: 'tightened', roles: ['contact-centre'] }]],
    ['a longer target is loosened', (p) => { standard(p, 'phone-answer').target = '1m'; },
      [{ kind: 'changed', path: 'standards.phone-answer.target', before: '30s', after: '1m', effect: 'loosened', roles: ['contact-centre'] }]],
    ['a target the same on its clock is neither: 1 working day is 8 hours at 09:00-17:00', (p) => { standard(p, 'email-acknowledged').target = '8h'; },
      [{ kind: 'changed', path: 'standards.email-acknowledged.target', before: '1d', after: '8h', effect: undefined, roles: ['contact-centre'] }]],
    ['working hours compare on their clock: 9 hours is more than a working day', (p) => { standard(p, 'email-acknowledged').target = '9h'; },
      [{ kind: 'changed', path: 'standards.email-acknowledged.target', before: '1d', after: '9h', effect: 'loosened', roles: ['contact-centre'] }]],
    ['a higher attainment is tightened', (p) => { standard(p, 'chat-answered').attainment = '90%'; },
      [{ kind: 'changed', path: 'standards.chat-answered.attainment', before: '85%', after: '90%', effect: 'tightened', roles: ['contact-centre'] }]],
    ['an at-most KPI with a lower target is tightened', (p) => { p.goals[0]!.kpis![1]!.target = 3; },
      [{ kind: 'changed', path: 'kpis.abandoned-calls.target', before: 5, after: 3, effect: 'tightened', roles: ['contact-centre', 'reception'] }]],
    ['an at-least KPI with a lower target is loosened', (p) => { p.goals[2]!.kpis![1]!.target = 80; },
      [{ kind: 'changed', path: 'kpis.satisfaction.target', before: 85, after: 80, effect: 'loosened', roles: ['service-team'] }]],
    ['an earlier escalation is tightened, for its owner and the level before', (p) => { p.escalation.levels[2]!.after = '20d'; },
      [{ kind: 'changed', path: 'escalation.levels.3.after', before: '30d', after: '20d', effect: 'tightened', roles: ['service-manager', 'team-leader'] }]],
    ['a target moved to another clock is changed, neither tightened nor loosened', (p) => { standard(p, 'email-answered').clock = 'calendar'; delete standard(p, 'email-answered').calendar; },
      [{ kind: 'changed', path: 'standards.email-answered.clock', before: 'business', after: 'calendar', effect: undefined, roles: ['contact-centre'] },
        { kind: 'changed', path: 'standards.email-answered.calendar', before: 'office-hours', after: undefined, effect: undefined, roles: ['contact-centre'] }]],
    ['a text changed in one language', (p) => { p.actions[0]!.title = 'Answer the phone'; },
      [{ kind: 'changed', path: 'actions.answer-calls.title', before: 'Answer the customer service line', after: 'Answer the phone', effect: undefined, roles: ['contact-centre'] }]],
    ['an action handed to another role concerns both', (p) => { p.actions[2]!.owner = 'contact-centre'; },
      [{ kind: 'changed', path: 'actions.serve-visitors.owner', before: 'reception', after: 'contact-centre', effect: undefined, roles: ['contact-centre', 'reception'] }]],
    ['a list of channels is compared whole', (p) => { p.actions[0]!.channels = ['phone', 'chat']; },
      [{ kind: 'changed', path: 'actions.answer-calls.channels', before: ['phone'], after: ['phone', 'chat'], effect: undefined, roles: ['contact-centre'] }]],
    ['the policy\'s own fields name no role', (p) => { p.review.next = '2027-01-15'; },
      [{ kind: 'changed', path: 'review.next', before: '2027-03-15', after: '2027-01-15', effect: undefined, roles: [] }]],
    ['the change history is not itself a change', (p) => { p.changes!.unshift({ version: '2.1.1', date: '2026-06-01', summary: 'Typos.' }); }, []],
  ])('%s', (_name, edit, expected) => {
    expect(brief(diffPolicies(council(), edited(edit)))).toEqual(expected);
  });

  it('reports removed and added items by id, with the roles of the version they are in', () => {
    const after = edited((p) => {
      p.standards = p.standards.filter((s) => s.id !== 'chat-answered');
      p.channels.push({ id: 'social', kind: 'social' });
      p.calendars![0]!.hours = '08:30-17:00';
      p.escalation.levels.splice(3, 0, { level: 5, owner: 'service-manager', after: '60d' });
    });
    expect(brief(diffPolicies(council(), after))).toEqual([
      { kind: 'changed', path: 'calendars.office-hours.hours', before: '09:00-17:00', after: '08:30-17:00', effect: undefined, roles: ['contact-centre', 'reception', 'service-team'] },
      { kind: 'added', path: 'channels.social', before: undefined, after: { id: 'social', kind: 'social' }, effect: undefined, roles: [] },
      { kind: 'removed', path: 'standards.chat-answered', before: standard(council(), 'chat-answered'), after: undefined, effect: undefined, roles: ['contact-centre'] },
      { kind: 'added', path: 'escalation.levels.5', before: undefined, after: { level: 5, owner: 'service-manager', after: '60d' }, effect: undefined, roles: ['service-manager'] },
    ]);
  });

  it('on per-weekday hours a working day is the usual day, as the business-time engine says', () => {
    // The council's offices close at 16:30 on Fridays: a working day is still the 8 hours of the other four.
    const weekly = (target: string) => {
      const policy = load('council-customer-service.en.yaml');
      standard(policy, 'email-answered').target = target;
      return policy;
    };
    expect(diffPolicies(weekly('5d'), weekly('3d')).map((c) => c.effect)).toEqual(['tightened']);
    expect(diffPolicies(weekly('5d'), weekly('40h')).map((c) => c.effect)).toEqual([undefined]);
    expect(diffPolicies(weekly('1d'), weekly('7h')).map((c) => c.effect)).toEqual(['tightened']);
  });

  it('on a calendar it cannot read compares targets in one unit only', () => {
    const broken = (target: string) => {
      const policy = council();
      policy.calendars![0]!.timezone = 'Mars/Olympus';
      standard(policy, 'email-answered').target = target;
      return policy;
    };
    expect(diffPolicies(broken('5d'), broken('3d')).map((c) => c.effect)).toEqual(['tightened']);
    expect(diffPolicies(broken('1d'), broken('7h')).map((c) => c.effect)).toEqual([undefined]);
  });

  it('matches KPIs by id even when they move to another goal', () => {
    const after = edited((p) => {
      const kpi = p.goals[0]!.kpis!.pop()!;
      p.goals[1]!.kpis!.push(kpi);
    });
    expect(brief(diffPolicies(council(), after))).toEqual([
      { kind: 'changed', path: 'kpis.abandoned-calls.goal', before: 'easy-contact', after: 'answered-right-first-time', effect: undefined, roles: ['contact-centre', 'reception'] },
    ]);
  });

  it('agrees with a plain reckoning of working hours on whether a target tightened', () => {
    // 09:00-17:00, five days: a working day is 8 hours and a working week 40.
    const hours: Record<string, number> = { m: 1 / 60, h: 1, d: 8, w: 40 };
    const duration = fc.tuple(fc.integer({ min: 1, max: 30 }), fc.constantFrom('m', 'h', 'd', 'w'));
    fc.assert(fc.property(duration, duration, ([a, ua], [b, ub]) => {
      const before = a * hours[ua]!;
      const after = b * hours[ub]!;
      const expected = Math.abs(before - after) < 1e-9 ? undefined : after < before ? 'tightened' : 'loosened';
      const old = edited((p) => { standard(p, 'email-answered').target = `${a}${ua}`; });
      const changes = diffPolicies(old, edited((p) => { standard(p, 'email-answered').target = `${b}${ub}`; }));
      return `${a}${ua}` === `${b}${ub}` ? changes.length === 0 : changes.length === 1 && changes[0]!.effect === expected;
    }), { ...PROPERTY_OPTIONS, numRuns: Math.min(PROPERTY_OPTIONS.numRuns ?? 1000, 300) } as fc.Parameters<[[number, string], [number, string]]>);
  });
});
