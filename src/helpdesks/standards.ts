import type { Calendar, Channel, Policy, Standard } from '../core/policy.js';
import { targetSeconds, workingCalendarOf } from '../core/business-time/index.js';
import type { ExportWarning } from './plan.js';

/** A standard as a helpdesk target: on one channel (or every channel), in seconds on its clock. */
export interface ChannelTarget {
  standard: Standard;
  channel?: Channel;
  seconds: number;
  business: boolean;
  calendar?: Calendar;
}

/** Standards grouped by the tickets they apply to: a channel (or all), and a segment. */
export interface TicketGroup {
  key: string;
  channel?: Channel;
  segment?: string;
  targets: ChannelTarget[];
}

/**
 * Every standard a helpdesk can hold, grouped by channel and segment, with the warnings every
 * helpdesk shares: attainment shares, compensation and working-days clocks are not held anywhere.
 */
export function ticketGroups(policy: Policy, warnings: ExportWarning[], targetTitle: string): TicketGroup[] {
  const channels = new Map(policy.channels.map((channel) => [channel.id, channel]));
  const calendars = new Map((policy.calendars ?? []).map((calendar) => [calendar.id, calendar]));
  const actions = new Map(policy.actions.map((action) => [action.id, action]));
  const groups = new Map<string, TicketGroup>();
  for (const standard of policy.standards) {
    const where = { standard: standard.id, target: targetTitle };
    if (standard.attainment) warnings.push({ id: 'warn.attainment', params: { ...where, attainment: standard.attainment } });
    if (standard.compensation) warnings.push({ id: 'warn.compensation', params: where });
    if (!standard.target) continue;
    if (standard.metric === 'answer') {
      warnings.push({ id: 'warn.answerMetric', params: { ...where, duration: standard.target } });
      continue;
    }
    const calendarId = standard.calendar ?? (standard.channel ? channels.get(standard.channel)?.calendar : undefined);
    const calendar = calendarId ? calendars.get(calendarId) : undefined;
    let seconds: number | undefined;
    let business = false;
    if (standard.clock === 'business' && calendar) {
      const working = workingCalendarOf(calendar);
      if (!working) {
        warnings.push({ id: 'warn.calendarRefused', params: { calendar: calendar.id, target: targetTitle } });
        continue;
      }
      seconds = targetSeconds(standard.target, 'business', working);
      business = true;
      if (calendar.always_open) business = false;
    } else if (standard.clock === 'working-days') {
      seconds = targetSeconds(standard.target, 'calendar', undefined);
      warnings.push({ id: 'warn.workingDaysClock', params: { ...where, duration: standard.target } });
    } else {
      seconds = targetSeconds(standard.target, 'calendar', undefined);
    }
    if (seconds === undefined || seconds <= 0) {
      warnings.push({ id: 'warn.noTarget', params: { ...where, duration: standard.target } });
      continue;
    }
    const onChannels = standard.channel
      ? [channels.get(standard.channel)]
      : (actions.get(standard.action)?.channels ?? []).map((id) => channels.get(id));
    const list = onChannels.length > 0 ? onChannels : [undefined];
    for (const channel of list) {
      const key = `${channel?.id ?? '*'}|${standard.segment ?? ''}`;
      let group = groups.get(key);
      if (!group) groups.set(key, (group = { key, ...(channel ? { channel } : {}), ...(standard.segment ? { segment: standard.segment } : {}), targets: [] }));
      group.targets.push({ standard, ...(channel ? { channel } : {}), seconds, business, ...(calendar ? { calendar } : {}) });
    }
  }
  return [...groups.values()];
}

/** Seasons and other timetables a helpdesk's weekly schedule cannot hold. */
export function calendarWarnings(calendar: Calendar, targetTitle: string, warnings: ExportWarning[]): void {
  for (const season of calendar.seasons ?? []) warnings.push({ id: 'warn.season', params: { calendar: calendar.id, from: season.from, to: season.to, target: targetTitle } });
}

/** Priority ids in the policy's order, most urgent first. */
export function policyPriorities(policy: Policy): string[] {
  const listed = (policy.priorities ?? []).map((priority) => priority.id);
  for (const standard of policy.standards) if (standard.priority && !listed.includes(standard.priority)) listed.push(standard.priority);
  return listed;
}

/** Maps policy priorities onto a helpdesk's, from --map or by order, with the warnings that go with it. */
export function mapPriorities(
  policy: Policy,
  given: Record<string, string | number> | undefined,
  helpdesk: readonly string[],
  normalise: (value: string | number) => string | undefined,
  warnings: ExportWarning[],
  targetTitle: string,
): Map<string, string> {
  const result = new Map<string, string>();
  const ids = policyPriorities(policy);
  const byOrder: string[] = [];
  ids.forEach((id, i) => {
    const fromMap = given?.[id];
    if (fromMap !== undefined) {
      const value = normalise(fromMap);
      if (value) {
        result.set(id, value);
        return;
      }
      warnings.push({ id: 'warn.badPriorityMap', params: { priority: id, value: String(fromMap), choices: helpdesk.join(', '), target: targetTitle } });
    }
    const value = helpdesk[Math.min(i, helpdesk.length - 1)]!;
    result.set(id, value);
    byOrder.push(`${id} → ${value}`);
  });
  if (byOrder.length > 0) warnings.push({ id: 'warn.prioritiesByOrder', params: { mapping: byOrder.join(', '), target: targetTitle } });
  return result;
}
