import { LAST_DAY, inCalendarRange } from '../core/dates.js';
import { pilotEnd, pilotOverlapsRollout } from '../core/date-order.js';
import { defineRule } from './rule.js';

export default defineRule({
  meta: {
    id: 'pilot-before-rollout',
    description: {
      en: 'The pilot ends before the rollout starts, so that what it teaches can change the policy.',
      ar: 'تنتهي التجربة قبل بدء التعميم، ليتسنى تعديل السياسة بما تكشفه.',
    },
    severity: 'error',
    help: {
      why: {
        en: 'The pilot exists to change the policy before everyone follows it, so it ends before the rollout starts.',
        ar: 'التجربة وُجدت لتغيير السياسة قبل أن يتبعها الجميع، فتنتهي قبل بدء التعميم.',
      },
      fix: 'pilot: { start: 2026-02-02, duration: 4w }   # ends 2026-03-02\nrollout: { start: 2026-03-16 }',
    },
    messages: {
      durationTooLong: {
        en: 'the pilot of {duration} from {start} runs past {limit}, the last day cs-policy\'s calendars cover; a pilot lasts weeks or months',
        ar: 'التجربة التي مدتها {duration} بدءًا من {start} تمتد بعد {limit}، آخر يوم تغطيه تقاويم cs-policy؛ تستمر التجربة أسابيع أو أشهرًا',
      },
      overlaps: {
        en: 'the pilot runs until {end} but the rollout starts on {rollout}',
        ar: 'تستمر التجربة حتى {end} لكن التعميم يبدأ في {rollout}',
      },
    },
  },
  check({ policy }, report) {
    const pilot = policy.pilot;
    const end = pilot && pilotEnd(pilot);
    if (!pilot || end === undefined) return;
    if (!inCalendarRange(end)) report('durationTooLong', ['pilot', 'duration'], { duration: pilot.duration, start: pilot.start, limit: LAST_DAY });
    // The same check init makes at the rollout's start (core/date-order.ts).
    else if (pilotOverlapsRollout(pilot, policy.rollout.start)) report('overlaps', ['rollout', 'start'], { end, rollout: policy.rollout.start });
  },
});
