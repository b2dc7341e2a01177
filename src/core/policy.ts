/**
 * The policy model, format version 1, as TypeScript sees it after the schema has accepted a
 * document. schema/policy.schema.json is the single written definition; these types mirror it.
 */
export type LocalText = string | Readonly<Record<string, string>>;
export type Id = string;
export type IsoDate = string;
export type DurationText = string;

export interface Role { id: Id; name: LocalText; kind: 'front-line' | 'back-line' | 'supervisor' | 'management' | 'external' | 'other'; description?: LocalText }
export interface Calendar { id: Id; name?: LocalText; timezone: string; days: string[]; hours: string; holidays?: { date: IsoDate; name?: LocalText }[] }
export interface Channel { id: Id; kind: string; name?: LocalText; contact?: string; calendar?: Id }
export interface Kpi { id: Id; name: LocalText; target: number; unit: string; direction: 'at-least' | 'at-most' }
export interface Goal { id: Id; category: string; title: LocalText; description?: LocalText; kpis?: Kpi[] }
export interface Benchmark { kpi: Id; kind: 'competitor' | 'industry'; against: LocalText; value: number; source: LocalText; date: IsoDate; position?: string; note?: LocalText }
export interface MissionLink { goal: Id; rationale: LocalText }
export interface Action { id: Id; goal: Id; title: LocalText; description?: LocalText; channels?: Id[]; owner: Id; serves?: string[]; steps?: LocalText[] }
export type Metric = 'answer' | 'acknowledgement' | 'first-response' | 'next-response' | 'update' | 'resolution';
export interface Standard { id: Id; action: Id; metric: Metric; channel?: Id; priority?: string; target?: DurationText; clock: 'business' | 'calendar'; calendar?: Id; attainment?: string; text?: LocalText; remedy?: LocalText }
export interface EscalationLevel { level: number; owner?: Id; external?: { name: LocalText; contact?: string; deadline?: DurationText }; after: DurationText; when?: LocalText; final?: boolean }
export interface Pilot { start: IsoDate; duration: DurationText; roles: Id[]; customers: LocalText; customers_informed: boolean; notice?: LocalText; success_criteria: { kpi: Id; target: number; note?: LocalText }[]; feedback?: LocalText }
export interface Rollout { start: IsoDate; audiences: Id[]; training?: { role: Id; format: string; date?: IsoDate }[]; acknowledgement?: { required: boolean; by?: IsoDate } }
export interface FeedbackCollection { topic: string; method: string; frequency: string; channels?: Id[] }
export interface Change { version: string | number; date: IsoDate; author?: LocalText; summary: LocalText }

export interface Policy {
  'cs-policy': 1;
  id: Id;
  title: LocalText;
  organisation: LocalText;
  summary?: LocalText;
  languages: string[];
  version: string | number;
  status: 'draft' | 'pilot' | 'active' | 'retired';
  owner: { name: LocalText; role?: Id; email?: string };
  effective_date: IsoDate;
  review: { cadence: DurationText; last?: IsoDate; next: IsoDate };
  changes?: Change[];
  roles: Role[];
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
