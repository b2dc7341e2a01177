import type { Calendar, Channel, DayHours, Metric, Policy, Priority, Standard, Weekday } from '../core/policy.js';
import { compileCalendar, workingDaySeconds } from '../core/business-time/index.js';
import type { ExportWarning, PlannedRequest } from './plan.js';
import type { Step } from './target.js';
import { isRecord } from '../core/is-record.js';


/** A list field of an answer (or the answer itself when it is a list), keeping only objects. */
export function findList(value: unknown, field: string): Record<string, unknown>[] {
  const found = Array.isArray(value) ? value : isRecord(value) ? value[field] : undefined;
  return Array.isArray(found) ? found.filter(isRecord) : [];
}

/**
 * A value as a helpdesk means it: keys in one order, numbers and booleans as the strings they
 * are written as (Zendesk answers "4" for 4), and absent, null and empty lists alike.
 */
export function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (!isRecord(value)) return value ?? null;
  const entries = Object.entries(value).filter(([, item]) => item !== null && item !== undefined && !(Array.isArray(item) && item.length === 0));
  return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([key, item]) => [key, canonical(item)]));
}

/** Two values that mean the same to the helpdesk (see canonical). */
export function sameMeaning(a: unknown, b: unknown): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

/** A list whose order means nothing (a filter's conditions, a week's intervals), in one order. */
export function unordered(list: unknown): unknown[] {
  return (Array.isArray(list) ? list : []).map(canonical).sort((a, b) => {
    const [x, y] = [JSON.stringify(a), JSON.stringify(b)];
    return x < y ? -1 : x > y ? 1 : 0;
  });
}

export function basicAuth(user: string, password: string): string {
  return `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
}

/** A Zendesk subdomain or a Freshdesk domain's first label: letters, digits and hyphens only. */
export const ACCOUNT_NAME = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/**
 * A base URL cs-policy may send credentials to: http or https, an origin with at most a path;
 * no user-info (it would be printed), no query or fragment (every path would land inside them).
 * Returns the URL without a trailing slash, or what is wrong.
 */
export function checkBaseUrl(value: string): { url: string } | { problem: 'url.queryOrFragment' | 'url.notAddress' | 'url.notHttp' | 'url.userInfo' } {
  if (/[?#\s]/.test(value)) return { problem: 'url.queryOrFragment' };
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return { problem: 'url.notAddress' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { problem: 'url.notHttp' };
  if (url.username !== '' || url.password !== '' || /\/\/[^/]*@/.test(value)) return { problem: 'url.userInfo' };
  if (url.hostname === '') return { problem: 'url.notAddress' };
  return { url: `${url.origin}${url.pathname.replace(/\/+$/, '')}` };
}

/** A URL as it may be printed: user-info removed. */
export function shownUrl(value: string): string {
  return value.replace(/(\/\/)[^\s/?#@]*@/g, '$1***@');
}

/** Escalation levels a helpdesk without a ladder cannot hold, named in one warning. */
export function escalationWarnings(policy: Policy, target: string, warnings: ExportWarning[], id: 'warn.zendeskNoLadder'): void {
  const levels = policy.escalation.levels.filter((level) => level.level > 1);
  if (levels.length > 0) warnings.push({ id, params: { levels: levels.map((level) => level.level).join(', '), target } });
  for (const level of policy.escalation.levels) {
    if (level.external) warnings.push({ id: 'warn.externalStage', params: { level: level.level, name: typeof level.external.name === 'string' ? level.external.name : Object.values(level.external.name)[0] ?? '', target } });
  }
}

const SUNDAY_FIRST: readonly Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const clock = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
const slug = (text: string) => text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'calendar';

/** A calendar from weekly intervals (minutes from Sunday 00:00), in the policy's shortest form. */
export function importedCalendar(name: string, timezone: string, intervals: readonly { start: number; end: number }[]): Calendar {
  // Names that cs-policy export wrote are "<policy> / <calendar>": the calendar id comes back.
  const id = slug(name.includes(' / ') ? name.slice(name.lastIndexOf(' / ') + 3) : name).slice(0, 64).replace(/-+$/, '') || 'calendar';
  const byDay = new Map<Weekday, string[]>();
  // Intervals as a helpdesk may hold them (overlapping, touching, out of the week, not numbers)
  // become each day's ranges merged, so that the calendar written validates.
  const clipped = intervals
    .filter((item) => Number.isFinite(item.start) && Number.isFinite(item.end) && item.start >= 0 && item.start < 10080 && item.end > item.start)
    .map(({ start, end }) => ({ start, end: Math.min(end, (Math.floor(start / 1440) + 1) * 1440) }))
    .sort((a, b) => a.start - b.start);
  const merged: { start: number; end: number }[] = [];
  for (const { start, end } of clipped) {
    const last = merged[merged.length - 1];
    if (last && start <= last.end && Math.floor(start / 1440) === Math.floor(last.start / 1440)) last.end = Math.max(last.end, end);
    else merged.push({ start, end });
  }
  for (const { start, end } of merged) {
    const day = SUNDAY_FIRST[Math.floor(start / 1440) % 7]!;
    const base = Math.floor(start / 1440) * 1440;
    byDay.set(day, [...(byDay.get(day) ?? []), `${clock(start - base)}-${clock(end - base)}`]);
  }
  const calendar: Calendar = { id, name, timezone };
  const hours = [...byDay.values()].map((ranges) => ranges.join(','));
  if (byDay.size === 7 && hours.every((text) => text === '00:00-24:00')) return { ...calendar, always_open: true };
  const asHours = (ranges: string[]): DayHours => (ranges.length === 1 ? ranges[0]! : ranges);
  if (hours.length > 0 && hours.every((text) => text === hours[0])) {
    const order: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
    return { ...calendar, days: order.filter((day) => byDay.has(day)), hours: asHours(byDay.values().next().value!) };
  }
  const week: Partial<Record<Weekday, DayHours>> = {};
  for (const day of ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as Weekday[]) if (byDay.has(day)) week[day] = asHours(byDay.get(day)!);
  return { ...calendar, week };
}

/** One target as a helpdesk holds it: one metric, one priority, seconds. */
export interface ImportedTarget {
  /** The SLA policy it came from, for messages. */
  source: string;
  channelKind?: string;
  metric: Metric;
  priority: string;
  seconds: number;
  business: boolean;
}

/** The policy id in names that cs-policy export wrote ("<policy> / <calendar or channel>"). */
export function exportedPolicyId(names: readonly unknown[]): string | undefined {
  for (const name of names) {
    const match = typeof name === 'string' ? /^([a-z0-9]+(?:-[a-z0-9]+)*) \/ /.exec(name) : null;
    if (match) return match[1];
  }
  return undefined;
}

/** A duration as people write it: whole working days where it is, else the largest whole unit. */
export function durationText(seconds: number, daySeconds?: number): string {
  if (daySeconds && seconds % daySeconds === 0) return `${seconds / daySeconds}d`;
  if (!daySeconds && seconds % 86400 === 0) return `${seconds / 86400}d`;
  if (seconds % 3600 === 0) return `${seconds / 3600}h`;
  if (seconds % 60 === 0) return `${seconds / 60}m`;
  return `${seconds}s`;
}

/**
 * Standards from a helpdesk's targets. Targets equal on every priority become one standard for
 * all priorities; otherwise each priority gets its own and the priorities are listed.
 */
export function importedStandards(
  targets: readonly ImportedTarget[],
  calendars: Calendar[],
  priorityOrder: readonly string[],
  target: string,
  warnings: ExportWarning[],
): Pick<Policy, 'calendars' | 'channels' | 'standards'> & { priorities?: Priority[] } {
  // A schedule with no open hour cannot be written as a calendar: it is named and left out.
  calendars = calendars.filter((calendar) => {
    const open = calendar.always_open || (calendar.days && calendar.days.length > 0) || (calendar.week && Object.keys(calendar.week).length > 0);
    if (!open) warnings.push({ id: 'warn.importEmptyCalendar', params: { name: calendar.name ? String(calendar.name) : calendar.id, target } });
    return open;
  });
  const channels = new Map<string, Channel>();
  const standards: Standard[] = [];
  const priorities = new Set<string>();
  const businessCalendar = calendars[0];
  const working = businessCalendar ? compileCalendar(businessCalendar) : undefined;
  const daySeconds = working?.ok ? workingDaySeconds(working.calendar) : undefined;
  if (calendars.length > 1 && targets.some((item) => item.business)) warnings.push({ id: 'warn.importWhichCalendar', params: { calendar: businessCalendar!.id, target } });
  const groups = new Map<string, ImportedTarget[]>();
  for (const item of targets) {
    const key = `${item.source}|${item.channelKind ?? ''}|${item.metric}`;
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  const usedIds = new Set<string>();
  const uniqueId = (base: string) => {
    let id = base;
    for (let n = 2; usedIds.has(id); n++) id = `${base}-${n}`;
    usedIds.add(id);
    return id;
  };
  for (const items of groups.values()) {
    const first = items[0]!;
    const channelId = first.channelKind ?? 'all';
    if (first.channelKind && !channels.has(channelId)) channels.set(channelId, { id: channelId, kind: first.channelKind, ...(businessCalendar ? { calendar: businessCalendar.id } : {}) });
    const same = priorityOrder.every((priority) => items.some((item) => item.priority === priority && item.seconds === first.seconds && item.business === first.business));
    const chosen = same ? [{ ...first, priority: '' }] : items;
    for (const item of chosen) {
      if (item.business && !businessCalendar) warnings.push({ id: 'warn.importNoCalendar', params: { name: item.source, target } });
      const business = item.business && businessCalendar !== undefined;
      if (item.priority) priorities.add(item.priority);
      standards.push({
        id: uniqueId([channelId, item.metric, item.priority].filter(Boolean).join('-')),
        action: `serve-${channelId}`,
        metric: item.metric,
        ...(first.channelKind ? { channel: channelId } : {}),
        ...(item.priority ? { priority: item.priority } : {}),
        target: durationText(item.seconds, business ? daySeconds : undefined),
        clock: business ? 'business' : 'calendar',
        ...(business ? { calendar: businessCalendar!.id } : {}),
      });
    }
  }
  const listed = priorityOrder.filter((priority) => priorities.has(priority));
  return {
    calendars,
    channels: [...channels.values()],
    standards,
    ...(listed.length > 0 ? { priorities: listed.map((id) => ({ id, name: id })) } : {}),
  };
}

/** Warnings found once per priority or per SLA policy are said once. */
export function dedupe(warnings: readonly ExportWarning[]): ExportWarning[] {
  const seen = new Set<string>();
  return warnings.filter((warning) => {
    const key = `${warning.id}|${JSON.stringify(warning.params)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * What to send for one planned object, by the object of that name the account already has: none,
 * create it; one that means the same (`same`, asked only of one that exists), leave it; else
 * update that one in place, at `collection`/its id.
 */
export function reconciled<T extends { id?: unknown }>(request: PlannedRequest, found: T | undefined, collection: string, same: (found: T) => boolean): Step {
  if (!found) return { action: 'create', request, method: 'POST', path: request.path };
  return same(found) ? { action: 'unchanged', request } : { action: 'update', request, method: 'PUT', path: `${collection}/${String(found.id)}` };
}
