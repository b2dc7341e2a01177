import type { FileResult } from '../core/finding.js';
import type { LintOptions } from '../core/lint.js';
import type { Policy } from '../core/policy.js';
import { isPlainlyNotAPolicy } from '../core/not-a-policy.js';
import { quickCheck } from '../core/quick-check.js';
import { sourceFinding, tooLargeProblem } from '../core/text.js';
import { readBoundedFile, type ReadOutcome } from '../io/files.js';
import { reportFindings, type CommandContext } from './context.js';
import { IO_MESSAGES } from '../io/messages.js';

export interface FileToCheck {
  absolute: string;
  /** The path as the user sees it in reports. */
  file: string;
  /** How a missing file is reported: io.vanished after a listing found it, else io.notFound. */
  whenMissing?: (typeof IO_MESSAGES)['io.vanished' | 'io.notFound'];
  /** Found by walking a folder or a glob, not named: skipped when it is plainly not a policy. */
  listed?: boolean;
}

export interface CheckedFile extends FileResult {
  /** The policy, when the schema accepted it. */
  policy?: Policy;
}

/** Reads and checks one policy file. Throws CliError when the file cannot be read. */
export async function checkFile({ absolute, file, whenMissing }: FileToCheck, options: LintOptions): Promise<CheckedFile> {
  return checkRead(readBoundedFile(absolute, file, whenMissing), file, options);
}

/**
 * The policy a command works from, checked as validate checks it: with `errors: 'refuse'` only a
 * policy without errors, with 'allow' any the schema accepts. When it cannot be used its findings
 * are reported and the answer is undefined; the command says why in its own words.
 */
export async function policyToUse(context: CommandContext, target: FileToCheck, today: string, errors: 'refuse' | 'allow'): Promise<Policy | undefined> {
  const checked = await checkFile({ whenMissing: IO_MESSAGES['io.notFound'], ...target }, { lang: context.lang, today });
  if (checked.policy && (errors === 'allow' || !checked.findings.some((finding) => finding.severity === 'error'))) return checked.policy;
  reportFindings(context, context.lang, [checked]);
  return undefined;
}

/** Checks a policy already read, from a file or from git. */
export async function checkRead(read: ReadOutcome, file: string, options: LintOptions): Promise<CheckedFile> {
  if ('tooLarge' in read) return { file, findings: [sourceFinding(tooLargeProblem(options.lang, read.tooLarge), file)] };
  const clean = quickCheck(read.bytes, options);
  if (clean) return { file, findings: [], policy: clean };
  // Something to report: parse again with positions. Loaded only now, so a clean run never pays for it.
  const { checkPolicyBytes } = await import('../core/lint.js');
  return { file, ...checkPolicyBytes(read.bytes, file, options) };
}

export interface CheckedFiles {
  results: FileResult[];
  /** Files found in folders that are plainly not policies (a docker-compose file, a workflow), as shown. */
  skipped: string[];
}

/**
 * Checks files one after another, in the order given, keeping only their findings and how long
 * each took. A file found in a folder that is plainly another kind of YAML is skipped; a file the
 * user named is always checked.
 */
export async function checkFiles(files: readonly FileToCheck[], options: LintOptions): Promise<CheckedFiles> {
  const results: FileResult[] = [];
  const skipped: string[] = [];
  // Only the findings (and the time taken) are kept: a thousand parsed policies would only cost memory.
  for (const file of files) {
    // process.hrtime, not performance.now: the first use of `performance` loads node:perf_hooks (1-2 ms).
    const start = process.hrtime.bigint();
    const read = readBoundedFile(file.absolute, file.file, file.whenMissing);
    if (file.listed && 'bytes' in read && (await isPlainlyNotAPolicy(read.bytes))) {
      skipped.push(file.file);
      continue;
    }
    const { findings } = await checkRead(read, file.file, options);
    results.push({ file: file.file, findings, elapsedMs: Number(process.hrtime.bigint() - start) / 1e6 });
  }
  return { results, skipped };
}
