import { LineCounter, parseDocument } from 'yaml';
import { validateConfig } from '../generated/validators.js';
import { t, type Lang } from '../i18n/index.js';
import { RULES_BY_ID } from '../rules/index.js';
import type { RuleSetting, Severity } from './finding.js';
import { createLocator } from './locate.js';
import { checkSchemaWith } from './schema-check.js';
import { SOURCE_LIMITS, flowDepthExceeds } from './text.js';
import { didYouMean } from './suggest.js';

/** The project configuration (.cs-policy.yaml), as ESLint and Spectral let a project tune rules. */
export interface ProjectConfig {
  rules: Record<string, RuleSetting>;
  fail_on?: Severity;
  lang?: Lang;
}

export interface ConfigProblem { line: number; column: number; message: string }

export type ConfigOutcome = { config: ProjectConfig } | { problem: ConfigProblem };

export function parseConfig(text: string, lang: Lang): ConfigOutcome {
  const lineCounter = new LineCounter();
  // The guards policies have: brackets nested past the limit would overflow the parser's stack.
  const deepAt = flowDepthExceeds(text, SOURCE_LIMITS.maxFlowDepth);
  if (deepAt !== undefined) {
    const line = text.slice(0, deepAt).split('\n').length;
    const column = deepAt - (text.lastIndexOf('\n', deepAt - 1) + 1) + 1;
    return { problem: { line, column, message: t(lang, 'source.tooDeep', { limit: SOURCE_LIMITS.maxFlowDepth }) } };
  }
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true });
  const locator = createLocator(doc, lineCounter);
  const [error] = doc.errors;
  if (error) {
    const span = locator.spanAt(error.pos[0], error.pos[1]);
    return { problem: { line: span.line, column: span.column, message: t(lang, 'source.syntax', { message: error.message.split('\n')[0] ?? error.code }) } };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: SOURCE_LIMITS.maxAliasCount }) ?? {};
  } catch (error) {
    // The yaml parser refuses aliases that would expand without bound.
    if (error instanceof ReferenceError || /alias/i.test(String(error))) return { problem: { line: 1, column: 1, message: t(lang, 'source.aliases') } };
    throw error;
  }
  const [first] = checkSchemaWith(validateConfig, data, lang).problems;
  if (first) {
    const span = locator.locate(first.path, first.anchor);
    return { problem: { line: span.line, column: span.column, message: first.message } };
  }
  const config = data as Partial<ProjectConfig>;
  for (const rule of Object.keys(config.rules ?? {})) {
    if (RULES_BY_ID.has(rule)) continue;
    const near = didYouMean(rule, RULES_BY_ID.keys());
    const span = locator.locate(['rules', rule], 'key');
    const suggestion = near ? t(lang, 'schema.didYouMean', { suggestion: near }) : '';
    return { problem: { line: span.line, column: span.column, message: t(lang, 'config.unknownRule', { rule, suggestion }) } };
  }
  return { config: { rules: config.rules ?? {}, ...(config.fail_on ? { fail_on: config.fail_on } : {}), ...(config.lang ? { lang: config.lang } : {}) } };
}
