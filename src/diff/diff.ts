import type { Action, EscalationLevel, Goal, Kpi, Policy, Standard } from '../core/policy.js';
import { indexPolicy, type PolicyIndex } from '../core/policy-index.js';
import { compareOnClock } from './compare-durations.js';
import { isRecord } from '../core/is-record.js';

export type ChangeKind = 'added' | 'removed' | 'changed';
export type Effect = 'tightened' | 'loosened';

/** The sections compared item by item, matched by id (escalation levels by their number). */
export const SECTIONS = ['roles', 'priorities', 'segments', 'calendars', 'channels', 'goals', 'kpis', 'actions', 'standards', 'escalation'] as const;
export type Section = (typeof SECTIONS)[number] | 'policy';

export interface PolicyChange {
  kind: ChangeKind;
  /** Where, by ids: `standards.email-answered.target`, `escalation.levels.2.after`, `review.next`. */
  path: string;
  section: Section;
  /** The id of the item (the level number for escalation), absent for the policy's own fields. */
  id?: string;
  /** The field within the item, for a changed item: `target`, `title.en`. */
  field?: string;
  before?: unknown;
  after?: unknown;
  effect?: Effect;
  /** Ids of the roles whose briefing this change touches, sorted. */
  roles: string[];
}

/** Keys of the policy that are not item lists: compared field by field. `changes` is the history a diff is about. */
const SKIPPED_TOP_LEVEL = new Set<string>(['changes', 'roles', 'priorities', 'segments', 'calendars', 'channels', 'goals', 'actions', 'standards', 'escalation']);

type Item = Readonly<Record<string, unknown>>;

interface Side {
  policy: Policy;
  index: PolicyIndex;
}


/** Equal as data: key order of mappings does not matter, order of lists does. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((value, i) => sameValue(value, b[i]));
  if (isRecord(a) && isRecord(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((key) => sameValue(a[key], b[key]));
  }
  // A version written 2 and "2" is the same version.
  return (typeof a === 'number' || typeof a === 'string') && (typeof b === 'number' || typeof b === 'string') && String(a) === String(b);
}

/** Leaf differences between two values: mappings are walked, lists and scalars compared whole. */
function fieldChanges(before: unknown, after: unknown, prefix: string[] = []): { field: string[]; before: unknown; after: unknown }[] {
  if (sameValue(before, after)) return [];
  if (isRecord(before) && isRecord(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    return keys.flatMap((key) => fieldChanges(before[key], after[key], [...prefix, key]));
  }
  return [{ field: prefix, before, after }];
}

function byKey<T>(items: readonly T[] | undefined, key: (item: T) => string): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items ?? []) if (!map.has(key(item))) map.set(key(item), item);
  return map;
}

const kpisOf = (policy: Policy): (Kpi & { goal: string })[] => policy.goals.flatMap((goal) => (goal.kpis ?? []).map((kpi) => ({ ...kpi, goal: goal.id })));
const withoutKpis = (goal: Goal): Item => {
  const { kpis: _kpis, ...rest } = goal;
  return rest;
};

function listOf(policy: Policy, section: (typeof SECTIONS)[number]): Map<string, Item> {
  switch (section) {
    case 'goals': return byKey(policy.goals.map(withoutKpis), (goal) => String(goal.id));
    case 'kpis': return byKey(kpisOf(policy), (kpi) => kpi.id) as unknown as Map<string, Item>;
    case 'escalation': return byKey(policy.escalation.levels, (level) => String(level.level)) as unknown as Map<string, Item>;
    default: return byKey(policy[section] as readonly Item[] | undefined, (item) => String(item.id));
  }
}

const pathOf = (section: Section, id: string | undefined, field: readonly string[]): string =>
  [section === 'escalation' ? 'escalation.levels' : section === 'policy' ? '' : section, id ?? '', ...field].filter(Boolean).join('.');

/** Shares written "80%" and plain numbers, as numbers. */
function share(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value !== 'string') return undefined;
  const match = /^(\d+(?:\.\d+)?)\s*%?$/.exec(value.trim());
  return match ? Number(match[1]) : undefined;
}

/** Smaller is stricter (a duration), or larger is stricter (a share). */
function compare(before: number | undefined, after: number | undefined, smallerIsStricter: boolean): Effect | undefined {
  if (before === undefined || after === undefined || before === after) return undefined;
  return (after < before) === smallerIsStricter ? 'tightened' : 'loosened';
}

function durationEffect(beforeText: unknown, afterText: unknown, beforeItem: Item, afterItem: Item, sides: { before: Side; after: Side }): Effect | undefined {
  if (typeof beforeText !== 'string' || typeof afterText !== 'string') return undefined;
  const order = compareOnClock(beforeText, afterText, beforeItem, afterItem, { before: sides.before.index, after: sides.after.index });
  return order === -1 ? 'tightened' : order === 1 ? 'loosened' : undefined;
}

function effectOf(section: Section, field: string, before: Item, after: Item, sides: { before: Side; after: Side }): Effect | undefined {
  if (section === 'standards' && field === 'target') return durationEffect(before.target, after.target, before, after, sides);
  if (section === 'standards' && field === 'attainment') return compare(share(before.attainment), share(after.attainment), false);
  if (section === 'escalation' && field === 'after') return durationEffect(before.after, after.after, before, after, sides);
  if (section === 'kpis' && field === 'target' && before.direction === after.direction) {
    return compare(share(before.target), share(after.target), before.direction === 'at-most');
  }
  return undefined;
}

/** Which roles' briefings mention an item: owners of the actions and levels involved. */
function rolesOf(section: Section, item: Item, side: Side): string[] {
  const { policy, index } = side;
  const actionOwners = (actions: readonly Action[]) => actions.map((action) => action.owner);
  const standardOwners = (standards: readonly Standard[]) => standards.map((standard) => index.actions.get(standard.action)?.item.owner).filter((owner): owner is string => owner !== undefined);
  const id = String(item.id ?? '');
  switch (section) {
    case 'roles': return [id];
    case 'actions': return [String(item.owner)];
    case 'standards': return standardOwners([item as unknown as Standard]);
    case 'goals': return actionOwners(policy.actions.filter((action) => action.goal === id));
    case 'kpis': return actionOwners(policy.actions.filter((action) => action.goal === item.goal));
    case 'channels': return [...actionOwners(policy.actions.filter((action) => action.channels?.includes(id))), ...standardOwners(policy.standards.filter((standard) => standard.channel === id))];
    case 'calendars': {
      const channels = new Set(policy.channels.filter((channel) => channel.calendar === id).map((channel) => channel.id));
      return [
        ...actionOwners(policy.actions.filter((action) => action.channels?.some((channel) => channels.has(channel)))),
        ...standardOwners(policy.standards.filter((standard) => standard.calendar === id)),
        ...policy.escalation.levels.filter((level) => level.calendar === id).flatMap((level) => (level.owner ? [level.owner] : [])),
      ];
    }
    case 'priorities': return standardOwners(policy.standards.filter((standard) => standard.priority === id));
    case 'segments': return standardOwners(policy.standards.filter((standard) => standard.segment === id));
    case 'escalation': {
      // A level is in its owner's briefing, and in the briefing of whoever hands cases on to it.
      const levels = policy.escalation.levels;
      const at = levels.findIndex((level) => level.level === item.level);
      const previous = at > 0 ? levels[at - 1] : undefined;
      const roles = [(item as unknown as EscalationLevel).owner, previous?.owner].filter((owner): owner is string => owner !== undefined);
      if (at === 0) {
        const ladder = new Set(levels.flatMap((level) => (level.owner ? [level.owner] : [])));
        roles.push(...policy.actions.map((action) => action.owner).filter((owner) => !ladder.has(owner)));
      }
      return roles;
    }
    default: return [];
  }
}

const sortedUnique = (roles: readonly string[]) => [...new Set(roles)].sort();

/**
 * What changed from one version of a policy to the next, matched by ids rather than lines, each
 * change with the roles it concerns. Pure: both policies are values the schema accepted.
 */
export function diffPolicies(beforePolicy: Policy, afterPolicy: Policy): PolicyChange[] {
  const sides = { before: { policy: beforePolicy, index: indexPolicy(beforePolicy) }, after: { policy: afterPolicy, index: indexPolicy(afterPolicy) } };
  const changes: PolicyChange[] = [];

  const topKeys = [...new Set([...Object.keys(beforePolicy), ...Object.keys(afterPolicy)])].filter((key) => !SKIPPED_TOP_LEVEL.has(key));
  for (const key of topKeys) {
    const before = (beforePolicy as unknown as Item)[key];
    const after = (afterPolicy as unknown as Item)[key];
    for (const change of fieldChanges(before, after, [key])) {
      changes.push({ kind: change.before === undefined ? 'added' : change.after === undefined ? 'removed' : 'changed', path: pathOf('policy', undefined, change.field), section: 'policy', field: change.field.join('.'), before: change.before, after: change.after, roles: [] });
    }
  }

  for (const section of SECTIONS) {
    const before = listOf(beforePolicy, section);
    const after = listOf(afterPolicy, section);
    for (const [id, item] of before) {
      if (after.has(id)) continue;
      changes.push({ kind: 'removed', path: pathOf(section, id, []), section, id, before: item, roles: sortedUnique(rolesOf(section, item, sides.before)) });
    }
    for (const [id, item] of after) {
      const old = before.get(id);
      if (!old) {
        changes.push({ kind: 'added', path: pathOf(section, id, []), section, id, after: item, roles: sortedUnique(rolesOf(section, item, sides.after)) });
        continue;
      }
      const fields = fieldChanges(old, item);
      if (fields.length === 0) continue;
      const roles = sortedUnique([...rolesOf(section, old, sides.before), ...rolesOf(section, item, sides.after)]);
      for (const change of fields) {
        const field = change.field.join('.');
        const effect = effectOf(section, field, old, item, sides);
        changes.push({ kind: 'changed', path: pathOf(section, id, change.field), section, id, field, before: change.before, after: change.after, ...(effect ? { effect } : {}), roles });
      }
    }
  }
  return changes;
}
