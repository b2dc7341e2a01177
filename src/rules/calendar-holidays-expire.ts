import { defineRule } from './rule.js';

/**
 * Holidays are listed date by date, so a calendar's list runs out. When it runs out before the
 * next review, the closures after it are counted as working days until somebody notices. A
 * calendar without any holidays is fine (a 24/7 line, a team that works public holidays), unless
 * it names a `country`: then its public holidays were meant to be there and are missing.
 */
export default defineRule({
  meta: {
    id: 'calendar-holidays-expire',
    description: {
      en: "A calendar's holidays reach the next review: its last holiday is not before review.next, and a calendar that names a country lists holidays.",
      ar: 'تمتد عطلات التقويم حتى المراجعة التالية: فلا تنتهي آخر عطلة فيه قبل review.next، والتقويم الذي يذكر بلدًا يسرد عطلاته.',
    },
    severity: 'warning',
    messages: {
      expire: {
        en: 'the holidays of calendar "{calendar}" end on {last}, before the next review on {next}; add the holidays up to the review',
        ar: 'تنتهي عطلات التقويم "{calendar}" في {last}، قبل المراجعة التالية في {next}؛ أضف العطلات حتى موعد المراجعة',
      },
      none: {
        en: 'calendar "{calendar}" names the country {country} but lists no holidays; add its public holidays up to the next review on {next}',
        ar: 'يذكر التقويم "{calendar}" البلد {country} لكنه لا يسرد أي عطلة؛ أضف عطلاته الرسمية حتى المراجعة التالية في {next}',
      },
    },
  },
  check({ policy }, report) {
    const next = policy.review.next;
    (policy.calendars ?? []).forEach((calendar, c) => {
      const holidays = calendar.holidays ?? [];
      if (holidays.length === 0) {
        if (calendar.country) report('none', ['calendars', c, 'country'], { calendar: calendar.id, country: calendar.country, next });
        return;
      }
      let lastIndex = 0;
      let last = '';
      holidays.forEach((holiday, h) => {
        const end = holiday.until ?? holiday.date;
        if (end > last) { last = end; lastIndex = h; }
      });
      if (last < next) report('expire', ['calendars', c, 'holidays', lastIndex], { calendar: calendar.id, last, next });
    });
  },
});
