import { durationSeconds } from '../core/duration.js';
import { defineRule } from './rule.js';

/** Twelve months, with a day's grace so that 1y, 12mo, 52w and P1Y all pass. */
const MAX_SECONDS = 366 * 86400;

export default defineRule({
  meta: {
    id: 'review-cadence',
    description: {
      en: 'The policy is reviewed at least every 12 months; no policy stays right for long.',
      ar: 'تُراجع السياسة كل 12 شهرًا على الأقل؛ فلا سياسة تبقى صالحة طويلًا.',
    },
    severity: 'error',
    help: {
      why: {
        en: 'Channels, staff and customers change; a policy reviewed less than once a year drifts from what the team really does.',
        ar: 'القنوات والموظفون والعملاء يتغيرون، والسياسة التي تُراجع أقل من مرة في السنة تبتعد عما يفعله الفريق حقًّا.',
      },
      fix: 'review:\n  cadence: 1y   # or 6mo\n  next: 2027-03-15',
    },
    messages: {
      tooLong: {
        en: 'a review every {cadence} is too rare; review at least every 12 months',
        ar: 'المراجعة كل {cadence} متباعدة جدًا؛ راجع السياسة كل 12 شهرًا على الأقل',
      },
    },
  },
  check({ policy }, report) {
    const seconds = durationSeconds(policy.review.cadence);
    if (seconds !== undefined && seconds > MAX_SECONDS) report('tooLong', ['review', 'cadence'], { cadence: policy.review.cadence });
  },
});
