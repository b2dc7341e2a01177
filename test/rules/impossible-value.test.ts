import { testRule, PILOT, pilotWithCriteria } from './rule-tester.js';

testRule('impossible-value', {
  valid: [
    { name: 'the base policy, whose first escalation level is reached at once', sections: {} },
    { name: 'a KPI of 100% and a count KPI of 0', sections: { goals: `goals:\n  - id: fast\n    category: retention\n    title: Fast answers\n    kpis:\n      - { id: answered-1h, name: Answered within 1 hour, target: 100, unit: "%", direction: at-least }\n      - { id: complaints, name: Complaints a month, target: 0, unit: complaints, direction: at-most }\n`, comparison: `comparison:\n  benchmarks:\n    - { kpi: answered-1h, kind: industry, against: Sector, value: 85, source: Survey, date: 2025-01-01 }\n    - { kpi: complaints, kind: industry, against: Sector, value: 3, source: Survey, date: 2025-01-01 }\n` } },
  ],
  invalid: [
    { name: 'a target of zero', sections: { standards: `standards:\n  - { id: first-reply, action: answer, metric: first-response, target: PT0M, clock: business, calendar: office } #!\n  - { id: resolved, action: answer, metric: resolution, target: 2d, clock: business, calendar: office }\n` } },
    { name: 'an attainment of 0%', sections: { standards: `standards:\n  - { id: first-reply, action: answer, metric: first-response, target: 1h, clock: business, calendar: office, attainment: 0.0% } #!\n  - { id: resolved, action: answer, metric: resolution, target: 2d, clock: business, calendar: office }\n` } },
    { name: 'a payment within zero days', sections: { standards: `standards:\n  - { id: first-reply, action: answer, metric: first-response, target: 1h, clock: business, calendar: office }\n  - id: resolved\n    action: answer\n    metric: resolution\n    target: 2d\n    clock: business\n    calendar: office\n    compensation: { amount: 40, currency: GBP, payment: automatic, within: 0d } #!\n` } },
    { name: 'a KPI of 120%', sections: { goals: `goals:\n  - id: fast\n    category: retention\n    title: Fast answers\n    kpis:\n      - { id: answered-1h, name: Answered within 1 hour, target: 120, unit: "%", direction: at-least } #!\n` } },
    { name: 'a benchmark of 850% and a pilot target of -5%', sections: { comparison: `comparison:\n  benchmarks:\n    - { kpi: answered-1h, kind: industry, against: Sector, value: 850, source: Survey, date: 2025-01-01 } #!\n`, pilot: pilotWithCriteria(`    - { kpi: answered-1h, target: -5 } #!\n`) } },
    { name: 'an ombudsman deadline of zero', sections: { escalation: `escalation:\n  levels:\n    - { level: 1, owner: agent, after: 0m }\n    - { level: 2, external: { name: Ombudsman, deadline: 0mo }, after: 8w, final: true } #!\n` } },
    { name: 'a pilot of no weeks', sections: { pilot: PILOT.replace('duration: 2w', 'duration: 0w #!') } },
    { name: 'a review every zero months', sections: { review: `review:\n  cadence: 0mo #!\n  next: 2027-03-01\n` } },
    { name: 'a training of zero hours, refreshed every zero years', sections: { rollout: `rollout:\n  start: 2026-02-02\n  audiences: [agent, lead]\n  training:\n    - role: agent\n      format: workshop\n      duration: 0h #!\n      refresher: 0y #!\n` } },
  ],
});
