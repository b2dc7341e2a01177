import { testRule } from './rule-tester.js';

testRule('escalation-final', {
  valid: [{ name: 'the base policy', sections: {} }],
  invalid: [
    { name: 'no final level', sections: { escalation: `escalation:\n  levels:\n    - { level: 1, owner: agent, after: 0m }\n    - { level: 2, owner: lead, after: 1d } #!\n` } },
    { name: 'the last level marked final: false', sections: { escalation: `escalation:\n  levels:\n    - { level: 1, owner: agent, after: 0m }\n    - level: 2\n      owner: lead\n      after: 1d\n      final: false #!\n` } },
    { name: 'final before the end', sections: { escalation: `escalation:\n  levels:\n    - level: 1\n      owner: agent\n      after: 0m\n      final: true #!\n    - { level: 2, owner: lead, after: 1d, final: true }\n` } },
  ],
});
