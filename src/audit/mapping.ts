import type { Metric, Policy } from '../core/policy.js';
import type { Locator } from '../core/locate.js';
import { isTimeZone } from '../core/business-time/zone.js';
import { ianaTimeZone } from '../helpdesks/time-zones.js';
import { SOURCE_FIELDS, type SourceField } from './types.js';
import { AUDIT_MESSAGES, type AuditMessageId } from './messages.js';
import { say, type Lang } from '../i18n/index.js';

/** What the policy calls a record's channel, priority, segment and action. */
export type TargetField = 'channel' | 'priority' | 'segment' | 'action';
export const TARGET_FIELDS: readonly TargetField[] = ['channel', 'priority', 'segment', 'action'];

export interface FieldMapping {
  /** The helpdesk's field the value is read from (a segment from the group, an action from the type). */
  from: SourceField;
  /** Helpdesk value, trimmed and lower-cased, to policy id(s); undefined: values are taken as they are. */
  values?: Map<string, string[]>;
}

export interface Mapping {
  fields: Record<TargetField, FieldMapping>;
  /** The zone of an export's times that carry none (Freshdesk's CSV is in the account's zone). */
  timezone?: string;
  /**
   * Metrics a helpdesk keeps no event for, read from another by the team's own choice:
   * `acknowledgement: first-response` reads acknowledgements from the helpdesk's first reply.
   */
  metrics?: Partial<Record<Metric, Metric>>;
}

/** The metrics a mapping may read from another, and the one they may be read from. */
const READ_AS: readonly Metric[] = ['acknowledgement', 'answer'];
const READ_FROM: Metric = 'first-response';

export const IDENTITY_MAPPING: Mapping = {
  fields: { channel: { from: 'channel' }, priority: { from: 'priority' }, segment: { from: 'segment' }, action: { from: 'action' } },
};

export interface MappingProblem { line: number; column: number; message: string }

const idsOf = (policy: Policy, field: TargetField): string[] => {
  switch (field) {
    case 'channel': return policy.channels.map((c) => c.id);
    case 'priority': return (policy.priorities ?? []).map((p) => p.id);
    case 'segment': return (policy.segments ?? []).map((s) => s.id);
    case 'action': return policy.actions.map((a) => a.id);
  }
};

/**
 * A time zone as a user names it: an IANA name, or the Rails name Zendesk and Freshdesk show in
 * their settings ("Pacific Time (US & Canada)"), which is what a helpdesk admin copies.
 */
export function zoneNamed(value: string): string | undefined {
  if (isTimeZone(value)) return value;
  const iana = ianaTimeZone(value.trim());
  return iana && isTimeZone(iana) ? iana : undefined;
}
/**
 * Checks a mapping file's data against the policy and builds the mapping; every problem is
 * located, so the user can fix them all in one go.
 * ```yaml
 * channel:  { values: { email: email, voice: phone, web: chat } }
 * segment:  { from: group, values: { "VIP support": vip } }
 * action:   { from: type, values: { problem: [log-complaint, resolve-other-complaint] } }
 * timezone: Europe/London
 * metrics:  { acknowledgement: first-response }
 * ```
 */
export function buildMapping(data: unknown, locator: Locator, policy: Policy, lang: Lang): { mapping: Mapping } | { problems: MappingProblem[] } {
  const problems: MappingProblem[] = [];
  const at = (path: (string | number)[], id: AuditMessageId, params: Record<string, string> = {}, anchor: 'key' | 'value' = 'value') => {
    const span = locator.locate(path, anchor);
    problems.push({ line: span.line, column: span.column, message: say(lang, AUDIT_MESSAGES[id], params) });
  };
  const mapping: Mapping = { fields: { ...IDENTITY_MAPPING.fields } };
  if (data === null || data === undefined) return { mapping };
  if (typeof data !== 'object' || Array.isArray(data)) {
    at([], 'map.notMapping');
    return { problems };
  }
  for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
    if (key === 'timezone') {
      const zone = typeof value === 'string' ? zoneNamed(value) : undefined;
      if (zone === undefined) at([key], 'map.badTimezone', { value: String(value) });
      else mapping.timezone = zone;
      continue;
    }
    if (key === 'metrics') {
      if (!value || typeof value !== 'object' || Array.isArray(value)) {
        at([key], 'map.metricsShape', { metrics: READ_AS.join(', '), from: READ_FROM });
        continue;
      }
      const metrics: NonNullable<Mapping['metrics']> = {};
      for (const [metric, from] of Object.entries(value as Record<string, unknown>)) {
        if (!(READ_AS as readonly string[]).includes(metric)) at([key, metric], 'map.metricsShape', { metrics: READ_AS.join(', '), from: READ_FROM }, 'key');
        else if (from !== READ_FROM) at([key, metric], 'map.metricsShape', { metrics: READ_AS.join(', '), from: READ_FROM });
        else metrics[metric as Metric] = READ_FROM;
      }
      mapping.metrics = metrics;
      continue;
    }
    if (!(TARGET_FIELDS as readonly string[]).includes(key)) {
      at([key], 'map.unknownKey', { key, keys: [...TARGET_FIELDS, 'timezone', 'metrics'].join(', ') }, 'key');
      continue;
    }
    const field = key as TargetField;
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
      at([key], 'map.fieldShape', { field });
      continue;
    }
    const entry = value as Record<string, unknown>;
    const fieldMapping: FieldMapping = { from: field };
    for (const inner of Object.keys(entry)) {
      if (inner !== 'from' && inner !== 'values') at([key, inner], 'map.unknownKey', { key: inner, keys: 'from, values' }, 'key');
    }
    if (entry.from !== undefined) {
      if (typeof entry.from !== 'string' || !(SOURCE_FIELDS as readonly string[]).includes(entry.from)) at([key, 'from'], 'map.badFrom', { value: String(entry.from), fields: SOURCE_FIELDS.join(', ') });
      else fieldMapping.from = entry.from as SourceField;
    }
    if (entry.values !== undefined) {
      if (!entry.values || typeof entry.values !== 'object' || Array.isArray(entry.values)) at([key, 'values'], 'map.fieldShape', { field });
      else {
        const known = new Set(idsOf(policy, field));
        const values = new Map<string, string[]>();
        for (const [source, target] of Object.entries(entry.values as Record<string, unknown>)) {
          const targets = Array.isArray(target) && field === 'action' ? target : [target];
          const ids: string[] = [];
          for (const id of targets) {
            if (typeof id !== 'string' || !known.has(id)) at([key, 'values', source], 'map.unknownId', { value: String(id), field, ids: [...known].join(', ') });
            else ids.push(id);
          }
          values.set(source.trim().toLowerCase(), ids);
        }
        fieldMapping.values = values;
      }
    }
    mapping.fields[field] = fieldMapping;
  }
  return problems.length > 0 ? { problems } : { mapping };
}
