import { testRule } from './rule-tester.js';

testRule('calendar-hours', {
  valid: [
    { name: 'the base policy', sections: {} },
    { name: 'per-weekday hours, a split shift, past midnight, a Ramadan season and a closure', sections: { calendars: `calendars:\n  - id: office\n    timezone: Asia/Riyadh\n    week:\n      sun: [08:00-12:00, 16:00-20:00]\n      mon: 08:00-16:00\n      thu: 22:00-02:00+1\n    seasons:\n      - { from: 2027-02-08, to: 2027-03-08, hours: [10:00-16:00, 21:00-01:00+1] }\n      - { from: 2027-03-09, to: 2027-03-20, days: [sun], hours: 00:00-24:00 }\n      - { from: 2027-03-10, to: 2027-03-12, hours: 12:00-14:00 }\n    holidays:\n      - { date: 2027-03-21, until: 2027-03-23, estimated: true }\n` } },
    { name: 'open round the clock', sections: { calendars: `calendars:\n  - { id: office, timezone: Asia/Riyadh, always_open: true }\n` } },
  ],
  invalid: [
    { name: 'hours that close before they open', sections: { calendars: `calendars:\n  - id: office\n    timezone: Europe/London\n    days: [mon, tue, wed, thu, fri]\n    hours: 17:00-09:00 #!\n` } },
    { name: 'a night shift without +1 and an overlapping split shift', sections: { calendars: `calendars:\n  - id: office\n    timezone: Europe/London\n    week:\n      mon: 22:00-02:00 #!\n      tue:\n        - 09:00-13:00\n        - 12:00-17:00 #!\n` } },
    { name: 'a time zone misspelt, with a suggestion', sections: { calendars: `calendars:\n  - id: office\n    timezone: Europe/Londn #!\n    days: [mon, tue, wed, thu, fri]\n    hours: 09:00-17:00\n` } },
    { name: 'a time zone that does not exist', sections: { calendars: `calendars:\n  - id: office\n    timezone: Mars/Olympus_Mons #!\n    days: [mon, tue, wed, thu, fri]\n    hours: 09:00-17:00\n` } },
    { name: 'a calendar with no opening hours', sections: { calendars: `calendars:\n  - id: office #!\n    timezone: Europe/London\n` } },
    { name: 'seasons and closures that end before they start, and seasons that overlap', sections: { calendars: `calendars:\n  - id: office\n    timezone: Europe/London\n    days: [mon, tue, wed, thu, fri]\n    hours: 09:00-17:00\n    seasons:\n      - { from: 2026-12-01, to: 2026-11-24, hours: 10:00-16:00 } #!\n      - { from: 2027-07-01, to: 2027-08-31, hours: 09:00-15:00 }\n      - { from: 2027-08-01, to: 2027-09-15, hours: 09:00-14:00 } #!\n    holidays:\n      - { date: 2026-12-25, until: 2026-12-20 } #!\n      - { date: 2027-03-29, name: Easter Monday }\n` } },
  ],
});
