import type { Action, Channel, Policy } from '../core/policy.js';
import type { Imported } from '../helpdesks/target.js';

export const TODO = 'TODO (cs-policy import)';

function addYear(date: string): string {
  return `${Number(date.slice(0, 4)) + 1}${date.slice(4)}`;
}

/**
 * A whole policy around what a helpdesk held: its calendars, channels and standards as they are,
 * and every other section present with text marked TODO, so that the file validates from the
 * start and the author fills in the parts the helpdesk never knew.
 */
export function policySkeleton(imported: Imported['policy'], targetTitle: string, lang: string, today: string): Policy {
  const role = 'support-agent';
  const channels: Channel[] = imported.channels.length > 0 ? imported.channels : [{ id: 'all', kind: 'other' }];
  if (imported.standards.some((standard) => !standard.channel) && !channels.some((channel) => channel.id === 'all')) channels.push({ id: 'all', kind: 'other' });
  const actions: Action[] = [];
  for (const standard of imported.standards) {
    if (actions.some((action) => action.id === standard.action)) continue;
    const channel = standard.channel ?? 'all';
    actions.push({ id: standard.action, goal: 'service-levels', title: `${TODO}: what staff do on ${channel}`, channels: [channel], owner: role });
  }
  const levels = imported.escalation?.levels ?? [{ level: 1, owner: role, after: '0m', final: true }];
  return {
    'cs-policy': 1,
    id: imported.id ?? 'imported-policy',
    title: `${TODO}: title`,
    organisation: `${TODO}: organisation`,
    languages: [lang],
    version: '0.1.0',
    status: 'draft',
    owner: { name: `${TODO}: who owns the policy` },
    effective_date: today,
    review: { cadence: '1y', next: addYear(today) },
    roles: [{ id: role, name: `${TODO}: the staff who answer customers`, kind: 'front-line' }],
    ...(imported.priorities ? { priorities: imported.priorities } : {}),
    calendars: imported.calendars,
    channels,
    goals: [{ id: 'service-levels', category: 'experience', title: `${TODO}: the goal these ${targetTitle} targets serve` }],
    mission: { statement: `${TODO}: the mission`, links: [{ goal: 'service-levels', rationale: `${TODO}: why this goal serves the mission` }] },
    actions,
    standards: imported.standards,
    escalation: { levels },
    rollout: { start: today, audiences: [role] },
  };
}
