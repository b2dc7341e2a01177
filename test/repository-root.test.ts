import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repositoryRoot } from '../src/io/repository-root.js';
import { tempProject } from './helpers/run-cli.js';

describe('repositoryRoot', () => {
  it.each([
    ['a .git folder above', (dir: string) => mkdirSync(join(dir, '.git')), 'a/b', '.'],
    ['a .git file (a linked work tree) above', (dir: string) => writeFileSync(join(dir, '.git'), 'gitdir: /elsewhere/.git/worktrees/x\n'), 'a/b', '.'],
    ['the nearest of two work trees', (dir: string) => { mkdirSync(join(dir, '.git')); mkdirSync(join(dir, 'a', '.git'), { recursive: true }); }, 'a/b', 'a'],
    ['the working folder itself', (dir: string) => mkdirSync(join(dir, '.git')), '.', '.'],
  ])('finds %s', (_name, setUp, from, expected) => {
    const dir = tempProject({ 'a/b/p.yaml': '' });
    setUp(dir);
    expect(repositoryRoot(join(dir, from))).toBe(join(dir, expected));
  });

  it('falls back to the working folder outside any repository', () => {
    // The temporary folder is outside this repository; nothing above it is a work tree on a clean machine.
    const dir = tempProject({ 'a/p.yaml': '' });
    const found = repositoryRoot(join(dir, 'a'));
    expect(found).toBe(join(dir, 'a'));
  });
});
