import { testRule, SECTIONS } from './rule-tester.js';

testRule('standard-channel', {
  valid: [
    { name: 'the base policy', sections: {} },
    { name: "a standard on one of its action's channels", sections: { standards: `standards:\n  - { id: first-reply, action: answer, metric: first-response, channel: email, target: 1h, clock: business, calendar: office }\n  - { id: resolved, action: answer, metric: resolution, target: 2d, clock: business, calendar: office }\n` } },
  ],
  invalid: [
    { name: 'a standard on a channel its action does not use', sections: { channels: `${SECTIONS.channels}  - { id: chat, kind: chat }\n`, standards: `standards:\n  - id: first-reply\n    action: answer\n    metric: first-response\n    channel: chat #!\n    target: 1h\n    clock: business\n    calendar: office\n  - { id: resolved, action: answer, metric: resolution, target: 2d, clock: business, calendar: office }\n` } },
  ],
});
