import { execFile } from 'node:child_process';
import { SOURCE_LIMITS } from '../core/text.js';
import { CliError } from '../errors.js';
import type { ReadOutcome } from './files.js';
import { IO_MESSAGES } from './messages.js';

/** `git show REV:path`, without a shell; git reads the path as it always does (from the top level, or `./` from cwd). */
export function gitShow(spec: string, cwd: string): Promise<ReadOutcome> {
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
