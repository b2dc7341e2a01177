import { CORE_SCHEMA, load } from 'js-yaml';
import { validatePolicy } from '../generated/validators.js';
import type { LintOptions } from './lint.js';
import type { Policy } from './policy.js';
import { runRules } from './run-rules.js';
import { SOURCE_LIMITS, decodeText, flowDepthExceeds } from './text.js';

/**
 * Aliases, anchors, tags and directives take the careful path. An alias can expand without bound,
 * and js-yaml sets no limit; on the others yaml warns where js-yaml says nothing (an unknown
 * directive or YAML version, an anchor ending in a colon, a tag that does not fit its node). All
 * are rare in policies; text that merely looks like one only costs the careful path.
 */
const UNUSUAL_YAML = /^%|(?:^|[\s[{,])[*&!][^\s,\]}]/m;

/**
 * A quoted scalar that opens on a line and does not close on it. js-yaml reads a continuation line
 * less indented than the spec allows, where yaml rightly reports it; so such files take the careful
 * path too. A quote in a comment only makes the check more cautious.
 */
const QUOTE_SPANS_LINES = /(?:^|[\s[{,:])(?:"(?:[^"\\\n]|\\.)*\\?|'(?:[^'\n]|'')*)$/m;

/** A carriage return alone ends a line for js-yaml; yaml refuses it. */
const LONE_CARRIAGE_RETURN = /\r(?!\n)/;

/** Brackets and line ends: all that flowSpansLines looks at. */
const BRACKET_OR_LINE_END = /[[\]{}\n]/g;

/**
 * Whether a flow collection goes on past the end of the line it opens on. js-yaml reads such a
 * collection even when a later line is less indented than the spec allows, where yaml rightly
 * reports it; so these files, rare in policies, take the careful path. A bracket inside quotes
 * only makes the check more cautious.
 */
function flowSpansLines(text: string): boolean {
  let depth = 0;
  BRACKET_OR_LINE_END.lastIndex = 0;
  for (let match = BRACKET_OR_LINE_END.exec(text); match; match = BRACKET_OR_LINE_END.exec(text)) {
    const char = match[0];
    if (char === '\n') {
      if (depth > 0) return true;
    } else if (char === '[' || char === '{') depth++;
    else if (depth > 0) depth--;
  }
  return depth > 0;
}

/**
 * The fast path of validate. Most policies in CI are clean, and js-yaml reads YAML about ten times
 * faster than the `yaml` parser, which keeps every position. So a file is first read with js-yaml
 * (YAML 1.2 core schema, as `yaml` reads it) and checked with the same schema and rules; only a
 * file with something to report is parsed again with positions, by the full check in lint.ts.
 * Returns the policy when it is clean, undefined when the full check must run.
 */
export function quickCheck(bytes: Uint8Array, options: LintOptions): Policy | undefined {
  if (bytes.length > SOURCE_LIMITS.maxBytes) return undefined;
  const text = decodeText(bytes);
  return text === undefined ? undefined : quickCheckText(text, options);
}

/** The same, for a text already decoded (a policy init has just written). */
export function quickCheckText(text: string, options: LintOptions): Policy | undefined {
  if (UNUSUAL_YAML.test(text) || LONE_CARRIAGE_RETURN.test(text) || QUOTE_SPANS_LINES.test(text) || flowSpansLines(text) || flowDepthExceeds(text, SOURCE_LIMITS.maxFlowDepth) !== undefined) return undefined;
  let data: unknown;
  try {
    // Duplicate keys, several documents and unknown tags all throw; the full check reports them.
    data = load(text, { schema: CORE_SCHEMA, json: false });
  } catch {
    return undefined;
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data) || !('cs-policy' in data)) return undefined;
  if (!validatePolicy(data)) return undefined;
  const policy = data as Policy;
  return runRules(policy, options).length === 0 ? policy : undefined;
}
