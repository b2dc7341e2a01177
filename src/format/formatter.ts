import type { FileResult, RuleSetting, Severity } from '../core/finding.js';
import type { Lang } from '../i18n/index.js';

export interface FormatOptions {
  lang: Lang;
  /** Colour for a terminal; formatters that are not for terminals ignore it. */
  color: boolean;
  /** Version of cs-policy, for formats that name their tool. */
  toolVersion: string;
  /** The lowest severity that fails the run (--fail-on); formats that speak of pass and fail follow it. Default: error. */
  failOn?: Severity;
  /** When the run started, for formats that record it. */
  startedAt?: Date;
  /** Absolute working folder, which the results' `file` paths are relative to; without it (or `sourceRoot`) paths are reported as they are. */
  cwd?: string;
  /** Absolute repository root (the git top level, else the working folder); the CI formats (github, sarif, junit, json) give paths from it. Default: `cwd`. */
  sourceRoot?: string;
  /** Rule severities set by the project config, by rule id, for formats that record them. */
  ruleSettings?: Readonly<Record<string, RuleSetting>>;
  /** YAML files found in folders and skipped as plainly not policies, for formats with a summary. */
  skipped?: number;
}

/** A formatter is pure: results in, text out. A formatter module (--format ./file.js) has this shape too, and may return a promise. */
export type Formatter = (results: readonly FileResult[], options: FormatOptions) => string;
