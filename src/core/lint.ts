import type { Lang } from '../i18n/index.js';
import { say } from '../i18n/index.js';
import type { Finding, RuleSetting } from './finding.js';
import { byPosition } from './finding.js';
import type { Span } from './locate.js';
import type { Policy } from './policy.js';
import { runRules } from './run-rules.js';
import { checkSchema } from './schema-check.js';
import { parseSource, parseText, sourceFinding, type ParseOutcome } from './source.js';
import { CORE_MESSAGES } from './messages.js';

export interface LintOptions {
  lang: Lang;
  /** YYYY-MM-DD; rules about dates compare against it. */
  today: string;
  /** Severity overrides by rule id, from the project config. */
  rules?: Readonly<Record<string, RuleSetting>>;
}

export interface CheckedPolicy {
  findings: Finding[];
  /** The policy, when the schema accepted it and the semantic rules could run. */
  policy?: Policy;
}

function checkParsed(outcome: ParseOutcome, file: string, options: LintOptions): CheckedPolicy {
  const findings: Finding[] = outcome.problems.map((problem) => sourceFinding(problem, file));
  const source = outcome.source;
  if (!source) return { findings };

  const at = (span: Span, path: Finding['path']) => ({ file, ...span, path });
  // Other YAML in a searched folder (CI config, answers files) is named once, not with a finding per key.
  if (!('cs-policy' in source.data)) {
    findings.push({ ruleId: 'document-shape', severity: 'error', message: say(options.lang, CORE_MESSAGES['source.notPolicy']), ...at(source.locator.locate([]), []) });
    return { findings };
  }
  const schema = checkSchema(source.data, options.lang);
  for (const problem of schema.problems) {
    findings.push({ ruleId: 'schema', severity: 'error', message: problem.message, ...at(source.locator.locate(problem.path, problem.anchor), problem.path) });
  }
  if (schema.hidden > 0) {
    const message = say(options.lang, CORE_MESSAGES['schema.truncated'], { count: schema.hidden });
    findings.push({ ruleId: 'schema', severity: 'error', message, ...at(source.locator.locate([]), []) });
  }
  // Semantic rules assume the shape the schema guarantees, so they run only on a valid document.
  if (!schema.valid) return { findings: findings.sort(byPosition) };

  const policy = source.data as unknown as Policy;
  for (const found of runRules(policy, options)) {
    findings.push({ ruleId: found.ruleId, severity: found.severity, message: found.message, ...at(source.locator.locate(found.path, found.anchor), found.path) });
  }
  return { findings: findings.sort(byPosition), policy };
}

/** Checks one policy file's bytes: reading, YAML, schema, then the semantic rules. Pure. */
export function checkPolicyBytes(bytes: Uint8Array, file: string, options: LintOptions): CheckedPolicy {
  return checkParsed(parseSource(bytes, options.lang), file, options);
}

export function lintBytes(bytes: Uint8Array, file: string, options: LintOptions): Finding[] {
  return checkPolicyBytes(bytes, file, options).findings;
}

/** Checks policy text as checkPolicyBytes checks bytes. Pure. */
export function checkPolicyText(text: string, file: string, options: LintOptions): CheckedPolicy {
  return checkParsed(parseText(text, options.lang), file, options);
}

export function lintText(text: string, file: string, options: LintOptions): Finding[] {
  return checkPolicyText(text, file, options).findings;
}
