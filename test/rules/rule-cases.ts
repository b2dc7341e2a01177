import { SECTIONS, type Section } from '../helpers/policy-text.js';

const PILOT = SECTIONS.pilot;
const pilotWithCriteria = (criteria: string) => PILOT.replace(/ {2}success_criteria:\n[\s\S]*$/, `  success_criteria:\n${criteria}`);

export interface RuleCase {
  name: string;
  sections: Partial<Record<Section, string>>;
  /** Date rules compare against; a fixed day keeps the cases stable. */
  today?: string;
  /** Rules turned off, for a case another rule would also report. */
  off?: string[];
}

export interface RuleTable {
  valid: RuleCase[];
  /** Each invalid case marks every line the rule must report with `#!`, and nothing else. */
  invalid: RuleCase[];
}

export const TODAY = '2026-06-01';

/** The base policy written in English and Arabic: every section that holds a text, in both. */
const BILINGUAL: Partial<Record<Section, string>> = {
  head: SECTIONS.head
    .replace('languages: [en]', 'languages: [en, ar]')
    .replace('title: Mini policy', 'title: { en: Mini policy, ar: سياسة مصغرة }')
    .replace('organisation: Example Ltd', 'organisation: { en: Example Ltd, ar: شركة المثال }')
    .replace('  name: Service lead', '  name: { en: Service lead, ar: قائد الخدمة }'),
  roles: `roles:\n  - { id: agent, name: { en: Agent, ar: موظف }, kind: front-line }\n  - { id: lead, name: { en: Team lead, ar: قائد الفريق }, kind: supervisor }\n`,
  goals: `goals:\n  - id: fast\n    category: retention\n    title: { en: Fast answers, ar: إجابات في الموعد }\n    kpis:\n      - { id: answered-1h, name: { en: Answered within 1 hour, ar: يُجاب خلال ساعة }, target: 90, unit: "%", direction: at-least }\n`,
  comparison: `comparison:\n  benchmarks:\n    - { kpi: answered-1h, kind: industry, against: { en: Sector, ar: القطاع }, value: 85, source: { en: Survey, ar: استطلاع }, date: 2025-01-01 }\n`,
  mission: `mission:\n  statement: { en: Serve well., ar: نخدم جيدًا. }\n  links:\n    - { goal: fast, rationale: { en: Speed keeps customers., ar: السرعة تحفظ العملاء. } }\n`,
  actions: `actions:\n  - { id: answer, goal: fast, title: { en: Answer enquiries, ar: الرد على الاستفسارات }, channels: [phone, email], owner: agent }\n`,
  pilot: PILOT.replace('customers: Callers to team A', 'customers: { en: Callers to team A, ar: متصلو الفريق أ }').replace(
    'notice: This is a trial; your comments shape the final policy.',
    'notice: { en: This is a trial; your comments shape the final policy., ar: هذه تجربة؛ ملاحظاتك تحدد السياسة النهائية. }',
  ),
};

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
      { name: 'an Arabic phrasing no list holds, "دون أي تأخير"', sections: { head: ARABIC_HEAD, standards: `standards:\n  - { id: first-reply, action: answer, metric: first-response, target: 1h, clock: business, calendar: office, text: { ar: "نرد دون أي تأخير" } } #!\n` } },
      { name: 'a pilot notice "shortly"', sections: { pilot: PILOT.replace(/notice: .*/, 'notice: This is a trial; we will ask for your view shortly. #!') } },
    ],
  },
  'standard-text-figures': {
    valid: [
      { name: 'the base policy, with no text', sections: {} },
      { name: 'texts that state the target, the share and the amount', sections: { standards: `standards:\n  - { id: first-reply, action: answer, metric: first-response, target: 1h, clock: business, calendar: office, attainment: 90%, text: "Reply within one working hour, in 90% of cases." }\n  - id: resolved\n    action: answer\n    metric: resolution\n    target: 2d\n    clock: business\n    calendar: office\n    text: Resolve within 2 working days.\n    compensation: { amount: 10, currency: GBP, payment: automatic, within: 10d, text: "We pay £10 within 10 days." }\n` } },
      { name: 'Arabic texts in Arabic-Indic digits and words', sections: { head: ARABIC_HEAD, standards: `standards:\n  - { id: first-reply, action: answer, metric: first-response, target: 1h, clock: business, calendar: office, attainment: 90%, text: { ar: "نرد خلال ساعة عمل في ٩٠٪ من الحالات" } }\n  - { id: resolved, action: answer, metric: resolution, target: 2d, clock: business, calendar: office, text: { ar: "نحل الطلب خلال يومي عمل" } }\n` } },
      { name: 'a working day of the calendar written in hours', sections: { standards: `standards:\n  - { id: first-reply, action: answer, metric: first-response, target: 1h, clock: business, calendar: office }\n  - { id: resolved, action: answer, metric: resolution, target: 2d, clock: business, calendar: office, text: "Resolve within 16 working hours; open 24 hours a day." }\n` } },
    ],
    invalid: [
      { name: 'a text left at 5 days when the target is 3', sections: { standards: `standards:\n  - { id: first-reply, action: answer, metric: first-response, target: 1h, clock: business, calendar: office }\n  - { id: resolved, action: answer, metric: resolution, target: 3d, clock: business, calendar: office, text: Reply in full within 5 working days. } #!\n` } },
      { name: 'an Arabic text in Arabic-Indic digits and a share in words', sections: { head: ARABIC_HEAD, standards: `standards:\n  - id: first-reply\n    action: answer\n    metric: first-response\n    target: 1h\n    clock: business\n    calendar: office\n    text: { ar: "نرد خلال ساعتين" } #!\n  - id: resolved\n    action: answer\n    metric: resolution\n    target: 2d\n    clock: business\n    calendar: office\n    attainment: 95%\n    text: { ar: "نحل الطلب خلال ٢ يوم عمل في تسعين بالمئة من الحالات" } #!\n` } },
      { name: 'a compensation text with another amount', sections: { standards: `standards:\n  - { id: first-reply, action: answer, metric: first-response, target: 1h, clock: business, calendar: office }\n  - id: resolved\n    action: answer\n    metric: resolution\n    target: 2d\n    clock: business\n    calendar: office\n    compensation:\n      amount: 20\n      currency: GBP\n      payment: automatic\n      text: We pay ten pounds. #!\n` } },
    ],
  },
  'impossible-value': {
    valid: [
      { name: 'the base policy, whose first escalation level is reached at once', sections: {} },
      { name: 'a KPI of 100% and a count KPI of 0', sections: { goals: `goals:\n  - id: fast\n    category: retention\n    title: Fast answers\n    kpis:\n      - { id: answered-1h, name: Answered within 1 hour, target: 100, unit: "%", direction: at-least }\n      - { id: complaints, name: Complaints a month, target: 0, unit: complaints, direction: at-most }\n`, comparison: `comparison:\n  benchmarks:\n    - { kpi: answered-1h, kind: industry, against: Sector, value: 85, source: Survey, date: 2025-01-01 }\n    - { kpi: complaints, kind: industry, against: Sector, value: 3, source: Survey, date: 2025-01-01 }\n` } },
    ],
    invalid: [
      { name: 'a target of zero', sections: { standards: `standards:\n  - { id: first-reply, action: answer, metric: first-response, target: PT0M, clock: business, calendar: office } #!\n  - { id: resolved, action: answer, metric: resolution, target: 2d, clock: business, calendar: office }\n` } },
      { name: 'an attainment of 0%', sections: { standards: `standards:\n  - { id: first-reply, action: answer, metric: first-response, target: 1h, clock: business, calendar: office, attainment: 0.0% } #!\n  - { id: resolved, action: answer, metric: resolution, target: 2d, clock: business, calendar: office }\n` } },
      { name: 'a payment within zero days', sections: { standards: `standards:\n  - { id: first-reply, action: answer, metric: first-response, target: 1h, clock: business, calendar: office }\n  - id: resolved\n    action: answer\n    metric: resolution\n    target: 2d\n    clock: business\n    calendar: office\n    compensation: { amount: 40, currency: GBP, payment: automatic, within: 0d } #!\n` } },
      { name: 'a KPI of 120%', sections: { goals: `goals:\n  - id: fast\n    category: retention\n    title: Fast answers\n    kpis:\n      - { id: answered-1h, name: Answered within 1 hour, target: 120, unit: "%", direction: at-least } #!\n` } },
      { name: 'a benchmark of 850% and a pilot target of -5%', sections: { comparison: `comparison:\n  benchmarks:\n    - { kpi: answered-1h, kind: industry, against: Sector, value: 850, source: Survey, date: 2025-01-01 } #!\n`, pilot: pilotWithCriteria(`    - { kpi: answered-1h, target: -5 } #!\n`) } },
      { name: 'an ombudsman deadline of zero', sections: { escalation: `escalation:\n  levels:\n    - { level: 1, owner: agent, after: 0m }\n    - { level: 2, external: { name: Ombudsman, deadline: 0mo }, after: 8w, final: true } #!\n` } },
      { name: 'a pilot of no weeks', sections: { pilot: PILOT.replace('duration: 2w', 'duration: 0w #!') } },
      { name: 'a review every zero months', sections: { review: `review:\n  cadence: 0mo #!\n  next: 2027-03-01\n` } },
      { name: 'a training of zero hours, refreshed every zero years', sections: { rollout: `rollout:\n  start: 2026-02-02\n  audiences: [agent, lead]\n  training:\n    - role: agent\n      format: workshop\n      duration: 0h #!\n      refresher: 0y #!\n` } },
    ],
  },
  'review-dates': {
    valid: [
      { name: 'the base policy', sections: {} },
      { name: 'six months from the last day of August', sections: { review: `review:\n  cadence: 6mo\n  last: 2026-08-31\n  next: 2027-02-28\n` } },
      { name: 'no last review', sections: { review: `review:\n  cadence: 1y\n  next: 2026-09-01\n` } },
    ],
    invalid: [
      { name: 'the last review after the next', sections: { review: `review:\n  cadence: 1y\n  last: 2027-05-01 #!\n  next: 2027-03-01\n` } },
      { name: 'the next review two years after the last', sections: { review: `review:\n  cadence: 1y\n  last: 2026-03-01\n  next: 2028-03-01 #!\n` } },
      { name: 'a year between reviews on a six-month cadence', sections: { review: `review:\n  cadence: 6mo\n  last: 2026-03-01\n  next: 2027-03-01 #!\n` } },
      { name: 'the policy takes effect after its next review', sections: { head: SECTIONS.head.replace('effective_date: 2026-03-01', 'effective_date: 2027-06-01 #!') } },
    ],
  },
  'change-history': {
    valid: [
      { name: 'the base policy, with no history', sections: {} },
      { name: 'a history newest first whose newest change is the version', sections: { review: `${SECTIONS.review}changes:\n  - { version: 1.0.0, date: 2026-02-20, summary: Targets cut. }\n  - { version: 0.9.0, date: 2026-02-20, summary: Same day draft. }\n  - { version: 0.10.0, date: 2025-01-01, summary: Older. }\n`.replace('0.10.0', '0.1.0') } },
    ],
    invalid: [
      { name: 'a version that is not the newest change', sections: { head: SECTIONS.head.replace('version: 1.0.0', 'version: 1.1.0 #!'), review: `${SECTIONS.review}changes:\n  - { version: 1.0.0, date: 2026-02-20, summary: Targets cut. }\n` } },
      { name: 'dates out of order', sections: { review: `${SECTIONS.review}changes:\n  - { version: 1.0.0, date: 2026-02-20, summary: Targets cut. }\n  - { version: 0.9.0, date: 2026-03-20, summary: Draft. } #!\n` } },
      { name: 'versions out of order', sections: { review: `${SECTIONS.review}changes:\n  - { version: 1.0.0, date: 2026-02-20, summary: Targets cut. }\n  - version: 1.2.0 #!\n    date: 2026-01-20\n    summary: Draft.\n` } },
    ],
  },
  'rollout-dates': {
    valid: [
      { name: 'the base policy', sections: {} },
      { name: 'training on the day of the rollout, acknowledgement after it', sections: { rollout: `rollout:\n  start: 2026-02-02\n  audiences: [agent, lead]\n  training:\n    - { role: agent, format: workshop, date: 2026-02-02 }\n    - { role: lead, format: e-learning }\n  acknowledgement: { required: true, by: 2026-02-02 }\n` } },
    ],
    invalid: [
      { name: 'a training after the rollout', sections: { rollout: `rollout:\n  start: 2026-02-02\n  audiences: [agent, lead]\n  training:\n    - { role: agent, format: workshop, date: 2026-02-20 } #!\n` } },
      { name: 'a training before the pilot', sections: { rollout: `rollout:\n  start: 2026-02-02\n  audiences: [agent, lead]\n  training:\n    - role: agent\n      format: workshop\n      date: 2025-01-20 #!\n` } },
      { name: 'acknowledgement due before the rollout', sections: { rollout: `rollout:\n  start: 2026-02-02\n  audiences: [agent, lead]\n  acknowledgement:\n    required: true\n    by: 2026-01-30 #!\n` } },
    ],
  },
  'text-languages': {
    valid: [
      { name: 'the base policy', sections: {} },
      { name: 'the bilingual base policy', sections: BILINGUAL },
    ],
    invalid: [
      { name: 'ra: for ar:', sections: { ...BILINGUAL, mission: `mission:\n  statement:\n    en: Serve well.\n    ra: نخدم جيدًا. #!\n  links:\n    - { goal: fast, rationale: { en: Speed keeps customers., ar: السرعة تحفظ العملاء. } }\n` }, off: ['translation-missing'] },
      { name: 'eng: and ar-SA: for declared languages', sections: { ...BILINGUAL, actions: `actions:\n  - id: answer\n    goal: fast\n    title: #!\n      eng: Answer enquiries #!\n      ar-SA: الرد على الاستفسارات #!\n    channels: [phone, email]\n    owner: agent\n` }, off: ['translation-missing'] },
      { name: 'an Arabic text in an English policy', sections: { head: SECTIONS.head.replace('organisation: Example Ltd', 'organisation: #!\n  ar: شركة المثال #!') } },
      { name: 'a declared language no text uses', sections: { head: SECTIONS.head.replace('languages: [en]', 'languages:\n  - en\n  - ra #!') }, off: ['translation-missing'] },
    ],
  },
  'translation-missing': {
    valid: [
      { name: 'the bilingual base policy', sections: BILINGUAL },
      { name: 'an English policy', sections: {} },
    ],
    invalid: [
      { name: 'a text without its Arabic', sections: { ...BILINGUAL, actions: `actions:\n  - { id: answer, goal: fast, title: { en: Answer enquiries }, channels: [phone, email], owner: agent } #!\n` } },
      { name: 'a plain string and a dropped line', sections: { ...BILINGUAL, mission: `mission:\n  statement: Serve well. #!\n  links:\n    - goal: fast\n      rationale: #!\n        en: Speed keeps customers.\n` } },
    ],
  },
  'standard-channel': {
    valid: [
      { name: 'the base policy', sections: {} },
      { name: "a standard on one of its action's channels", sections: { standards: `standards:\n  - { id: first-reply, action: answer, metric: first-response, channel: email, target: 1h, clock: business, calendar: office }\n  - { id: resolved, action: answer, metric: resolution, target: 2d, clock: business, calendar: office }\n` } },
    ],
    invalid: [
      { name: 'a standard on a channel its action does not use', sections: { channels: `${SECTIONS.channels}  - { id: chat, kind: chat }\n`, standards: `standards:\n  - id: first-reply\n    action: answer\n    metric: first-response\n    channel: chat #!\n    target: 1h\n    clock: business\n    calendar: office\n  - { id: resolved, action: answer, metric: resolution, target: 2d, clock: business, calendar: office }\n` } },
    ],
  },
  'benchmark-position': {
    valid: [
      { name: 'the base policy, with no position', sections: {} },
      { name: 'ahead, level and behind as the numbers say', sections: { goals: `goals:\n  - id: fast\n    category: retention\n    title: Fast answers\n    kpis:\n      - { id: answered-1h, name: Answered within 1 hour, target: 90, unit: "%", direction: at-least }\n      - { id: abandoned, name: Calls abandoned, target: 5, unit: "%", direction: at-most }\n`, comparison: `comparison:\n  benchmarks:\n    - { kpi: answered-1h, kind: industry, against: Sector, value: 85, source: Survey, date: 2025-01-01, position: ahead }\n    - { kpi: answered-1h, kind: competitor, against: Rival, value: 90, source: Report, date: 2025-01-01, position: level }\n    - { kpi: answered-1h, kind: competitor, against: Rival B, value: 86, source: Report, date: 2025-01-01, position: level }\n    - { kpi: answered-1h, kind: competitor, against: Rival C, value: 89, source: Report, date: 2025-01-01, position: ahead }\n    - { kpi: abandoned, kind: competitor, against: Rival, value: 3, source: Report, date: 2025-01-01, position: behind }\n    - { kpi: abandoned, kind: industry, against: Sector, value: 2, source: Report, date: 2025-01-01, position: not-competitive }\n` } },
    ],
    invalid: [
      { name: 'level when ten points ahead', sections: { comparison: `comparison:\n  benchmarks:\n    - { kpi: answered-1h, kind: industry, against: Sector, value: 80, source: Survey, date: 2025-01-01, position: level } #!\n` } },
      { name: 'ahead when behind', sections: { comparison: `comparison:\n  benchmarks:\n    - { kpi: answered-1h, kind: industry, against: Sector, value: 95, source: Survey, date: 2025-01-01, position: ahead } #!\n` } },
      { name: 'behind on an at-most KPI that is ahead', sections: { goals: `goals:\n  - id: fast\n    category: retention\n    title: Fast answers\n    kpis:\n      - { id: answered-1h, name: Calls abandoned, target: 5, unit: "%", direction: at-most }\n`, comparison: `comparison:\n  benchmarks:\n    - kpi: answered-1h\n      kind: industry\n      against: Sector\n      value: 7\n      source: Survey\n      date: 2025-01-01\n      position: behind #!\n` } },
    ],
  },
  'resolution-after-response': {
    valid: [
      { name: 'the base policy', sections: {} },
      { name: 'different priorities are not compared', sections: { standards: `standards:\n  - { id: first-reply, action: answer, metric: first-response, priority: low, target: 2d, clock: calendar }\n  - { id: resolved, action: answer, metric: resolution, priority: high, target: 4h, clock: calendar }\n` } },
      { name: 'an enquiry answered in 2 days beside a complaint acknowledged in 3', sections: { actions: `${SECTIONS.actions}  - { id: complaints, goal: fast, title: Handle complaints, channels: [phone, email], owner: lead }\n`, standards: `${SECTIONS.standards}  - { id: enquiry-answered, action: answer, metric: resolution, target: 2d, clock: business, calendar: office }\n  - { id: complaint-acknowledged, action: complaints, metric: acknowledgement, target: 3d, clock: business, calendar: office }\n  - { id: complaint-answered, action: complaints, metric: resolution, target: 10d, clock: business, calendar: office }\n` } },
      { name: 'a faster urgent resolution than the general response is another priority', sections: { standards: `standards:\n  - { id: first-reply, action: answer, metric: first-response, priority: low, target: 1d, clock: calendar }\n  - { id: resolved, action: answer, metric: resolution, priority: urgent, target: 4h, clock: calendar }\n` } },
      { name: 'an urgent resolution in two working days of business hours after a general acknowledgement in one working day', sections: { standards: `standards:\n  - { id: first-reply, action: answer, metric: acknowledgement, target: 1d, clock: working-days, calendar: office }\n  - { id: resolved, action: answer, metric: resolution, target: 5d, clock: business, calendar: office }\n  - { id: urgent-resolved, action: answer, metric: resolution, priority: urgent, target: 16h, clock: business, calendar: office }\n` } },
      { name: 'a working day is the calendar\u2019s 8 hours', sections: { standards: `standards:\n  - { id: first-reply, action: answer, metric: first-response, target: 8h, clock: business, calendar: office }\n  - { id: resolved, action: answer, metric: resolution, target: 1d, clock: business, calendar: office }\n` } },
    ],
    invalid: [
      { name: 'resolution shorter than response', sections: { standards: `standards:\n  - id: first-reply\n    action: answer\n    metric: first-response\n    target: 1d\n    clock: calendar\n  - id: resolved\n    action: answer\n    metric: resolution\n    target: 4h #!\n    clock: calendar\n` } },
      { name: 'an urgent resolution shorter than the general acknowledgement it refines', sections: { standards: `standards:\n  - { id: first-reply, action: answer, metric: acknowledgement, target: 1d, clock: calendar }\n  - { id: resolved, action: answer, metric: resolution, target: 2d, clock: calendar }\n  - { id: urgent-resolved, action: answer, metric: resolution, priority: urgent, target: 12h, clock: calendar } #!\n` } },
      { name: 'a resolution in calendar hours shorter than a working-day response', sections: { standards: `standards:\n  - { id: first-reply, action: answer, metric: first-response, target: 1d, clock: business, calendar: office }\n  - { id: resolved, action: answer, metric: resolution, target: 6h, clock: calendar } #!\n` } },
      { name: 'an urgent resolution in business hours shorter than the general acknowledgement in working days', sections: { standards: `standards:\n  - { id: first-reply, action: answer, metric: acknowledgement, target: 2d, clock: working-days, calendar: office }\n  - { id: resolved, action: answer, metric: resolution, target: 5d, clock: business, calendar: office }\n  - { id: urgent-resolved, action: answer, metric: resolution, priority: urgent, target: 4h, clock: business, calendar: office } #!\n` } },
      { name: 'ISO durations on one channel', sections: { standards: `standards:\n  - { id: first-reply, action: answer, metric: answer, channel: phone, target: PT2H, clock: calendar }\n  - { id: resolved, action: answer, metric: resolution, channel: phone, target: PT1H30M, clock: calendar } #!\n` } },
    ],
  },
  'standard-pauses': {
    valid: [
      { name: 'the base policy', sections: {} },
      { name: 'resolution paused while waiting on the customer and on hold, an update while waiting', sections: { standards: `standards:\n  - { id: first-reply, action: answer, metric: first-response, target: 1h, clock: business, calendar: office }\n  - { id: resolved, action: answer, metric: resolution, target: 2d, clock: business, calendar: office, pauses: [waiting-on-customer, on-hold] }\n  - { id: updated, action: answer, metric: update, target: 1d, clock: business, calendar: office, pauses: [waiting-on-customer] }\n` } },
    ],
    invalid: [
      { name: 'a first response that pauses', sections: { standards: `standards:\n  - { id: first-reply, action: answer, metric: first-response, target: 1h, clock: business, calendar: office, pauses: [waiting-on-customer] } #!\n  - { id: resolved, action: answer, metric: resolution, target: 2d, clock: business, calendar: office }\n` } },
      { name: 'on hold alone', sections: { standards: `standards:\n  - { id: first-reply, action: answer, metric: first-response, target: 1h, clock: business, calendar: office }\n  - id: resolved\n    action: answer\n    metric: resolution\n    target: 2d\n    clock: business\n    calendar: office\n    pauses: [on-hold] #!\n` } },
    ],
  },
  'business-hours-calendar': {
    valid: [{ name: 'the base policy', sections: {} }],
    invalid: [
      { name: 'working days without a calendar', sections: { standards: `standards:\n  - { id: first-reply, action: answer, metric: first-response, target: 1h, clock: business, calendar: office }\n  - { id: resolved, action: answer, metric: resolution, target: 2d, clock: working-days } #!\n` } },
      { name: 'business clock without calendar', sections: { standards: `standards:\n  - { id: first-reply, action: answer, metric: first-response, target: 1h, clock: business, calendar: office }\n  - id: resolved\n    action: answer\n    metric: resolution\n    target: 2d\n    clock: business #!\n` } }],
  },
  'calendar-hours': {
    valid: [
      { name: 'the base policy', sections: {} },
      { name: 'per-weekday hours, a split shift, past midnight, a Ramadan season and a closure', sections: { calendars: `calendars:\n  - id: office\n    timezone: Asia/Riyadh\n    week:\n      sun: [08:00-12:00, 16:00-20:00]\n      mon: 08:00-16:00\n      thu: 22:00-02:00+1\n    seasons:\n      - { from: 2027-02-08, to: 2027-03-08, hours: [10:00-16:00, 21:00-01:00+1] }\n      - { from: 2027-03-09, to: 2027-03-20, days: [sun], hours: 00:00-24:00 }\n      - { from: 2027-03-10, to: 2027-03-12, hours: 12:00-14:00 }\n    holidays:\n      - { date: 2027-03-21, until: 2027-03-23, estimated: true }\n` } },
      { name: 'open round the clock', sections: { calendars: `calendars:\n  - { id: office, timezone: Asia/Riyadh, always_open: true }\n` } },
    ],
    invalid: [
      { name: 'hours that close before they open', sections: { calendars: `calendars:\n  - id: office\n    timezone: Europe/London\n    days: [mon, tue, wed, thu, fri]\n    hours: 17:00-09:00 #!\n` } },
      { name: 'a night shift without +1 and an overlapping split shift', sections: { calendars: `calendars:\n  - id: office\n    timezone: Europe/London\n    week:\n      mon: 22:00-02:00 #!\n      tue:\n        - 09:00-13:00\n        - 12:00-17:00 #!\n` } },
      { name: 'a time zone misspelt, with a suggestion', sections: { calendars: `calendars:\n  - id: office\n    timezone: Europe/Londn #!\n    days: [mon, tue, wed, thu, fri]\n    hours: 09:00-17:00\n` } },
      { name: 'a time zone that does not exist', sections: { calendars: `calendars:\n  - id: office\n    timezone: Mars/Olympus_Mons #!\n    days: [mon, tue, wed, thu, fri]\n    hours: 09:00-17:00\n` } },
      { name: 'a calendar with no opening hours', sections: { calendars: `calendars:\n  - id: office #!\n    timezone: Europe/London\n` } },
      { name: 'seasons and closures that end before they start, and seasons that overlap', sections: { calendars: `calendars:\n  - id: office\n    timezone: Europe/London\n    days: [mon, tue, wed, thu, fri]\n    hours: 09:00-17:00\n    seasons:\n      - { from: 2026-12-01, to: 2026-11-24, hours: 10:00-16:00 } #!\n      - { from: 2027-07-01, to: 2027-08-31, hours: 09:00-15:00 }\n      - { from: 2027-08-01, to: 2027-09-15, hours: 09:00-14:00 } #!\n    holidays:\n      - { date: 2026-12-25, until: 2026-12-20 } #!\n      - { date: 2027-03-29, name: Easter Monday }\n` } },
    ],
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
      { name: 'the last level marked final: false', sections: { escalation: `escalation:\n  levels:\n    - { level: 1, owner: agent, after: 0m }\n    - level: 2\n      owner: lead\n      after: 1d\n      final: false #!\n` } },
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
  'calendar-holidays-expire': {
    valid: [
      { name: 'a calendar with no holidays and no country', sections: {} },
      { name: 'holidays up to the review, listed out of order', sections: { calendars: `calendars:\n  - id: office\n    timezone: Europe/London\n    days: [mon, tue, wed, thu, fri]\n    hours: 09:00-17:00\n    holidays:\n      - { date: 2027-04-02, name: Good Friday }\n      - { date: 2026-12-25, name: Christmas Day }\n` } },
      { name: 'a closure whose until reaches the review', sections: { calendars: `calendars:\n  - id: office\n    timezone: Europe/London\n    days: [mon, tue, wed, thu, fri]\n    hours: 09:00-17:00\n    country: GB-ENG\n    holidays:\n      - { date: 2026-12-24, until: 2027-03-01, name: Winter closure }\n` } },
      { name: 'a holiday list that ends on the review day itself', sections: { calendars: `calendars:\n  - id: office\n    timezone: Europe/London\n    days: [mon, tue, wed, thu, fri]\n    hours: 09:00-17:00\n    holidays:\n      - { date: 2027-03-01, name: St David's Day }\n` } },
    ],
    invalid: [
      { name: 'holidays that end before the review', sections: { calendars: `calendars:\n  - id: office\n    timezone: Europe/London\n    days: [mon, tue, wed, thu, fri]\n    hours: 09:00-17:00\n    holidays:\n      - { date: 2026-08-31, name: Summer bank holiday }\n      - { date: 2026-12-28, name: Boxing Day (substitute) } #!\n` } },
      { name: 'a closure that ends first though listed first', sections: { calendars: `calendars:\n  - id: office\n    timezone: Europe/London\n    days: [mon, tue, wed, thu, fri]\n    hours: 09:00-17:00\n    holidays:\n      - { date: 2027-01-20, until: 2027-02-10, name: Refit } #!\n      - { date: 2026-12-25, name: Christmas Day }\n` } },
      { name: 'a country but no holidays', sections: { calendars: `calendars:\n  - id: office\n    timezone: Europe/London\n    days: [mon, tue, wed, thu, fri]\n    hours: 09:00-17:00\n    country: SA #!\n` } },
    ],
  },
  'kpi-benchmark': {
    valid: [{ name: 'the base policy', sections: {} }],
    invalid: [{ name: 'a KPI without benchmark', sections: { comparison: '', goals: `goals:\n  - id: fast\n    category: retention\n    title: Fast answers\n    kpis:\n      - { id: answered-1h, name: Answered within 1 hour, target: 90, unit: "%", direction: at-least } #!\n` } }],
  },
};
