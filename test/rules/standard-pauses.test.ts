import { testRule } from './rule-tester.js';

testRule('standard-pauses', {
  valid: [
    { name: 'the base policy', sections: {} },
    { name: 'resolution paused while waiting on the customer and on hold, an update while waiting', sections: { standards: `standards:\n  - { id: first-reply, action: answer, metric: first-response, target: 1h, clock: business, calendar: office }\n  - { id: resolved, action: answer, metric: resolution, target: 2d, clock: business, calendar: office, pauses: [waiting-on-customer, on-hold] }\n  - { id: updated, action: answer, metric: update, target: 1d, clock: business, calendar: office, pauses: [waiting-on-customer] }\n` } },
  ],
  invalid: [
    { name: 'a first response that pauses', sections: { standards: `standards:\n  - { id: first-reply, action: answer, metric: first-response, target: 1h, clock: business, calendar: office, pauses: [waiting-on-customer] } #!\n  - { id: resolved, action: answer, metric: resolution, target: 2d, clock: business, calendar: office }\n` } },
    { name: 'on hold alone', sections: { standards: `standards:\n  - { id: first-reply, action: answer, metric: first-response, target: 1h, clock: business, calendar: office }\n  - id: resolved\n    action: answer\n    metric: resolution\n    target: 2d\n    clock: business\n    calendar: office\n    pauses: [on-hold] #!\n` } },
  ],
});
