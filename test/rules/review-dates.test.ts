import { testRule, SECTIONS } from './rule-tester.js';

testRule('review-dates', {
  valid: [
    { name: 'the base policy', sections: {} },
    { name: 'six months from the last day of August', sections: { review: `review:\n  cadence: 6mo\n  last: 2026-08-31\n  next: 2027-02-28\n` } },
    { name: 'no last review', sections: { review: `review:\n  cadence: 1y\n  next: 2026-09-01\n` } },
  ],
  invalid: [
    { name: 'the last review after the next', sections: { review: `review:\n  cadence: 1y\n  last: 2027-05-01 #!\n  next: 2027-03-01\n` } },
    { name: 'the next review two years after the last', sections: { review: `review:\n  cadence: 1y\n  last: 2026-03-01\n  next: 2028-03-01 #!\n` } },
    { name: 'a year between reviews on a six-month cadence', sections: { review: `review:\n  cadence: 6mo\n  last: 2026-03-01\n  next: 2027-03-01 #!\n` } },
    { name: 'the policy takes effect after its next review', sections: { head: SECTIONS.head.replace('effective_date: 2026-03-01', 'effective_date: 2027-06-01 #!') } },
  ],
});
