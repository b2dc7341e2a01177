import { describe, expect, it } from 'vitest';
import { lintText } from '../src/core/lint.js';
import { markedLines, policyText, SECTIONS } from './helpers/policy-text.js';

/** The shapes format 1 gained for what real charters say; each `#!` line must get a schema finding. */
const lint = (text: string, lang: 'en' | 'ar' = 'en') => lintText(text, 'policy.yaml', { lang, today: '2026-06-01' });
const calendar = (body: string) => ({ calendars: `calendars:\n  - id: office\n    timezone: Europe/London\n${body}` });

const VALID: { name: string; sections: Parameters<typeof policyText>[0] }[] = [
  { name: 'hours per weekday with a split shift', sections: calendar(`    week:\n      mon: [09:00-13:00, 16:00-20:00]\n      fri: 09:00-16:30\n`) },
  { name: 'hours that run past midnight', sections: calendar(`    days: [fri, sat]\n    hours: 18:00-02:00+1\n`) },
  { name: 'open all day, every day', sections: calendar(`    always_open: true\n`) },
  { name: 'the whole day written 00:00-24:00', sections: calendar(`    days: [mon, tue, wed, thu, fri, sat, sun]\n    hours: 00:00-24:00\n`) },
  {
    name: 'a closure of several days, an estimated holiday and shorter hours in Ramadan',
    sections: calendar(`    days: [sun, mon, tue, wed, thu]\n    hours: 08:00-20:00\n    country: SA\n    holidays:\n      - { date: 2027-03-09, until: 2027-03-12, name: Eid al-Fitr, estimated: true }\n    seasons:\n      - { name: Ramadan, from: 2027-02-08, to: 2027-03-08, hours: 10:00-16:00 }\n`),
  },
  {
    name: 'compensation, a segment and a working-days clock',
    sections: {
      roles: `${SECTIONS.roles}segments:\n  - { id: vulnerable, name: Customers who need extra help, basis: need }\n`,
      standards: `${SECTIONS.standards}  - id: bill-reply\n    action: answer\n    metric: resolution\n    segment: vulnerable\n    target: 24h\n    clock: working-days\n    calendar: office\n    compensation: { amount: 40, currency: GBP, payment: automatic, within: 10d, late_payment: { amount: 10, after: 10d } }\n`,
    },
  },
  {
    name: 'training with duration, topics and refresher; feedback with an owner and a follow-up',
    sections: { rollout: `rollout:\n  start: 2026-02-02\n  audiences: [agent, lead]\n  training:\n    - { role: agent, format: workshop, duration: 2h, topics: [Complaint timescales], refresher: 1y }\nfeedback:\n  - { topic: complaints, method: survey, frequency: monthly, owner: lead, follow_up: "You said, we did" }\n` },
  },
  {
    name: 'a resolution whose clock stops while the case waits on the customer or is on hold',
    sections: { standards: `${SECTIONS.standards}  - { id: resolved-paused, action: answer, metric: resolution, target: 3d, clock: business, calendar: office, pauses: [waiting-on-customer, on-hold] }\n` },
  },
  {
    name: 'pilot results and a decision',
    sections: { pilot: `${SECTIONS.pilot}  results:\n    date: 2026-01-20\n    responses: 120\n    dissatisfied: 20\n    satisfied: 70\n    loyal: 30\n    criteria: [{ kpi: answered-1h, target: 85, actual: 88, met: true }]\n    decision: adopt\n` },
  },
];

const INVALID: { name: string; sections: Parameters<typeof policyText>[0]; message: RegExp }[] = [
  { name: 'an hour that does not exist', sections: calendar(`    days: [mon]\n    hours: 25:00-26:00 #!\n`), message: /HH:MM-HH:MM/ },
  { name: 'a bad shift in a split shift', sections: calendar(`    week:\n      mon: [09:00-13:00, 16:00-20:60] #!\n`), message: /HH:MM-HH:MM/ },
  { name: 'a weekday that is not one', sections: calendar(`    week:\n      mon: 09:00-17:00\n      thr: 09:00-17:00 #!\n`), message: /thr.*did you mean "thu"/ },
  { name: 'a currency in lower case', sections: { standards: `${SECTIONS.standards}  - { id: pay, action: answer, metric: resolution, target: 5d, clock: calendar, compensation: { amount: 40, currency: gbp, payment: automatic } } #!\n` }, message: /ISO 4217/ },
  { name: 'compensation of nothing', sections: { standards: `${SECTIONS.standards}  - { id: pay, action: answer, metric: resolution, target: 5d, clock: calendar, compensation: { amount: 0, currency: GBP, payment: automatic } } #!\n` }, message: /more than 0/ },
  { name: 'a clock that is not one', sections: { standards: `${SECTIONS.standards}  - { id: pay, action: answer, metric: resolution, target: 5d, clock: working-hours } #!\n` }, message: /"working-days"/ },
  { name: 'a pause that is not one', sections: { standards: `${SECTIONS.standards}  - id: paused\n    action: answer\n    metric: resolution\n    target: 5d\n    clock: calendar\n    pauses: [waiting-on-customer, lunch] #!\n` }, message: /"waiting-on-customer" or "on-hold"/ },
  { name: 'a pilot decision that is not one', sections: { pilot: `${SECTIONS.pilot}  results: { date: 2026-01-20, responses: 1, dissatisfied: 0, satisfied: 1, loyal: 0, decision: maybe } #!\n` }, message: /"adopt" or "revise"/ },
];

describe('format 1 holds what real charters say', () => {
  it.each(VALID)('$name', ({ sections }) => {
    expect(lint(policyText(sections))).toEqual([]);
  });

  it.each(INVALID)('rejects $name on its line', ({ sections, message }) => {
    const text = policyText(sections);
    const findings = lint(text);
    expect(findings.map((f) => f.ruleId)).toEqual(findings.map(() => 'schema'));
    expect([...new Set(findings.map((f) => f.line))]).toEqual(markedLines(text));
    expect(findings.map((f) => f.message).join('\n')).toMatch(message);
  });

  it('words the new shapes in Arabic too', () => {
    const findings = lint(policyText(calendar(`    days: [mon]\n    hours: 25:00-26:00\n`)), 'ar');
    expect(findings[0]?.message).toMatch(/يجب أن تكون ساعات العمل/);
  });
});
