import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { briefingView } from '../../src/brief/view.js';
import type { Policy } from '../../src/core/policy.js';

const load = (name: string) => parse(readFileSync(new URL(`../../policies/${name}`, import.meta.url), 'utf8')) as Policy;
const council = load('council-customer-service.en.yaml');
const telecom = load('telecom-complaints.ar.yaml');
const bank = load('bank-complaints.bilingual.yaml');

describe('a briefing view', () => {
  it('gives a role its own actions, with standards as sentences with numbers and clocks', () => {
    const view = briefingView(council, 'contact-centre', 'en');
    expect(view.heading).toBe('Briefing for Contact centre adviser');
    expect(view.actions.map((a) => a.title)).toEqual(['Answer the customer service line', 'Answer e-mail and web chat']);
    expect(view.actions[1]!.standards.map((s) => s.sentence)).toEqual([
      'Acknowledge within 1 working day on e-mail, 95% of the time.',
      'Resolve within 5 working days on e-mail, 90% of the time.',
      'Give a first response within 2 minutes on Web chat, 85% of the time.',
    ]);
    expect(view.actions[0]!.standards[0]!.clock).toBe('working hours (Council office hours Monday to Thursday 09:00-17:00; Friday 09:00-16:30)');
  });

  it('says the same in Arabic, with Arabic plurals', () => {
    const view = briefingView(telecom, 'complaints-officer', 'ar');
    expect(view.dir).toBe('rtl');
    expect(view.actions[0]!.standards.map((s) => s.sentence)).toEqual([
      'أشعر العميل بالاستلام خلال يوم، في 100% من الحالات.',
      'حُلّ الطلب خلال 5 أيام، في 95% من الحالات.',
    ]);
    const bankView = briefingView(bank, 'complaints-handler', 'ar');
    expect(bankView.actions[0]!.standards[0]!.sentence).toBe('حُلّ الطلب خلال 15 يوم عمل (أولوية payment-services)، في 95% من الحالات.');
  });

  it('shows the goals the role serves, with the mission rationale', () => {
    const view = briefingView(council, 'reception', 'en');
    expect(view.mission.goals).toEqual([
      {
        title: 'Residents reach us easily, whatever channel they choose',
        rationale: 'Residents who cannot reach us cannot use the services we exist to provide.',
        kpis: ['Calls answered within 30 seconds: 80%', 'Calls abandoned before answer: 5%'],
      },
    ]);
  });

  it('places the role on the escalation ladder and says when to escalate, to whom', () => {
    const leader = briefingView(council, 'team-leader', 'en');
    expect(leader.escalation.levels.map((l) => [l.level, l.mine, l.after])).toEqual([
      [1, false, 'at the start'], [2, true, 'after 10 days'], [3, false, 'after 30 days'], [4, false, 'after 50 days'],
    ]);
    expect(leader.escalation.guidance).toEqual(['If the case is still open 30 days after it was opened, escalate it to Head of Customer Services.']);
    const agent = briefingView(council, 'contact-centre', 'en');
    expect(agent.escalation.guidance).toEqual(['Cases you cannot resolve go to Service team officer. A complaint is received by any channel.']);
    expect(agent.escalation.levels[3]!.when).toBe('The resident remains dissatisfied after stage 2. The customer has 1 year to turn to them.');
  });

  it('lists the customer expectations the role serves and first-contact guidance', () => {
    const view = briefingView(council, 'reception', 'en');
    expect(view.expectations.map((e) => e.label)).toEqual(['Availability', 'A welcome', 'Respect']);
    expect(view.firstContact[0]).toBe('Greet the resident positively and introduce yourself at once.');
  });

  it('tells pilot staff about the trial, and only them, only during a pilot', () => {
    const inPilot = briefingView(bank, 'complaints-handler', 'en');
    expect(inPilot.pilot).toEqual({
      intro: 'From September 7, 2026 for 6 weeks the policy is being tried out before it is rolled out to everyone.',
      customers: 'Customers who complain through WhatsApp.',
      notice: bank.pilot!.notice && (bank.pilot!.notice as Record<string, string>).en,
      feedback: '',
      criteria: ['Complaints acknowledged within 5 working days: 100%', 'Payment-services complaints answered within 15 business days: 90%'],
    });
    expect(briefingView(bank, 'cx-head', 'en').pilot).toBeUndefined();
    expect(briefingView(council, 'contact-centre', 'en').pilot).toBeUndefined();
  });

  it('shows what changed in this version, the acknowledgement and the next review', () => {
    const view = briefingView(council, 'service-team', 'en');
    expect(view.changes).toEqual([{ version: '2.1.0', date: 'March 15, 2026', summary: 'Web chat added during office hours; e-mail reply target cut from 10 to 5 working days.' }]);
    expect(view.acknowledgement).toEqual({ by: 'Please sign by March 31, 2026.' });
    expect(view.reviewNote).toBe('Review cycle: 1 year. Next review due on March 15, 2027.');
  });
});
