import type { Lang, Localized } from '../i18n/index.js';
import { interpolate, t } from '../i18n/index.js';
import { RULES } from '../rules/index.js';
import type { RuleParams } from '../rules/rule.js';
import type { Finding, RuleSetting } from './finding.js';
import { byPosition } from './finding.js';
import type { Span } from './locate.js';
import type { Policy } from './policy.js';
import { indexPolicy } from './policy-index.js';
import { checkSchema } from './schema-check.js';
import { parseSource, parseText, sourceFinding, type ParseOutcome } from './source.js';

export interface LintOptions {
  lang: Lang;
  /** YYYY-MM-DD; rules about dates compare against it. */
  today: string;
  /** Severity overrides by rule id, from the project config. */
  rules?: Readonly<Record<string, RuleSetting>>;
}

function localizeParams(params: RuleParams | undefined, lang: Lang): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(params ?? {})) out[key] = typeof value === 'object' ? value[lang] : value;
  return out;
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
    findings.push({ ruleId: 'document-shape', severity: 'error', message: t(options.lang, 'source.notPolicy'), ...at(source.locator.locate([]), []) });
    return { findings };
  }
  const schema = checkSchema(source.data, options.lang);
  for (const problem of schema.problems) {
    findings.push({ ruleId: 'schema', severity: 'error', message: problem.message, ...at(source.locator.locate(problem.path, problem.anchor), problem.path) });
  }
  if (schema.hidden > 0) {
    const message = t(options.lang, 'schema.truncated', { count: schema.hidden });
    findings.push({ ruleId: 'schema', severity: 'error', message, ...at(source.locator.locate([]), []) });
  }
  // Semantic rules assume the shape the schema guarantees, so they run only on a valid document.
  if (!schema.valid) return { findings: findings.sort(byPosition) };

  const policy = source.data as unknown as Policy;
  const context = { policy, index: indexPolicy(policy), today: options.today };
  for (const rule of RULES) {
    const setting = options.rules?.[rule.meta.id] ?? rule.meta.severity;
    if (setting === 'off') continue;
    const messages: Record<string, Localized> = rule.meta.messages;
    rule.check(context, (messageId, path, params, anchor) => {
      const template = messages[messageId]?.[options.lang] ?? messageId;
      findings.push({
        ruleId: rule.meta.id, severity: setting,
        message: interpolate(template, localizeParams(params, options.lang)),
        ...at(source.locator.locate(path, anchor), path),
      });
    });
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

export function lintText(text: string, file: string, options: LintOptions): Finding[] {
  return checkParsed(parseText(text, options.lang), file, options).findings;
}
