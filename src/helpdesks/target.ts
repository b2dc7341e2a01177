import type { Policy } from '../core/policy.js';
import type { ExportWarning, Plan, PlannedRequest } from './plan.js';
import type { HelpdeskMap } from './map.js';
import type { ExportMessageId } from '../export/messages.js';

export interface PlanOptions {
  map?: HelpdeskMap;
  /** Today, YYYY-MM-DD: some helpdesks accept holidays only within a window around it. */
  today: string;
}

/** What a helpdesk holds now, as its list endpoints returned it. */
export type Existing = ReadonlyMap<string, unknown>;

/** One step of an apply: a planned request as it will be sent, or why it need not be. */
export type Step =
  | { action: 'create' | 'update' | 'remove'; request: PlannedRequest; method: 'POST' | 'PUT' | 'DELETE'; path: string; creates?: string }
  | { action: 'unchanged'; request: PlannedRequest; creates?: string; id?: string | number };

export interface Credentials {
  baseUrl: string;
  headers: Record<string, string>;
  /** Every text that must never be printed: the token or key, and the header made from it. */
  secrets: string[];
}

/** A variable that is set but cannot be used as it is, and what it should look like. */
export interface BadVariable { name: string; expected: ExportMessageId }

/** A policy skeleton's parts read back from a helpdesk's JSON. */
export interface Imported {
  policy: Partial<Policy> & Pick<Policy, 'calendars' | 'channels' | 'standards'>;
  warnings: ExportWarning[];
}

export interface Target {
  /** The product's name as people write it. */
  title: string;
  plan(policy: Policy, options: PlanOptions): Plan;
  /** Environment variables the credentials come from, for messages and the README. */
  env: readonly string[];
  credentials(env: NodeJS.ProcessEnv): Credentials | { missing: string[] } | { invalid: BadVariable };
  /** GET requests that read what the helpdesk holds, keyed for reconcile; some depend on earlier answers. */
  reads(existing: Existing): string[];
  /**
   * Query parameters that ask each list read for the biggest page the API gives, so that few
   * requests are made; the answers stay keyed by the plain paths reads() names.
   */
  pageQuery?: string;
  /** Ids the helpdesk gave to objects an earlier run created, and what must change, per planned request. */
  reconcile(plan: Plan, existing: Existing): Step[];
  /**
   * What the helpdesk holds that cs-policy made for this policy earlier (its names start
   * "<policy id> / ") and the plan no longer has: requests that remove it, or deactivate it where
   * the API cannot delete. Nothing another name marks is ever listed.
   */
  leftovers(plan: Plan, existing: Existing): Step[];
  /** The id in the helpdesk's answer to a create request. */
  createdId(answer: unknown): string | number | undefined;
  import(documents: readonly { file: string; json: unknown }[]): Imported;
}
