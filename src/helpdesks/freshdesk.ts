/**
 * Freshdesk: SLA policies (targets per priority, the sources they apply to, resolution escalation).
 * API reference: developers.freshdesk.com/api/#sla_policies and #business-hours (read only).
 */
import type { Channel, EscalationLevel, Metric, Policy } from '../core/policy.js';
import { targetSeconds, workingCalendarOf } from '../core/business-time/index.js';
import { type ExportWarning, type Plan, type PlannedRequest } from './plan.js';
import { calendarWarnings, mapPriorities, ticketGroups, type ChannelTarget } from './standards.js';
import { ianaTimeZone } from './time-zones.js';
import { ACCOUNT_NAME, basicAuth, dedupe, durationText, exportedPolicyId, findList, importedCalendar, importedStandards, reconciled, sameMeaning, unordered, type ImportedTarget } from './shared.js';
import type { Existing, Imported, PlanOptions, Step, Target } from './target.js';
import { textIn } from '../core/policy.js';
import { isRecord } from '../core/is-record.js';

const TITLE = 'Freshdesk';
const SLA_POLICIES = '/api/v2/sla_policies';
/** priority_4 is urgent and priority_1 low; policies list the most urgent first. */
const PRIORITIES = ['priority_4', 'priority_3', 'priority_2', 'priority_1'] as const;
const PRIORITY_NAMES: Record<string, string> = { urgent: 'priority_4', high: 'priority_3', medium: 'priority_2', low: 'priority_1' };
/** Priority ids an imported policy uses: Freshdesk's own names, which --map takes back. */
const PRIORITY_LABELS: Record<string, string> = Object.fromEntries(Object.entries(PRIORITY_NAMES).map(([name, key]) => [key, name]));
/**
 * Ticket sources (Freshdesk's ticket properties): Email 1 and Outbound email 10, Portal 2 and
 * Feedback widget 9, Phone 3, Chat 7. A "social" channel is not guessed: Freshdesk numbers each
 * network apart, so the plan warns and --map names its sources (channels.<id>.sources).
 */
const SOURCES: Partial<Record<Channel['kind'], number[]>> = { email: [1, 10], web: [2, 9], phone: [3], chat: [7] };
/** A policy for every channel lists every source the API documents, 1 to 13. */
const ALL_SOURCES = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13];
/** Freshdesk needs resolve_within for every priority; without a resolution standard it is the longest time its escalation list names, 30 days. */
const NO_RESOLUTION = 2592000;
/** Freshdesk refuses targets under 15 minutes and escalation times off this list (reported by its users, not documented). */
const MINIMUM_TARGET = 900;
const ESCALATION_TIMES = [0, 1800, 3600, 7200, 14400, 28800, 43200, 86400, 172800, 259200, 604800, 1209600, 2592000];
const RESPONSE: ReadonlySet<Metric> = new Set(['acknowledgement', 'first-response']);

interface PriorityTarget { respond_within: number; resolve_within: number; next_respond_within?: number; business_hours: boolean; escalation_enabled: boolean }

function normalisePriority(value: string | number): string | undefined {
  if (typeof value === 'number' || /^[1-4]$/.test(value)) return `priority_${value}`;
  return PRIORITY_NAMES[value] ?? ((PRIORITIES as readonly string[]).includes(value) ? value : undefined);
}

/** The target for one priority and metric: a standard for that priority beats one for all; then the shorter. */
function pick(targets: readonly ChannelTarget[], priority: string, priorities: ReadonlyMap<string, string>, metrics: (metric: Metric) => boolean): ChannelTarget | undefined {
  const fitting = targets.filter((target) => metrics(target.standard.metric) && (!target.standard.priority || priorities.get(target.standard.priority) === priority));
  const specific = fitting.filter((target) => target.standard.priority);
  return (specific.length > 0 ? specific : fitting).sort((a, b) => a.seconds - b.seconds)[0];
}

function escalation(policy: Policy, options: PlanOptions, shortestResolve: number, shortestRespond: number, warnings: ExportWarning[]): Record<string, unknown> | undefined {
  const calendars = new Map((policy.calendars ?? []).map((calendar) => [calendar.id, calendar]));
  const resolution: Record<string, unknown> = {};
  let n = 0;
  const levels = policy.escalation.levels.filter((level) => level.level > 1);
  for (const level of levels) {
    if (level.external) {
      warnings.push({ id: 'warn.externalStage', params: { level: level.level, name: textIn(level.external.name, policy.languages[0] ?? 'en'), target: TITLE } });
      continue;
    }
    if (n === 4) {
      warnings.push({ id: 'warn.tooManyLevels', params: { level: level.level, target: TITLE } });
      continue;
    }
    const agents = level.owner ? options.map?.roles?.[level.owner]?.agents : undefined;
    if (!agents || agents.length === 0) {
      warnings.push({ id: 'warn.roleUnmapped', params: { level: level.level, role: level.owner ?? '', target: TITLE } });
      continue;
    }
    const calendar = level.calendar ? calendars.get(level.calendar) : undefined;
    const after = targetSeconds(level.after, level.clock ?? 'calendar', calendar ? workingCalendarOf(calendar) : undefined) ?? 0;
    const wanted = Math.max(0, after - shortestResolve);
    const allowed = ESCALATION_TIMES.find((time) => time >= wanted) ?? ESCALATION_TIMES[ESCALATION_TIMES.length - 1]!;
    if (allowed !== wanted) warnings.push({ id: 'warn.escalationSnapped', params: { level: level.level, seconds: wanted, value: allowed, target: TITLE } });
    n += 1;
    resolution[`level_${n}`] = { escalation_time: allowed, agent_ids: agents };
  }
  if (n === 0) return undefined;
  warnings.push({ id: 'warn.escalationFromBreach', params: { target: TITLE } });
  // Freshdesk's one response rule: a missed first response goes to the ladder's first level above the front line, at once.
  const first = resolution.level_1 as { agent_ids: (string | number)[] };
  return { response: { escalation_time: 0, agent_ids: first.agent_ids }, resolution };
}

function plan(policy: Policy, options: PlanOptions): Plan {
  const warnings: ExportWarning[] = [];
  const requests: PlannedRequest[] = [];
  for (const calendar of policy.calendars ?? []) {
    warnings.push({ id: 'warn.freshdeskBusinessHours', params: { calendar: calendar.id, timezone: calendar.timezone, target: TITLE } });
    calendarWarnings(calendar, TITLE, warnings);
  }
  const priorities = mapPriorities(policy, options.map?.priorities, PRIORITIES, normalisePriority, warnings, TITLE);
  const lang = policy.languages[0] ?? 'en';
  for (const group of ticketGroups(policy, warnings, TITLE)) {
    const standardIds = [...new Set(group.targets.map((target) => target.standard.id))].join(', ');
    for (const target of group.targets) {
      if (!RESPONSE.has(target.standard.metric) && target.standard.metric !== 'resolution' && target.standard.metric !== 'next-response') {
        warnings.push({ id: 'warn.metricNotHeld', params: { standard: target.standard.id, metric: target.standard.metric, target: TITLE } });
      }
      // Freshdesk stops its SLA timers by status, set only in its admin pages, with Pending stopped by default.
      if (target.standard.metric === 'resolution') {
        const pauses = target.standard.pauses ?? [];
        const id = pauses.length === 0 ? 'warn.freshdeskNoPause' : pauses.includes('on-hold') ? 'warn.freshdeskPauseOnHold' : 'warn.freshdeskPauseWaiting';
        warnings.push({ id, params: { standard: target.standard.id, target: TITLE } });
      }
    }
    const mapped = group.channel ? options.map?.channels?.[group.channel.id]?.sources : undefined;
    const sources = mapped ?? (group.channel ? SOURCES[group.channel.kind as Channel['kind']] : ALL_SOURCES);
    if (!sources) {
      warnings.push({ id: 'warn.noSource', params: { channel: group.channel!.id, kind: group.channel!.kind, standards: standardIds, target: TITLE } });
      continue;
    }
    const applicable: Record<string, unknown> = { sources };
    if (group.segment) {
      const companies = options.map?.segments?.[group.segment]?.companies;
      if (!companies || companies.length === 0) {
        warnings.push({ id: 'warn.segmentUnmapped', params: { segment: group.segment, standards: standardIds, target: TITLE, field: 'companies' } });
        continue;
      }
      applicable.company_ids = companies;
    }
    const channelName = group.channel?.id ?? 'all-channels';
    const seconds = (target: ChannelTarget) => {
      if (target.seconds < MINIMUM_TARGET) warnings.push({ id: 'warn.minimumTarget', params: { standard: target.standard.id, seconds: target.seconds, value: MINIMUM_TARGET, target: TITLE } });
      return Math.max(MINIMUM_TARGET, Math.round(target.seconds));
    };
    const found = new Map<string, PriorityTarget>();
    let noResolution = false;
    for (const priority of PRIORITIES) {
      const respond = pick(group.targets, priority, priorities, (metric) => RESPONSE.has(metric));
      const resolve = pick(group.targets, priority, priorities, (metric) => metric === 'resolution');
      const next = pick(group.targets, priority, priorities, (metric) => metric === 'next-response');
      if (!respond && !resolve && !next) continue;
      // resolve_within comes only from a resolution standard; respond_within from a response
      // standard, else the resolution target (a ticket resolved has been answered).
      if (!resolve) noResolution = true;
      if (!respond && resolve) warnings.push({ id: 'warn.freshdeskFilled', params: { field: 'respond_within', channel: channelName, target: TITLE } });
      const used = [respond ?? resolve, resolve, next].filter((item): item is ChannelTarget => item !== undefined);
      // One clock per priority: business hours only where every standard it holds runs on them.
      const business = used.every((item) => item.business);
      if (!business && used.some((item) => item.business)) {
        warnings.push({ id: 'warn.mixedClocks', params: { standards: [...new Set(used.map((item) => item.standard.id))].join(', '), target: TITLE } });
      }
      found.set(priority, {
        respond_within: respond ? seconds(respond) : resolve ? seconds(resolve) : NO_RESOLUTION,
        resolve_within: resolve ? seconds(resolve) : NO_RESOLUTION,
        ...(next ? { next_respond_within: seconds(next) } : {}),
        business_hours: business,
        escalation_enabled: false,
      });
    }
    if (found.size === 0) continue;
    if (noResolution) warnings.push({ id: 'warn.freshdeskNoResolution', params: { channel: channelName, value: '30d', target: TITLE } });
    // Freshdesk's form always holds all four priorities: one the policy does not reach takes the
    // nearest less urgent one's targets (else the nearest more urgent), and the plan says so.
    const slaTarget: Record<string, PriorityTarget> = {};
    for (const [i, priority] of PRIORITIES.entries()) {
      const from = found.has(priority) ? priority : [...PRIORITIES.slice(i + 1), ...PRIORITIES.slice(0, i).reverse()].find((other) => found.has(other))!;
      if (from !== priority) warnings.push({ id: 'warn.priorityWithoutTarget', params: { priorities: priority, from, channel: channelName, target: TITLE } });
      slaTarget[priority] = { ...found.get(from)! };
    }
    const shortestResolve = Math.min(...Object.values(slaTarget).map((item) => item.resolve_within));
    const shortestRespond = Math.min(...Object.values(slaTarget).map((item) => item.respond_within));
    const ladder = escalation(policy, options, shortestResolve, shortestRespond, warnings);
    if (ladder) for (const item of Object.values(slaTarget)) item.escalation_enabled = true;
    const name = `${policy.id} / ${group.channel?.id ?? 'all-channels'}${group.segment ? ` / ${group.segment}` : ''}`;
    const description = `${textIn(policy.title, lang)} ${policy.version}: ${standardIds}. Written by cs-policy export; change the policy, not this.`;
    requests.push({
      method: 'POST', path: SLA_POLICIES,
      body: { name, description, active: true, sla_target: slaTarget, applicable_to: applicable, ...(ladder ? { escalation: ladder } : {}) },
      object: { kind: 'sla-policy', name },
    });
  }
  return { target: 'freshdesk', requests, warnings: dedupe(warnings) };
}

function reconcile(planned: Plan, existing: Existing): Step[] {
  const policies = findList(existing.get(SLA_POLICIES), 'sla_policies');
  return planned.requests.map((request): Step => {
    const wanted = request.body as Record<string, unknown>;
    return reconciled(request, policies.find((policy) => policy.name === request.object.name), SLA_POLICIES, (found) =>
      found.active !== false && ['description', 'sla_target', 'applicable_to', 'escalation'].every((field) => sameMeaning(normalised(found[field]), normalised(wanted[field]))));
  });
}

/** Lists whose order means nothing (sources, ids) sorted: Freshdesk answers with every field, in its own order. */
function normalised(value: unknown): unknown {
  if (Array.isArray(value)) return unordered(value);
  if (!isRecord(value)) return value ?? null;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, normalised(item)]));
}

/** SLA policies named "<policy id> / …" that the plan no longer has: Freshdesk's API cannot delete one, so --prune deactivates it. */
function leftovers(planned: Plan, existing: Existing): Step[] {
  const prefix = exportedPolicyId(planned.requests.map((request) => request.object.name));
  if (!prefix) return [];
  const names = new Set(planned.requests.map((request) => request.object.name));
  return findList(existing.get(SLA_POLICIES), 'sla_policies')
    .filter((policy) => typeof policy.name === 'string' && policy.name.startsWith(`${prefix} / `) && !names.has(policy.name) && policy.active !== false)
    .map((policy): Step => {
      const path = `${SLA_POLICIES}/${String(policy.id)}`;
      return { action: 'remove', method: 'PUT', path, request: { method: 'PUT', path, body: { active: false }, object: { kind: 'sla-policy', name: String(policy.name) } } };
    });
}

function createdId(answer: unknown): string | number | undefined {
  return isRecord(answer) && (typeof answer.id === 'number' || typeof answer.id === 'string') ? answer.id : undefined;
}

const DAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/**
 * "8:00 am" -> 480, "08:00:00 am" -> 480, "11:59:59 pm" -> 1440: Freshdesk's business hours
 * answer writes times with seconds, and a day's last second stands for its end. A start rounds
 * down to the minute and an end up.
 */
function clockMinutes(text: unknown, end = false): number | undefined {
  const match = typeof text === 'string' ? /^(\d{1,2}):(\d\d)(?::(\d\d))?\s*(am|pm)$/i.exec(text.trim()) : null;
  if (!match || Number(match[1]) > 12 || Number(match[2]) > 59 || Number(match[3] ?? 0) > 59) return undefined;
  const hour = Number(match[1]) % 12 + (match[4]!.toLowerCase() === 'pm' ? 12 : 0);
  const seconds = (hour * 60 + Number(match[2])) * 60 + Number(match[3] ?? 0);
  return end ? Math.min(1440, Math.ceil((seconds + (match[3] === '59' ? 1 : 0)) / 60)) : Math.floor(seconds / 60);
}

function importJson(documents: readonly { file: string; json: unknown }[]): Imported {
  const warnings: ExportWarning[] = [];
  const calendars = [];
  const targets: ImportedTarget[] = [];
  let ladder: EscalationLevel[] | undefined;
  const names: unknown[] = [];
  for (const { file, json } of documents) {
    const items = Array.isArray(json) ? json.filter(isRecord) : isRecord(json) ? [json] : [];
    let used = false;
    for (const item of items) {
      if (isRecord(item.business_hours) && typeof item.time_zone === 'string') {
        used = true;
        const intervals = DAY_NAMES.flatMap((day, i) => {
          const hours = (item.business_hours as Record<string, unknown>)[day];
          const start = isRecord(hours) ? clockMinutes(hours.start_time) : undefined;
          const end = isRecord(hours) ? clockMinutes(hours.end_time, true) : undefined;
          return start !== undefined && end !== undefined && end > start ? [{ start: i * 1440 + start, end: i * 1440 + end }] : [];
        });
        const zone = ianaTimeZone(item.time_zone);
        if (!zone) warnings.push({ id: 'warn.importTimeZone', params: { name: String(item.name), timezone: item.time_zone, target: TITLE } });
        calendars.push(item.is_24_hour ? { id: importedCalendar(String(item.name ?? 'business-hours'), zone ?? 'UTC', []).id, name: String(item.name), timezone: zone ?? 'UTC', always_open: true } : importedCalendar(String(item.name ?? 'business-hours'), zone ?? 'UTC', intervals));
        continue;
      }
      if (!isRecord(item.sla_target)) continue;
      used = true;
      names.push(item.name);
      const sources = isRecord(item.applicable_to) && Array.isArray(item.applicable_to.sources) ? item.applicable_to.sources.map(Number) : [];
      const kinds = [...new Set(sources.map((source) => Object.entries(SOURCES).find(([, ids]) => ids?.includes(source))?.[0]).filter((kind): kind is string => Boolean(kind)))];
      const other = isRecord(item.applicable_to) ? Object.keys(item.applicable_to).filter((key) => key !== 'sources' && Array.isArray((item.applicable_to as Record<string, unknown>)[key]) && ((item.applicable_to as Record<string, unknown[]>)[key]!).length > 0) : [];
      if (other.length > 0) warnings.push({ id: 'warn.importFilter', params: { name: String(item.name), conditions: other.join(', '), target: TITLE } });
      const everySource = ALL_SOURCES.every((source) => sources.includes(source));
      const channelKinds: (string | undefined)[] = everySource || kinds.length === 0 ? [undefined] : kinds;
      for (const [priority, value] of Object.entries(item.sla_target)) {
        if (!isRecord(value) || !(PRIORITIES as readonly string[]).includes(priority)) continue;
        for (const kind of channelKinds) {
          const base = { source: String(item.name ?? 'SLA policy'), ...(kind ? { channelKind: kind } : {}), priority: PRIORITY_LABELS[priority]!, business: value.business_hours === true };
          if (typeof value.respond_within === 'number') targets.push({ ...base, metric: 'first-response', seconds: value.respond_within });
          if (typeof value.resolve_within === 'number') targets.push({ ...base, metric: 'resolution', seconds: value.resolve_within });
        }
      }
      const resolution = isRecord(item.escalation) && isRecord(item.escalation.resolution) ? item.escalation.resolution : undefined;
      if (resolution && !ladder) {
        const resolves = Object.values(item.sla_target).filter(isRecord).map((value) => Number(value.resolve_within)).filter(Number.isFinite);
        const base = resolves.length > 0 ? Math.min(...resolves) : 0;
        ladder = [{ level: 1, owner: 'support-agent', after: '0m' }];
        for (const key of ['level_1', 'level_2', 'level_3', 'level_4']) {
          const level = resolution[key];
          if (!isRecord(level)) continue;
          ladder.push({ level: ladder.length + 1, owner: 'support-agent', after: durationText(base + Number(level.escalation_time ?? 0)), when: `TODO (cs-policy import): Freshdesk escalates to agents ${JSON.stringify(level.agent_ids ?? [])}; name their role.` });
        }
        ladder[ladder.length - 1]!.final = true;
        // Levels must be reached strictly later; Freshdesk allows equal times, so equal ones move apart by a minute.
        for (let i = 1; i < ladder.length; i++) {
          const previous = ladder[i - 1]!.after;
          if (ladderSeconds(ladder[i]!.after) <= ladderSeconds(previous)) ladder[i]!.after = durationText(ladderSeconds(previous) + 60);
        }
      }
    }
    if (!used) warnings.push({ id: 'warn.importNothing', params: { file, target: TITLE } });
  }
  const imported = importedStandards(targets, calendars, PRIORITIES.map((priority) => PRIORITY_LABELS[priority]!), TITLE, warnings);
  const id = exportedPolicyId(names);
  return { policy: { ...imported, ...(id ? { id } : {}), ...(ladder ? { escalation: { levels: ladder } } : {}) }, warnings };
}

const ladderSeconds = (text: string) => targetSeconds(text, 'calendar', undefined) ?? 0;

export const freshdesk: Target = {
  title: TITLE,
  plan,
  env: ['FRESHDESK_DOMAIN', 'FRESHDESK_API_KEY'],
  credentials(env) {
    const missing = ['FRESHDESK_DOMAIN', 'FRESHDESK_API_KEY'].filter((name) => !env[name]);
    if (missing.length > 0) return { missing };
    const domain = env.FRESHDESK_DOMAIN!;
    // "acme" or "acme.freshdesk.com": the key is sent to this host, so nothing else is taken.
    const account = /^(.+)\.freshdesk\.com$/.exec(domain)?.[1] ?? domain;
    if (!ACCOUNT_NAME.test(account)) return { invalid: { name: 'FRESHDESK_DOMAIN', expected: 'expect.freshdeskDomain' } };
    const key = env.FRESHDESK_API_KEY!;
    const authorization = basicAuth(key, 'X');
    return {
      baseUrl: env.CS_POLICY_FRESHDESK_URL || `https://${account}.freshdesk.com`,
      // The API key is the user name; the password is any letter.
      headers: { authorization },
      secrets: [key, `${key}:X`, authorization.slice('Basic '.length)],
    };
  },
  reads: () => [SLA_POLICIES],
  // Lists give 30 objects a page unless asked for up to 100 (developers.freshdesk.com/api/#pagination).
  pageQuery: 'per_page=100',
  reconcile,
  leftovers,
  createdId,
  import: importJson,
};
