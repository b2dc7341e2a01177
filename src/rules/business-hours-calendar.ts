import { defineRule } from './rule.js';

export default defineRule({
  meta: {
    id: 'business-hours-calendar',
    description: {
      en: 'A target on business hours or working days names the calendar whose hours and holidays it runs on.',
      ar: 'الهدف المحسوب بساعات العمل أو بأيام العمل يسمّي التقويم الذي تُحسب عليه ساعاته وعطلاته.',
    },
    severity: 'error',
    help: {
      why: {
        en: 'A target on business hours means nothing without the hours and holidays it runs on. Name the calendar, or use the calendar clock.',
        ar: 'الهدف على ساعات العمل بلا معنى دون الساعات والعطل التي يُحسب عليها. سمِّ التقويم أو استخدم الساعة التقويمية.',
      },
      fix: 'calendars:\n  - { id: office-hours, timezone: Europe/London, days: [mon, tue, wed, thu, fri], hours: 09:00-17:00 }\nstandards:\n  - { id: reply, action: answer-email, metric: first-response, target: 1d, clock: business, calendar: office-hours }',
    },
    messages: {
      noCalendar: {
        en: 'the standard "{standard}" runs on the {clock} clock but names no calendar; add calendar: <id>',
        ar: 'المعيار "{standard}" يُحسب على ساعة {clock} لكنه لا يسمّي تقويمًا؛ أضف calendar: <id>',
      },
    },
  },
  check({ policy }, report) {
    policy.standards.forEach((standard, i) => {
      // Working days are the calendar's days too: without one, neither clock can be counted.
      if (standard.clock !== 'calendar' && !standard.calendar) report('noCalendar', ['standards', i, 'clock'], { standard: standard.id, clock: standard.clock });
    });
  },
});
