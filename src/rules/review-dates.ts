import { addDuration } from '../core/dates.js';
import { defineRule } from './rule.js';

export default defineRule({
  meta: {
    id: 'review-dates',
    description: {
      en: 'The effective date and the reviews agree: the last review comes before the next, the next is no further than one cadence after the last, and the policy takes effect no later than its next review.',
      ar: 'يتفق تاريخ السريان ومواعيد المراجعة: آخر مراجعة قبل التالية، والتالية لا تبعد عن الأخيرة أكثر من دورة مراجعة واحدة، وتسري السياسة قبل مراجعتها التالية أو في يومها.',
    },
    severity: 'error',
    messages: {
      lastNotBeforeNext: {
        en: 'the last review ({last}) is not before the next one ({next})',
        ar: 'آخر مراجعة ({last}) ليست قبل المراجعة التالية ({next})',
      },
      nextTooFar: {
        en: 'the next review ({next}) is more than one cadence ({cadence}) after the last one ({last}); it is due by {due}',
        ar: 'المراجعة التالية ({next}) بعد آخر مراجعة ({last}) بأكثر من دورة واحدة ({cadence})؛ موعدها في {due} على الأكثر',
      },
      effectiveAfterNext: {
        en: 'the policy takes effect on {effective}, after its next review ({next})',
        ar: 'تسري السياسة في {effective}، بعد موعد مراجعتها التالية ({next})',
      },
    },
  },
  check({ policy }, report) {
    const { last, next, cadence } = policy.review;
    if (last !== undefined && last >= next) report('lastNotBeforeNext', ['review', 'last'], { last, next });
    else if (last !== undefined) {
      const due = addDuration(last, cadence);
      if (due !== undefined && next > due) report('nextTooFar', ['review', 'next'], { next, last, cadence, due });
    }
    if (policy.effective_date > next) report('effectiveAfterNext', ['effective_date'], { effective: policy.effective_date, next });
  },
});
