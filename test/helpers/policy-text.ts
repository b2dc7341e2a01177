/**
 * A small valid policy, built from sections so that a test case replaces only the section it is
 * about. A line ending in `#!` marks where a finding is expected.
 */
export const SECTIONS = {
  head: `cs-policy: 1
id: mini
title: Mini policy
organisation: Example Ltd
languages: [en]
version: 1.0.0
status: active
owner:
  name: Service lead
  role: lead
effective_date: 2026-03-01
`,
  review: `review:
  cadence: 1y
  last: 2026-03-01
  next: 2027-03-01
`,
  roles: `roles:
  - { id: agent, name: Agent, kind: front-line }
  - { id: lead, name: Team lead, kind: supervisor }
`,
  calendars: `calendars:
  - id: office
    timezone: Europe/London
    days: [mon, tue, wed, thu, fri]
    hours: 09:00-17:00
`,
  channels: `channels:
  - { id: phone, kind: phone, calendar: office }
  - { id: email, kind: email }
`,
  goals: `goals:
  - id: fast
    category: retention
    title: Fast answers
    kpis:
      - { id: answered-1h, name: Answered within 1 hour, target: 90, unit: "%", direction: at-least }
`,
  comparison: `comparison:
  benchmarks:
    - { kpi: answered-1h, kind: industry, against: Sector, value: 85, source: Survey, date: 2025-01-01 }
`,
  mission: `mission:
  statement: Serve well.
  links:
    - { goal: fast, rationale: Speed keeps customers. }
`,
  actions: `actions:
  - { id: answer, goal: fast, title: Answer enquiries, channels: [phone, email], owner: agent }
`,
  standards: `standards:
  - { id: first-reply, action: answer, metric: first-response, target: 1h, clock: business, calendar: office }
  - { id: resolved, action: answer, metric: resolution, target: 2d, clock: business, calendar: office }
`,
  escalation: `escalation:
  levels:
    - { level: 1, owner: agent, after: 0m }
    - { level: 2, owner: lead, after: 1d, final: true }
`,
  pilot: `pilot:
  start: 2026-01-05
  duration: 2w
  roles: [agent]
  customers: Callers to team A
  customers_informed: true
  notice: This is a trial; your comments shape the final policy.
  success_criteria:
    - { kpi: answered-1h, target: 85 }
`,
  rollout: `rollout:
  start: 2026-02-02
  audiences: [agent, lead]
`,
};

export type Section = keyof typeof SECTIONS;

export function policyText(overrides: Partial<Record<Section, string>> = {}): string {
  return (Object.keys(SECTIONS) as Section[]).map((name) => overrides[name] ?? SECTIONS[name]).join('');
}

/** Lines (1-based) that end in the `#!` marker. */
export function markedLines(text: string): number[] {
  return text.split('\n').flatMap((line, i) => (/#!\s*$/.test(line) ? [i + 1] : []));
}
