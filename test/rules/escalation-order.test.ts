import { testRule } from './rule-tester.js';

testRule('escalation-order', {
  valid: [{ name: 'the base policy', sections: {} }],
  invalid: [
    { name: 'delays that do not grow', sections: { escalation: `escalation:\n  levels:\n    - { level: 1, owner: agent, after: 4h }\n    - { level: 2, owner: lead, after: 240m, final: true } #!\n` } },
    { name: 'levels out of order', sections: { escalation: `escalation:\n  levels:\n    - { level: 2, owner: agent, after: 0m } #!\n    - { level: 1, owner: lead, after: 1d, final: true } #!\n` } },
  ],
});
