import { defineRule } from './rule.js';

export default defineRule({
  meta: {
    id: 'business-hours-calendar',
    description: {
      en: 'A target on business hours names the calendar whose hours and holidays it runs on.',
      ar: 'الهدف المحسوب بساعات العمل يسمّي التقويم الذي تُحسب عليه ساعاته وعطلاته.',
    },
    severity: 'error',
    messages: {
      noCalendar: {
        en: 'the standard "{standard}" runs on business hours but names no calendar; add calendar: <id>',
        ar: 'المعيار "{standard}" يُحسب بساعات العمل لكنه لا يسمّي تقويمًا؛ أضف calendar: <id>',
      },
    },
  },
  check({ policy }, report) {
    policy.standards.forEach((standard, i) => {
      if (standard.clock === 'business' && !standard.calendar) report('noCalendar', ['standards', i, 'clock'], { standard: standard.id });
    });
  },
});
