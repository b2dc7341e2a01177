import { testRule, SECTIONS } from './rule-tester.js';

testRule('action-measurable', {
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
});
