import { testRule } from './rule-tester.js';

testRule('review-cadence', {
  valid: [
    { name: 'the base policy', sections: {} },
    { name: 'twelve months in ISO form', sections: { review: `review:\n  cadence: P12M\n  next: 2027-03-01\n` } },
  ],
  invalid: [{ name: 'every two years', sections: { review: `review:\n  cadence: 2y #!\n  next: 2027-03-01\n` } }],
});
