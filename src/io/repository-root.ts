import { statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * The top level of the git work tree holding `cwd`, else `cwd` itself. Found by looking for `.git`
 * (a folder, or a file in a linked work tree or submodule) from `cwd` upwards, as git does, without
 * starting git: a report format must not depend on git being installed, nor pay for a process.
 */
export function repositoryRoot(cwd: string): string {
  const start = resolve(cwd);
  for (let dir = start; ; dir = dirname(dir)) {
    try {
      statSync(join(dir, '.git'));
      return dir;
    } catch {
      // Not here (or unreadable): keep climbing.
    }
    if (dirname(dir) === dir) return start;
  }
}
