import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hostilePolicyText } from './helpers/hostile.js';
import { policyText } from './helpers/policy-text.js';
import { fakeChromium } from './helpers/fake-chromium.js';
import { BIN, ROOT, runCli, tempProject } from './helpers/run-cli.js';

const EXAMPLES = readdirSync(join(ROOT, 'policies')).filter((name) => name.endsWith('.yaml'));

function markdownlint(files: string[], cwd: string) {
  const bin = join(ROOT, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs');
  return spawnSync(process.execPath, [bin, ...files], { cwd, encoding: 'utf8' });
}

describe('cs-policy brief', () => {
  it.each(EXAMPLES)('briefs %s for every audience and language, in Markdown that passes markdownlint', (example) => {
    const dir = tempProject();
    const run = runCli(['brief', join(ROOT, 'policies', example), '--format', 'md'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const written = readdirSync(join(dir, 'briefings')).sort();
    expect(written.length).toBeGreaterThan(0);
    expect(run.stdout.trim().split('\n').map((line) => line.replace('wrote briefings/', '')).sort()).toEqual(written);
    const lint = markdownlint(written.map((name) => `briefings/${name}`), dir);
    expect(lint.stdout + lint.stderr).toContain('Summary: 0 error(s)');
    expect(lint.status).toBe(0);
  });

  it.each(EXAMPLES)('briefs %s in HTML, one self-contained page per audience and language', (example) => {
    const dir = tempProject();
    const run = runCli(['brief', join(ROOT, 'policies', example)], { cwd: dir });
    expect(run.status).toBe(0);
    for (const name of readdirSync(join(dir, 'briefings'))) {
      const page = readFileSync(join(dir, 'briefings', name), 'utf8');
      const lang = name.split('.').at(-2);
      expect(page).toContain(`<html lang="${lang}" dir="${lang === 'ar' ? 'rtl' : 'ltr'}">`);
      expect(page).toContain('<table class="escalation">');
    }
  });

  it('names files <policy-id>.<role>.<lang>.<ext>, one per audience and policy language', () => {
    const dir = tempProject();
    expect(runCli(['brief', join(ROOT, 'policies/bank-complaints.bilingual.yaml')], { cwd: dir }).status).toBe(0);
    expect(readdirSync(join(dir, 'briefings')).sort()).toEqual(
      ['complaints-handler', 'complaints-manager', 'cx-head', 'relationship-team'].flatMap((role) => [`bank-complaints.${role}.ar.html`, `bank-complaints.${role}.en.html`]),
    );
  });

  it('briefs only the roles and the language asked for, into --out', () => {
    const dir = tempProject();
    const run = runCli(['brief', join(ROOT, 'policies/bank-complaints.bilingual.yaml'), '--audience', 'cx-head', '--lang', 'ar', '--out', 'out/staff', '-f', 'md'], { cwd: dir });
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('كُتب \u2068out/staff/bank-complaints.cx-head.ar.md\u2069\n');
    const text = readFileSync(join(dir, 'out/staff/bank-complaints.cx-head.ar.md'), 'utf8');
    expect(text.split('\n')[0]).toBe('# إحاطة موجهة إلى رئيس تجربة العملاء');
  });

  it('writes the English briefing of a role with its actions, standards and escalation', () => {
    const dir = tempProject();
    runCli(['brief', join(ROOT, 'policies/council-customer-service.en.yaml'), '-a', 'team-leader', '-f', 'md'], { cwd: dir });
    const text = readFileSync(join(dir, 'briefings/council-customer-service.team-leader.en.md'), 'utf8');
    expect(text).toContain('# Briefing for Contact centre team leader');
    expect(text).toContain('2. Contact centre team leader (you), after 10 days: The resident is not\n   satisfied');
    expect(text).toContain('## What you do\n\nNo action of this policy is yours to carry out;');
    expect(text).toContain('If the case is still open 30 days after it was opened, escalate it to Head of\nCustomer Services.');
  });

  it('refuses an unknown audience with exit 2, suggesting the right one', () => {
    const run = runCli(['brief', 'policies/council-customer-service.en.yaml', '--audience', 'recepton']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('no role has the id "recepton" (did you mean "reception"?)');
  });

  it('does not brief a policy with errors unless --force, and never one the schema rejects', () => {
    const broken = policyText({ rollout: 'rollout:\n  start: 2026-02-02\n  audiences: [agent]\n' });
    const dir = tempProject({ 'p.yaml': broken, 'q.yaml': policyText().replace('status: active', 'status: live') });
    const refused = runCli(['brief', 'p.yaml'], { cwd: dir });
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('rollout-briefs-owners');
    expect(refused.stderr).toContain('"p.yaml" has errors, so it is not briefed; fix them, or use --force to brief anyway');
    expect(existsSync(join(dir, 'briefings'))).toBe(false);
    const forced = runCli(['brief', 'p.yaml', '--force'], { cwd: dir });
    expect(forced.status).toBe(0);
    expect(readdirSync(join(dir, 'briefings'))).toEqual(['mini.agent.en.html']);
    const shapeless = runCli(['brief', 'q.yaml', '--force'], { cwd: dir });
    expect(shapeless.status).toBe(2);
    expect(shapeless.stderr).toContain('"q.yaml" does not match the policy schema, so it cannot be briefed even with --force');
  });

  it('takes a template from --templates over the built-in one', () => {
    const dir = tempProject({ 'tpl/briefing.md.eta': '# <%= it.heading %>\n\n<%= it.policy.title %>\n', 'p.yaml': hostilePolicyText });
    const run = runCli(['brief', 'p.yaml', '-f', 'md', '-t', 'tpl', '-a', 'agent'], { cwd: dir });
    expect(run.status).toBe(0);
    expect(readFileSync(join(dir, 'briefings/mini.agent.en.md'), 'utf8')).toBe('# Briefing for Agent\n\nMini policy\n');
    // The HTML template is not overridden there, so the built-in one is used.
    expect(runCli(['brief', 'p.yaml', '-t', 'tpl', '-a', 'agent'], { cwd: dir }).status).toBe(0);
    expect(readFileSync(join(dir, 'briefings/mini.agent.en.html'), 'utf8')).toContain('<!DOCTYPE html>');
  });

  it('reports a broken template with exit 2 and its name', () => {
    const dir = tempProject({ 'tpl/briefing.md.eta': '<%= it.nothing.here %>\n', 'p.yaml': policyText() });
    const run = runCli(['brief', 'p.yaml', '-f', 'md', '-t', 'tpl'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^the template "tpl\/briefing\.md\.eta" could not be rendered: /);
  });

  it('exits 2 for PDF when no Chromium can be found, saying how to get one', () => {
    const dir = tempProject({ 'p.yaml': policyText() });
    const run = runCli(['brief', 'p.yaml', '-f', 'pdf'], { cwd: dir, env: { PATH: '/nonexistent', CS_POLICY_CHROMIUM: '/nonexistent/chromium' } });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('apt-get install chromium');
    expect(existsSync(join(dir, 'briefings'))).toBe(false);
  });

  it('prints every role and language with one Chromium, and writes the files in order', () => {
    const dir = tempProject();
    const chromium = fakeChromium(dir);
    const run = runCli(['brief', join(ROOT, 'policies/bank-complaints.bilingual.yaml'), '-f', 'pdf'], { cwd: dir, env: { CS_POLICY_CHROMIUM: chromium } });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const written = run.stdout.trim().split('\n');
    expect(written).toHaveLength(8);
    // In the order of the audiences and languages, as the Markdown and HTML runs write them.
    const md = runCli(['brief', join(ROOT, 'policies/bank-complaints.bilingual.yaml'), '-f', 'md'], { cwd: dir });
    expect(written).toEqual(md.stdout.trim().split('\n').map((line) => line.replace(/\.md$/, '.pdf')));
    for (const line of written) expect(readFileSync(join(dir, line.replace('wrote ', '')), 'utf8')).toBe('%PDF-1.4\n');
    expect(readFileSync(`${chromium}.starts`, 'utf8').trim().split('\n')).toHaveLength(1);
  });

  it('exits 2 naming the file when Chromium fails, with its last word and no stack trace', () => {
    const dir = tempProject({ 'p.yaml': policyText(), 'chromium': '#!/bin/sh\necho "something went wrong" >&2\necho "cannot open display" >&2\nexit 1\n' });
    chmodSync(join(dir, 'chromium'), 0o755);
    const run = runCli(['brief', 'p.yaml', '-f', 'pdf', '-a', 'agent'], { cwd: dir, env: { CS_POLICY_CHROMIUM: join(dir, 'chromium') } });
    expect(run.stderr).toBe('Chromium could not print "briefings/mini.agent.en.pdf": cannot open display\n');
    expect(run.status).toBe(2);
    expect(existsSync(join(dir, 'briefings/mini.agent.en.pdf'))).toBe(false);
  });

  it('exits 2 when the browser does not answer in the DevTools protocol, and leaves it not running', () => {
    const dir = tempProject({ 'p.yaml': policyText(), 'chromium': '#!/bin/sh\nprintf "not json\\000" >&4\nexec sleep 30\n' });
    chmodSync(join(dir, 'chromium'), 0o755);
    const started = Date.now();
    const run = runCli(['brief', 'p.yaml', '-f', 'pdf', '-a', 'agent'], { cwd: dir, env: { CS_POLICY_CHROMIUM: join(dir, 'chromium') } });
    expect(run.stderr).toBe('Chromium could not print "briefings/mini.agent.en.pdf": Chromium answered in a form cs-policy does not read\n');
    expect(run.status).toBe(2);
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  it.each([['SIGTERM', 143], ['SIGINT', 130]] as const)('stopped by %s while printing: exits %i and Chromium does not outlive it', async (signal, code) => {
    // A Chromium that never answers: it notes its process id and waits.
    const dir = tempProject({ 'p.yaml': policyText(), 'chromium': '#!/bin/sh\necho $$ > "$0.pid"\nexec sleep 60\n' });
    chmodSync(join(dir, 'chromium'), 0o755);
    // A temp folder of its own: in /tmp, another test's run could take this run's process id as soon
    // as it ends (ids wrap over CI's three runs of the suite) and make a folder under the same name.
    const temp = join(dir, 'tmp');
    mkdirSync(temp);
    const child = spawn(process.execPath, [BIN, 'brief', 'p.yaml', '-f', 'pdf'], { cwd: dir, env: { PATH: process.env.PATH ?? '', LANG: 'C', TMPDIR: temp, CS_POLICY_CHROMIUM: join(dir, 'chromium') }, stdio: 'ignore' });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (status) => resolve(status)));
    const pidFile = join(dir, 'chromium.pid');
    for (let i = 0; i < 200 && !existsSync(pidFile); i++) await new Promise((resolve) => setTimeout(resolve, 50));
    const chromium = Number(readFileSync(pidFile, 'utf8'));
    // Chromium runs, so its profile folder is there, in the temp folder given.
    expect(readdirSync(temp)).toHaveLength(1);
    child.kill(signal);
    expect(await exited).toBe(code);
    // Gone, or a zombie waiting to be reaped: either way no longer running.
    let state = 'gone';
    for (let i = 0; i < 40; i++) {
      state = existsSync(`/proc/${chromium}/stat`) ? readFileSync(`/proc/${chromium}/stat`, 'utf8').split(') ')[1]![0]! : 'gone';
      if (state === 'gone' || state === 'Z') break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(['gone', 'Z']).toContain(state);
    expect(readdirSync(temp)).toEqual([]);
  });

  it.each([
    ['en', 'telecom-complaints.ar.yaml', 'the policy is not written in "en", so its briefings cannot be: its languages are ar; brief in one of them, or add "en" to languages and translate the texts\n'],
    ['ar', 'council-customer-service.en.yaml', 'السياسة غير مكتوبة باللغة "\u2068ar\u2069"، فلا تُكتب إحاطاتها بها: لغاتها \u2068en\u2069؛ اطلب الإحاطة بإحداها، أو أضف "\u2068ar\u2069" إلى languages وترجم النصوص\n'],
  ])('refuses --lang %s for a policy not written in it (%s): exit 2, nothing written', (lang, policy, message) => {
    const dir = tempProject();
    const run = runCli(['brief', join(ROOT, 'policies', policy), '--lang', lang], { cwd: dir });
    expect(run.stderr).toBe(message);
    expect(run.status).toBe(2);
    expect(existsSync(join(dir, 'briefings'))).toBe(false);
  });

  it('exits 2 when the output folder cannot be created', () => {
    const dir = tempProject({ 'p.yaml': policyText(), 'taken': 'a file, not a folder' });
    const run = runCli(['brief', 'p.yaml', '--out', 'taken/briefings'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^cannot write "taken\/briefings": (ENOTDIR|EEXIST)/);
  });

  it('says a policy that does not exist was not found, and writes nothing', () => {
    const dir = tempProject();
    const run = runCli(['brief', 'nope.yaml'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('cannot read "nope.yaml": no such file or directory\n');
    expect(existsSync(join(dir, 'briefings'))).toBe(false);
  });

  it('refuses a template that is a named pipe at once, rather than waiting for a writer', () => {
    const dir = tempProject({ 'p.yaml': policyText(), 'mine/.keep': '' });
    spawnSync('mkfifo', [join(dir, 'mine', 'briefing.md.eta')]);
    const run = runCli(['brief', 'p.yaml', '-t', 'mine', '-f', 'md'], { cwd: dir });
    expect([run.status, run.stderr]).toEqual([2, 'the template "mine/briefing.md.eta" is not a file but a pipe or a device: save it to a file\n']);
    expect(existsSync(join(dir, 'briefings'))).toBe(false);
  });

  it('says a template that is a loop of links cannot be read, rather than failing inside', () => {
    const dir = tempProject({ 'p.yaml': policyText(), 'mine/.keep': '' });
    symlinkSync('briefing.md.eta', join(dir, 'mine', 'briefing.md.eta'));
    const run = runCli(['brief', 'p.yaml', '-t', 'mine', '-f', 'md'], { cwd: dir });
    expect([run.status, run.stderr]).toEqual([2, `cannot read "${join(dir, 'mine', 'briefing.md.eta')}": ELOOP\n`]);
  });

  it.each([['a folder that does not exist', 'no-such-folder'], ['a file', 'p.yaml']])('refuses --templates naming %s instead of briefing with the built-in templates', (_name, dirName) => {
    const dir = tempProject({ 'p.yaml': policyText() });
    const run = runCli(['brief', 'p.yaml', '-t', dirName], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`--templates "${dirName}" is not a folder: name the folder that holds briefing.md.eta or briefing.html.eta\n`);
    expect(existsSync(join(dir, 'briefings'))).toBe(false);
  });
});
