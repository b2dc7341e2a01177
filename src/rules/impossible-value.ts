import type { DocPath } from '../core/finding.js';
import { isZeroAttainment, isZeroDuration, percentOutOfRange } from '../core/value-checks.js';
import type { Localized } from '../i18n/index.js';
import { defineRule } from './rule.js';

export default defineRule({
  meta: {
    id: 'impossible-value',
    description: {
      en: 'No value that cannot be meant: no zero where time must pass (targets, delays, deadlines, pilot, training, review cadence), no attainment of 0%, no percentage outside 0-100.',
      ar: 'لا قيمة لا يمكن أن تكون مقصودة: لا صفر حيث يجب أن يمضي وقت (الأهداف والمهل والآجال والتجربة والتدريب ودورية المراجعة)، ولا نسبة تحقق 0%، ولا نسبة مئوية خارج 0-100.',
    },
    severity: 'error',
    messages: {
      zeroDuration: {
        en: '{what} is {value}: some time must pass; write how long, such as 2h or 5d',
        ar: '{what} تساوي {value}: لا بد أن يمضي وقت؛ اكتب المدة، مثل 2h أو 5d',
      },
      zeroAttainment: {
        en: 'the standard "{standard}" is met in {value} of cases: an attainment is above 0%, such as 95%',
        ar: 'المعيار "{standard}" يتحقق في {value} من الحالات: نسبة التحقق أكبر من 0%، مثل 95%',
      },
      percentOutOfRange: {
        en: '{what} is {value}% but the KPI "{kpi}" is a percentage: it lies between 0 and 100',
        ar: '{what} تساوي {value}% لكن المؤشر "{kpi}" نسبة مئوية: تقع بين 0 و100',
      },
    },
  },
  check({ policy, index }, report) {
    const mustPass = (text: string | undefined, path: DocPath, what: Localized) => {
      if (isZeroDuration(text)) report('zeroDuration', path, { what, value: text });
    };
    policy.standards.forEach((standard, i) => {
      mustPass(standard.target, ['standards', i, 'target'], { en: `the target of "${standard.id}"`, ar: `هدف "${standard.id}"` });
      mustPass(standard.compensation?.within, ['standards', i, 'compensation', 'within'], { en: `the payment delay of "${standard.id}"`, ar: `مهلة دفع تعويض "${standard.id}"` });
      mustPass(standard.compensation?.late_payment?.after, ['standards', i, 'compensation', 'late_payment', 'after'], { en: `the late-payment delay of "${standard.id}"`, ar: `مهلة تأخر دفع تعويض "${standard.id}"` });
      if (standard.attainment !== undefined && isZeroAttainment(standard.attainment)) {
        report('zeroAttainment', ['standards', i, 'attainment'], { standard: standard.id, value: standard.attainment });
      }
    });
    policy.escalation.levels.forEach((level, i) => {
      // The first level is where a case starts: reaching it at once is the usual "after: 0m".
      if (i > 0) mustPass(level.after, ['escalation', 'levels', i, 'after'], { en: `the delay of escalation level ${level.level}`, ar: `مهلة مستوى التصعيد ${level.level}` });
      mustPass(level.external?.deadline, ['escalation', 'levels', i, 'external', 'deadline'], { en: `the deadline of escalation level ${level.level}`, ar: `أجل مستوى التصعيد ${level.level}` });
    });
    mustPass(policy.pilot?.duration, ['pilot', 'duration'], { en: 'the pilot duration', ar: 'مدة التجربة' });
    mustPass(policy.review.cadence, ['review', 'cadence'], { en: 'the review cadence', ar: 'دورية المراجعة' });
    policy.rollout.training?.forEach((training, i) => {
      mustPass(training.duration, ['rollout', 'training', i, 'duration'], { en: `the training of "${training.role}"`, ar: `مدة تدريب "${training.role}"` });
      mustPass(training.refresher, ['rollout', 'training', i, 'refresher'], { en: `the refresher of "${training.role}"`, ar: `دورية تجديد تدريب "${training.role}"` });
    });

    const percent = (value: number, kpiId: string, path: DocPath, what: Localized) => {
      if (percentOutOfRange(index.kpis.get(kpiId)?.item, value)) report('percentOutOfRange', path, { what, value, kpi: kpiId });
    };
    policy.goals.forEach((goal, g) =>
      goal.kpis?.forEach((kpi, k) => percent(kpi.target, kpi.id, ['goals', g, 'kpis', k, 'target'], { en: `the target of the KPI "${kpi.id}"`, ar: `هدف المؤشر "${kpi.id}"` })),
    );
    policy.comparison?.benchmarks.forEach((benchmark, b) =>
      percent(benchmark.value, benchmark.kpi, ['comparison', 'benchmarks', b, 'value'], { en: 'the benchmark value', ar: 'قيمة المقارنة' }),
    );
    policy.pilot?.success_criteria.forEach((criterion, c) =>
      percent(criterion.target, criterion.kpi, ['pilot', 'success_criteria', c, 'target'], { en: 'the pilot target', ar: 'هدف التجربة' }),
    );
    policy.pilot?.results?.criteria?.forEach((criterion, c) => {
      percent(criterion.target, criterion.kpi, ['pilot', 'results', 'criteria', c, 'target'], { en: 'the pilot target', ar: 'هدف التجربة' });
      if (criterion.actual !== undefined) percent(criterion.actual, criterion.kpi, ['pilot', 'results', 'criteria', c, 'actual'], { en: 'the pilot result', ar: 'نتيجة التجربة' });
    });
  },
});
