import { testRule, PILOT } from './rule-tester.js';

testRule('pilot-success-criteria', {
  valid: [{ name: 'the base policy', sections: {} }],
  invalid: [{ name: 'no criteria', sections: { pilot: PILOT.replace(/ {2}success_criteria:\n.*\n/, '  success_criteria: [] #!\n') } }],
});
