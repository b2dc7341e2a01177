import type { FileResult } from '../core/finding.js';
import type { LintOptions } from '../core/lint.js';
import { quickCheck } from '../core/quick-check.js';
import { sourceFinding, tooLargeProblem } from '../core/text.js';
import { readPolicyFile } from '../io/files.js';

export interface FileToCheck {
  absolute: string;
  /** The path as the user sees it in reports. */
  file: string;
}

/** Reads and checks one policy file. Throws CliError when the file cannot be read. */
export async function checkFile({ absolute, file }: FileToCheck, options: LintOptions): Promise<FileResult> {
  const read = readPolicyFile(absolute, file);
  if ('tooLarge' in read) return { file, findings: [sourceFinding(tooLargeProblem(options.lang, read.tooLarge), file)] };
  if (quickCheck(read.bytes, options)) return { file, findings: [] };
  // Something to report: parse again with positions. Loaded only now, so a clean run never pays for it.
  const { lintBytes } = await import('../core/lint.js');
  return { file, findings: lintBytes(read.bytes, file, options) };
}

/** Checks files one after another, in the order given, keeping only their findings. */
export async function checkFiles(files: readonly FileToCheck[], options: LintOptions): Promise<FileResult[]> {
  const results: FileResult[] = [];
  for (const file of files) results.push(await checkFile(file, options));
  return results;
}
