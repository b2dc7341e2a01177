import { defineRule } from './rule.js';

export default defineRule({
  meta: {
    id: 'kpi-benchmark',
    description: {
      en: "Every goal's KPI is compared with at least one competitor or industry benchmark (step 2).",
      ar: 'يُقارن كل مؤشر أداء لهدف بمرجع واحد على الأقل من منافس أو من معيار القطاع (الخطوة 2).',
    },
    severity: 'warning',
    help: {
      why: {
        en: 'A target means more next to what competitors or the industry achieve (step 2). Add a benchmark for the KPI, with its source and date.',
        ar: 'للهدف معنى أوضح بجانب ما يحققه المنافسون أو القطاع (الخطوة 2). أضف مقارنة لمؤشر الأداء مع مصدرها وتاريخها.',
      },
      fix: 'comparison:\n  benchmarks:\n    - { kpi: calls-answered-30s, kind: industry, against: Sector median, value: 70, source: Benchmark report, date: 2025-11-01 }',
    },
    messages: {
      unbenchmarked: {
        en: 'the KPI "{kpi}" has no competitor or industry benchmark in comparison.benchmarks',
        ar: 'مؤشر الأداء "{kpi}" بلا مقارنة بمنافس أو بمعيار القطاع في comparison.benchmarks',
      },
    },
  },
  check({ policy }, report) {
    const benchmarked = new Set(policy.comparison?.benchmarks.map((benchmark) => benchmark.kpi));
    policy.goals.forEach((goal, g) =>
      goal.kpis?.forEach((kpi, k) => {
        if (!benchmarked.has(kpi.id)) report('unbenchmarked', ['goals', g, 'kpis', k, 'id'], { kpi: kpi.id });
      }),
    );
  },
});
