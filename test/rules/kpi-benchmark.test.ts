import { testRule } from './rule-tester.js';

testRule('kpi-benchmark', {
  valid: [{ name: 'the base policy', sections: {} }],
  invalid: [{ name: 'a KPI without benchmark', sections: { comparison: '', goals: `goals:\n  - id: fast\n    category: retention\n    title: Fast answers\n    kpis:\n      - { id: answered-1h, name: Answered within 1 hour, target: 90, unit: "%", direction: at-least } #!\n` } }],
});
