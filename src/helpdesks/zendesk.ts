/**
 * Zendesk Support: business-hours schedules and SLA policies.
 * API reference: developer.zendesk.com/api-reference/ticketing/ticket-management/schedules/,
 * .../business-rules/sla_policies/, and the conditions and via-types reference guides.
 */
import type { Channel, Holiday, Metric, Policy, Standard } from '../core/policy.js';
import { textIn } from '../core/policy.js';
import { weeklyIntervals, workingCalendarOf, type WeeklyInterval } from '../core/business-time/index.js';
import { fillPlaceholders, openPlaceholders, placeholder, type ExportWarning, type Plan, type PlannedRequest } from './plan.js';
import { calendarWarnings, mapPriorities, ticketGroups } from './standards.js';
import { ianaTimeZone, zendeskTimeZone } from './time-zones.js';
import { ACCOUNT_NAME, basicAuth, dedupe, escalationWarnings, exportedPolicyId, findList, importedCalendar, importedStandards, reconciled, sameMeaning, unordered, type ImportedTarget } from './shared.js';
import type { Existing, Imported, PlanOptions, Step, Target } from './target.js';
import { isRecord } from '../core/is-record.js';

const TITLE = 'Zendesk';
const PRIORITIES = ['urgent', 'high', 'normal', 'low'] as const;
const SCHEDULES = '/api/v2/business_hours/schedules';
const SLA_POLICIES = '/api/v2/slas/policies';
const TRIGGERS = '/api/v2/triggers';

const METRICS: Record<Exclude<Metric, 'answer'>, string> = {
  acknowledgement: 'first_reply_time',
  'first-response': 'first_reply_time',
  'next-response': 'next_reply_time',
  update: 'periodic_update_time',
  resolution: 'total_resolution_time',
};
/** A standard that pauses is Zendesk's pausing metric: requester wait stops while pending, agent work on hold too, the pausable update while pending. */
function zendeskMetric(standard: Standard): string {
  if (standard.pauses && standard.pauses.length > 0) {
    if (standard.metric === 'resolution') return standard.pauses.includes('on-hold') ? 'agent_work_time' : 'requester_wait_time';
    if (standard.metric === 'update') return 'pausable_update_time';
  }
  return METRICS[standard.metric as Exclude<Metric, 'answer'>];
}
const METRICS_BACK: Record<string, Metric> = {
  first_reply_time: 'first-response', next_reply_time: 'next-response', periodic_update_time: 'update', pausable_update_time: 'update',
  total_resolution_time: 'resolution', requester_wait_time: 'resolution', agent_work_time: 'resolution',
};

/**
 * Via ids by channel kind, from Zendesk's via types reference
 * (developer.zendesk.com/documentation/ticketing/reference-guides/via-types): 4 mail, 0 web form,
 * 29 chat, 34 inbound call, 33 voicemail, and Talk Partner Edition's 44-46. A "social" channel has
 * no single id (X, Facebook and each messaging network have their own), so it is never guessed:
 * the plan warns and asks for a tag in --map.
 */
const VIA_IDS: Partial<Record<Channel['kind'], number[]>> = {
  email: [4], web: [0], chat: [29], phone: [34, 33, 44, 45, 46],
};

/** Help Center, "Defining SLA policies" (support.zendesk.com/hc/en-us/articles/4408829459866): "The minimum target time you can set is 15 seconds." */
const MINIMUM_TARGET = 15;

/**
 * Help Center, "Setting your business hours and holidays" (support.zendesk.com/hc/en-us/articles/4408842938522):
 * each business interval at least 1 hour long, its start and length in 15-minute increments.
 */
function refusedIntervals(intervals: readonly WeeklyInterval[]): WeeklyInterval[] {
  return intervals.filter(({ start_time: start, end_time: end }) => end - start < 60 || start % 15 !== 0 || (end - start) % 15 !== 0);
}

const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const clock = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
/** "mon 09:10-09:40": an interval in minutes from Sunday 00:00, as people read it. */
const intervalText = ({ start_time: start, end_time: end }: WeeklyInterval) => `${DAYS[Math.floor(start / 1440) % 7]} ${clock(start % 1440)}-${clock(end - Math.floor(start / 1440) * 1440)}`;

/** A filter condition; Zendesk's OpenAPI description gives value as a string. */
interface Condition { field: string; operator: string; value: string }

function dateAfter(today: string, years: number): string {
  const [y, m, d] = today.split('-');
  return `${Number(y) + years}-${m}-${d}`;
}

function holidayRequests(policy: Policy, calendarId: string, holidays: readonly Holiday[], today: string, warnings: ExportWarning[]): PlannedRequest[] {
  const parent = `schedule:${calendarId}`;
  const [earliest, latest] = [dateAfter(today, -2), dateAfter(today, 2)];
  const requests: PlannedRequest[] = [];
  for (const holiday of holidays) {
    const end = holiday.until ?? holiday.date;
    const name = textIn(holiday.name, policy.languages[0] ?? 'en') || holiday.date;
    // Zendesk takes a holiday only wholly inside the window: one that merely overlaps it is refused.
    if (holiday.date < earliest || end > latest) {
      warnings.push({ id: 'warn.holidayWindow', params: { calendar: calendarId, name, date: holiday.date, until: end, target: TITLE } });
      continue;
    }
    requests.push({
      method: 'POST', path: `${SCHEDULES}/{${parent}}/holidays`,
      body: { holiday: { name, start_date: holiday.date, end_date: end } },
      object: { kind: 'holiday', name, parent },
    });
  }
  return requests;
}

function channelFilter(channel: Channel | undefined, segment: string | undefined, options: PlanOptions, warnings: ExportWarning[], standards: string): { all: Condition[]; any: Condition[] } | undefined {
  const all: Condition[] = [];
  let any: Condition[] = [];
  if (channel) {
    const tag = options.map?.channels?.[channel.id]?.tag;
    const via = VIA_IDS[channel.kind as Channel['kind']];
    if (tag) all.push({ field: 'current_tags', operator: 'includes', value: String(tag) });
    else if (via && via.length === 1) all.push({ field: 'via_id', operator: 'is', value: String(via[0]) });
    else if (via) any = via.map((id) => ({ field: 'via_id', operator: 'is', value: String(id) }));
    else {
      warnings.push({ id: 'warn.noChannelSource', params: { channel: channel.id, kind: channel.kind, standards, target: TITLE } });
      return undefined;
    }
  }
  if (segment) {
    const tag = options.map?.segments?.[segment]?.tag;
    if (!tag) {
      warnings.push({ id: 'warn.segmentUnmapped', params: { segment, standards, target: TITLE, field: 'tag' } });
      return undefined;
    }
    all.push({ field: 'current_tags', operator: 'includes', value: String(tag) });
  }
  return { all, any };
}

function plan(policy: Policy, options: PlanOptions): Plan {
  const warnings: ExportWarning[] = [];
  const requests: PlannedRequest[] = [];
  for (const calendar of policy.calendars ?? []) {
    const zone = zendeskTimeZone(calendar.timezone);
    if (!zone) {
      warnings.push({ id: 'warn.unknownTimeZone', params: { calendar: calendar.id, timezone: calendar.timezone, target: TITLE } });
      continue;
    }
    if (zone.how === 'same-offsets') warnings.push({ id: 'warn.timeZoneStandIn', params: { calendar: calendar.id, timezone: calendar.timezone, zone: zone.name, target: TITLE } });
    calendarWarnings(calendar, TITLE, warnings);
    const name = `${policy.id} / ${calendar.id}`;
    const creates = `schedule:${calendar.id}`;
    requests.push({ method: 'POST', path: SCHEDULES, body: { schedule: { name, time_zone: zone.name } }, object: { kind: 'schedule', name }, creates });
    const working = workingCalendarOf(calendar);
    if (!working) {
      warnings.push({ id: 'warn.calendarRefused', params: { calendar: calendar.id, target: TITLE } });
      continue;
    }
    const intervals = weeklyIntervals(working);
    // Sent as the policy says, never widened or cut: the warning says what to change before applying.
    const refused = refusedIntervals(intervals);
    if (refused.length > 0) warnings.push({ id: 'warn.zendeskInterval', params: { calendar: calendar.id, intervals: refused.map(intervalText).join(', '), target: TITLE } });
    requests.push({ method: 'PUT', path: `${SCHEDULES}/{${creates}}/workweek`, body: { workweek: { intervals } }, object: { kind: 'workweek', name, parent: creates } });
    requests.push(...holidayRequests(policy, calendar.id, calendar.holidays ?? [], options.today, warnings));
  }

  const slaPolicies: { specificity: number; request: PlannedRequest }[] = [];
  /** Per calendar, the SLA policies whose business-hours targets run on it, with the filter that selects their tickets. */
  const onSchedule: { calendar: string; title: string; filter: { all: Condition[]; any: Condition[] }; specificity: number }[] = [];
  const priorities = mapPriorities(policy, options.map?.priorities, PRIORITIES, (value) => (PRIORITIES as readonly string[]).includes(String(value)) ? String(value) : undefined, warnings, TITLE);
  for (const group of ticketGroups(policy, warnings, TITLE)) {
    const standardIds = [...new Set(group.targets.map((target) => target.standard.id))].join(', ');
    const filter = channelFilter(group.channel, group.segment, options, warnings, standardIds);
    if (!filter) continue;
    const metrics = new Map<string, { priority: string; metric: string; seconds: number; business_hours: boolean; standard: Standard; calendar?: string }>();
    for (const target of group.targets) {
      const metric = zendeskMetric(target.standard);
      if (target.seconds < MINIMUM_TARGET) warnings.push({ id: 'warn.minimumTarget', params: { standard: target.standard.id, seconds: target.seconds, value: MINIMUM_TARGET, target: TITLE } });
      const seconds = Math.max(MINIMUM_TARGET, Math.round(target.seconds));
      const zendeskPriorities = target.standard.priority ? [priorities.get(target.standard.priority)!] : [...PRIORITIES];
      for (const priority of zendeskPriorities) {
        const key = `${metric}|${priority}`;
        const existing = metrics.get(key);
        // A priority-specific standard beats one for every priority; otherwise the shorter target wins.
        const specific = Boolean(target.standard.priority);
        if (existing) {
          const existingSpecific = Boolean(existing.standard.priority);
          if (existingSpecific && !specific) continue;
          if (existingSpecific === specific && existing.seconds <= seconds) {
            warnings.push({ id: 'warn.sameMetric', params: { kept: existing.standard.id, dropped: target.standard.id, metric, target: TITLE } });
            continue;
          }
        }
        metrics.set(key, { priority, metric, seconds, business_hours: target.business, standard: target.standard, ...(target.business && target.calendar ? { calendar: target.calendar.id } : {}) });
      }
    }
    const title = `${policy.id} / ${group.channel?.id ?? 'all-channels'}${group.segment ? ` / ${group.segment}` : ''}`;
    // A ticket carries one schedule, and every business-hours target of its SLA policy counts on it.
    const scheduleIds = [...new Set([...metrics.values()].flatMap((metric) => (metric.calendar ? [metric.calendar] : [])))];
    // Its trigger sets the first of them: a second trigger on the same tickets would only overrule it.
    if (scheduleIds.length > 1) warnings.push({ id: 'warn.zendeskOneSchedule', params: { name: title, calendars: scheduleIds.join(', '), schedule: `${policy.id} / ${scheduleIds[0]}`, target: TITLE } });
    const specificity = (group.segment ? 0 : 2) + (group.channel ? 0 : 1);
    if (scheduleIds[0]) onSchedule.push({ calendar: scheduleIds[0], title, filter, specificity });
    const lang = policy.languages[0] ?? 'en';
    const description = `${textIn(policy.title, lang)} ${policy.version}: ${standardIds}. Written by cs-policy export; change the policy, not this.`;
    const policyMetrics = [...metrics.values()]
      .sort((a, b) => a.metric.localeCompare(b.metric) || PRIORITIES.indexOf(a.priority as never) - PRIORITIES.indexOf(b.priority as never))
      // A target that is not whole minutes also goes as target_in_seconds, which Zendesk keeps beside target.
      .map(({ priority, metric, seconds, business_hours }) => ({ priority, metric, target: Math.ceil(seconds / 60), ...(seconds % 60 === 0 ? {} : { target_in_seconds: seconds }), business_hours }));
    slaPolicies.push({ specificity, request: {
      method: 'POST', path: SLA_POLICIES,
      body: { sla_policy: { title, description, position: 0, filter, policy_metrics: policyMetrics } },
      object: { kind: 'sla-policy', name: title },
    } });
  }
  // Zendesk applies the first policy that matches, in position order: a policy for a segment and
  // a channel goes before one for a channel, which goes before one for every channel. Positions
  // count from 1 here; --apply places them after the policies the account already has.
  slaPolicies.sort((a, b) => a.specificity - b.specificity).forEach(({ request }, i) => {
    (request.body as { sla_policy: { position: number } }).sla_policy.position = i + 1;
    requests.push(request);
  });
  // A business-hours target runs on the ticket's schedule, and a new schedule is on no ticket
  // until a trigger sets it or it is the account's default. So each SLA policy that counts business
  // hours gets a ticket trigger with its own filter and the action "set_schedule" (Actions
  // reference, as restated by devops-wiz/terraform-provider-zendesk). Every matching trigger fires
  // and the last one's schedule stands, so they go from the most general (every channel) to the
  // most specific (a segment on a channel); --apply places them after the account's own triggers.
  onSchedule.filter(({ calendar }) => requests.some((request) => request.creates === `schedule:${calendar}`))
    .sort((a, b) => b.specificity - a.specificity)
    .forEach(({ calendar, title, filter }, i) => {
      const name = `${title} / schedule`;
      const schedule = `${policy.id} / ${calendar}`;
      requests.push({
        method: 'POST', path: TRIGGERS,
        body: { trigger: {
          title: name,
          description: `Sets the schedule "${schedule}" on the tickets of SLA policy "${title}". Written by cs-policy export; change the policy, not this.`,
          active: true,
          position: i + 1,
          // "Ticket is Created": a ticket gets its schedule once, as it arrives.
          conditions: { all: [{ field: 'update_type', operator: 'is', value: 'Create' }, ...filter.all], any: filter.any },
          actions: [{ field: 'set_schedule', value: placeholder('schedule', calendar) }],
        } },
        object: { kind: 'trigger', name },
      });
    });
  escalationWarnings(policy, TITLE, warnings, 'warn.zendeskNoLadder');
  return { target: 'zendesk', requests, warnings: dedupe(warnings) };
}

const list = (existing: Existing, key: string, field: string): Record<string, unknown>[] => findList(existing.get(key), field);

// No pageQuery: these lists document no page size, and answer up to 100 a page with next_page for the rest.
function reads(existing: Existing): string[] {
  const paths = [SCHEDULES, SLA_POLICIES, TRIGGERS];
  for (const schedule of list(existing, SCHEDULES, 'schedules')) {
    if (typeof schedule.name === 'string' && / \/ /.test(schedule.name)) paths.push(`${SCHEDULES}/${String(schedule.id)}/holidays`);
  }
  return paths;
}

function reconcile(planned: Plan, existing: Existing): Step[] {
  const schedules = list(existing, SCHEDULES, 'schedules');
  const policies = list(existing, SLA_POLICIES, 'sla_policies');
  const scheduleIds = new Map<string, string | number>();
  const steps: Step[] = [];
  const requests = planned.requests;
  const claimedHolidays = new Set<Record<string, unknown>>();
  // Names cs-policy gave this policy's objects start "<policy id> / "; every other SLA policy was made by someone else.
  const prefix = exportedPolicyId(requests.map((request) => request.object.name));
  const foreign = policies.filter((policy) => !(prefix && typeof policy.title === 'string' && policy.title.startsWith(`${prefix} / `))).length;
  const ownPositions = requests.filter((request) => request.object.kind === 'sla-policy')
    .map((request) => policies.find((policy) => policy.title === request.object.name)?.position)
    .filter((position) => position !== undefined && position !== null).map(Number);
  const inOrder = ownPositions.every((position, i) => i === 0 || position > ownPositions[i - 1]!);
  const triggers = list(existing, TRIGGERS, 'triggers');
  const ownTrigger = (trigger: Record<string, unknown>) => Boolean(prefix && typeof trigger.title === 'string' && trigger.title.startsWith(`${prefix} / `));
  // Triggers run in position order: this policy's go after the last of the account's own.
  const foreignTriggers = triggers.filter((trigger) => !ownTrigger(trigger)).map((trigger) => Number(trigger.position)).filter(Number.isSafeInteger);
  const afterTriggers = Math.max(0, triggers.filter((trigger) => !ownTrigger(trigger)).length, ...foreignTriggers);
  const ownTriggerPositions = requests.filter((request) => request.object.kind === 'trigger')
    .map((request) => triggers.find((trigger) => trigger.title === request.object.name)?.position)
    .filter((position) => position !== undefined && position !== null).map(Number);
  const triggersInOrder = ownTriggerPositions.every((position, i) => (i === 0 ? position > afterTriggers : position > ownTriggerPositions[i - 1]!));
  for (const request of planned.requests) {
    const body = request.body as Record<string, Record<string, unknown>>;
    switch (request.object.kind) {
      case 'schedule': {
        const found = schedules.find((schedule) => schedule.name === request.object.name);
        if (!found) {
          steps.push({ action: 'create', request, method: 'POST', path: request.path, ...(request.creates ? { creates: request.creates } : {}) });
          break;
        }
        const id = found.id as string | number;
        scheduleIds.set(request.creates!, id);
        if (found.time_zone === body.schedule!.time_zone) steps.push({ action: 'unchanged', request, creates: request.creates!, id });
        else steps.push({ action: 'update', request, method: 'PUT', path: `${SCHEDULES}/${id}`, creates: request.creates! });
        break;
      }
      case 'workweek': {
        const id = scheduleIds.get(request.object.parent!);
        const found = id === undefined ? undefined : schedules.find((schedule) => schedule.id === id);
        const wanted = (body.workweek!.intervals as WeeklyInterval[]);
        // Zendesk answers the intervals with its own key order ({end_time, start_time}): compared by meaning.
        if (found && sameMeaning(unordered(found.intervals), unordered(wanted))) steps.push({ action: 'unchanged', request });
        else steps.push({ action: 'update', request, method: 'PUT', path: request.path });
        break;
      }
      case 'holiday': {
        const id = scheduleIds.get(request.object.parent!);
        const holidays = id === undefined ? [] : list(existing, `${SCHEDULES}/${id}/holidays`, 'holidays');
        const wanted = body.holiday!;
        // A holiday comes back every year under the same name: the one on the same day is this
        // one; else a same-named one that no planned holiday is on (its date moved) is updated.
        const plannedDays = new Set(requests.filter((r) => r.object.kind === 'holiday' && r.object.parent === request.object.parent && r.object.name === request.object.name)
          .map((r) => String((r.body as { holiday: { start_date: string } }).holiday.start_date)));
        const found = holidays.find((holiday) => holiday.name === request.object.name && holiday.start_date === wanted.start_date)
          ?? holidays.find((holiday) => holiday.name === request.object.name && !plannedDays.has(String(holiday.start_date)) && !claimedHolidays.has(holiday));
        if (found) claimedHolidays.add(found);
        steps.push(reconciled(request, found, request.path, (holiday) => holiday.start_date === wanted.start_date && holiday.end_date === wanted.end_date));
        break;
      }
      case 'sla-policy': {
        const found = policies.find((policy) => policy.title === request.object.name);
        const wanted = body.sla_policy!;
        // A new policy goes after the policies the account holds that this policy did not make;
        // one already there keeps its place while this policy's own keep their planned order.
        const position = found && inOrder ? Number(found.position) : foreign + Number(wanted.position ?? 0);
        const placed: PlannedRequest = { ...request, body: { sla_policy: { ...wanted, position } } };
        steps.push(reconciled(placed, found, SLA_POLICIES, (policy) => policy.description === wanted.description && Number(policy.position) === position
          && sameMeaning(filterOf(policy.filter), filterOf(wanted.filter)) && sameMeaning(metricsOf(policy.policy_metrics), metricsOf(wanted.policy_metrics))));
        break;
      }
      case 'trigger': {
        const found = triggers.find((trigger) => trigger.title === request.object.name);
        const wanted = body.trigger!;
        const position = found && triggersInOrder ? Number(found.position) : afterTriggers + Number(wanted.position ?? 0);
        const placed: PlannedRequest = { ...request, body: { trigger: { ...wanted, position } } };
        // The schedule's id is known here when the schedule exists already; one made in this run cannot be on a trigger yet.
        const actions = fillPlaceholders(wanted.actions, scheduleIds);
        steps.push(reconciled(placed, found, TRIGGERS, (trigger) => openPlaceholders(actions).length === 0 && trigger.description === wanted.description && trigger.active !== false
          && Number(trigger.position) === position && sameMeaning(filterOf(trigger.conditions), filterOf(wanted.conditions)) && sameMeaning(unordered(trigger.actions), unordered(actions))));
        break;
      }
    }
  }
  return steps;
}

/** A filter as Zendesk means it: the order of conditions in all or any means nothing. */
function filterOf(value: unknown): unknown {
  const filter = isRecord(value) ? value : {};
  return { all: unordered(filter.all), any: unordered(filter.any) };
}

/** Policy metrics as comparable values: the helpdesk answers with extra fields, in its own order, a target in minutes and perhaps in seconds. */
function metricsOf(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const seconds = (metric: Record<string, unknown>) => (metric.target_in_seconds !== undefined && metric.target_in_seconds !== null ? Number(metric.target_in_seconds) : Number(metric.target) * 60);
  return value.filter(isRecord).map((metric) => `${String(metric.metric)}|${String(metric.priority)}|${seconds(metric)}|${String(metric.business_hours)}`).sort();
}

/**
 * SLA policies, triggers and schedules named "<policy id> / …" that the plan no longer has, and holidays on
 * this policy's schedules that no planned holiday bears the name of: deleted with --prune.
 */
function leftovers(planned: Plan, existing: Existing): Step[] {
  const prefix = exportedPolicyId(planned.requests.map((request) => request.object.name));
  if (!prefix) return [];
  const ours = (name: unknown) => typeof name === 'string' && name.startsWith(`${prefix} / `);
  const plannedNames = new Set(planned.requests.map((request) => `${request.object.kind}|${request.object.name}`));
  const remove = (kind: 'schedule' | 'holiday' | 'sla-policy' | 'trigger', name: string, path: string): Step => ({
    action: 'remove', method: 'DELETE', path, request: { method: 'DELETE', path, body: undefined, object: { kind, name } },
  });
  const steps: Step[] = [];
  for (const policy of list(existing, SLA_POLICIES, 'sla_policies')) {
    if (ours(policy.title) && !plannedNames.has(`sla-policy|${String(policy.title)}`)) steps.push(remove('sla-policy', String(policy.title), `${SLA_POLICIES}/${String(policy.id)}`));
  }
  // Triggers are removed before the schedules they may set.
  for (const trigger of list(existing, TRIGGERS, 'triggers')) {
    if (ours(trigger.title) && !plannedNames.has(`trigger|${String(trigger.title)}`)) steps.push(remove('trigger', String(trigger.title), `${TRIGGERS}/${String(trigger.id)}`));
  }
  for (const schedule of list(existing, SCHEDULES, 'schedules')) {
    if (!ours(schedule.name)) continue;
    if (!plannedNames.has(`schedule|${String(schedule.name)}`)) {
      steps.push(remove('schedule', String(schedule.name), `${SCHEDULES}/${String(schedule.id)}`));
      continue;
    }
    const parent = planned.requests.find((request) => request.object.kind === 'schedule' && request.object.name === schedule.name)?.creates;
    const kept = new Set(planned.requests.filter((request) => request.object.kind === 'holiday' && request.object.parent === parent).map((request) => request.object.name));
    for (const holiday of list(existing, `${SCHEDULES}/${String(schedule.id)}/holidays`, 'holidays')) {
      if (!kept.has(String(holiday.name))) steps.push(remove('holiday', String(holiday.name), `${SCHEDULES}/${String(schedule.id)}/holidays/${String(holiday.id)}`));
    }
  }
  return steps;
}

function createdId(answer: unknown): string | number | undefined {
  if (!isRecord(answer)) return undefined;
  const inner = answer.schedule ?? answer.sla_policy ?? answer.holiday ?? answer.trigger;
  return isRecord(inner) && (typeof inner.id === 'number' || typeof inner.id === 'string') ? inner.id : undefined;
}

/** The channel kind a filter selects, read from its via-id conditions. */
function filterChannel(filter: unknown): { kind?: string; other: string[] } {
  const conditions = isRecord(filter) ? [...findList(filter, 'all'), ...findList(filter, 'any')] : [];
  const other: string[] = [];
  let kind: string | undefined;
  for (const condition of conditions) {
    if (condition.field === 'via_id') {
      const via = Number(condition.value);
      const match = Object.entries(VIA_IDS).find(([, ids]) => ids?.includes(via));
      if (match) kind = match[0];
      else other.push(`via_id ${String(condition.value)}`);
    } else other.push(`${String(condition.field)} ${String(condition.operator)} ${String(condition.value)}`);
  }
  return { ...(kind ? { kind } : {}), other };
}

function importJson(documents: readonly { file: string; json: unknown }[]): Imported {
  const warnings: ExportWarning[] = [];
  const schedules: Record<string, unknown>[] = [];
  const holidays: { file: string; items: Record<string, unknown>[] }[] = [];
  const slas: Record<string, unknown>[] = [];
  for (const { file, json } of documents) {
    const found = [findList(json, 'schedules'), isRecord(json) && isRecord(json.schedule) ? [json.schedule] : []].flat();
    schedules.push(...found);
    const days = findList(json, 'holidays');
    if (days.length > 0) holidays.push({ file, items: days });
    slas.push(...findList(json, 'sla_policies'), ...(isRecord(json) && isRecord(json.sla_policy) ? [json.sla_policy] : []));
    if (found.length === 0 && days.length === 0 && !isRecord((json as Record<string, unknown>)?.sla_policy) && findList(json, 'sla_policies').length === 0) {
      warnings.push({ id: 'warn.importNothing', params: { file, target: TITLE } });
    }
  }
  const calendars = schedules.map((schedule) => {
    const zone = typeof schedule.time_zone === 'string' ? ianaTimeZone(schedule.time_zone) : undefined;
    if (!zone) warnings.push({ id: 'warn.importTimeZone', params: { name: String(schedule.name), timezone: String(schedule.time_zone), target: TITLE } });
    const intervals = findList(schedule, 'intervals').map((interval) => ({ start: Number(interval.start_time), end: Number(interval.end_time) }));
    return importedCalendar(String(schedule.name ?? 'schedule'), zone ?? 'UTC', intervals);
  });
  for (const { file, items } of holidays) {
    if (calendars.length !== 1) {
      warnings.push({ id: 'warn.importHolidaysWhere', params: { file, target: TITLE } });
      continue;
    }
    calendars[0]!.holidays = items.map((holiday) => ({
      date: String(holiday.start_date), ...(holiday.end_date && holiday.end_date !== holiday.start_date ? { until: String(holiday.end_date) } : {}),
      ...(holiday.name ? { name: String(holiday.name) } : {}),
    }));
  }
  const targets: ImportedTarget[] = [];
  for (const sla of slas) {
    const { kind, other } = filterChannel(sla.filter);
    if (other.length > 0) warnings.push({ id: 'warn.importFilter', params: { name: String(sla.title), conditions: other.join('; '), target: TITLE } });
    for (const metric of findList(sla, 'policy_metrics')) {
      const ours = METRICS_BACK[String(metric.metric)];
      if (!ours) {
        warnings.push({ id: 'warn.importMetric', params: { name: String(sla.title), metric: String(metric.metric), target: TITLE } });
        continue;
      }
      if (metric.metric === 'requester_wait_time' || metric.metric === 'agent_work_time' || metric.metric === 'pausable_update_time') {
        warnings.push({ id: 'warn.importPausingMetric', params: { name: String(sla.title), metric: String(metric.metric), target: TITLE } });
      }
      // Only Zendesk's four priorities and a positive target carry over; anything else is named, not written.
      const seconds = metric.target_in_seconds !== undefined && metric.target_in_seconds !== null ? Number(metric.target_in_seconds) : Number(metric.target) * 60;
      if (!(PRIORITIES as readonly string[]).includes(String(metric.priority)) || !(Number.isSafeInteger(seconds) && seconds > 0)) {
        warnings.push({ id: 'warn.importUnreadable', params: { name: String(sla.title), what: `${String(metric.metric)} ${String(metric.priority)} ${String(metric.target)}`, target: TITLE } });
        continue;
      }
      targets.push({
        source: String(sla.title ?? 'SLA policy'), ...(kind ? { channelKind: kind } : {}), metric: ours, priority: String(metric.priority),
        seconds, business: metric.business_hours === true,
      });
    }
  }
  const imported = importedStandards(targets, calendars, [...PRIORITIES], TITLE, warnings);
  const id = exportedPolicyId([...schedules.map((schedule) => schedule.name), ...slas.map((sla) => sla.title)]);
  return { policy: { ...imported, ...(id ? { id } : {}) }, warnings };
}

export const zendesk: Target = {
  title: TITLE,
  plan,
  env: ['ZENDESK_SUBDOMAIN', 'ZENDESK_EMAIL', 'ZENDESK_API_TOKEN'],
  credentials(env) {
    const missing = ['ZENDESK_SUBDOMAIN', 'ZENDESK_EMAIL', 'ZENDESK_API_TOKEN'].filter((name) => !env[name]);
    if (missing.length > 0) return { missing };
    const subdomain = env.ZENDESK_SUBDOMAIN!;
    // The subdomain becomes the host the token is sent to: anything but a plain label could name another host.
    if (!ACCOUNT_NAME.test(subdomain)) return { invalid: { name: 'ZENDESK_SUBDOMAIN', expected: 'expect.zendeskSubdomain' } };
    const token = env.ZENDESK_API_TOKEN!;
    const user = `${env.ZENDESK_EMAIL}/token`;
    const authorization = basicAuth(user, token);
    return {
      baseUrl: env.CS_POLICY_ZENDESK_URL || `https://${subdomain}.zendesk.com`,
      // API token authentication: "{email}/token:{token}", base64-encoded.
      headers: { authorization },
      secrets: [token, `${user}:${token}`, authorization.slice('Basic '.length)],
    };
  },
  reads,
  reconcile,
  leftovers,
  createdId,
  import: importJson,
};
