import type { DocPath, Severity } from '../core/finding.js';
import type { RuleHelp } from '../core/checks.js';
import type { Anchor } from '../core/locate.js';
import type { Policy } from '../core/policy.js';
import type { PolicyIndex } from '../core/policy-index.js';
import type { Localized } from '../i18n/index.js';

export interface RuleContext {
  policy: Policy;
  index: PolicyIndex;
  /** Today's date (YYYY-MM-DD); passed in so that rules stay pure. */
  today: string;
}

/** Message parameters; a Localized value is put in the reader's language. */
export type RuleParams = Readonly<Record<string, string | number | Localized>>;

export type Report<M extends string> = (messageId: M, path: DocPath, params?: RuleParams, anchor?: Anchor) => void;

export interface RuleMeta<M extends string = string> {
  id: string;
  description: Localized;
  severity: Severity;
  messages: Record<M, Localized>;
  /** Why the rule matters, with an example of a fix; reports fall back to the description without it. */
  help?: RuleHelp;
}

/** A semantic rule: runs on a policy the schema has accepted and reports through `report`. */
export interface Rule<M extends string = string> {
  meta: RuleMeta<M>;
  check(context: RuleContext, report: Report<M>): void;
}

/** Typed so that a rule can only report the message ids it declares. */
export function defineRule<M extends string>(rule: Rule<M>): Rule<M> {
  return rule;
}
