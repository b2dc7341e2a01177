import type { AckFormatter } from './formatter.js';

/** `{format: "cs-policy/acknowledgements", version: 1, ...}`: every person of every role, with their status. */
export const json: AckFormatter = (report) =>
  `${JSON.stringify({
    format: 'cs-policy/acknowledgements',
    version: 1,
    policy: report.policy,
    policyVersion: report.version,
    by: report.by ?? null,
    today: report.today,
    roles: report.roles.map((role) => ({
      role: role.role,
      people: role.people.map((p) => ({ name: p.name, email: p.email ?? null, id: p.id ?? null, status: p.status, date: p.date ?? null, previous: p.previous ?? null })),
    })),
    notConcerned: report.notConcerned,
  }, null, 2)}\n`;

export default json;
