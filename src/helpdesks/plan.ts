import type { Params } from '../i18n/index.js';
import type { ExportMessageId } from '../export/messages.js';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** What a request writes, so that --apply can find the object made by an earlier run. */
export interface PlannedObject {
  kind: 'schedule' | 'workweek' | 'holiday' | 'sla-policy' | 'trigger';
  /** The name the helpdesk shows, which is also how an earlier run's object is found. */
  name: string;
  /** For objects inside another (a schedule's holidays): the placeholder of the parent. */
  parent?: string;
}

export interface PlannedRequest {
  method: HttpMethod;
  /** May hold placeholders such as {schedule:office-hours} for ids created by earlier requests. */
  path: string;
  body: unknown;
  object: PlannedObject;
  /** The placeholder this request's answer gives an id to. */
  creates?: string;
}

export interface ExportWarning {
  id: ExportMessageId;
  params: Params;
}

export interface Plan {
  target: string;
  requests: PlannedRequest[];
  warnings: ExportWarning[];
}

const PLACEHOLDER = /\{([a-z-]+:[a-z0-9-]+)\}/g;

export const placeholder = (kind: string, id: string) => `{${kind}:${id}}`;

/** Fills placeholders in a path or in a body's strings with the ids the helpdesk gave. */
export function fillPlaceholders<T>(value: T, ids: ReadonlyMap<string, string | number>): T {
  // An id in a body stays a string (a trigger's "set_schedule" value): Zendesk's actions take ids as strings.
  if (typeof value === 'string') return value.replace(PLACEHOLDER, (all, name: string) => (ids.has(name) ? String(ids.get(name)) : all)) as T;
  if (Array.isArray(value)) return value.map((item) => fillPlaceholders(item, ids)) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, fillPlaceholders(item, ids)])) as T;
  return value;
}

/** Placeholders still unfilled in a path or body. */
export function openPlaceholders(value: unknown): string[] {
  const text = JSON.stringify(value) ?? '';
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((match) => match[1]!))];
}
