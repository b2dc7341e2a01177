import { testRule } from './rule-tester.js';

testRule('goal-mission-link', {
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
});
