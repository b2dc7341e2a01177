/** A finding is a value: every check, from YAML syntax to semantic rules, returns these. */
export type Severity = 'error' | 'warning';
export type RuleSetting = Severity | 'off';
export type PathSegment = string | number;
export type DocPath = readonly PathSegment[];

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  file: string;
  /** 1-based, from the YAML source. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** Where in the document the finding points, as keys and indexes from the root. */
  path: DocPath;
}

export interface FileResult {
  file: string;
  findings: Finding[];
  /** How long reading and checking the file took, for reports that record time (JUnit). */
  elapsedMs?: number;
}

export const severityRank: Record<Severity, number> = { warning: 1, error: 2 };

/** Whether a finding counts against the run: at or above the failure threshold (--fail-on). */
export function isFailing(finding: Pick<Finding, 'severity'>, failOn: Severity): boolean {
  return severityRank[finding.severity] >= severityRank[failOn];
}

export function countBySeverity(results: readonly FileResult[]): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const result of results) {
    for (const finding of result.findings) {
      if (finding.severity === 'error') errors++;
      else warnings++;
    }
  }
  return { errors, warnings };
}

export function byPosition(a: Finding, b: Finding): number {
  return a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId);
}

export function pathToString(path: DocPath): string {
  let out = '';
  for (const segment of path) out += typeof segment === 'number' ? `[${segment}]` : out ? `.${segment}` : segment;
  return out;
}
