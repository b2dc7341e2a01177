import { testRule, SECTIONS, BILINGUAL } from './rule-tester.js';

testRule('text-languages', {
  valid: [
    { name: 'the base policy', sections: {} },
    { name: 'the bilingual base policy', sections: BILINGUAL },
  ],
  invalid: [
    { name: 'ra: for ar:', sections: { ...BILINGUAL, mission: `mission:\n  statement:\n    en: Serve well.\n    ra: نخدم جيدًا. #!\n  links:\n    - { goal: fast, rationale: { en: Speed keeps customers., ar: السرعة تحفظ العملاء. } }\n` }, off: ['translation-missing'] },
    { name: 'eng: and ar-SA: for declared languages', sections: { ...BILINGUAL, actions: `actions:\n  - id: answer\n    goal: fast\n    title: #!\n      eng: Answer enquiries #!\n      ar-SA: الرد على الاستفسارات #!\n    channels: [phone, email]\n    owner: agent\n` }, off: ['translation-missing'] },
    { name: 'an Arabic text in an English policy', sections: { head: SECTIONS.head.replace('organisation: Example Ltd', 'organisation: #!\n  ar: شركة المثال #!') } },
    { name: 'a declared language no text uses', sections: { head: SECTIONS.head.replace('languages: [en]', 'languages:\n  - en\n  - ra #!') }, off: ['translation-missing'] },
  ],
});
