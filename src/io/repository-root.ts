import { statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

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

/**
 * Where a reported file is from the repository root, with forward slashes, as CI reads paths
 * (GitHub matches annotations and SARIF locations against its checkout, whatever folder a step
 * ran in). `file` is as shown to the user, relative to `cwd`. Undefined when the file is outside
 * the root (or is the root itself), or when neither folder is known.
 */
export function pathFromRoot(file: string, cwd: string | undefined, root: string | undefined): string | undefined {
  if (cwd === undefined && root === undefined) return undefined;
  const absolute = resolve(cwd ?? root!, file);
  const fromRoot = relative(root ?? cwd!, absolute);
  if (fromRoot === '' || fromRoot === '..' || fromRoot.startsWith(`..${sep}`) || isAbsolute(fromRoot)) return undefined;
  return sep === '/' ? fromRoot : fromRoot.split(sep).join('/');
}

/** The path CI formats report: from the repository root when the file is inside it, else as shown. */
export const ciPath = (file: string, cwd: string | undefined, root: string | undefined): string => pathFromRoot(file, cwd, root) ?? file;
