import type { FileResult } from '../../src/core/finding.js';

/** A broken policy's findings plus a clean file, as every formatter receives them. */
export const SAMPLE_RESULTS: FileResult[] = [
  {
    file: 'policies/broken.yaml',
    findings: [
      { ruleId: 'schema', severity: 'error', message: 'unknown key "gaols" (did you mean "goals"?)', file: 'policies/broken.yaml', line: 12, column: 1, endLine: 12, endColumn: 6, path: ['gaols'] },
      { ruleId: 'vague-standard', severity: 'error', message: 'the standard "reply" promises "ASAP" instead of a number: <state> the target & its clock', file: 'policies/broken.yaml', line: 40, column: 11, endLine: 40, endColumn: 25, path: ['standards', 0, 'text'] },
      { ruleId: 'kpi-benchmark', severity: 'warning', message: 'line one\nline two, 100% sure: yes', file: 'policies/broken.yaml', line: 7, column: 9, endLine: 7, endColumn: 20, path: ['goals', 0, 'kpis', 0, 'id'] },
    ],
    elapsedMs: 12.5,
  },
  { file: 'policies/clean.yaml', findings: [], elapsedMs: 3 },
];

/** When the sample run started, for formats that record it. */
export const STARTED_AT = new Date('2026-03-01T08:30:05.250Z');

export const OPTIONS = { lang: 'en' as const, color: false, toolVersion: '9.9.9' };
