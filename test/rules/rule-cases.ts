import { SECTIONS, type Section } from '../helpers/policy-text.js';

const PILOT = SECTIONS.pilot;
const pilotWithCriteria = (criteria: string) => PILOT.replace(/ {2}success_criteria:\n[\s\S]*$/, `  success_criteria:\n${criteria}`);

export interface RuleCase {
  name: string;
  sections: Partial<Record<Section, string>>;
  /** Date rules compare against; a fixed day keeps the cases stable. */
  today?: string;
}

export interface RuleTable {
  valid: RuleCase[];
  /** Each invalid case marks every line the rule must report with `#!`, and nothing else. */
  invalid: RuleCase[];
}

export const TODAY = '2026-06-01';

/** The base head of a policy written in Arabic. */
const ARABIC_HEAD = SECTIONS.head.replace('languages: [en]', 'languages: [ar]');

/** Cases per rule id; test/rules/rules.test.ts requires one table for every registered rule. */
export const RULE_TABLES: Record<string, RuleTable> = {
  'unique-ids': {
    valid: [
      { name: 'a priority and a segment with the same id', sections: { roles: `${SECTIONS.roles}priorities:\n  - { id: key, name: Key }\nsegments:\n  - { id: key, name: Key accounts }\n` } },
      { name: 'the base policy', sections: {} },
      { name: 'the same id in two kinds', sections: { channels: `channels:\n  - { id: phone, kind: phone, calendar: office }\n  - { id: email, kind: email }\n  - { id: agent, kind: chat }\n` } },
    ],
    invalid: [
      { name: 'a repeated priority id', sections: { roles: `${SECTIONS.roles}priorities:\n  - { id: urgent, name: Urgent }\n  - { id: urgent, name: Very urgent } #!\n` } },
      { name: 'a repeated role id', sections: { roles: `roles:\n  - { id: agent, name: Agent, kind: front-line }\n  - { id: lead, name: Team lead, kind: supervisor }\n  - { id: agent, name: Other agent, kind: front-line } #!\n` } },
      {
        name: 'a KPI id repeated under another goal',
        sections: {
          goals: `${SECTIONS.goals}  - id: kind
    category: experience
    title: Kind answers
    kpis:
      - { id: answered-1h, name: Duplicate, target: 1, unit: "%", direction: at-least } #!
`,
          mission: `${SECTIONS.mission}    - { goal: kind, rationale: Kindness too. }\n`,
          actions: `${SECTIONS.actions}  - { id: smile, goal: kind, title: Smile, owner: agent }\n`,
          standards: `${SECTIONS.standards}  - { id: smile-now, action: smile, metric: first-response, target: 5m, clock: calendar }\n`,
        },
      },
      { name: 'a repeated standard id', sections: { standards: `standards:\n  - { id: first-reply, action: answer, metric: first-response, target: 1h, clock: business, calendar: office }\n  - { id: first-reply, action: answer, metric: resolution, target: 2d, clock: business, calendar: office } #!\n` } },
    ],
  },
  'reference-resolves': {
    valid: [
      { name: 'the base policy', sections: {} },
      { name: 'a free-form priority where no priorities are listed', sections: { standards: `${SECTIONS.standards}  - { id: urgent-reply, action: answer, metric: first-response, priority: urgent, target: 30m, clock: business, calendar: office }\n` } },
      {
        name: 'listed priorities and segments',
        sections: {
          roles: `${SECTIONS.roles}priorities:\n  - { id: urgent, name: Urgent }\nsegments:\n  - { id: vip, name: Key accounts, basis: importance }\n`,
          standards: `${SECTIONS.standards}  - { id: vip-reply, action: answer, metric: first-response, priority: urgent, segment: vip, target: 30m, clock: business, calendar: office }\n`,
        },
      },
    ],
    invalid: [
      {
        name: 'a priority that is not among the listed ones',
        sections: {
          roles: `${SECTIONS.roles}priorities:\n  - { id: urgent, name: Urgent }\n`,
          standards: `${SECTIONS.standards}  - { id: vip-reply, action: answer, metric: first-response, priority: urgen, target: 30m, clock: business, calendar: office } #!\n`,
        },
      },
      { name: 'a segment that is not defined', sections: { standards: `${SECTIONS.standards}  - { id: vip-reply, action: answer, metric: first-response, segment: vip, target: 30m, clock: business, calendar: office } #!\n` } },
      { name: 'feedback owned by an undefined role', sections: { rollout: `${SECTIONS.rollout}feedback:\n  - { topic: complaints, method: survey, frequency: monthly, owner: manager } #!\n` } },
      { name: 'an escalation level on an undefined calendar', sections: { escalation: `escalation:\n  levels:\n    - { level: 1, owner: agent, after: 0m }\n    - { level: 2, owner: lead, after: 1d, clock: business, calendar: offise, final: true } #!\n` } },
      { name: 'an action owned by an undefined role', sections: { actions: `actions:\n  - { id: answer, goal: fast, title: Answer enquiries, channels: [phone, email], owner: agnet } #!\n` } },
      { name: 'an undefined channel in an action', sections: { actions: `actions:\n  - id: answer\n    goal: fast\n    title: Answer enquiries\n    channels:\n      - phone\n      - fax #!\n    owner: agent\n` } },
      { name: 'a standard on an undefined calendar', sections: { standards: `standards:\n  - { id: first-reply, action: answer, metric: first-response, target: 1h, clock: business, calendar: ofice } #!\n  - { id: resolved, action: answer, metric: resolution, target: 2d, clock: business, calendar: office }\n` } },
      { name: 'a benchmark of an undefined KPI', sections: { comparison: `comparison:\n  benchmarks:\n    - { kpi: answered-1h, kind: industry, against: Sector, value: 85, source: Survey, date: 2025-01-01 }\n    - { kpi: nps, kind: industry, against: Sector, value: 30, source: Survey, date: 2025-01-01 } #!\n` } },
      { name: 'a mission link to an undefined goal', sections: { mission: `${SECTIONS.mission}    - { goal: cheap, rationale: Nobody defined it. } #!\n` } },
      { name: 'an escalation level owned by an undefined role', sections: { escalation: `escalation:\n  levels:\n    - { level: 1, owner: agent, after: 0m }\n    - { level: 2, owner: boss, after: 1d, final: true } #!\n` } },
      { name: 'a pilot criterion on an undefined KPI', sections: { pilot: pilotWithCriteria(`    - { kpi: answered-2h, target: 85 } #!\n`) } },
      { name: 'a rollout audience that is no role', sections: { rollout: `rollout:\n  start: 2026-02-02\n  audiences: [agent, lead, everyone] #!\n` } },
    ],
  },
  'goal-has-action': {
    valid: [{ name: 'the base policy', sections: {} }],
    invalid: [
      {
        name: 'a goal no action serves',
        sections: {
          goals: `${SECTIONS.goals}  - id: loyal #!
    category: relationship
    title: Loyal customers
`,
          mission: `${SECTIONS.mission}    - { goal: loyal, rationale: Loyalty lasts. }\n`,
        },
      },
    ],
  },
  'goal-mission-link': {
    valid: [{ name: 'the base policy', sections: {} }],
    invalid: [
      {
        name: 'a goal without a mission link',
        sections: {
          goals: `goals:
  - id: fast #!
    category: retention
    title: Fast answers
    kpis:
      - { id: answered-1h, name: Answered within 1 hour, target: 90, unit: "%", direction: at-least }
`,
          mission: `mission:\n  statement: Serve well.\n  links: []\n`,
        },
      },
    ],
  },
  'action-measurable': {
    valid: [{ name: 'the base policy', sections: {} }],
    invalid: [
      {
        name: 'an action with no standard',
        sections: { actions: `${SECTIONS.actions}  - { id: follow-up, goal: fast, title: Call back, owner: agent } #!\n` },
      },
      {
        name: 'two actions, standards for one',
        sections: { actions: `actions:\n  - { id: call-back, goal: fast, title: Call back, owner: lead } #!\n  - { id: answer, goal: fast, title: Answer enquiries, channels: [phone, email], owner: agent }\n` },
      },
    ],
  },
  'vague-standard': {
    valid: [
      { name: 'the base policy', sections: {} },
      { name: 'a number in the wording', sections: { standards: `standards:\n  - { id: first-reply, action: answer, metric: first-response, target: 1h, clock: business, calendar: office, text: "Reply within 1 working hour; breakfast is not a reason." }\n` } },
      { name: 'a team called fast-track and a quoted name', sections: { standards: `standards:\n  - { id: first-reply, action: answer, metric: first-response, target: 1h, clock: business, calendar: office, text: 'The fast-track team answers the "Quick Pay" line within 1 working hour.' }\n  - { id: resolved, action: answer, metric: resolution, target: 2d, clock: business, calendar: office }\n` } },
      { name: 'Arabic names that hold a vague word', sections: { head: ARABIC_HEAD, standards: `standards:\n  - id: first-reply\n    action: answer\n    metric: first-response\n    target: 1h\n    clock: business\n    calendar: office\n    text: { ar: "خط الدفع الفوري وفريق المسار السريع خلال ساعة" }\n  - { id: resolved, action: answer, metric: resolution, target: 2d, clock: business, calendar: office }\n` } },
    ],
    invalid: [
      { name: 'ASAP in English', sections: { standards: `standards:\n  - { id: first-reply, action: answer, metric: first-response, target: 1h, clock: business, calendar: office, text: Reply ASAP. } #!\n` } },
      { name: 'quickly in Arabic, with diacritics, on its own line', sections: { head: ARABIC_HEAD, standards: `standards:\n  - id: first-reply\n    action: answer\n    metric: first-response\n    target: 1h\n    clock: business\n    calendar: office\n    text:\n      ar: "نرد على العميل فوراً وبأسرع وقت" #!\n  - { id: resolved, action: answer, metric: resolution, target: 2d, clock: business, calendar: office }\n` } },
      { name: 'no target at all', sections: { standards: `standards:\n  - { id: first-reply, action: answer, metric: first-response, target: 1h, clock: business, calendar: office }\n  - { id: resolved, action: answer, metric: resolution, clock: calendar } #!\n` } },
      { name: 'a remedy "without undue delay"', sections: { standards: `standards:\n  - { id: first-reply, action: answer, metric: first-response, target: 1h, clock: business, calendar: office }\n  - id: resolved\n    action: answer\n    metric: resolution\n    target: 2d\n    clock: business\n    calendar: office\n    remedy: We put it right without undue delay. #!\n` } },
      { name: 'an Arabic remedy spelt without hamza, and a compensation text', sections: { head: ARABIC_HEAD, standards: `standards:\n  - { id: first-reply, action: answer, metric: first-response, target: 1h, clock: business, calendar: office }\n  - id: resolved\n    action: answer\n    metric: resolution\n    target: 2d\n    clock: business\n    calendar: office\n    remedy:\n      ar: نصحح الخطأ باسرع وقت. #!\n    compensation:\n      amount: 40\n      currency: GBP\n      payment: automatic\n      text: يُدفع التعويض فوراً #!\n` } },
      { name: 'an escalation condition "right away"', sections: { escalation: `escalation:\n  levels:\n    - { level: 1, owner: agent, after: 0m }\n    - { level: 2, owner: lead, after: 1d, final: true, when: Not fixed right away. } #!\n` } },
      { name: 'an action step "على وجه السرعه"', sections: { head: ARABIC_HEAD, actions: `actions:\n  - id: answer\n    goal: fast\n    title: Answer enquiries\n    channels: [phone, email]\n    owner: agent\n    steps:\n      - سجّل المكالمة.\n      - ar: اتصل بالعميل على وجه السرعه #!\n` } },
      { name: 'a pilot notice "shortly"', sections: { pilot: PILOT.replace(/notice: .*/, 'notice: This is a trial; we will ask for your view shortly. #!') } },
    ],
  },
  'resolution-after-response': {
    valid: [
      { name: 'the base policy', sections: {} },
      { name: 'different priorities are not compared', sections: { standards: `standards:\n  - { id: first-reply, action: answer, metric: first-response, priority: low, target: 2d, clock: calendar }\n  - { id: resolved, action: answer, metric: resolution, priority: high, target: 4h, clock: calendar }\n` } },
      { name: 'a working day is the calendar\u2019s 8 hours', sections: { standards: `standards:\n  - { id: first-reply, action: answer, metric: first-response, target: 8h, clock: business, calendar: office }\n  - { id: resolved, action: answer, metric: resolution, target: 1d, clock: business, calendar: office }\n` } },
    ],
    invalid: [
      { name: 'resolution shorter than response', sections: { standards: `standards:\n  - id: first-reply\n    action: answer\n    metric: first-response\n    target: 1d\n    clock: calendar\n  - id: resolved\n    action: answer\n    metric: resolution\n    target: 4h #!\n    clock: calendar\n` } },
      { name: 'ISO durations on one channel', sections: { standards: `standards:\n  - { id: first-reply, action: answer, metric: answer, channel: phone, target: PT2H, clock: calendar }\n  - { id: resolved, action: answer, metric: resolution, channel: phone, target: PT1H30M, clock: calendar } #!\n` } },
    ],
  },
  'business-hours-calendar': {
    valid: [{ name: 'the base policy', sections: {} }],
    invalid: [{ name: 'business clock without calendar', sections: { standards: `standards:\n  - { id: first-reply, action: answer, metric: first-response, target: 1h, clock: business, calendar: office }\n  - id: resolved\n    action: answer\n    metric: resolution\n    target: 2d\n    clock: business #!\n` } }],
  },
  'escalation-order': {
    valid: [{ name: 'the base policy', sections: {} }],
    invalid: [
      { name: 'delays that do not grow', sections: { escalation: `escalation:\n  levels:\n    - { level: 1, owner: agent, after: 4h }\n    - { level: 2, owner: lead, after: 240m, final: true } #!\n` } },
      { name: 'levels out of order', sections: { escalation: `escalation:\n  levels:\n    - { level: 2, owner: agent, after: 0m } #!\n    - { level: 1, owner: lead, after: 1d, final: true } #!\n` } },
    ],
  },
  'escalation-owner': {
    valid: [
      { name: 'the base policy', sections: {} },
      { name: 'an outside body as the last level', sections: { escalation: `escalation:\n  levels:\n    - { level: 1, owner: agent, after: 0m }\n    - { level: 2, external: { name: Ombudsman, deadline: 6mo }, after: 8w, final: true }\n` } },
    ],
    invalid: [
      { name: 'a level with no owner', sections: { escalation: `escalation:\n  levels:\n    - { level: 1, owner: agent, after: 0m }\n    - { level: 2, after: 1d, final: true } #!\n` } },
      { name: 'a level with two owners', sections: { escalation: `escalation:\n  levels:\n    - { level: 1, owner: agent, after: 0m }\n    - level: 2\n      owner: lead\n      external: { name: Regulator } #!\n      after: 1d\n      final: true\n` } },
    ],
  },
  'escalation-final': {
    valid: [{ name: 'the base policy', sections: {} }],
    invalid: [
      { name: 'no final level', sections: { escalation: `escalation:\n  levels:\n    - { level: 1, owner: agent, after: 0m }\n    - { level: 2, owner: lead, after: 1d } #!\n` } },
      { name: 'final before the end', sections: { escalation: `escalation:\n  levels:\n    - level: 1\n      owner: agent\n      after: 0m\n      final: true #!\n    - { level: 2, owner: lead, after: 1d, final: true }\n` } },
    ],
  },
  'pilot-informs-customers': {
    valid: [
      { name: 'the base policy', sections: {} },
      { name: 'no pilot at all', sections: { pilot: '' } },
    ],
    invalid: [
      { name: 'customers not told', sections: { pilot: PILOT.replace('customers_informed: true', 'customers_informed: false #!') } },
      { name: 'told, but no notice', sections: { pilot: PILOT.replace('customers_informed: true', 'customers_informed: true #!').replace(/ {2}notice: .*\n/, '') } },
    ],
  },
  'pilot-success-criteria': {
    valid: [{ name: 'the base policy', sections: {} }],
    invalid: [{ name: 'no criteria', sections: { pilot: PILOT.replace(/ {2}success_criteria:\n.*\n/, '  success_criteria: [] #!\n') } }],
  },
  'pilot-before-rollout': {
    valid: [
      { name: 'the base policy', sections: {} },
      { name: 'rollout the day the pilot ends', sections: { rollout: `rollout:\n  start: 2026-01-19\n  audiences: [agent, lead]\n` } },
    ],
    invalid: [{ name: 'rollout during the pilot', sections: { rollout: `rollout:\n  start: 2026-01-12 #!\n  audiences: [agent, lead]\n` } }],
  },
  'rollout-briefs-owners': {
    valid: [{ name: 'the base policy', sections: {} }],
    invalid: [{ name: 'the escalation owner is not briefed', sections: { rollout: `rollout:\n  start: 2026-02-02\n  audiences: [agent] #!\n` } }],
  },
  'review-cadence': {
    valid: [
      { name: 'the base policy', sections: {} },
      { name: 'twelve months in ISO form', sections: { review: `review:\n  cadence: P12M\n  next: 2027-03-01\n` } },
    ],
    invalid: [{ name: 'every two years', sections: { review: `review:\n  cadence: 2y #!\n  next: 2027-03-01\n` } }],
  },
  'review-overdue': {
    valid: [{ name: 'the base policy', sections: {} }, { name: 'due today', sections: {}, today: '2027-03-01' }],
    invalid: [{ name: 'past the next review', sections: { review: `review:\n  cadence: 1y\n  next: 2026-05-01 #!\n` } }],
  },
  'kpi-benchmark': {
    valid: [{ name: 'the base policy', sections: {} }],
    invalid: [{ name: 'a KPI without benchmark', sections: { comparison: '', goals: `goals:\n  - id: fast\n    category: retention\n    title: Fast answers\n    kpis:\n      - { id: answered-1h, name: Answered within 1 hour, target: 90, unit: "%", direction: at-least } #!\n` } }],
  },
};
