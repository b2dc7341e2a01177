import { testRule, SECTIONS } from './rule-tester.js';

testRule('change-history', {
  valid: [
    { name: 'the base policy, with no history', sections: {} },
    { name: 'a history newest first whose newest change is the version', sections: { review: `${SECTIONS.review}changes:\n  - { version: 1.0.0, date: 2026-02-20, summary: Targets cut. }\n  - { version: 0.9.0, date: 2026-02-20, summary: Same day draft. }\n  - { version: 0.10.0, date: 2025-01-01, summary: Older. }\n`.replace('0.10.0', '0.1.0') } },
  ],
  invalid: [
    { name: 'a version that is not the newest change', sections: { head: SECTIONS.head.replace('version: 1.0.0', 'version: 1.1.0 #!'), review: `${SECTIONS.review}changes:\n  - { version: 1.0.0, date: 2026-02-20, summary: Targets cut. }\n` } },
    { name: 'dates out of order', sections: { review: `${SECTIONS.review}changes:\n  - { version: 1.0.0, date: 2026-02-20, summary: Targets cut. }\n  - { version: 0.9.0, date: 2026-03-20, summary: Draft. } #!\n` } },
    { name: 'versions out of order', sections: { review: `${SECTIONS.review}changes:\n  - { version: 1.0.0, date: 2026-02-20, summary: Targets cut. }\n  - version: 1.2.0 #!\n    date: 2026-01-20\n    summary: Draft.\n` } },
  ],
});
