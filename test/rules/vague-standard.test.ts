import { testRule, PILOT, ARABIC_HEAD } from './rule-tester.js';

testRule('vague-standard', {
  valid: [
    { name: 'the base policy', sections: {} },
    { name: 'a number in the wording', sections: { standards: `standards:\n  - { id: first-reply, action: answer, metric: first-response, target: 1h, clock: business, calendar: office, text: "Reply within 1 working hour; breakfast is not a reason." }\n` } },
    { name: 'a team called fast-track and a quoted name', sections: { standards: `standards:\n  - { id: first-reply, action: answer, metric: first-response, target: 1h, clock: business, calendar: office, text: 'The fast-track team answers the "Quick Pay" line within 1 working hour.' }\n  - { id: resolved, action: answer, metric: resolution, target: 2d, clock: business, calendar: office }\n` } },
    { name: 'Arabic names that hold a vague word', sections: { head: ARABIC_HEAD, standards: `standards:\n  - id: first-reply\n    action: answer\n    metric: first-response\n    target: 1h\n    clock: business\n    calendar: office\n    text: { ar: "خط الدفع الفوري وفريق المسار السريع خلال ساعة" }\n  - { id: resolved, action: answer, metric: resolution, target: 2d, clock: business, calendar: office }\n` } },
  ],
  invalid: [
    { name: 'ASAP in English', sections: { standards: `standards:\n  - { id: first-reply, action: answer, metric: first-response, target: 1h, clock: business, calendar: office, text: Reply ASAP. } #!\n` } },
    { name: 'quickly in Arabic, with diacritics, on its own line', sections: { head: ARABIC_HEAD, standards: `standards:\n  - id: first-reply\n    action: answer\n    metric: first-response\n    target: 1h\n    clock: business\n    calendar: office\n    text:\n      ar: "نرد على العميل فوراً وبأسرع وقت" #!\n  - { id: resolved, action: answer, metric: resolution, target: 2d, clock: business, calendar: office }\n` } },
    { name: 'no target at all', sections: { standards: `standards:\n  - { id: first-reply, action: answer, metric: first-response, target: 1h, clock: business, calendar: office }\n  - { id: resolved, action: answer, metric: resolution, clock: calendar } #!\n` } },
    { name: 'a remedy "without undue delay"', sections: { standards: `standards:\n  - { id: first-reply, action: answer, metric: first-response, target: 1h, clock: business, calendar: office }\n  - id: resolved\n    action: answer\n    metric: resolution\n    target: 2d\n    clock: business\n    calendar: office\n    remedy: We put it right without undue delay. #!\n` } },
    { name: 'an Arabic remedy spelt without hamza, and a compensation text', sections: { head: ARABIC_HEAD, standards: `standards:\n  - { id: first-reply, action: answer, metric: first-response, target: 1h, clock: business, calendar: office }\n  - id: resolved\n    action: answer\n    metric: resolution\n    target: 2d\n    clock: business\n    calendar: office\n    remedy:\n      ar: نصحح الخطأ باسرع وقت. #!\n    compensation:\n      amount: 40\n      currency: GBP\n      payment: automatic\n      text: يُدفع التعويض فوراً #!\n` } },
    { name: 'an escalation condition "right away"', sections: { escalation: `escalation:\n  levels:\n    - { level: 1, owner: agent, after: 0m }\n    - { level: 2, owner: lead, after: 1d, final: true, when: Not fixed right away. } #!\n` } },
    { name: 'an action step "على وجه السرعه"', sections: { head: ARABIC_HEAD, actions: `actions:\n  - id: answer\n    goal: fast\n    title: Answer enquiries\n    channels: [phone, email]\n    owner: agent\n    steps:\n      - سجّل المكالمة.\n      - ar: اتصل بالعميل على وجه السرعه #!\n` } },
    { name: 'an Arabic phrasing no list holds, "دون أي تأخير"', sections: { head: ARABIC_HEAD, standards: `standards:\n  - { id: first-reply, action: answer, metric: first-response, target: 1h, clock: business, calendar: office, text: { ar: "نرد دون أي تأخير" } } #!\n` } },
    { name: 'a pilot notice "shortly"', sections: { pilot: PILOT.replace(/notice: .*/, 'notice: This is a trial; we will ask for your view shortly. #!') } },
  ],
});
