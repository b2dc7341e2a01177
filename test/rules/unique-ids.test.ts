import { testRule, SECTIONS } from './rule-tester.js';

testRule('unique-ids', {
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
});
