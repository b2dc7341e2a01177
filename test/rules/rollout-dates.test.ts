import { testRule } from './rule-tester.js';

testRule('rollout-dates', {
  valid: [
    { name: 'the base policy', sections: {} },
    { name: 'training on the day of the rollout, acknowledgement after it', sections: { rollout: `rollout:\n  start: 2026-02-02\n  audiences: [agent, lead]\n  training:\n    - { role: agent, format: workshop, date: 2026-02-02 }\n    - { role: lead, format: e-learning }\n  acknowledgement: { required: true, by: 2026-02-02 }\n` } },
  ],
  invalid: [
    { name: 'a training after the rollout', sections: { rollout: `rollout:\n  start: 2026-02-02\n  audiences: [agent, lead]\n  training:\n    - { role: agent, format: workshop, date: 2026-02-20 } #!\n` } },
    { name: 'a training before the pilot', sections: { rollout: `rollout:\n  start: 2026-02-02\n  audiences: [agent, lead]\n  training:\n    - role: agent\n      format: workshop\n      date: 2025-01-20 #!\n` } },
    { name: 'acknowledgement due before the rollout', sections: { rollout: `rollout:\n  start: 2026-02-02\n  audiences: [agent, lead]\n  acknowledgement:\n    required: true\n    by: 2026-01-30 #!\n` } },
  ],
});
