import { testRule, SECTIONS, pilotWithCriteria } from './rule-tester.js';

testRule('reference-resolves', {
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
});
