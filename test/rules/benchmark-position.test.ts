import { testRule } from './rule-tester.js';

testRule('benchmark-position', {
  valid: [
    { name: 'the base policy, with no position', sections: {} },
    { name: 'ahead, level and behind as the numbers say', sections: { goals: `goals:\n  - id: fast\n    category: retention\n    title: Fast answers\n    kpis:\n      - { id: answered-1h, name: Answered within 1 hour, target: 90, unit: "%", direction: at-least }\n      - { id: abandoned, name: Calls abandoned, target: 5, unit: "%", direction: at-most }\n`, comparison: `comparison:\n  benchmarks:\n    - { kpi: answered-1h, kind: industry, against: Sector, value: 85, source: Survey, date: 2025-01-01, position: ahead }\n    - { kpi: answered-1h, kind: competitor, against: Rival, value: 90, source: Report, date: 2025-01-01, position: level }\n    - { kpi: answered-1h, kind: competitor, against: Rival B, value: 86, source: Report, date: 2025-01-01, position: level }\n    - { kpi: answered-1h, kind: competitor, against: Rival C, value: 89, source: Report, date: 2025-01-01, position: ahead }\n    - { kpi: abandoned, kind: competitor, against: Rival, value: 3, source: Report, date: 2025-01-01, position: behind }\n    - { kpi: abandoned, kind: industry, against: Sector, value: 2, source: Report, date: 2025-01-01, position: not-competitive }\n` } },
  ],
  invalid: [
    { name: 'level when ten points ahead', sections: { comparison: `comparison:\n  benchmarks:\n    - { kpi: answered-1h, kind: industry, against: Sector, value: 80, source: Survey, date: 2025-01-01, position: level } #!\n` } },
    { name: 'ahead when behind', sections: { comparison: `comparison:\n  benchmarks:\n    - { kpi: answered-1h, kind: industry, against: Sector, value: 95, source: Survey, date: 2025-01-01, position: ahead } #!\n` } },
    { name: 'behind on an at-most KPI that is ahead', sections: { goals: `goals:\n  - id: fast\n    category: retention\n    title: Fast answers\n    kpis:\n      - { id: answered-1h, name: Calls abandoned, target: 5, unit: "%", direction: at-most }\n`, comparison: `comparison:\n  benchmarks:\n    - kpi: answered-1h\n      kind: industry\n      against: Sector\n      value: 7\n      source: Survey\n      date: 2025-01-01\n      position: behind #!\n` } },
  ],
});
