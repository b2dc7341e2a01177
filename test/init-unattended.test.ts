import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, runCli, tempProject } from './helpers/run-cli.js';

const STEPS = ['identity', 'goals', 'comparison', 'mission', 'actions', 'standards', 'pilot', 'rollout', 'review'];
const POLICIES = ['council-customer-service.en.yaml', 'telecom-complaints.ar.yaml'];

describe('init without anyone to answer', () => {
  // --yes takes the suggestions, and on an existing policy the suggestions are what it says: the
  // file must come back byte for byte (the review step once moved last/next to today).
  describe.each(POLICIES)('%s', (name) => {
    const original = readFileSync(join(ROOT, 'policies', name), 'utf8');
    it.each(STEPS.flatMap((step) => [[step, '2026-03-15'], [step, '2026-04-01']]))('--step %s --yes on %s leaves the file byte for byte', (step, today) => {
      const dir = tempProject({ 'p.yaml': original });
      const run = runCli(['init', 'p.yaml', '--step', step, '--yes', '--today', today], { cwd: dir });
      expect(run.status).toBe(0);
      expect(readFileSync(join(dir, 'p.yaml'), 'utf8')).toBe(original);
      expect(existsSync(join(dir, 'p.yaml.draft'))).toBe(false);
    });
  });

  it.each([
    ['en', 'init needs a terminal to ask its questions. Without one, give the answers in a file with --answers FILE, and add --yes to take the suggested answer to every question the file leaves out. A new policy needs at least the organisation\'s name, which nothing can suggest ("organisation: ..." in the file); re-running a --step on an existing policy can take every answer from --yes alone.'],
    ['ar', 'يحتاج init إلى طرفية ليطرح أسئلته. ومن دونها قدّم الإجابات في ملف عبر ‎--answers FILE‎، وأضف ‎--yes‎ لقبول الإجابة المقترحة عن كل سؤال لا يجيب عنه الملف. تحتاج السياسة الجديدة على الأقل إلى اسم الجهة، ولا شيء يقترحه ("organisation: ..." في الملف)؛ أما إعادة خطوة عبر ‎--step‎ على سياسة موجودة فتكفيها ‎--yes‎ وحدها.'],
  ])('without a terminal says exactly what it needs (%s), exit 2', (lang, message) => {
    const dir = tempProject();
    const run = runCli(['--lang', lang, 'init', 'p.yaml'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`${message}\n`);
  });

  it('what that message says is enough is enough: the organisation in a file, --yes for the rest', () => {
    const dir = tempProject({ 'a.yaml': 'lang: en\norganisation: Riverside Council\n' });
    const run = runCli(['init', 'p.yaml', '--answers', 'a.yaml', '--yes'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it.runIf(existsSync('/usr/bin/script'))('Ctrl+C at the first question exits 130, as shells expect', () => {
    const dir = tempProject();
    // script(1) gives the wizard a terminal; ^C arrives as the terminal's interrupt.
    const run = spawnSync('sh', ['-c', `(sleep 2; printf '\\003') | script -qfec "${process.execPath} ${BIN} init p.yaml" /dev/null`], { cwd: dir, encoding: 'utf8', timeout: 20_000, env: { PATH: process.env.PATH ?? '', LANG: 'C', TERM: 'xterm' } });
    expect(run.status).toBe(130);
    expect(run.stdout).toContain('Stopped before the first step was done, so nothing was saved');
    expect(existsSync(join(dir, 'p.yaml'))).toBe(false);
  });
});
