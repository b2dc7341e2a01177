import { testRule } from './rule-tester.js';

testRule('escalation-owner', {
  valid: [
    { name: 'the base policy', sections: {} },
    { name: 'an outside body as the last level', sections: { escalation: `escalation:\n  levels:\n    - { level: 1, owner: agent, after: 0m }\n    - { level: 2, external: { name: Ombudsman, deadline: 6mo }, after: 8w, final: true }\n` } },
  ],
  invalid: [
    { name: 'a level with no owner', sections: { escalation: `escalation:\n  levels:\n    - { level: 1, owner: agent, after: 0m }\n    - { level: 2, after: 1d, final: true } #!\n` } },
    { name: 'a level with two owners', sections: { escalation: `escalation:\n  levels:\n    - { level: 1, owner: agent, after: 0m }\n    - level: 2\n      owner: lead\n      external: { name: Regulator } #!\n      after: 1d\n      final: true\n` } },
  ],
});
