import { validateConfig } from '../generated/validators.js';
import { type Lang, say } from '../i18n/index.js';
import { RULES_BY_ID } from '../rules/index.js';
import { SOURCE_CHECKS } from './checks.js';
import type { RuleSetting, Severity } from './finding.js';
import { checkSchemaWith } from './schema-check.js';
import { readSmallYaml, type YamlProblem } from './small-yaml.js';
import { didYouMean, didYouMeanHint } from './suggest.js';
import { CORE_MESSAGES } from './messages.js';

/** The project configuration (.cs-policy.yaml), as ESLint and Spectral let a project tune rules. */
export interface ProjectConfig {
  rules: Record<string, RuleSetting>;
  fail_on?: Severity;
  lang?: Lang;
  /** Files validate leaves out: gitignore patterns, relative to the config file's folder. */
  ignore?: string[];
}

/** The checks before the rules (file, YAML, schema): nothing after them can run on a file that fails them. */
const ALWAYS_ON: ReadonlySet<string> = new Set(SOURCE_CHECKS.map((check) => check.id));

export type ConfigOutcome = { config: ProjectConfig } | { problem: YamlProblem };

export function parseConfig(text: string, lang: Lang): ConfigOutcome {
  const read = readSmallYaml(text, lang);
  if ('problem' in read) return read;
  const { locator } = read;
  // An empty config keeps every default.
  const data = read.data ?? {};
  const [first] = checkSchemaWith(validateConfig, data, lang).problems;
  if (first) {
    const span = locator.locate(first.path, first.anchor);
    return { problem: { line: span.line, column: span.column, message: first.message } };
  }
  const config = data as Partial<ProjectConfig>;
  for (const [rule, setting] of Object.entries(config.rules ?? {})) {
    if (RULES_BY_ID.has(rule)) continue;
    if (ALWAYS_ON.has(rule)) {
      // Naming such a check is no mistake; turning it off or down is what cannot be done.
      if (setting === 'error') continue;
      const span = locator.locate(['rules', rule], 'value');
      return { problem: { line: span.line, column: span.column, message: say(lang, CORE_MESSAGES['config.checkAlwaysOn'], { rule }) } };
    }
    const span = locator.locate(['rules', rule], 'key');
    const suggestion = didYouMeanHint(lang, didYouMean(rule, [...RULES_BY_ID.keys(), ...ALWAYS_ON]));
    return { problem: { line: span.line, column: span.column, message: say(lang, CORE_MESSAGES['config.unknownRule'], { rule, suggestion }) } };
  }
  return { config: { rules: config.rules ?? {}, ...(config.fail_on ? { fail_on: config.fail_on } : {}), ...(config.lang ? { lang: config.lang } : {}), ...(config.ignore ? { ignore: config.ignore } : {}) } };
}
