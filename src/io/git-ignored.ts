import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Of files found by walking folders, those git ignores (.gitignore at every level,
 * .git/info/exclude, the user's global excludes), as `git check-ignore` answers: git is the judge
 * of its own rules. A tracked file is never ignored. Outside a work tree, or without git, none:
 * .gitignore means nothing where git does not run.
 */
export function gitIgnored(files: readonly string[], root: string): Set<string> {
  if (files.length === 0 || !existsSync(join(root, '.git'))) return new Set();
  const byRelative = new Map(files.map((file) => [relative(root, file), file]));
  const run = spawnSync('git', ['check-ignore', '-z', '--stdin'], {
    cwd: root,
    input: [...byRelative.keys()].join('\0'),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: 60_000,
    windowsHide: true,
  });
  // 0: some are ignored; 1: none; anything else (no git, not a work tree): nothing is known to be ignored.
  if (run.status !== 0) return new Set();
  return new Set(run.stdout.split('\0').filter(Boolean).map((path) => byRelative.get(path) ?? join(root, path)));
}
