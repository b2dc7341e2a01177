import { defineRule } from './rule.js';

export default defineRule({
  meta: {
    id: 'review-overdue',
    description: {
      en: 'The next review date has not passed.',
      ar: 'لم يفت موعد المراجعة التالية.',
    },
    severity: 'warning',
    help: {
      why: {
        en: 'The review date has passed: review the policy and set the next date.',
        ar: 'فات موعد المراجعة: راجع السياسة وحدّد الموعد التالي.',
      },
      fix: 'review:\n  cadence: 1y\n  last: 2026-03-15\n  next: 2027-03-15',
    },
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
