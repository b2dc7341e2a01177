import { validatePolicy } from '../generated/validators.js';
import { readBlockYaml } from './block-yaml.js';
import type { LintOptions } from './lint.js';
import type { Policy } from './policy.js';
import { runRules } from './run-rules.js';
import { SOURCE_LIMITS, decodeText } from './text.js';

/**
 * The fast path of validate. Most policies in CI are clean, and the `yaml` parser, which keeps every
 * position, is the slowest part of checking one. So a file is first read by the block reader
 * (core/block-yaml.ts), which reads what yaml reads or gives up, and checked with the same schema
 * and rules; only a file with something to report, or beyond the block reader, is parsed again with
 * positions, by the full check in lint.ts.
 * Returns the policy when it is clean, undefined when the full check must run.
 */
export function quickCheck(bytes: Uint8Array, options: LintOptions): Policy | undefined {
  if (bytes.length > SOURCE_LIMITS.maxBytes) return undefined;
  const text = decodeText(bytes);
  return text === undefined ? undefined : quickCheckText(text, options);
}

/** The same, for a text already decoded (a policy init has just written). */
export function quickCheckText(text: string, options: LintOptions): Policy | undefined {
  const data = readBlockYaml(text)?.data;
  if (data === undefined || !('cs-policy' in data) || !validatePolicy(data)) return undefined;
  const policy = data as unknown as Policy;
  return runRules(policy, options).length === 0 ? policy : undefined;
}
