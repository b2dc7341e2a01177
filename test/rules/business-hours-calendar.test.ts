import { testRule } from './rule-tester.js';

testRule('business-hours-calendar', {
  valid: [{ name: 'the base policy', sections: {} }],
  invalid: [
    { name: 'working days without a calendar', sections: { standards: `standards:\n  - { id: first-reply, action: answer, metric: first-response, target: 1h, clock: business, calendar: office }\n  - { id: resolved, action: answer, metric: resolution, target: 2d, clock: working-days } #!\n` } },
    { name: 'business clock without calendar', sections: { standards: `standards:\n  - { id: first-reply, action: answer, metric: first-response, target: 1h, clock: business, calendar: office }\n  - id: resolved\n    action: answer\n    metric: resolution\n    target: 2d\n    clock: business #!\n` } }],
});
