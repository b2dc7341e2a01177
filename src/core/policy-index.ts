import type { Action, Calendar, Channel, Goal, Kpi, Policy, Priority, Role, Segment, Standard } from './policy.js';
import type { DocPath } from './finding.js';

export interface Indexed<T> { item: T; path: DocPath }

/**
 * Lookups every rule needs, built once per policy so that no rule is quadratic in the number of
 * goals, actions or levels. Where an id repeats, the first one wins (unique-ids reports the rest).
 */
export interface PolicyIndex {
  roles: Map<string, Indexed<Role>>;
  priorities: Map<string, Indexed<Priority>>;
  segments: Map<string, Indexed<Segment>>;
  calendars: Map<string, Indexed<Calendar>>;
  channels: Map<string, Indexed<Channel>>;
  goals: Map<string, Indexed<Goal>>;
  kpis: Map<string, Indexed<Kpi> & { goal: Goal }>;
  actions: Map<string, Indexed<Action>>;
  standards: Map<string, Indexed<Standard>>;
}

function indexById<T extends { id: string }>(items: readonly T[] | undefined, base: DocPath): Map<string, Indexed<T>> {
  const map = new Map<string, Indexed<T>>();
  items?.forEach((item, i) => {
    if (!map.has(item.id)) map.set(item.id, { item, path: [...base, i] });
  });
  return map;
}

export function indexPolicy(policy: Policy): PolicyIndex {
  const kpis: PolicyIndex['kpis'] = new Map();
  policy.goals.forEach((goal, g) =>
    goal.kpis?.forEach((kpi, k) => {
      if (!kpis.has(kpi.id)) kpis.set(kpi.id, { item: kpi, goal, path: ['goals', g, 'kpis', k] });
    }),
  );
  return {
    roles: indexById(policy.roles, ['roles']),
    priorities: indexById(policy.priorities, ['priorities']),
    segments: indexById(policy.segments, ['segments']),
    calendars: indexById(policy.calendars, ['calendars']),
    channels: indexById(policy.channels, ['channels']),
    goals: indexById(policy.goals, ['goals']),
    kpis,
    actions: indexById(policy.actions, ['actions']),
    standards: indexById(policy.standards, ['standards']),
  };
}
