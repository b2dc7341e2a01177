import { testRule, PILOT } from './rule-tester.js';

testRule('pilot-informs-customers', {
  valid: [
    { name: 'the base policy', sections: {} },
    { name: 'no pilot at all', sections: { pilot: '' } },
  ],
  invalid: [
    { name: 'customers not told', sections: { pilot: PILOT.replace('customers_informed: true', 'customers_informed: false #!') } },
    { name: 'told, but no notice', sections: { pilot: PILOT.replace('customers_informed: true', 'customers_informed: true #!').replace(/ {2}notice: .*\n/, '') } },
  ],
});
