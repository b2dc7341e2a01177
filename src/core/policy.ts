/**
 * The policy model, format version 1, as TypeScript sees it after the schema has accepted a
 * document. schema/policy.schema.json is the single written definition; these types mirror it.
 */
export type LocalText = string | Readonly<Record<string, string>>;
export type Id = string;
export type IsoDate = string;
export type DurationText = string;

export interface Role { id: Id; name: LocalText; kind: 'front-line' | 'back-line' | 'supervisor' | 'management' | 'external' | 'other'; description?: LocalText }
export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
export const WEEKDAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
/**
 * Opening hours of one day: "09:00-17:00"; "00:00-24:00" for the whole day; "22:00-02:00+1" for
 * hours that run past midnight into the next day. A list is a split shift: [09:00-13:00, 16:00-20:00].
 */
export type DayHours = string | string[];
/**
 * When a calendar is open in an ordinary week: either the same `hours` on each of `days`, or
 * `week`, hours per weekday (a day left out is closed).
 */
export interface Timetable { days?: Weekday[]; hours?: DayHours; week?: Partial<Record<Weekday, DayHours>> }
/** A timetable for a date range (both ends included) that replaces the usual one: shorter hours in Ramadan. */
export interface Season extends Timetable { name?: LocalText; from: IsoDate; to: IsoDate }
/** A closed day, or closed days from `date` to `until` (included). `estimated`: a date to confirm (Islamic holidays). */
export interface Holiday { date: IsoDate; until?: IsoDate; name?: LocalText; estimated?: boolean }
export interface Calendar extends Timetable {
  id: Id;
  name?: LocalText;
  timezone: string;
  /** Open every hour of every day (24/7); holidays still close it. */
  always_open?: boolean;
  /** ISO 3166 country or region (SA, AE, EG, MY, GB-ENG...) whose public holidays the wizard offers. */
  country?: string;
  holidays?: Holiday[];
  seasons?: Season[];
}
/** Priorities, most urgent first; standards name them so that later commands map them to a helpdesk's. */
export interface Priority { id: Id; name: LocalText; description?: LocalText }
/** Customer segments (by importance, loyalty...), which standards may be limited to. */
export interface Segment { id: Id; name: LocalText; basis?: 'importance' | 'loyalty' | 'value' | 'need' | 'other'; description?: LocalText }
export interface Channel { id: Id; kind: string; name?: LocalText; contact?: string; calendar?: Id }
export interface Kpi { id: Id; name: LocalText; target: number; unit: string; direction: 'at-least' | 'at-most' }
export interface Goal { id: Id; category: string; title: LocalText; description?: LocalText; kpis?: Kpi[] }
export interface Benchmark { kpi: Id; kind: 'competitor' | 'industry'; against: LocalText; value: number; source: LocalText; date: IsoDate; position?: string; note?: LocalText }
export interface MissionLink { goal: Id; rationale: LocalText }
export interface Action { id: Id; goal: Id; title: LocalText; description?: LocalText; channels?: Id[]; owner: Id; serves?: string[]; steps?: LocalText[] }
export type Metric = 'answer' | 'acknowledgement' | 'first-response' | 'next-response' | 'update' | 'resolution';
/**
 * The clock a target runs on. `calendar`: wall time. `business`: the calendar's opening hours.
 * `working-days`: every hour of the calendar's working days, closed days skipped ("24 working hours",
 * as banks mean it).
 */
export type Clock = 'business' | 'calendar' | 'working-days';
/** What the customer is paid when a standard is missed ("£40 paid automatically"). */
export interface Compensation {
  amount: number;
  currency: string;
  payment: 'automatic' | 'on-claim';
  /** How long after the miss (or the claim) it is paid. */
  within?: DurationText;
  /** A further payment when the payment itself is late. */
  late_payment?: { amount: number; currency?: string; after?: DurationText };
  text?: LocalText;
}
/** A status during which a standard's clock stops: the case waits on the customer, or is on hold. */
export type Pause = 'waiting-on-customer' | 'on-hold';
export interface Standard { id: Id; action: Id; metric: Metric; channel?: Id; priority?: Id; segment?: Id; target?: DurationText; clock: Clock; calendar?: Id; pauses?: Pause[]; attainment?: string; text?: LocalText; remedy?: LocalText; compensation?: Compensation }
/** `after` is calendar time unless the level names a `clock` (and its `calendar`). */
export interface EscalationLevel { level: number; owner?: Id; external?: { name: LocalText; contact?: string; deadline?: DurationText }; after: DurationText; clock?: Clock; calendar?: Id; when?: LocalText; final?: boolean }
/** A share with its 95% Wilson score interval, percentages 0-100. */
export interface ShareResult { value: number; low: number; high: number }
/** What the pilot found, as `cs-policy pilot --record` writes it. */
export interface PilotResults {
  date: IsoDate;
  responses: number;
  dissatisfied: number;
  satisfied: number;
  loyal: number;
  nps?: number;
  criteria?: { kpi: Id; target: number; actual?: number; met: boolean | 'unknown' }[];
  /** Topics that need work, worst first. */
  topics?: { topic: string; gap: number; responses: number }[];
  decision: 'adopt' | 'revise';
  notes?: LocalText;
}
export interface Pilot { start: IsoDate; duration: DurationText; roles: Id[]; customers: LocalText; customers_informed: boolean; notice?: LocalText; success_criteria: { kpi: Id; target: number; note?: LocalText }[]; feedback?: LocalText; results?: PilotResults }
export interface Training { role: Id; format: string; date?: IsoDate; duration?: DurationText; topics?: LocalText[]; refresher?: DurationText }
export interface Rollout { start: IsoDate; audiences: Id[]; training?: Training[]; acknowledgement?: { required: boolean; by?: IsoDate } }
/** A kind of feedback, who owns it, and what is done with it ("you said, we did"). */
export interface FeedbackCollection { topic: string; method: string; frequency: string; channels?: Id[]; owner?: Id; follow_up?: LocalText }
export interface Change { version: string | number; date: IsoDate; author?: LocalText; summary: LocalText }

export interface Policy {
  'cs-policy': 1;
  id: Id;
  title: LocalText;
  organisation: LocalText;
  summary?: LocalText;
  languages: string[];
  /** Whose conventions dates follow in reports and briefings (en-GB); default: the calendars' country. */
  locale?: string;
  version: string | number;
  status: 'draft' | 'pilot' | 'active' | 'retired';
  owner: { name: LocalText; role?: Id; email?: string };
  effective_date: IsoDate;
  review: { cadence: DurationText; last?: IsoDate; next: IsoDate };
  changes?: Change[];
  roles: Role[];
  priorities?: Priority[];
  segments?: Segment[];
  calendars?: Calendar[];
  channels: Channel[];
  goals: Goal[];
  comparison?: { notes?: LocalText; benchmarks: Benchmark[] };
  mission: { statement: LocalText; links: MissionLink[] };
  actions: Action[];
  standards: Standard[];
  escalation: { levels: EscalationLevel[] };
  pilot?: Pilot;
  rollout: Rollout;
  first_contact?: LocalText[];
  feedback?: FeedbackCollection[];
}

/** Metrics that measure the first answer a customer gets, as opposed to the fix. */
export const RESPONSE_METRICS: ReadonlySet<Metric> = new Set(['answer', 'acknowledgement', 'first-response']);

/** Text in the wanted language, else the first one given. */
export function textIn(text: LocalText | undefined, lang: string): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  return text[lang] ?? Object.values(text)[0] ?? '';
}

/** Every string a text holds, whatever the language. */
export function allTexts(text: LocalText | undefined): string[] {
  if (text === undefined) return [];
  return typeof text === 'string' ? [text] : Object.values(text);
}
