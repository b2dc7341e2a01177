import { testRule, BILINGUAL } from './rule-tester.js';

testRule('translation-missing', {
  valid: [
    { name: 'the bilingual base policy', sections: BILINGUAL },
    { name: 'an English policy', sections: {} },
  ],
  invalid: [
    { name: 'a text without its Arabic', sections: { ...BILINGUAL, actions: `actions:\n  - { id: answer, goal: fast, title: { en: Answer enquiries }, channels: [phone, email], owner: agent } #!\n` } },
    { name: 'a plain string and a dropped line', sections: { ...BILINGUAL, mission: `mission:\n  statement: Serve well. #!\n  links:\n    - goal: fast\n      rationale: #!\n        en: Speed keeps customers.\n` } },
  ],
});
