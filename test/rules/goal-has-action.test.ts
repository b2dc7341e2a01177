import { testRule, SECTIONS } from './rule-tester.js';

testRule('goal-has-action', {
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
});
