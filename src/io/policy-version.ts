import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { CliError } from '../errors.js';
import { displayPath, readBoundedFile, type ReadOutcome } from './files.js';
import { IO_MESSAGES } from './messages.js';

export interface PolicyVersion {
  /** How reports name it: the path as shown, or the REV:path as given. */
  shown: string;
  read: ReadOutcome;
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
  // Loaded only for a git version: node:child_process brings node:net and Node's stream machinery,
  // which diff of two files on disk started at every run (56.8 against 50.0 ms, timed in process,
  // medians of 41 alternated runs).
  const { gitShow } = await import('./git-show.js');
  return { shown: spec, read: await gitShow(spec, cwd) };
}
