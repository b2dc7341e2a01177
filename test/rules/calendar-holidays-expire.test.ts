import { testRule } from './rule-tester.js';

testRule('calendar-holidays-expire', {
  valid: [
    { name: 'a calendar with no holidays and no country', sections: {} },
    { name: 'holidays up to the review, listed out of order', sections: { calendars: `calendars:\n  - id: office\n    timezone: Europe/London\n    days: [mon, tue, wed, thu, fri]\n    hours: 09:00-17:00\n    holidays:\n      - { date: 2027-04-02, name: Good Friday }\n      - { date: 2026-12-25, name: Christmas Day }\n` } },
    { name: 'a closure whose until reaches the review', sections: { calendars: `calendars:\n  - id: office\n    timezone: Europe/London\n    days: [mon, tue, wed, thu, fri]\n    hours: 09:00-17:00\n    country: GB-ENG\n    holidays:\n      - { date: 2026-12-24, until: 2027-03-01, name: Winter closure }\n` } },
    { name: 'a holiday list that ends on the review day itself', sections: { calendars: `calendars:\n  - id: office\n    timezone: Europe/London\n    days: [mon, tue, wed, thu, fri]\n    hours: 09:00-17:00\n    holidays:\n      - { date: 2027-03-01, name: St David's Day }\n` } },
  ],
  invalid: [
    { name: 'holidays that end before the review', sections: { calendars: `calendars:\n  - id: office\n    timezone: Europe/London\n    days: [mon, tue, wed, thu, fri]\n    hours: 09:00-17:00\n    holidays:\n      - { date: 2026-08-31, name: Summer bank holiday }\n      - { date: 2026-12-28, name: Boxing Day (substitute) } #!\n` } },
    { name: 'a closure that ends first though listed first', sections: { calendars: `calendars:\n  - id: office\n    timezone: Europe/London\n    days: [mon, tue, wed, thu, fri]\n    hours: 09:00-17:00\n    holidays:\n      - { date: 2027-01-20, until: 2027-02-10, name: Refit } #!\n      - { date: 2026-12-25, name: Christmas Day }\n` } },
    { name: 'a country but no holidays', sections: { calendars: `calendars:\n  - id: office\n    timezone: Europe/London\n    days: [mon, tue, wed, thu, fri]\n    hours: 09:00-17:00\n    country: SA #!\n` } },
  ],
});
