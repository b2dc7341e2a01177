import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, tempProject } from './helpers/run-cli.js';

const COUNCIL = readFileSync(join(ROOT, 'policies/council-customer-service.en.yaml'), 'utf8');

/** A repository with the council policy committed, then edited in the working tree. */
/** The working file of repository() with the standard's text saying the new target too, as validate asks before a briefing. */
function repositoryWithText(): string {
  const dir = repository();
  writeFileSync(join(dir, 'policies/council.yaml'), COUNCIL.replace('    target: 5d\n', '    target: 3d\n').replace('Reply in full within 5 working days.', 'Reply in full within 3 working days.'));
  return dir;
}

function repository(): string {
  const dir = tempProject({ 'policies/council.yaml': COUNCIL });
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', '-c', 'init.defaultBranch=main', ...args], { cwd: dir, stdio: 'pipe' });
  git('init', '-q');
  git('add', '.');
  git('commit', '-q', '-m', 'policy');
  writeFileSync(join(dir, 'policies/council.yaml'), COUNCIL.replace('    target: 5d\n', '    target: 3d\n'));
  return dir;
}

describe('cs-policy diff', () => {
  it('compares a version in git with the working file, by REV:path from the top level', () => {
    const dir = repository();
    const run = runCli(['diff', 'HEAD:policies/council.yaml', 'policies/council.yaml'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(`HEAD:policies/council.yaml → policies/council.yaml
  changed  standards.email-answered.target: 5d → 3d (tightened; roles: contact-centre)

1 change (1 changed)
`);
  });

  it('reads REV:./path from the current folder, as git does, and names git\'s reason when it cannot', () => {
    const dir = repository();
    const sub = join(dir, 'policies');
    expect(runCli(['diff', 'HEAD:./council.yaml', 'council.yaml', '-f', 'json'], { cwd: sub }).stdout).toContain('"path": "standards.email-answered.target"');
    const relative = runCli(['diff', 'HEAD:council.yaml', 'council.yaml'], { cwd: sub });
    expect(relative.status).toBe(2);
    expect(relative.stderr).toBe('cannot read "HEAD:council.yaml" from git: path \'policies/council.yaml\' exists, but not \'council.yaml\'\n');
    const revision = runCli(['diff', 'HEAD~3:policies/council.yaml', 'policies/council.yaml'], { cwd: dir });
    expect(revision.status).toBe(2);
    expect(revision.stderr).toContain('cannot read "HEAD~3:policies/council.yaml" from git: ');
    expect(runCli(['diff', 'HEAD:policies', 'policies/council.yaml'], { cwd: dir }).stderr).toBe('cannot read "HEAD:policies" from git: it is a folder, not a file\n');
  });

  it('never hands git an option, nor a shell anything', () => {
    const dir = repository();
    const option = runCli(['diff', '--', '--output=/tmp/x:y', 'policies/council.yaml'], { cwd: dir });
    expect(option.status).toBe(2);
    expect(option.stderr).toContain('is neither a file nor REV:path');
    const shell = runCli(['diff', 'HEAD;touch pwned:policies/council.yaml', 'policies/council.yaml'], { cwd: dir });
    expect(shell.status).toBe(2);
    expect(() => readFileSync(join(dir, 'pwned'))).toThrow();
  });

  it('outside a repository, says what git says', () => {
    const dir = tempProject({ 'p.yaml': COUNCIL });
    const run = runCli(['diff', 'HEAD:p.yaml', 'p.yaml'], { cwd: dir, env: { GIT_CEILING_DIRECTORIES: dir } });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^cannot read "HEAD:p.yaml" from git: not a git repository/);
  });

  it('finds no change between a policy and itself, in every format', () => {
    for (const format of ['stylish', 'json', 'md', 'github']) {
      const run = runCli(['diff', 'policies/bank-complaints.bilingual.yaml', 'policies/bank-complaints.bilingual.yaml', '-f', format]);
      expect(run.status).toBe(0);
      if (format === 'json') expect(JSON.parse(run.stdout).changes).toEqual([]);
      else expect(run.stdout).toContain('No changes.');
    }
  });

  it('refuses a version the schema rejects with its located findings, exit 2', () => {
    const dir = tempProject({ 'old.yaml': COUNCIL.replace('status: active', 'status: live'), 'new.yaml': COUNCIL });
    const run = runCli(['diff', 'old.yaml', 'new.yaml'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('old.yaml\n');
    expect(run.stderr).toMatch(/14:9 +error +must be one of: "draft", "pilot", "active", or "retired" +schema/);
    expect(run.stderr).toContain('"old.yaml" does not match the policy schema, so it cannot be compared');
  });

  it('names a missing file with exit 2', () => {
    const run = runCli(['diff', 'nope.yaml', 'policies/telecom-complaints.ar.yaml']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('cannot read "nope.yaml": no such file or directory\n');
  });

  it('Markdown for a pull request passes markdownlint, as a fragment with table rows of any length', () => {
    const dir = repository();
    // Pasted under a pull request's own title, so it starts at level 2; a table row cannot wrap.
    writeFileSync(join(dir, '.markdownlint.json'), JSON.stringify({ MD013: false, MD041: false }));
    const run = runCli(['diff', 'HEAD:policies/council.yaml', 'policies/council.yaml', '-f', 'md', '--lang', 'ar'], { cwd: dir });
    expect(run.status).toBe(0);
    writeFileSync(join(dir, 'diff.md'), run.stdout);
    const bin = join(ROOT, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs');
    const lint = execFileSync(process.execPath, [bin, 'diff.md'], { cwd: dir, encoding: 'utf8', stdio: 'pipe' });
    expect(lint).toBeDefined();
    expect(run.stdout).toContain('| تغيّر | `standards.email-answered.target` | 5d | 3d | شُدِّد | `contact-centre` |');
  });

  it('brief --since adds what changed for each role, in Markdown that passes markdownlint', () => {
    const dir = repositoryWithText();
    const run = runCli(['brief', 'policies/council.yaml', '--since', 'HEAD:policies/council.yaml', '-f', 'md', '-a', 'contact-centre', 'reception'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const adviser = readFileSync(join(dir, 'briefings/council-customer-service.contact-centre.en.md'), 'utf8');
    expect(adviser).toContain('## What changed for you since version 2.1.0\n\n- Changed: Resolve within 3 working days on e-mail, 90% of the time.\n');
    const reception = readFileSync(join(dir, 'briefings/council-customer-service.reception.en.md'), 'utf8');
    expect(reception).toContain('## What changed for you since version 2.1.0\n\n- Nothing that concerns your role has changed.\n');
    const bin = join(ROOT, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs');
    expect(() => execFileSync(process.execPath, [bin, 'briefings/*.md'], { cwd: dir, stdio: 'pipe' })).not.toThrow();
    const html = runCli(['brief', 'policies/council.yaml', '--since', 'HEAD:policies/council.yaml', '-a', 'contact-centre'], { cwd: dir });
    expect(html.status).toBe(0);
    expect(readFileSync(join(dir, 'briefings/council-customer-service.contact-centre.en.html'), 'utf8')).toContain('<section class="what-changed">\n  <h2>What changed for you since version 2.1.0</h2>');
  });

  it('brief without --since has no such section, and a bad --since is named', () => {
    const dir = repositoryWithText();
    expect(runCli(['brief', 'policies/council.yaml', '-f', 'md', '-a', 'reception'], { cwd: dir }).status).toBe(0);
    expect(readFileSync(join(dir, 'briefings/council-customer-service.reception.en.md'), 'utf8')).not.toContain('What changed for you');
    const bad = runCli(['brief', 'policies/council.yaml', '--since', 'HEAD~5:policies/council.yaml'], { cwd: dir });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('cannot read "HEAD~5:policies/council.yaml" from git');
  });
});
