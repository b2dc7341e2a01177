// Types of harness.mjs, which stays plain JavaScript so that `npm run mutation` runs it without a build.
export interface Edit {
  kind?: 'careless' | 'harmless';
  file: string;
  what: string;
  at: string;
  nth?: number;
  from?: string;
  to: string;
  expect?: string | number;
}
export interface LintFinding { line: number; ruleId: string; message: string }
export interface MutationResult { edit: Edit; outcome: 'caught' | 'elsewhere' | 'missed' | 'clean' | 'flagged'; line: number; findings: LintFinding[] }
export interface MutationSummary { careless: number; caught: number; elsewhere: number; missed: number; harmless: number; flagged: number; caughtShare: number }
export interface MutationOutcome { baseline: { file: string; findings: LintFinding[] }[]; results: MutationResult[]; summary: MutationSummary }
export const MUTATION_TODAY: string;
export const MIN_CAUGHT_SHARE: number;
export function applyEdit(text: string, edit: Edit): { text: string; changed: number[]; expected: number[] };
export function runMutation(input: { files: Record<string, { path: string; text: string }>; edits: readonly Edit[]; lint: (text: string, path: string) => LintFinding[] }): MutationOutcome;
export function passes(summary: MutationSummary): boolean;
export function formatReport(outcome: MutationOutcome, options?: { verbose?: boolean }): string;
