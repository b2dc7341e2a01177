import { execFile } from 'node:child_process';
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { SOURCE_LIMITS } from '../core/text.js';
import { CliError } from '../errors.js';
import { displayPath, readBoundedFile, type ReadOutcome } from './files.js';
import { IO_MESSAGES } from './messages.js';

export interface PolicyVersion {
  /** How reports name it: the path as shown, or the REV:path as given. */
  shown: string;
  read: ReadOutcome;
}

/** `git show REV:path`, without a shell; git reads the path as it always does (from the top level, or `./` from cwd). */
function gitShow(spec: string, cwd: string): Promise<ReadOutcome> {
  return new Promise((done, fail) => {
    execFile('git', ['show', '--no-color', '--end-of-options', spec], { cwd, encoding: 'buffer', maxBuffer: SOURCE_LIMITS.maxBytes + 1, timeout: 60_000, windowsHide: true }, (error, stdout, stderr) => {
      if (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'ENOENT') return fail(new CliError(IO_MESSAGES['git.notFound'], { spec }));
        if (code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER') return done({ tooLarge: stdout.length });
        const reason = stderr.toString('utf8').trim().split('\n')[0]?.replace(/^fatal: /, '') || error.message;
        return fail(new CliError(IO_MESSAGES['git.failed'], { spec, reason }));
      }
      // For a folder git lists its files instead: that is no policy.
      if (stdout.subarray(0, 5).toString('latin1') === 'tree ' && stdout.toString('utf8').startsWith(`tree ${spec}\n`)) return fail(new CliError(IO_MESSAGES['git.notAFile'], { spec }));
      done({ bytes: stdout });
    });
  });
}

/**
 * A policy version as the user names it: a file when one exists at that path, else REV:path for
 * git. A name that is neither is a missing file.
 */
export async function readPolicyVersion(spec: string, cwd: string): Promise<PolicyVersion> {
  const absolute = resolve(cwd, spec);
  const onDisk = statSync(absolute, { throwIfNoEntry: false });
  const colon = spec.indexOf(':');
  if (onDisk || colon <= 0) {
    const shown = displayPath(cwd, absolute);
    return { shown, read: readBoundedFile(absolute, shown, IO_MESSAGES['io.notFound']) };
  }
  // A leading "-" would reach git as an option, however it is quoted.
  if (spec.startsWith('-')) throw new CliError(IO_MESSAGES['git.badSpec'], { spec });
  return { shown: spec, read: await gitShow(spec, cwd) };
}
