import { CORE_SCHEMA, load } from 'js-yaml';
import { validatePolicy } from '../generated/validators.js';
import type { LintOptions } from './lint.js';
import type { Policy } from './policy.js';
import { runRules } from './run-rules.js';
import { SOURCE_LIMITS, decodeText, flowDepthExceeds } from './text.js';

/** An alias can expand without bound, and js-yaml sets no limit: such files take the careful path. */
const ALIAS = /(?:^|[\s[{,])\*[^\s,\]}]/m;

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
  if (text === undefined || ALIAS.test(text) || flowDepthExceeds(text, SOURCE_LIMITS.maxFlowDepth) !== undefined) return undefined;
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
