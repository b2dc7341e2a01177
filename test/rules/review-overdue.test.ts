import { testRule } from './rule-tester.js';

testRule('review-overdue', {
  valid: [{ name: 'the base policy', sections: {} }, { name: 'due today', sections: {}, today: '2027-03-01' }],
  invalid: [{ name: 'past the next review', sections: { review: `review:\n  cadence: 1y\n  next: 2026-05-01 #!\n` } }],
});
