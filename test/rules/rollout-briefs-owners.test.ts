import { testRule } from './rule-tester.js';

testRule('rollout-briefs-owners', {
  valid: [{ name: 'the base policy', sections: {} }],
  invalid: [{ name: 'the escalation owner is not briefed', sections: { rollout: `rollout:\n  start: 2026-02-02\n  audiences: [agent] #!\n` } }],
});
