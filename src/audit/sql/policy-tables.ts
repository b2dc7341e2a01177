/**
 * What a policy's audit needs in a warehouse: one calendar table per calendar and clock its
 * standards and escalation levels measure on, and each standard's target in milliseconds on its
 * clock, as the streaming audit reads them (clocks.ts). A standard the audit could not measure
 * (no target, no calendar, a target that does not parse) is listed with the reason, not dropped.
 */
import type { Calendar, Clock, Policy } from '../../core/policy.js';
import { measuringClock } from '../../core/business-time/measuring-clock.js';
import { calendarTable, type CalendarTable, type CalendarTableResult } from './calendar-table.js';

export interface SqlStandard {
  id: string;
  /** The calendar table rows to join: `calendar` with the calendar clock and no calendar. */
  calendar: string;
  clock: Clock;
  targetMs: number;
}

/** As the streaming audit names them. */
export type NotMeasured = 'no-target' | 'no-calendar' | 'clock-unavailable' | 'bad-target';

export interface PolicyTables {
  tables: CalendarTable[];
  standards: SqlStandard[];
  notMeasured: { id: string; reason: NotMeasured }[];
  /** Calendars with no table: their problems, as validate reports them. */
  failed: { calendar: string; result: Exclude<CalendarTableResult, { ok: true }> }[];
}

/** The tables and targets for auditing tickets created in [fromMs, toMs) and measured until `untilMs`. */
export function policyTables(policy: Policy, fromMs: number, untilMs: number): PolicyTables {
  const calendars = new Map((policy.calendars ?? []).map((c) => [c.id, c]));
  const wanted = new Map<string, { calendar: Calendar | undefined; clock: Clock }>();
  const result: PolicyTables = { tables: [], standards: [], notMeasured: [], failed: [] };
  const need = (calendar: Calendar | undefined, clock: Clock) => wanted.set(`${calendar?.id ?? ''}\u0000${clock}`, { calendar, clock });

  for (const standard of policy.standards) {
    const calendar = standard.calendar ? calendars.get(standard.calendar) : undefined;
    if (standard.target === undefined) {
      result.notMeasured.push({ id: standard.id, reason: 'no-target' });
      continue;
    }
    if (standard.clock !== 'calendar' && !calendar) {
      result.notMeasured.push({ id: standard.id, reason: 'no-calendar' });
      continue;
    }
    const clock = measuringClock(standard.clock, calendar);
    if (!clock) {
      result.notMeasured.push({ id: standard.id, reason: 'clock-unavailable' });
      continue;
    }
    const seconds = clock.target(standard.target);
    if (seconds === undefined) {
      result.notMeasured.push({ id: standard.id, reason: 'bad-target' });
      continue;
    }
    need(calendar, standard.clock);
    result.standards.push({ id: standard.id, calendar: calendar?.id ?? 'calendar', clock: standard.clock, targetMs: Math.round(seconds * 1000) });
  }
  for (const level of policy.escalation.levels) {
    const clock = level.clock ?? 'calendar';
    const calendar = level.calendar ? calendars.get(level.calendar) : undefined;
    if (clock === 'calendar' || calendar) need(calendar, clock);
  }
  for (const { calendar, clock } of wanted.values()) {
    const built = calendarTable(calendar, clock, fromMs, untilMs);
    if (built.ok) result.tables.push(built.table);
    else result.failed.push({ calendar: calendar?.id ?? 'calendar', result: built });
  }
  return result;
}
