import { testRule, ARABIC_HEAD } from './rule-tester.js';

testRule('standard-text-figures', {
  valid: [
    { name: 'the base policy, with no text', sections: {} },
    { name: 'texts that state the target, the share and the amount', sections: { standards: `standards:\n  - { id: first-reply, action: answer, metric: first-response, target: 1h, clock: business, calendar: office, attainment: 90%, text: "Reply within one working hour, in 90% of cases." }\n  - id: resolved\n    action: answer\n    metric: resolution\n    target: 2d\n    clock: business\n    calendar: office\n    text: Resolve within 2 working days.\n    compensation: { amount: 10, currency: GBP, payment: automatic, within: 10d, text: "We pay £10 within 10 days." }\n` } },
    { name: 'Arabic texts in Arabic-Indic digits and words', sections: { head: ARABIC_HEAD, standards: `standards:\n  - { id: first-reply, action: answer, metric: first-response, target: 1h, clock: business, calendar: office, attainment: 90%, text: { ar: "نرد خلال ساعة عمل في ٩٠٪ من الحالات" } }\n  - { id: resolved, action: answer, metric: resolution, target: 2d, clock: business, calendar: office, text: { ar: "نحل الطلب خلال يومي عمل" } }\n` } },
    { name: 'a working day of the calendar written in hours', sections: { standards: `standards:\n  - { id: first-reply, action: answer, metric: first-response, target: 1h, clock: business, calendar: office }\n  - { id: resolved, action: answer, metric: resolution, target: 2d, clock: business, calendar: office, text: "Resolve within 16 working hours; open 24 hours a day." }\n` } },
  ],
  invalid: [
    { name: 'a text left at 5 days when the target is 3', sections: { standards: `standards:\n  - { id: first-reply, action: answer, metric: first-response, target: 1h, clock: business, calendar: office }\n  - { id: resolved, action: answer, metric: resolution, target: 3d, clock: business, calendar: office, text: Reply in full within 5 working days. } #!\n` } },
    { name: 'an Arabic text in Arabic-Indic digits and a share in words', sections: { head: ARABIC_HEAD, standards: `standards:\n  - id: first-reply\n    action: answer\n    metric: first-response\n    target: 1h\n    clock: business\n    calendar: office\n    text: { ar: "نرد خلال ساعتين" } #!\n  - id: resolved\n    action: answer\n    metric: resolution\n    target: 2d\n    clock: business\n    calendar: office\n    attainment: 95%\n    text: { ar: "نحل الطلب خلال ٢ يوم عمل في تسعين بالمئة من الحالات" } #!\n` } },
    { name: 'a compensation text with another amount', sections: { standards: `standards:\n  - { id: first-reply, action: answer, metric: first-response, target: 1h, clock: business, calendar: office }\n  - id: resolved\n    action: answer\n    metric: resolution\n    target: 2d\n    clock: business\n    calendar: office\n    compensation:\n      amount: 20\n      currency: GBP\n      payment: automatic\n      text: We pay ten pounds. #!\n` } },
  ],
});
