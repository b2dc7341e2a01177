import { testRule } from './rule-tester.js';

testRule('pilot-before-rollout', {
  valid: [
    { name: 'the base policy', sections: {} },
    { name: 'rollout the day the pilot ends', sections: { rollout: `rollout:\n  start: 2026-01-19\n  audiences: [agent, lead]\n` } },
  ],
  invalid: [{ name: 'rollout during the pilot', sections: { rollout: `rollout:\n  start: 2026-01-12 #!\n  audiences: [agent, lead]\n` } }],
});
