import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { renderBriefing } from '../../src/brief/render.js';
import { briefingView } from '../../src/brief/view.js';
import type { Policy } from '../../src/core/policy.js';

const load = (name: string) => parse(readFileSync(new URL(`../../policies/${name}`, import.meta.url), 'utf8')) as Policy;
const council = load('council-customer-service.en.yaml');
const telecom = load('telecom-complaints.ar.yaml');
const bank = load('bank-complaints.bilingual.yaml');
const water = load('water-utility.en.yaml');

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
    expect(bankView.actions[0]!.standards[0]!.sentence).toBe('حُلّ الطلب خلال 15 يوم عمل (الأولوية: شكوى تتعلق بخدمات الدفع)، في 95% من الحالات.');
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
      intro: 'From 7 September 2026 for 6 weeks the policy is being tried out before it is rolled out to everyone.',
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
    expect(view.changes).toEqual([{ version: '2.1.0', date: '15 March 2026', summary: 'Web chat added during office hours; e-mail reply target cut from 10 to 5 working days.' }]);
    expect(view.acknowledgement).toEqual({ by: 'Please sign by 31 March 2026.' });
    expect(view.reviewNote).toBe('Review cycle: 1 year. Next review due on 15 March 2027.');
  });

  it('says what the customer is paid when a standard is missed, and the late-payment top-up', () => {
    const view = briefingView(water, 'complaints-officer', 'en');
    const [standard] = view.actions[0]!.standards;
    expect(standard!.sentence).toBe('Resolve within 7 working days (priority: Standard), 99% of the time.');
    expect(standard!.compensation).toBe('If we miss this, we pay you £40 automatically within 10 working days; £10 more if that payment is late.');
    const onClaim = structuredClone(water);
    onClaim.standards[0]!.compensation = { amount: 12.5, currency: 'GBP', payment: 'on-claim' };
    expect(briefingView(onClaim, 'complaints-officer', 'en').actions[0]!.standards[0]!.compensation).toBe('If we miss this, we pay you £12.50 when you claim it.');
    expect(briefingView(water, 'complaints-officer', 'ar').actions[0]!.standards[0]!.compensation)
      .toBe('إن أخفقنا في ذلك ندفع لك \u2068\u200f40\u00a0UK£\u2069 تلقائيًا خلال 10 أيام عمل؛ و\u2068\u200f10\u00a0UK£\u2069 إضافية إن تأخر هذا الدفع.');
  });

  it('reads the working-days clock as working hours, and names the segment a standard is for', () => {
    const view = briefingView(water, 'contact-adviser', 'en');
    const callback = view.actions[1]!.standards[0]!;
    expect(callback.sentence).toBe('Give a first response within 24 working hours for Customers on the Priority Services Register, 95% of the time.');
    expect(callback.clock).toBe('every hour of working days (Contact centre hours Monday to Friday 08:00-20:00; Saturday 08:30-13:00)');
    expect(callback.segment).toBe('Customers on the Priority Services Register');
  });

  it('says opening hours in plain words: split shifts, 24/7, a week from Sunday, hours past midnight', () => {
    const adviser = briefingView(water, 'contact-adviser', 'en');
    expect(adviser.channels.find((c) => c.name.startsWith('Customer centre'))!.hours).toBe('Customer centre opening hours Monday to Friday 09:30-12:30, 13:30-16:30');
    expect(briefingView(water, 'emergency-adviser', 'en').channels[0]!.hours).toBe('Every hour of every day always open');
    const officer = briefingView(telecom, 'complaints-officer', 'ar');
    expect(officer.actions[0]!.standards[0]!.clock).toBe('الوقت الفعلي');
    const agent = briefingView(telecom, 'call-agent', 'ar');
    const season = agent.closures.flatMap((c) => c.seasons);
    expect(season).toEqual(['ساعات رمضان، من 8 فبراير 2027 إلى 8 مارس 2027: الأحد إلى الخميس 10:00-16:00، 21:00-01:00 (اليوم التالي)']);
  });

  it('escalates after working days where a level runs on the working clock', () => {
    const view = briefingView(water, 'complaints-officer', 'en');
    expect(view.escalation.levels.map((level) => level.after)).toEqual(['at the start', 'after 5 working days', 'after 7 working days', 'after 8 weeks']);
    expect(view.escalation.guidance).toEqual(['If the case is still open 5 working days after it was opened, escalate it to Contact centre team manager.']);
  });

  it('lists the closures still to come, marking Islamic dates as estimated', () => {
    const agent = briefingView(telecom, 'call-agent', 'ar', { today: '2027-01-01' });
    expect(agent.closures[0]!.closed).toEqual([
      { dates: '22 فبراير 2027', name: 'يوم التأسيس', estimated: false },
      { dates: 'من 9 مارس 2027 إلى 12 مارس 2027', name: 'إجازة عيد الفطر 1448', estimated: true },
      { dates: 'من 15 مايو 2027 إلى 18 مايو 2027', name: 'إجازة عيد الأضحى 1448', estimated: true },
      { dates: '23 سبتمبر 2027', name: 'اليوم الوطني', estimated: false },
    ]);
    expect(briefingView(telecom, 'call-agent', 'ar').closures[0]!.closed).toHaveLength(5);
    expect(briefingView(water, 'emergency-adviser', 'en').closures).toEqual([]);
  });

  it("gives the role its own training, the feedback it owns with its follow-up, and the pilot's results to pilot staff", () => {
    const officer = briefingView(water, 'complaints-officer', 'en');
    expect(officer.training).toEqual([{
      format: 'workshop', when: '15 September 2026', length: '4 hours', topics: ['Writing a full answer', 'When a payment is due'], refresher: 'Refresher every 1 year',
    }]);
    expect(officer.feedback).toEqual([{
      line: 'complaints: by survey, monthly',
      followUp: "Each complaint's root cause goes to the monthly service review, and we write back to say what changed.",
    }]);
    expect(officer.pilotResults).toEqual({
      responses: '412 responses by 10 August 2026: 14% dissatisfied, 60% satisfied, 26% loyal.',
      criteria: [
        'Written complaints answered within 7 working days: 96.5% against a target of 95% (met)',
        'Other written contacts answered within 10 working days: 93.8% against a target of 95% (not met)',
      ],
      topics: ['speed of response to enquiries: gap -0.8 (390 responses)', 'complaints: gap -0.3 (122 responses)'],
      decision: 'Decision: the policy is adopted.',
      notes: 'Adopted; a second writer joins the written-contacts team to close the gap on 10 working days.',
    });
    const director = briefingView(water, 'cx-director', 'en');
    expect(director.pilotResults).toBeUndefined();
    expect(director.training).toEqual([]);
    expect(director.feedback).toEqual([]);
    expect(briefingView(water, 'emergency-adviser', 'en').training[0]!.refresher).toBe('Refresher every 6 months');
  });
});

describe('dates in the organisation\'s locale', () => {
  it('writes a UK council\'s dates the British way, from its calendars\' country', () => {
    expect(briefingView(council, 'reception', 'en').changes[0]!.date).toBe('15 March 2026');
  });

  it('follows the policy\'s own locale over the calendars\' country', () => {
    expect(briefingView({ ...council, locale: 'en-US' }, 'reception', 'en').changes[0]!.date).toBe('March 15, 2026');
  });

  it('groups amounts as the locale does: £1,00,000 in India, £100,000 in the UK', () => {
    const big = structuredClone(water);
    const standard = big.standards.find((s) => s.compensation)!;
    standard.compensation = { amount: 100000, currency: 'GBP', payment: 'on-claim' };
    const compensation = (policy: typeof water) => briefingView(policy, 'complaints-officer', 'en').actions.flatMap((a) => a.standards).map((s) => s.compensation).find(Boolean);
    expect(compensation(big)).toContain('£100,000');
    expect(compensation({ ...big, locale: 'en-IN' })).toContain('£1,00,000');
  });

  it('writes US dates when nothing says where the organisation is', () => {
    const calendars = council.calendars!.map(({ country: _country, ...rest }) => rest);
    expect(briefingView({ ...council, calendars }, 'reception', 'en').changes[0]!.date).toBe('March 15, 2026');
  });
});

describe('left-to-right runs in Arabic briefings', () => {
  it('isolates the version and a contact that is not Arabic; English is left as written', () => {
    const withMail = { ...telecom, channels: telecom.channels.map((channel, i) => (i === 0 ? { ...channel, contact: 'care@telecom.example' } : channel)) };
    const view = briefingView(withMail, 'call-agent', 'ar');
    expect(view.policy.version).toBe('\u20683.0.0\u2069');
    expect(view.changes[0]!.version).toBe('\u20683.0.0\u2069');
    expect(view.channels.map((channel) => channel.contact)).toContain('\u2068care@telecom.example\u2069');
    expect(briefingView(council, 'reception', 'en').policy.version).toBe('2.1.0');
    // HTML marks the run with <bdi>; Markdown keeps the isolates, which have no markup there.
    expect(renderBriefing('<p><%= it.policy.version %></p>', view, 'html')).toBe('<p><bdi>3.0.0</bdi></p>');
    expect(renderBriefing('<%= it.policy.version %>\n', view, 'md')).toBe('\u20683.0.0\u2069\n');
  });
});
