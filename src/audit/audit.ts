import type { Calendar, Metric, Policy, Standard } from '../core/policy.js';
import { measuringClock, type MeasuringClock } from '../core/business-time/measuring-clock.js';
import { IDENTITY_MAPPING, type Mapping, type TargetField } from './mapping.js';
import { pauseSet, type AuditRecord, type BadRow, type PauseSet, type Span } from './types.js';
import { zoneFor, type Zone } from '../core/business-time/local-zone.js';

/**
 * The audit core: decides which standards apply to each record, measures it on each standard's
 * clock, and tallies per standard, month and escalation level. Values in, values out; records
 * are added one at a time and only counts are kept, so memory does not grow with the rows.
 */
export interface AuditOptions {
  asOf: number;
  /** Records created at or after this instant; */
  from?: number;
  /** ... and before this one. */
  to?: number;
  mapping?: Mapping;
  /** Any standard with no record judged makes the audit's verdict negative (`--require-all`). */
  requireAll?: boolean;
}

export interface Counts { records: number; met: number; breached: number; pending: number }
export interface MonthResult extends Counts { month: string; attainment: number | null }

/** Our business minutes against the helpdesk's own, on the records both measured. */
export interface VendorComparison { compared: number; differing: number; mean_difference_minutes: number; max_difference_minutes: number }

export type NotMeasured = 'no-target' | 'bad-target' | 'no-calendar' | 'clock-unavailable';

/**
 * Why a standard judged no record: it cannot be measured (`not-measured`), no record is one it
 * applies to (`no-records`), the export has no column for its metric (`no-data`), lacks the event
 * or status history it reads (`event-missing`), or the records carry no priority (`no-priority`).
 */
export type NotJudgedReason = 'not-measured' | 'no-records' | 'no-data' | 'event-missing' | 'no-priority';

export interface StandardResult extends Counts {
  id: string;
  action: string;
  metric: Metric;
  channel?: string;
  priority?: string;
  segment?: string;
  clock: Standard['clock'];
  calendar?: string;
  target_time?: string;
  target_seconds?: number;
  /** The attainment target, 0-100, or null when the standard sets none. */
  target: number | null;
  attainment: number | null;
  /** null when there is no target to meet or no record judged. */
  ok: boolean | null;
  /** Records the standard applies to whose export has no column for its metric. */
  no_data: number;
  /** Records the standard would apply to but that carry no priority at all: not judged, and not silently dropped. */
  no_priority: number;
  /** Records not judged because their export lacks the event or status history the standard reads, by what is lacking (vendor field names). */
  not_judged: { missing: string; count: number }[];
  /** Instants judged that the export gives only to the whole minute, taken at the latest instant the minute allows, by the field they came from. */
  whole_minutes: { field: string; count: number }[];
  /** The statuses during which the standard's clock stops. */
  pauses?: string[];
  /** The export's metric this standard's was read from, when the mapping file says to read it from another. */
  read_from?: Metric;
  not_measured?: NotMeasured;
  /** Whether any record was judged on this standard; when none was, why. Nothing measured is not a pass. */
  judged: boolean;
  not_judged_reason?: NotJudgedReason;
  worst_month: { month: string; attainment: number } | null;
  months: MonthResult[];
  /** Elapsed time of the records whose event happened, in bins of a quarter of the target; the last bin is beyond twice the target. */
  histogram: { bin_seconds: number; counts: number[] } | null;
  vendor_business_minutes?: VendorComparison;
}

/** Bad rows of one kind (and column): how many, the first lines, and the first row's reason, so a repeating format problem is told once. */
export interface BadRowKind { reason: BadRow['reason']; count: number; first: { file: string; line: number }[] }

export interface LevelResult { level: number; after: string; clock: string; calendar?: string; cases: number; reached: number; still_open: number; not_measured?: NotMeasured }

export interface Unmapped { field: TargetField; value: string; count: number; reason: 'not-in-map' | 'not-an-id' }

export interface AuditResult {
  as_of: string;
  from: string | null;
  to: string | null;
  records: number;
  outside_period: number;
  /** Records the helpdesk has deleted (Zendesk `status: deleted`): not judged. */
  deleted: number;
  /** Older copies of a ticket seen again on another page or file: only the newest is judged. */
  duplicates: number;
  standards: StandardResult[];
  escalation: LevelResult[];
  ambiguous: { count: number; examples: { file: string; line: number; id: string; actions: string[] }[] };
  unmatched: { count: number; examples: { file: string; line: number; id: string }[] };
  /** Values with no policy id: `not-in-map`, missing from the mapping file; `not-an-id`, taken as they are but no id of the policy. */
  unmapped: Unmapped[];
  /** Records with yet more distinct values, past the ones listed. */
  unmapped_more: number;
  bad_rows: { count: number; examples: BadRow[]; kinds: BadRowKind[] };
  /** Standards with no record judged, and whether --require-all makes them fail the audit. */
  not_judged: string[];
  require_all: boolean;
  ok: boolean;
}

/** See Audit.plansForSql. */
export interface SqlStandardPlan { id: string; metric: Metric; clock: Standard['clock']; calendar: string | undefined; targetSeconds?: number; pauseSet?: PauseSet }
export interface SqlLevelPlan { clock: Standard['clock']; calendar: string | undefined; measured: boolean; afterSeconds: number }

/** What an SQL engine counted, in the shape Audit.absorb adds up. Months in the order found; bins as in the histogram. */
export interface SqlTallies {
  records: number;
  outside: number;
  ambiguous: AuditResult['ambiguous'];
  unmatched: AuditResult['unmatched'];
  /** In the order first seen, as add() would have met them. */
  unmapped: Unmapped[];
  standards: { noData: number; noPriority: number; notJudged: [string, number][]; months: (Counts & { month: string })[]; bins: number[] }[];
  levels: { cases: number; reached: number; still_open: number }[];
}

export const EXAMPLES = 20;
export const MIN_MS = Date.UTC(1900, 0, 2);
export const MAX_MS = Date.UTC(2199, 11, 31);
const DISTINCT_UNMAPPED = 200;
export const BINS = 9;

interface StandardPlan {
  standard: Standard;
  channels?: ReadonlySet<string>;
  clock?: MeasuringClock;
  targetSeconds?: number;
  notMeasured?: NotMeasured;
  attainmentTarget: number | null;
  zone: Zone;
  total: Counts;
  months: Map<string, Counts>;
  noData: number;
  noPriority: number;
  /** The key of the pauses the standard names; undefined when its clock never stops. */
  pauseSet?: PauseSet;
  notJudged: Map<string, number>;
  wholeMinutes: Map<string, number>;
  bins: number[];
  vendor: { compared: number; differing: number; sumAbs: number; max: number };
}

interface LevelPlan { result: LevelResult; clock?: MeasuringClock; afterSeconds: number }

/** `escalates`: a resolution standard applies, so the record is a case the escalation ladder counts. */
type Match = { standards: number[]; escalates: boolean; noPriority: number[] } | { ambiguous: string[] } | { none: true };

/** Inserts an item into a list sorted by `order`, keeping at most `limit`; its index, or -1 when it is past them. */
function insertOrdered<T>(list: T[], item: T, limit: number, orderOf: (item: T) => number, order: number): number {
  let index = list.length;
  while (index > 0 && orderOf(list[index - 1]!) > order) index--;
  if (index >= limit) return -1;
  list.splice(index, 0, item);
  if (list.length > limit) list.pop();
  return index;
}

function eventsInRange(events: AuditRecord['events']): boolean {
  for (const metric in events) {
    const at = events[metric as Metric];
    if (typeof at === 'number' && !(at < MAX_MS)) return false;
  }
  return true;
}

interface Resolved { match: Match; unmapped: Unmapped[] }
const RESOLVED_CACHE = 10_000;

const newCounts = (): Counts => ({ records: 0, met: 0, breached: 0, pending: 0 });
const share = (c: Counts): number | null => (c.met + c.breached === 0 ? null : (c.met / (c.met + c.breached)) * 100);

export function parseAttainment(text: string | undefined): number | null {
  if (text === undefined) return null;
  const match = /^(\d+(?:\.\d+)?)\s*%$/.exec(text.trim());
  return match ? Number(match[1]) : null;
}

function planClock(clock: Standard['clock'], calendarId: string | undefined, calendars: Map<string, Calendar>, target: string | undefined) {
  const calendar = calendarId ? calendars.get(calendarId) : undefined;
  if (target === undefined) return { notMeasured: 'no-target' as const };
  if (clock !== 'calendar' && !calendar) return { notMeasured: 'no-calendar' as const };
  const measuring = measuringClock(clock, calendar);
  if (!measuring) return { notMeasured: 'clock-unavailable' as const };
  const seconds = measuring.target(target);
  if (seconds === undefined) return { notMeasured: 'bad-target' as const };
  return { clock: measuring, targetSeconds: seconds };
}

function notJudgedReason(plan: StandardPlan): NotJudgedReason {
  if (plan.notMeasured) return 'not-measured';
  if (plan.noData > 0) return 'no-data';
  if (plan.notJudged.size > 0) return 'event-missing';
  if (plan.noPriority > 0) return 'no-priority';
  return 'no-records';
}

export class Audit {
  private readonly plans: StandardPlan[];
  private readonly levels: LevelPlan[];
  private readonly mapping: Mapping;
  private readonly known: Record<TargetField, ReadonlySet<string>>;
  private readonly matches = new Map<string, Match>();
  /** Resolved raw values by channel, priority, segment and action, as the record gives them. */
  private readonly resolved = new Map<string, Map<string, Map<string, Map<string, Resolved>>>>();
  private resolvedCount = 0;
  private readonly unmapped = new Map<string, Unmapped>();
  private unmappedOther = 0;
  private records = 0;
  private outside = 0;
  private deleted = 0;
  private duplicates = 0;
  private readonly ambiguous: AuditResult['ambiguous'] = { count: 0, examples: [] };
  private readonly unmatched: AuditResult['unmatched'] = { count: 0, examples: [] };
  private readonly bad: AuditResult['bad_rows'] = { count: 0, examples: [], kinds: [] };
  private readonly badKinds = new Map<string, BadRowKind>();

  constructor(private readonly policy: Policy, private readonly options: AuditOptions) {
    this.mapping = options.mapping ?? IDENTITY_MAPPING;
    const calendars = new Map((policy.calendars ?? []).map((c) => [c.id, c]));
    const actions = new Map(policy.actions.map((a) => [a.id, a]));
    this.known = {
      channel: new Set(policy.channels.map((c) => c.id)),
      priority: new Set((policy.priorities ?? []).map((p) => p.id)),
      segment: new Set((policy.segments ?? []).map((s) => s.id)),
      action: new Set(policy.actions.map((a) => a.id)),
    };
    this.plans = policy.standards.map((standard) => {
      const channelList = standard.channel ? [standard.channel] : actions.get(standard.action)?.channels;
      const calendar = standard.calendar ? calendars.get(standard.calendar) : undefined;
      return {
        standard,
        ...(channelList ? { channels: new Set(channelList) } : {}),
        ...planClock(standard.clock, standard.calendar, calendars, standard.target),
        attainmentTarget: parseAttainment(standard.attainment),
        zone: zoneFor(calendar?.timezone ?? 'UTC'),
        total: newCounts(),
        months: new Map(),
        noData: 0,
        noPriority: 0,
        ...(standard.pauses && standard.pauses.length > 0 ? { pauseSet: pauseSet(standard.pauses) } : {}),
        notJudged: new Map(),
        wholeMinutes: new Map(),
        bins: new Array<number>(BINS).fill(0),
        vendor: { compared: 0, differing: 0, sumAbs: 0, max: 0 },
      };
    });
    this.levels = policy.escalation.levels.map((level) => {
      const clock = level.clock ?? 'calendar';
      const planned = planClock(clock, level.calendar, calendars, level.after);
      return {
        result: {
          level: level.level, after: level.after, clock, ...(level.calendar ? { calendar: level.calendar } : {}),
          cases: 0, reached: 0, still_open: 0, ...(planned.notMeasured ? { not_measured: planned.notMeasured } : {}),
        },
        ...(planned.clock ? { clock: planned.clock } : {}),
        afterSeconds: planned.targetSeconds ?? 0,
      };
    });
  }

  addBad(row: BadRow): void {
    this.bad.count++;
    // Examples are the first rows in file order, not in the order found: a reader hands over a
    // batch's unreadable rows before its records, whose times out of range are found later. Kept
    // so, both engines (and any batch size) list the same rows.
    const order = this.badOrder(row);
    insertOrdered(this.bad.examples, row, EXAMPLES, (r) => this.badOrder(r), order);
    const reason = row.reason as { kind: string; column?: string };
    const key = `${reason.kind}\u0000${reason.column ?? ''}`;
    let kind = this.badKinds.get(key);
    if (!kind && this.badKinds.size < DISTINCT_UNMAPPED) this.badKinds.set(key, (kind = { reason: row.reason, count: 0, first: [] }));
    if (kind) {
      kind.count++;
      const at = { file: row.file, line: row.line };
      if (insertOrdered(kind.first, at, 3, (r) => this.badOrder(r), order) === 0) kind.reason = row.reason;
    }
  }

  private readonly badFiles = new Map<string, number>();
  /** Where a bad row comes in file order: files in the order first met, then lines. */
  private badOrder(row: { file: string; line: number }): number {
    let rank = this.badFiles.get(row.file);
    if (rank === undefined) this.badFiles.set(row.file, (rank = this.badFiles.size));
    return rank * 2 ** 40 + row.line;
  }

  /** Older copies of tickets, dropped before they were added (see Deduplicate). */
  addDuplicates(count: number): void {
    this.duplicates += count;
  }

  add(record: AuditRecord): void {
    if (record.deleted) {
      this.deleted++;
      return;
    }
    const { from, to, asOf } = this.options;
    if ((from !== undefined && record.created < from) || (to !== undefined && record.created >= to)) {
      this.outside++;
      return;
    }
    this.records++;
    const f = record.fields;
    const m = this.mapping.fields;
    // A tree of maps, one level per field, rather than one joined key: joining four strings for
    // every record cost audit a fifth of its time on a million rows.
    const byPriority = this.resolved.get(f[m.channel.from] ?? '');
    const bySegment = byPriority?.get(f[m.priority.from] ?? '');
    const byAction = bySegment?.get(f[m.segment.from] ?? '');
    // A priority history decides per instance (see judge), so the record is matched on every priority.
    const byHistory = record.priorities !== undefined && this.known.priority.size > 0;
    let resolved = byHistory ? undefined : byAction?.get(f[m.action.from] ?? '');
    if (byHistory) resolved = this.resolve(record, true);
    else if (!resolved) {
      resolved = this.resolve(record, false);
      // Distinct raw values are few in real exports; a hostile one with millions is resolved each time.
      if (this.resolvedCount < RESOLVED_CACHE) this.remember(record, resolved);
    }
    for (const entry of resolved.unmapped) this.tallyUnmapped(entry);
    const match = resolved.match;
    if ('none' in match) {
      this.unmatched.count++;
      if (this.unmatched.examples.length < EXAMPLES) this.unmatched.examples.push({ file: record.file, line: record.line, id: record.id });
      return;
    }
    if ('ambiguous' in match) {
      this.ambiguous.count++;
      if (this.ambiguous.examples.length < EXAMPLES) this.ambiguous.examples.push({ file: record.file, line: record.line, id: record.id, actions: match.ambiguous });
      return;
    }
    // The calendars cover 1900-2199; a time outside is a typing error, not a record to judge.
    if (!(record.created >= MIN_MS && record.created < MAX_MS) || !eventsInRange(record.events)) {
      this.records--;
      this.addBad({ file: record.file, line: record.line, reason: { kind: 'out-of-range' } });
      return;
    }
    for (const index of match.standards) this.judge(this.plans[index]!, record, asOf);
    for (const index of match.noPriority) this.plans[index]!.noPriority++;
    const resolution = record.events.resolution;
    if (!match.escalates || resolution === undefined) return;
    const open = resolution === null || resolution > asOf;
    const end = open ? asOf : resolution;
    for (const level of this.levels) {
      if (!level.clock) continue;
      level.result.cases++;
      if (end >= level.clock.deadline(record.created, level.afterSeconds)) {
        level.result.reached++;
        if (open) level.result.still_open++;
      }
    }
  }

  /**
   * Whether a standard for one priority applies to an instance whose clock stopped at `instant`,
   * by the priority then in force; `none` when the ticket had no priority then.
   */
  private inForce(plan: StandardPlan, record: AuditRecord, instant: number): 'yes' | 'no' | 'none' {
    const wanted = plan.standard.priority;
    if (wanted === undefined || !record.priorities) return 'yes';
    let value: string | null | undefined = record.fields[this.mapping.fields.priority.from] ?? null;
    for (const change of record.priorities) if (change.from <= instant) value = change.value;
    if (value === null || value === undefined || value.trim() === '') return 'none';
    const id = this.mapOne({ ...record, fields: { ...record.fields, [this.mapping.fields.priority.from]: value } }, 'priority', []);
    return id === wanted ? 'yes' : 'no';
  }

  /** Judges one instance if the priority in force lets this standard judge it. */
  private judgeInForce(plan: StandardPlan, record: AuditRecord, metric: Metric, start: number, end: number | null, asOf: number, pauses: readonly Span[] | undefined): void {
    const priority = this.inForce(plan, record, end !== null && end <= asOf ? end : asOf);
    if (priority === 'none') plan.noPriority++;
    if (priority === 'yes') this.judgeSpan(plan, record, metric, start, end, asOf, pauses);
  }

  private judge(plan: StandardPlan, record: AuditRecord, asOf: number): void {
    const metric = this.mapping.metrics?.[plan.standard.metric] ?? plan.standard.metric;
    const instances = record.instances?.[metric];
    const event = record.events[metric];
    const lacking = record.missing?.[metric];
    if (instances === undefined && event === undefined) {
      if (lacking !== undefined) this.notJudged(plan, lacking);
      else plan.noData++;
      return;
    }
    if (!plan.clock || plan.targetSeconds === undefined) return;
    let pauses: readonly Span[] | undefined;
    if (plan.pauseSet) {
      pauses = record.paused?.[plan.pauseSet];
      if (!pauses) {
        // No status history: the helpdesk's own paused minutes stand in, on the clock they were counted on.
        const theirs = record.pausedMinutes?.[plan.pauseSet];
        const minutes = plan.standard.clock === 'calendar' ? theirs?.calendar : plan.standard.clock === 'business' ? theirs?.business : undefined;
        if (typeof minutes === 'number' && typeof event === 'number' && event <= asOf) {
          const priority = this.inForce(plan, record, event);
          if (priority === 'none') plan.noPriority++;
          if (priority === 'yes') this.count(plan, record, minutes * 60, metric, undefined);
        } else this.notJudged(plan, record.missing?.[plan.pauseSet] ?? plan.pauseSet);
        return;
      }
    }
    if (instances) {
      for (const span of instances) this.judgeInForce(plan, record, metric, span.start, span.end, asOf, pauses);
      return;
    }
    const whole = record.wholeMinutes?.[metric];
    if (whole !== undefined && event !== null) plan.wholeMinutes.set(whole, (plan.wholeMinutes.get(whole) ?? 0) + 1);
    this.judgeInForce(plan, record, metric, record.created, event!, asOf, pauses);
  }

  private notJudged(plan: StandardPlan, missing: string): void {
    plan.notJudged.set(missing, (plan.notJudged.get(missing) ?? 0) + 1);
  }

  /** Seconds on the plan's clock from start to end, less the seconds spent in pauses between them. */
  private elapsed(clock: MeasuringClock, start: number, end: number, pauses: readonly Span[] | undefined): number {
    let elapsed = clock.elapsed(start, end);
    if (pauses) {
      for (const pause of pauses) {
        const from = Math.max(pause.start, start);
        const until = Math.min(pause.end ?? end, end);
        if (until > from) elapsed -= clock.elapsed(from, until);
      }
    }
    return elapsed;
  }

  private judgeSpan(plan: StandardPlan, record: AuditRecord, metric: Metric, start: number, end: number | null, asOf: number, pauses: readonly Span[] | undefined): void {
    const clock = plan.clock!;
    const targetSeconds = plan.targetSeconds!;
    if (end !== null && end <= asOf) {
      const elapsed = this.elapsed(clock, start, end, pauses);
      // Against the helpdesk's figures, an instant rebuilt from its whole minutes is taken at the minute it gives.
      const comparable = record.wholeMinutes?.[metric] !== undefined ? this.elapsed(clock, start, end - 60_000, pauses) : elapsed;
      this.count(plan, record, elapsed, metric, comparable);
      return;
    }
    const counts = this.monthCounts(plan, record);
    plan.total.records++;
    counts.records++;
    if (this.elapsed(clock, start, asOf, pauses) > targetSeconds) {
      // Not the deadline: past it, a calendar may be closed, and an answer then would still be in time.
      plan.total.breached++;
      counts.breached++;
    } else {
      plan.total.pending++;
      counts.pending++;
    }
  }

  private monthCounts(plan: StandardPlan, record: AuditRecord): Counts {
    const month = plan.zone.month(record.created);
    let counts = plan.months.get(month);
    if (!counts) plan.months.set(month, (counts = newCounts()));
    return counts;
  }

  /**
   * Tallies one judged instance whose time on the clock is known, from the export's `metric`;
   * `comparable` is what to hold against the helpdesk's own minutes (undefined: they are its own).
   */
  private count(plan: StandardPlan, record: AuditRecord, elapsed: number, metric: Metric, comparable: number | undefined): void {
    const targetSeconds = plan.targetSeconds!;
    const counts = this.monthCounts(plan, record);
    plan.total.records++;
    counts.records++;
    if (elapsed <= targetSeconds) {
      plan.total.met++;
      counts.met++;
    } else {
      plan.total.breached++;
      counts.breached++;
    }
    const width = targetSeconds / 4;
    const bin = width > 0 ? Math.min(BINS - 1, Math.max(0, Math.ceil(elapsed / width) - 1)) : elapsed > 0 ? BINS - 1 : 0;
    plan.bins[bin]!++;
    const theirs = plan.pauseSet ? record.pausedMinutes?.[plan.pauseSet]?.business : record.vendorBusinessMinutes?.[metric];
    if (theirs !== undefined && comparable !== undefined && plan.standard.clock !== 'calendar') {
      const difference = Math.abs(comparable / 60 - theirs);
      plan.vendor.compared++;
      plan.vendor.sumAbs += difference;
      if (difference > plan.vendor.max) plan.vendor.max = difference;
      // Helpdesks count whole minutes; less than one apart is the same answer.
      if (difference >= 1) plan.vendor.differing++;
    }
  }

  private remember(record: AuditRecord, resolved: Resolved): void {
    const f = record.fields;
    const m = this.mapping.fields;
    const level = <V>(map: Map<string, V>, key: string, make: () => V): V => {
      let next = map.get(key);
      if (next === undefined) map.set(key, (next = make()));
      return next;
    };
    const byPriority = level(this.resolved, f[m.channel.from] ?? '', () => new Map());
    const bySegment = level(byPriority, f[m.priority.from] ?? '', () => new Map());
    const byAction = level(bySegment, f[m.segment.from] ?? '', () => new Map());
    byAction.set(f[m.action.from] ?? '', resolved);
    this.resolvedCount++;
  }

  /** Policy ids for a record's raw values, the match they give, and the values that map to no id. */
  private resolve(record: AuditRecord, anyPriority: boolean): Resolved {
    const unmapped: Unmapped[] = [];
    const channel = this.mapOne(record, 'channel', unmapped);
    const priority = this.mapOne(record, 'priority', unmapped);
    const segment = this.mapOne(record, 'segment', unmapped);
    const actions = this.mapActions(record, unmapped);
    const key = `${channel ?? ''}\u0000${anyPriority ? '*' : priority ?? ''}\u0000${segment ?? ''}\u0000${actions?.join(' ') ?? ''}\u0000${this.raw(record, 'priority') === undefined ? '-' : ''}`;
    let match = this.matches.get(key);
    if (!match) {
      match = this.match(channel, priority, segment, actions, anyPriority || this.raw(record, 'priority') !== undefined, anyPriority);
      // Keys are made of known ids (unknown values map to nothing), so the cache stays small.
      this.matches.set(key, match);
    }
    return { match, unmapped };
  }

  private match(channel: string | undefined, priority: string | undefined, segment: string | undefined, actions: string[] | undefined, hasPriority: boolean, anyPriority: boolean): Match {
    const candidates: number[] = [];
    const noPriority: number[] = [];
    this.plans.forEach((plan, index) => {
      const s = plan.standard;
      if (plan.channels && (channel === undefined || !plan.channels.has(channel))) return;
      if (s.segment !== undefined && s.segment !== segment) return;
      if (actions && !actions.includes(s.action)) return;
      if (s.priority !== undefined && !hasPriority) noPriority.push(index);
      else if (s.priority === undefined || s.priority === priority || anyPriority) candidates.push(index);
    });
    if (candidates.length === 0 && noPriority.length === 0) return { none: true };
    if (!actions) {
      const distinct = [...new Set(candidates.map((index) => this.plans[index]!.standard.action))];
      if (distinct.length > 1) return { ambiguous: distinct };
    }
    return { standards: candidates, noPriority, escalates: candidates.some((index) => this.plans[index]!.standard.metric === 'resolution') };
  }

  private raw(record: AuditRecord, field: TargetField): string | undefined {
    const value = record.fields[this.mapping.fields[field].from];
    return value === undefined || value.trim() === '' ? undefined : value;
  }

  private mapOne(record: AuditRecord, field: Exclude<TargetField, 'action'>, unmapped: Unmapped[]): string | undefined {
    const value = this.raw(record, field);
    // A policy with no priorities (or segments) has nothing to map the value to, and no standard that asks.
    if (value === undefined || this.known[field].size === 0) return undefined;
    const values = this.mapping.fields[field].values;
    if (values) {
      const ids = values.get(value.trim().toLowerCase());
      if (ids) return ids[0];
      unmapped.push({ field, value, count: 1, reason: 'not-in-map' });
      return undefined;
    }
    const id = value.trim();
    if (this.known[field].has(id)) return id;
    unmapped.push({ field, value, count: 1, reason: 'not-an-id' });
    return undefined;
  }

  private mapActions(record: AuditRecord, unmapped: Unmapped[]): string[] | undefined {
    const value = this.raw(record, 'action');
    if (value === undefined) return undefined;
    const values = this.mapping.fields.action.values;
    if (values) {
      const ids = values.get(value.trim().toLowerCase());
      if (ids) return ids;
      unmapped.push({ field: 'action', value, count: 1, reason: 'not-in-map' });
      return undefined;
    }
    // A case can pass through several actions (logged, then resolved): "log-complaint;resolve-other-complaint".
    const ids = value.split(/[;|\s]+/).filter(Boolean);
    const knownIds = ids.filter((id) => this.known.action.has(id));
    for (const id of ids) if (!this.known.action.has(id)) unmapped.push({ field: 'action', value: id, count: 1, reason: 'not-an-id' });
    return knownIds.length > 0 ? knownIds : undefined;
  }

  private tallyUnmapped(found: Unmapped): void {
    const key = `${found.field}\u0000${found.value}`;
    const entry = this.unmapped.get(key);
    if (entry) entry.count++;
    else if (this.unmapped.size < DISTINCT_UNMAPPED) this.unmapped.set(key, { ...found, count: 1 });
    else this.unmappedOther++;
  }

  /**
   * What an engine that judges the records elsewhere (the SQL engines, src/audit/sql/) needs to
   * judge them as this one does: per standard, the export's metric it reads, its clock and target,
   * and whether its clock stops for pauses; per escalation level, its clock and threshold.
   */
  plansForSql(): { standards: SqlStandardPlan[]; levels: SqlLevelPlan[] } {
    return {
      standards: this.plans.map((plan) => ({
        id: plan.standard.id,
        metric: this.mapping.metrics?.[plan.standard.metric] ?? plan.standard.metric,
        clock: plan.standard.clock,
        calendar: plan.standard.calendar,
        ...(plan.clock && plan.targetSeconds !== undefined ? { targetSeconds: plan.targetSeconds } : {}),
        ...(plan.pauseSet ? { pauseSet: plan.pauseSet } : {}),
      })),
      levels: this.levels.map((level) => ({ clock: level.result.clock as SqlLevelPlan['clock'], calendar: level.result.calendar, measured: level.clock !== undefined, afterSeconds: level.afterSeconds })),
    };
  }

  /** The match and unmapped values for one combination of a record's raw fields, as add() finds them. */
  resolveFields(fields: AuditRecord['fields']): { match: { standards: number[]; noPriority: number[]; escalates: boolean } | { ambiguous: string[] } | { none: true }; unmapped: Unmapped[] } {
    return this.resolve({ file: '', line: 0, id: '', fields, created: 0, events: {} }, false);
  }

  /** Counts made elsewhere (an SQL engine), added as if each record had been added here. */
  absorb(t: SqlTallies): void {
    this.records += t.records;
    this.outside += t.outside;
    this.ambiguous.count += t.ambiguous.count;
    this.ambiguous.examples.push(...t.ambiguous.examples.slice(0, EXAMPLES - this.ambiguous.examples.length));
    this.unmatched.count += t.unmatched.count;
    this.unmatched.examples.push(...t.unmatched.examples.slice(0, EXAMPLES - this.unmatched.examples.length));
    for (const entry of t.unmapped) {
      const key = `${entry.field}\u0000${entry.value}`;
      const known = this.unmapped.get(key);
      if (known) known.count += entry.count;
      else if (this.unmapped.size < DISTINCT_UNMAPPED) this.unmapped.set(key, { ...entry });
      else this.unmappedOther += entry.count;
    }
    t.standards.forEach((s, index) => {
      const plan = this.plans[index]!;
      plan.noData += s.noData;
      plan.noPriority += s.noPriority;
      for (const [missing, count] of s.notJudged) plan.notJudged.set(missing, (plan.notJudged.get(missing) ?? 0) + count);
      for (const m of s.months) {
        let counts = plan.months.get(m.month);
        if (!counts) plan.months.set(m.month, (counts = newCounts()));
        for (const key of ['records', 'met', 'breached', 'pending'] as const) {
          counts[key] += m[key];
          plan.total[key] += m[key];
        }
      }
      s.bins.forEach((count, bin) => (plan.bins[bin]! += count));
    });
    t.levels.forEach((l, index) => {
      const level = this.levels[index]!.result;
      level.cases += l.cases;
      level.reached += l.reached;
      level.still_open += l.still_open;
    });
  }

  result(): AuditResult {
    const standards = this.plans.map((plan): StandardResult => {
      const s = plan.standard;
      const attainment = share(plan.total);
      const months = [...plan.months.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([month, counts]) => ({ month, ...counts, attainment: share(counts) }));
      let worst: StandardResult['worst_month'] = null;
      for (const m of months) if (m.attainment !== null && (worst === null || m.attainment < worst.attainment)) worst = { month: m.month, attainment: m.attainment };
      const v = plan.vendor;
      return {
        id: s.id, action: s.action, metric: s.metric,
        ...(s.channel ? { channel: s.channel } : {}), ...(s.priority ? { priority: s.priority } : {}), ...(s.segment ? { segment: s.segment } : {}),
        clock: s.clock, ...(s.calendar ? { calendar: s.calendar } : {}),
        ...(s.target ? { target_time: s.target } : {}), ...(plan.targetSeconds !== undefined ? { target_seconds: plan.targetSeconds } : {}),
        ...plan.total,
        target: plan.attainmentTarget,
        attainment,
        ok: plan.attainmentTarget === null || attainment === null ? null : attainment >= plan.attainmentTarget,
        no_data: plan.noData,
        no_priority: plan.noPriority,
        not_judged: [...plan.notJudged].map(([missing, count]) => ({ missing, count })),
        whole_minutes: [...plan.wholeMinutes].map(([field, count]) => ({ field, count })),
        ...(s.pauses && s.pauses.length > 0 ? { pauses: [...s.pauses] } : {}),
        ...(this.mapping.metrics?.[s.metric] ? { read_from: this.mapping.metrics[s.metric] } : {}),
        ...(plan.notMeasured ? { not_measured: plan.notMeasured } : {}),
        judged: plan.total.records > 0,
        ...(plan.total.records > 0 ? {} : { not_judged_reason: notJudgedReason(plan) }),
        worst_month: worst,
        months,
        histogram: plan.targetSeconds !== undefined && plan.targetSeconds > 0 ? { bin_seconds: plan.targetSeconds / 4, counts: [...plan.bins] } : null,
        ...(v.compared > 0 ? { vendor_business_minutes: { compared: v.compared, differing: v.differing, mean_difference_minutes: v.sumAbs / v.compared, max_difference_minutes: v.max } } : {}),
      };
    });
    const unmapped = [...this.unmapped.values()].sort((a, b) => b.count - a.count || (a.field < b.field ? -1 : a.field > b.field ? 1 : a.value < b.value ? -1 : 1));
    const iso = (ms: number | undefined) => (ms === undefined ? null : new Date(ms).toISOString());
    return {
      as_of: new Date(this.options.asOf).toISOString(),
      from: iso(this.options.from),
      to: iso(this.options.to),
      records: this.records,
      outside_period: this.outside,
      deleted: this.deleted,
      duplicates: this.duplicates,
      standards,
      escalation: this.levels.map((l) => l.result),
      ambiguous: this.ambiguous,
      unmatched: this.unmatched,
      unmapped,
      unmapped_more: this.unmappedOther,
      bad_rows: { ...this.bad, kinds: [...this.badKinds.values()].sort((a, b) => b.count - a.count || this.badOrder(a.first[0]!) - this.badOrder(b.first[0]!)) },
      not_judged: standards.filter((s) => !s.judged).map((s) => s.id),
      require_all: this.options.requireAll === true,
      ok: standards.every((s) => s.ok !== false) && !(this.options.requireAll === true && standards.some((s) => !s.judged)),
    };
  }
}

