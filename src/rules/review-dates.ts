import { LAST_DAY, addDuration, inCalendarRange } from '../core/dates.js';
import { effectiveAfterNextReview } from '../core/date-order.js';
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
      cadenceTooLong: {
        en: 'the cadence {cadence} after the last review ({last}) reaches past {limit}, the last day cs-policy\'s calendars cover; write a cadence of a few months or years',
        ar: 'دورة المراجعة {cadence} بعد آخر مراجعة ({last}) تتجاوز {limit}، آخر يوم تغطيه تقاويم cs-policy؛ اكتب دورة من بضعة أشهر أو سنوات',
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
      if (due !== undefined && !inCalendarRange(due)) report('cadenceTooLong', ['review', 'cadence'], { cadence, last, limit: LAST_DAY });
      else if (due !== undefined && next > due) report('nextTooFar', ['review', 'next'], { next, last, cadence, due });
    }
    if (effectiveAfterNextReview(policy.effective_date, next)) report('effectiveAfterNext', ['effective_date'], { effective: policy.effective_date, next });
  },
});
