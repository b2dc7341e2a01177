import { isRecord } from '../core/is-record.js';
/**
 * The --map file: which helpdesk ids stand for the policy's roles, priorities, segments and
 * channels. Every part is optional; what is missing falls back to a documented default or is
 * named in a warning.
 */
export interface HelpdeskMap {
  /** Policy priority id -> the helpdesk's priority (Zendesk low|normal|high|urgent; Freshdesk 1-4 or low|medium|high|urgent). */
  priorities?: Record<string, string | number>;
  /** Policy role id -> the helpdesk's agents and group. */
  roles?: Record<string, { agents?: (string | number)[]; group?: string | number }>;
  /** Policy segment id -> a ticket tag (Zendesk) or company ids (Freshdesk). */
  segments?: Record<string, { tag?: string; companies?: (string | number)[] }>;
  /**
   * Policy channel id -> how the helpdesk tells its tickets apart: a ticket tag (Zendesk), or
   * Freshdesk ticket sources, for channels with no documented source of their own (social
   * networks, in person, letters).
   */
  channels?: Record<string, { tag?: string; sources?: number[] }>;
}

const isId = (value: unknown): value is string | number => typeof value === 'string' || (typeof value === 'number' && Number.isSafeInteger(value));

/** Checks a parsed map file; returns the first problem as a path and what was expected. */
export function checkMap(value: unknown): { map: HelpdeskMap } | { path: string; expected: string } {
  if (!isRecord(value)) return { path: '', expected: 'a mapping' };
  const known = ['priorities', 'roles', 'segments', 'channels'];
  for (const key of Object.keys(value)) if (!known.includes(key)) return { path: key, expected: known.join(', ') };
  for (const section of known) {
    const part = value[section];
    if (part === undefined) continue;
    if (!isRecord(part)) return { path: section, expected: 'a mapping' };
    for (const [id, entry] of Object.entries(part)) {
      const at = `${section}.${id}`;
      if (section === 'priorities') {
        if (!isId(entry)) return { path: at, expected: 'a priority name or number' };
        continue;
      }
      if (!isRecord(entry)) return { path: at, expected: 'a mapping' };
      for (const [field, item] of Object.entries(entry)) {
        if (field === 'sources' && section === 'channels') {
          if (!(Array.isArray(item) && item.length > 0 && item.every((source) => Number.isSafeInteger(source) && source > 0))) return { path: `${at}.${field}`, expected: 'a list of Freshdesk source numbers' };
          continue;
        }
        const list = field === 'agents' || field === 'companies';
        const single = field === 'group' || field === 'tag';
        if (!list && !single) return { path: `${at}.${field}`, expected: section === 'roles' ? 'agents, group' : section === 'segments' ? 'tag, companies' : 'tag, sources' };
        if (list && !(Array.isArray(item) && item.every(isId))) return { path: `${at}.${field}`, expected: 'a list of ids' };
        if (single && !isId(item)) return { path: `${at}.${field}`, expected: 'an id' };
      }
    }
  }
  return { map: value as HelpdeskMap };
}
