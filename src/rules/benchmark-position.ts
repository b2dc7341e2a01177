import { figuresPosition, positionAgrees, type Position } from '../core/level.js';
import type { Localized } from '../i18n/index.js';
import { defineRule } from './rule.js';


const NAMES: Record<Position, Localized> = {
  ahead: { en: 'ahead', ar: 'متقدمين (ahead)' },
  level: { en: 'level', ar: 'متساوين (level)' },
  behind: { en: 'behind', ar: 'متأخرين (behind)' },
};

export default defineRule({
  meta: {
    id: 'benchmark-position',
    description: {
      en: "A benchmark's position agrees with the numbers: ahead when our KPI target is better than the benchmark (higher, or lower for an at-most KPI), behind when worse, level when within 5 points (5% of the benchmark for other units).",
      ar: 'يتفق موقع المقارنة مع الأرقام: متقدم حين يكون هدفنا أفضل من قيمة المقارنة (أعلى، أو أدنى لمؤشر at-most)، ومتأخر حين يكون أسوأ، ومتساوٍ حين لا يتجاوز الفرق 5 نقاط (أو 5% من قيمة المقارنة لغير النسب المئوية).',
    },
    severity: 'error',
    messages: {
      disagrees: {
        en: 'the position is "{position}" but our target {target} against {value} for the KPI "{kpi}" ({direction}) puts us {computed}',
        ar: 'الموقع "{position}" لكن هدفنا {target} مقابل {value} لمؤشر "{kpi}" ({direction}) يجعلنا {computed}',
      },
    },
  },
  check({ policy, index }, report) {
    policy.comparison?.benchmarks.forEach((benchmark, b) => {
      const kpi = index.kpis.get(benchmark.kpi)?.item;
      // not-competitive is a judgement the numbers cannot check.
      if (!kpi || benchmark.position === undefined || !(benchmark.position in NAMES)) return;
      if (!positionAgrees(kpi, benchmark.value, benchmark.position as Position)) {
        const computed = figuresPosition(kpi, benchmark.value);
        report('disagrees', ['comparison', 'benchmarks', b, 'position'], {
          position: benchmark.position, target: kpi.target, value: benchmark.value, kpi: kpi.id, direction: kpi.direction, computed: NAMES[computed],
        });
      }
    });
  },
});
