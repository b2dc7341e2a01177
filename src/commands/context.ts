import type { FileResult } from '../core/finding.js';
import { stylish } from '../format/stylish.js';
import type { Lang } from '../i18n/index.js';
import { TOOL_VERSION } from '../version.js';
import type { OutputStream } from '../io/standard-output.js';

/** What a command may touch of the outside world; tests pass their own. */
export interface CommandContext {
  cwd: string;
  lang: Lang;
  env: NodeJS.ProcessEnv;
  stdin: { isTTY?: boolean };
  stdout: OutputStream;
  stderr: OutputStream;
}

/** Colour only for a terminal that wants it: NO_COLOR and FORCE_COLOR are honoured. */
export function wantsColor(stream: CommandContext['stdout'], env: NodeJS.ProcessEnv, flag: boolean | undefined): boolean {
  if (flag === false || 'NO_COLOR' in env) return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0';
  return Boolean(stream.isTTY) && env.TERM !== 'dumb';
}

/** Prints findings for people on standard error, as commands do before refusing to go on. */
export function reportFindings(context: CommandContext, lang: Lang, results: readonly FileResult[]): void {
  context.stderr.write(stylish(results, { lang, color: wantsColor(context.stderr, context.env, undefined), toolVersion: TOOL_VERSION }));
}
