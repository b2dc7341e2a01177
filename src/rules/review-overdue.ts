import { defineRule } from './rule.js';

export default defineRule({
  meta: {
    id: 'review-overdue',
    description: {
      en: 'The next review date has not passed.',
      ar: 'لم يفت موعد المراجعة التالية.',
    },
    severity: 'warning',
    messages: {
      overdue: {
        en: 'the review due on {next} is overdue (today is {today})',
        ar: 'فات موعد المراجعة المقررة في {next} (اليوم {today})',
      },
    },
  },
  check({ policy, today }, report) {
    if (policy.review.next < today) report('overdue', ['review', 'next'], { next: policy.review.next, today });
  },
});
