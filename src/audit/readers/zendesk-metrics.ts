import { parseInstant } from '../timestamp.js';
import type { AuditRecord, PauseSet, Span } from '../types.js';

/**
 * What Zendesk measures on one ticket, read as Zendesk defines it (ticket metric events reference,
 * developer.zendesk.com/documentation/ticketing/reference-guides/ticket-metric-event-types-reference):
 *
 * - `reply_time`: instance 1 runs from the ticket's creation to the first public agent reply (the
 *   first reply); each later instance from an end user's comment to the agent reply that answers it
 *   (a next reply). Every instance is judged.
 * - `periodic_update_time`: runs from one public agent comment to the next (an update).
 * - `requester_wait_time`: runs until the ticket is solved, paused while it is pending
 *   (waiting on the customer); `agent_work_time` the same, paused while pending or on hold.
 *
 * Without the event stream, a metric set (`metric_sets`) gives the first reply in whole calendar
 * minutes, `solved_at`, and Zendesk's own paused minutes; next replies and updates it does not give.
 */
export interface MetricSetMinutes { calendar?: number | null; business?: number | null }
export interface ZendeskMetricSet {
  solved_at?: string | null;
  reply_time_in_minutes?: MetricSetMinutes;
  full_resolution_time_in_minutes?: MetricSetMinutes;
  requester_wait_time_in_minutes?: MetricSetMinutes;
  agent_work_time_in_minutes?: MetricSetMinutes;
}
export interface ZendeskMetricEvent { metric?: string; instance_id?: number; type?: string; time?: string }

export type ZendeskMeasures = Pick<AuditRecord, 'events' | 'instances' | 'paused' | 'pausedMinutes' | 'missing' | 'wholeMinutes' | 'vendorBusinessMinutes'>;

/** The policy's pause sets and the Zendesk metric whose pauses are exactly those statuses. */
const PAUSING: [PauseSet, string][] = [['waiting-on-customer', 'requester_wait_time'], ['on-hold+waiting-on-customer', 'agent_work_time']];

/** Zendesk keeps no acknowledgement or answer apart from its replies; a policy that means the first reply says first-response. */
const NO_SUCH_EVENT = 'ticket_metric_events (reply_time, periodic_update_time, requester_wait_time, agent_work_time): no acknowledgement or answer event';
const MISSING: ZendeskMeasures['missing'] = {
  acknowledgement: NO_SUCH_EVENT,
  answer: NO_SUCH_EVENT,
  'next-response': 'ticket_metric_events (reply_time, instance_id 2 and later); metric_sets has only reply_time_in_minutes for the first reply',
  update: 'ticket_metric_events (periodic_update_time); metric_sets has no update times',
  'waiting-on-customer': 'ticket_metric_events (requester_wait_time pause/activate) or metric_sets.requester_wait_time_in_minutes',
  'on-hold+waiting-on-customer': 'ticket_metric_events (agent_work_time pause/activate) or metric_sets.agent_work_time_in_minutes',
  'on-hold': 'Zendesk has no metric that pauses on hold alone (agent_work_time pauses on pending and on-hold)',
};
const REPLY_MINUTES = 'metric_sets.reply_time_in_minutes.calendar';

interface Timed { metric: string; instance: number; type: string; at: number }

/** Events in time order; those without a readable time, metric or type say nothing and are left out. */
function timed(events: readonly ZendeskMetricEvent[]): Timed[] {
  const list: Timed[] = [];
  for (const event of events) {
    const at = typeof event.time === 'string' ? parseInstant(event.time) : undefined;
    if (at === undefined || typeof event.metric !== 'string' || typeof event.type !== 'string') continue;
    list.push({ metric: event.metric, instance: typeof event.instance_id === 'number' ? event.instance_id : 1, type: event.type, at });
  }
  // Stable: events at the same instant keep the order Zendesk listed them in.
  list.sort((a, b) => a.at - b.at);
  return list;
}

/** Each instance of a metric as a run from its first activate to its fulfill (null: not yet fulfilled). */
function runs(list: readonly Timed[], metric: string, created: number): Map<number, Span> {
  const byInstance = new Map<number, Span>();
  for (const event of list) {
    if (event.metric !== metric) continue;
    let span = byInstance.get(event.instance);
    if (event.type === 'activate' && !span) byInstance.set(event.instance, (span = { start: event.at, end: null }));
    if (event.type === 'fulfill') {
      // The first reply's clock starts at creation; any other run whose start the stream lacks cannot be measured.
      if (!span && metric === 'reply_time' && event.instance === 1) byInstance.set(event.instance, (span = { start: created, end: null }));
      if (span && span.end === null) span.end = event.at;
    }
  }
  return byInstance;
}

/** The stays in the statuses that pause a metric: each pause until the next activate or fulfill. */
function pauses(list: readonly Timed[], metric: string): Span[] | undefined {
  let seen = false;
  const spans: Span[] = [];
  let open: Span | undefined;
  for (const event of list) {
    if (event.metric !== metric) continue;
    seen = true;
    if (event.type === 'pause' && !open) spans.push((open = { start: event.at, end: null }));
    else if ((event.type === 'activate' || event.type === 'fulfill') && open) {
      open.end = event.at;
      open = undefined;
    }
  }
  return seen ? spans : undefined;
}

export interface ZendeskAudit { created_at?: string; events?: { type?: string; field_name?: string; value?: unknown; previous_value?: unknown }[] }

/**
 * The priority's history from a ticket's audits (ticket audits reference: each audit's Create and
 * Change events with `field_name: "priority"`); undefined when the audits never set it.
 */
export function zendeskPriorities(audits: readonly ZendeskAudit[]): AuditRecord['priorities'] {
  const history: NonNullable<AuditRecord['priorities']> = [];
  for (const audit of audits) {
    const at = typeof audit.created_at === 'string' ? parseInstant(audit.created_at) : undefined;
    if (at === undefined || !Array.isArray(audit.events)) continue;
    for (const event of audit.events) {
      if ((event?.type !== 'Create' && event?.type !== 'Change') || event.field_name !== 'priority') continue;
      // A history that starts with a change knows the priority before it from the change itself.
      if (history.length === 0 && event.type === 'Change') history.push({ from: Number.NEGATIVE_INFINITY, value: typeof event.previous_value === 'string' && event.previous_value !== '' ? event.previous_value : null });
      history.push({ from: at, value: typeof event.value === 'string' && event.value !== '' ? event.value : null });
    }
  }
  return history.length > 0 ? history.sort((a, b) => a.from - b.from) : undefined;
}

const minutes = (value: MetricSetMinutes | undefined) => {
  const out: { calendar?: number; business?: number } = {};
  if (typeof value?.calendar === 'number') out.calendar = value.calendar;
  if (typeof value?.business === 'number') out.business = value.business;
  return Object.keys(out).length > 0 ? out : undefined;
};

/**
 * A ticket's measures from its metric set and its metric events (either may be absent).
 * `solved` is the metric set's solved_at, already read.
 */
export function zendeskMeasures(created: number, set: ZendeskMetricSet | undefined, solved: number | null, events: readonly ZendeskMetricEvent[]): ZendeskMeasures {
  const list = timed(events);
  const streamed = new Set(list.map((event) => event.metric));
  const measures: ZendeskMeasures = { events: {} };
  const replies = runs(list, 'reply_time', created);
  const first = replies.get(1);
  const replyMinutes = set?.reply_time_in_minutes?.calendar;
  if (first) measures.events['first-response'] = first.end;
  else if (typeof replyMinutes === 'number') {
    // Whole minutes only: the latest instant the minute allows, so a reply is never judged faster than it may have been.
    measures.events['first-response'] = created + (replyMinutes + 1) * 60000;
    measures.wholeMinutes = { 'first-response': REPLY_MINUTES };
  } else if (set) measures.events['first-response'] = null;
  if (streamed.has('reply_time')) {
    measures.instances = { 'next-response': [...replies].filter(([instance]) => instance > 1).sort(([a], [b]) => a - b).map(([, span]) => span) };
  }
  if (streamed.has('periodic_update_time')) {
    (measures.instances ??= {}).update = [...runs(list, 'periodic_update_time', created)].sort(([a], [b]) => a - b).map(([, span]) => span);
  }
  const fulfilledWait = [...runs(list, 'requester_wait_time', created).values()].map((span) => span.end).filter((end): end is number => end !== null);
  measures.events.resolution = solved ?? fulfilledWait.at(-1) ?? null;
  for (const [key, metric] of PAUSING) {
    const spans = pauses(list, metric);
    if (spans) (measures.paused ??= {})[key] = spans;
    const theirs = minutes(metric === 'requester_wait_time' ? set?.requester_wait_time_in_minutes : set?.agent_work_time_in_minutes);
    if (theirs) (measures.pausedMinutes ??= {})[key] = theirs;
  }
  measures.missing = MISSING;
  const business: NonNullable<AuditRecord['vendorBusinessMinutes']> = {};
  if (typeof set?.reply_time_in_minutes?.business === 'number') business['first-response'] = set.reply_time_in_minutes.business;
  if (typeof set?.full_resolution_time_in_minutes?.business === 'number') business.resolution = set.full_resolution_time_in_minutes.business;
  if (Object.keys(business).length > 0) measures.vendorBusinessMinutes = business;
  return measures;
}
