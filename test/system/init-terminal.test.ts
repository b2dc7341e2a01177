import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { lintText } from '../../src/core/lint.js';
import { BIN, tempProject } from '../helpers/run-cli.js';

/** Drives `cs-policy init` in a real terminal: tmux types the keys and reads the screen back. */
class Terminal {
  private static count = 0;
  readonly name = `cs-policy-init-${process.pid}-${Terminal.count++}`;

  constructor(command: string, cwd: string) {
    execFileSync('tmux', ['new-session', '-d', '-s', this.name, '-x', '140', '-y', '45', '-c', cwd, `${command}; echo "EXIT=$?"; sleep 120`], { env: { ...process.env, LANG: 'C.UTF-8', TERM: process.env.TERM || 'xterm-256color' } });
  }

  screen(): string {
    return execFileSync('tmux', ['capture-pane', '-p', '-J', '-S', '-200', '-t', this.name], { encoding: 'utf8' });
  }

  /** The bottom of the visible pane, where the active prompt is: old renders in the history cannot match. */
  bottom(lines = 14): string {
    return execFileSync('tmux', ['capture-pane', '-p', '-J', '-t', this.name], { encoding: 'utf8' }).trimEnd().split('\n').slice(-lines).join('\n');
  }

  keys(...keys: string[]): void {
    execFileSync('tmux', ['send-keys', '-t', this.name, ...keys]);
  }

  type(text: string): void {
    execFileSync('tmux', ['send-keys', '-t', this.name, '-l', text]);
  }

  async waitFor(pattern: RegExp, timeoutMs = 15_000): Promise<string> {
    const end = Date.now() + timeoutMs;
    for (;;) {
      // The whole screen is read after the match, so it holds everything the match saw.
      if (pattern.test(this.bottom())) return this.screen();
      if (Date.now() > end) throw new Error(`timed out waiting for ${pattern}; the screen shows:\n${this.screen()}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /** Presses Enter at each new prompt, taking the suggestions, until the pattern shows. */
  async acceptUntil(pattern: RegExp, limit = 150): Promise<string> {
    for (let i = 0; i < limit; i++) {
      if (pattern.test(this.bottom())) return this.screen();
      const before = this.screen();
      this.keys('Enter');
      const end = Date.now() + 5_000;
      while (this.screen() === before && Date.now() < end) await new Promise((resolve) => setTimeout(resolve, 50));
      await this.settle();
    }
    throw new Error(`never reached ${pattern}:\n${this.screen()}`);
  }

  /** Waits until the screen stops changing, so the next key goes to the prompt now showing. */
  private async settle(): Promise<void> {
    let last = this.screen();
    for (let i = 0; i < 40; i++) {
      await new Promise((resolve) => setTimeout(resolve, 120));
      const now = this.screen();
      if (now === last) return;
      last = now;
    }
  }

  close(): void {
    try {
      execFileSync('tmux', ['kill-session', '-t', this.name], { stdio: 'ignore' });
    } catch {
      // Already gone.
    }
  }
}

const terminals: Terminal[] = [];
afterEach(() => terminals.splice(0).forEach((terminal) => terminal.close()));
const open = (command: string, cwd: string) => {
  const terminal = new Terminal(command, cwd);
  terminals.push(terminal);
  return terminal;
};
const today = new Date().toISOString().slice(0, 10);

describe('cs-policy init in a real terminal', () => {
  it('walks through every step in Arabic and writes a policy that validate accepts', async () => {
    const dir = tempProject();
    const terminal = open(`node ${BIN} init policy.yaml`, dir);
    await terminal.waitFor(/Language of the policy/);
    terminal.keys('Down', 'Enter');
    await terminal.waitFor(/اسم المؤسسة/);
    terminal.type('شركة النخبة للتجزئة');
    terminal.keys('Enter');
    const screen = await terminal.acceptUntil(/EXIT=\d/);
    expect(screen).toContain('الخطوة 9 من 9: المراجعة وآراء العملاء');
    expect(screen).toContain('تجتاز السياسة كل القواعد.');
    expect(screen).toContain('EXIT=0');
    const text = readFileSync(join(dir, 'policy.yaml'), 'utf8');
    expect(text).toContain('organisation: شركة النخبة للتجزئة');
    expect(lintText(text, 'policy.yaml', { lang: 'ar', today })).toEqual([]);
  });

  it("takes a lead's everyday Arabic answers, Arabic-Indic digits and words, and writes a valid policy", async () => {
    const dir = tempProject();
    const terminal = open(`node ${BIN} init policy.yaml`, dir);
    await terminal.waitFor(/Language of the policy/);
    terminal.keys('Down', 'Enter');
    await terminal.waitFor(/اسم المؤسسة/);
    terminal.type('شركة النخبة للتجزئة');
    terminal.keys('Enter');
    /** Takes the suggestions up to the question, then types the answer a lead would. */
    const answer = async (question: RegExp, text: string) => {
      await terminal.acceptUntil(question);
      terminal.type(text);
      terminal.keys('Enter');
    };
    await answer(/^\? القيمة المستهدفة/m, '٩٠');
    await answer(/^\? قيمتهم/m, '٨٥');
    // The figures say ahead (٩٠ against ٨٥): that is the suggestion, taken with Enter.
    const position = await terminal.acceptUntil(/^\? أين موقعكم؟/m);
    expect(position).toMatch(/❯ متقدمون عليهم/);
    await answer(/^\? هل تدفعون تعويضًا/m, 'لا');
    await answer(/^\? ".*": .* خلال \(مثل/m, 'ساعتان');
    await answer(/^\? نسبة الحالات التي يجب أن تحققه/m, '٩٥٪');
    await answer(/^\? ".*": .* خلال \(مثل/m, '٣ أيام');
    await answer(/^\? نسبة الحالات التي يجب أن تحققه/m, '٩٠ ٪');
    await answer(/^\? وإلا فبعد كم من فتح الحالة يتولاها المستوى 2/m, 'يومين');
    await answer(/^\? هل تجري تجربة قبل التعميم؟/m, 'نعم');
    await answer(/^\? كم تستمر؟/m, '٤ أسابيع');
    await answer(/^\? هل تخطط لتدريب/m, 'ن');
    for (let role = 0; role < 3; role++) await answer(/^\? كم مدته؟/m, 'ساعتان');
    const screen = await terminal.acceptUntil(/EXIT=\d/);
    expect(screen).toContain('تجتاز السياسة كل القواعد.');
    expect(screen).toContain('EXIT=0');
    const text = readFileSync(join(dir, 'policy.yaml'), 'utf8');
    expect(lintText(text, 'policy.yaml', { lang: 'ar', today })).toEqual([]);
    expect(text).toMatch(/\n {8}target: 90\n/);
    expect(text).toMatch(/value: 85\n(.*\n)*? {6}position: ahead\n/);
    expect(text).toMatch(/metric: first-response\n {4}target: 2h\n(.*\n)*? {4}attainment: 95%\n/);
    expect(text).toMatch(/metric: resolution\n {4}target: 3d\n(.*\n)*? {4}attainment: 90%\n/);
    expect(text).toMatch(/level: 2\n(.*\n)*? {6}after: 2d\n/);
    expect(text).toMatch(/\npilot:\n(  .*\n)*  duration: 4w\n/);
    expect(text.match(/ {6}duration: 2h\n/g)).toHaveLength(3);
  }, 180_000);

  it('keeps the draft on Ctrl+C and resumes where the user stopped', async () => {
    const dir = tempProject();
    const first = open(`node ${BIN} --lang en init policy.yaml`, dir);
    await first.waitFor(/Organisation name/);
    first.type('Harbour Water');
    first.keys('Enter');
    await first.acceptUntil(/Step 3 of 9/);
    first.keys('C-c');
    const stopped = await first.waitFor(/EXIT=\d/);
    expect(stopped).toContain('Stopped. Your answers so far are saved in policy.yaml.draft; run cs-policy init --resume policy.yaml to go on.');
    expect(stopped).toContain('EXIT=130');
    expect(existsSync(join(dir, 'policy.yaml.draft'))).toBe(true);
    expect(existsSync(join(dir, 'policy.yaml'))).toBe(false);

    const second = open(`node ${BIN} init --resume policy.yaml`, dir);
    await second.waitFor(/Resuming from step "Competitor comparison"/);
    // An answer given before the stop can still be changed alone, from the draft's record.
    await second.acceptUntil(/^\? What now\?/m);
    second.keys('Down', 'Enter');
    await second.waitFor(/^\? Change an answer of which step\?/m);
    second.keys('Enter'); // 1. Who the policy is for
    // The list is long: its first line, under the cursor, is what the bottom of the screen shows.
    const answers = await second.waitFor(/❯ Organisation name: Harbour Water/);
    expect(answers).toContain('? Step "Who the policy is for": which answer?');
    second.keys('Enter');
    await second.waitFor(/^\? Organisation name/m);
    second.type('Harbour Water Ltd');
    second.keys('Enter');
    const changed = await second.waitFor(/^\? What now\?/m);
    expect(changed.slice(changed.lastIndexOf('which answer?'))).not.toContain('Title of the policy');
    const done = await second.acceptUntil(/EXIT=\d/);
    expect(done).toContain('EXIT=0');
    const resumedText = readFileSync(join(dir, 'policy.yaml'), 'utf8');
    expect(resumedText).toContain('organisation: Harbour Water Ltd');
    // Resumed, Enter still takes the four-week pilot.
    expect(resumedText).toMatch(/\npilot:\n(  .*\n)*  duration: 4w\n/);
    expect(existsSync(join(dir, 'policy.yaml.draft'))).toBe(false);
  }, 180_000);

  it('says nothing was saved on Ctrl+C before the first step is done', async () => {
    const dir = tempProject();
    const terminal = open(`node ${BIN} --lang en init policy.yaml`, dir);
    await terminal.waitFor(/Organisation name/);
    terminal.type('Harbour Water');
    terminal.keys('Enter');
    await terminal.waitFor(/Title of the policy/);
    terminal.keys('C-c');
    const stopped = await terminal.waitFor(/EXIT=\d/);
    expect(stopped).toContain('Stopped before the first step was done, so nothing was saved; answers are saved at the end of each step.');
    expect(stopped).toContain('EXIT=130');
    expect(existsSync(join(dir, 'policy.yaml.draft'))).toBe(false);
  });

  it('shows findings at the end and goes back to the step that needs it before writing', async () => {
    const dir = tempProject();
    const terminal = open(`node ${BIN} --lang en init policy.yaml`, dir);
    await terminal.waitFor(/Organisation name/);
    terminal.type('Harbour Water');
    terminal.keys('Enter');
    // Leave the agent, who owns the action and the first escalation level, out of the rollout.
    await terminal.acceptUntil(/^\? Which roles are briefed\?/m);
    terminal.keys('Space', 'Enter');
    const findings = await terminal.acceptUntil(/^\? What now\?/m);
    expect(findings).toContain('rollout-briefs-owners');
    expect(findings).toContain('Go back to step "Rollout"');
    expect(existsSync(join(dir, 'policy.yaml'))).toBe(false);
    terminal.keys('Enter');
    await terminal.acceptUntil(/^\? Which roles are briefed\?/m);
    terminal.keys('Space', 'Enter');
    const done = await terminal.acceptUntil(/EXIT=\d/);
    expect(done).toContain('The policy passes every rule.');
    expect(done).toContain('EXIT=0');
    expect(lintText(readFileSync(join(dir, 'policy.yaml'), 'utf8'), 'policy.yaml', { lang: 'en', today })).toEqual([]);
  });

  it('changes one answer at the review without answering its step again, and an id with what refers to it', async () => {
    const dir = tempProject();
    const terminal = open(`node ${BIN} --lang en init policy.yaml`, dir);
    await terminal.waitFor(/Organisation name/);
    terminal.type('Harbour Water');
    terminal.keys('Enter');
    // A standard's question says which action it belongs to, before asking what it measures.
    await terminal.acceptUntil(/^\? Standard 1 for the action "Answer customers on every channel": what does it measure\?/m);
    // What sends a case up a level comes first, then the time by which it goes up anyway.
    const ladder = await terminal.acceptUntil(/^\? Otherwise, level 2 takes over how long after the case opened\?/m);
    expect(ladder.lastIndexOf('What sends a case to level 2')).toBeGreaterThan(ladder.lastIndexOf('level 1 takes over'));
    // Enter at "Run a pilot before rollout?" takes the four-week pilot, as the README says.
    await terminal.acceptUntil(/^\? How long does it run\? \(e\.g\. 4 weeks\) \(4w\)/m);
    const review = await terminal.acceptUntil(/^\? What now\?/m);
    // Ids are made from the names, not asked for.
    expect(review).not.toContain('Id of the goal');
    terminal.keys('Down', 'Enter'); // Change one answer
    await terminal.waitFor(/^\? Change an answer of which step\?/m);
    terminal.keys('Down', 'Enter'); // 2. Goals
    const answers = await terminal.waitFor(/^\? Step "Goals": which answer\?/m);
    expect(answers).toContain('Target value: 85');
    expect(answers).toContain('Id of the goal (other sections refer to it): keep-our-customers');
    terminal.keys('Down', 'Down', 'Down', 'Down', 'Enter'); // Target value
    await terminal.waitFor(/^\? Target value/m);
    terminal.keys('BSpace', 'BSpace');
    terminal.type('٩٠');
    terminal.keys('Enter');
    const changed = await terminal.waitFor(/^\? What now\?/m);
    const afterChange = changed.slice(changed.lastIndexOf('which answer?'));
    expect(afterChange).toContain('✔ Target value ٩٠');
    // Only the chosen question was asked: the rest of the step was given back as answered.
    expect(afterChange).not.toContain('what do you want to achieve');
    expect(afterChange).not.toContain('KPI that measures it');

    terminal.keys('Down', 'Enter');
    await terminal.waitFor(/^\? Change an answer of which step\?/m);
    terminal.keys('Down', 'Enter');
    await terminal.waitFor(/^\? Step "Goals": which answer\?/m);
    terminal.keys('Down', 'Down', 'Enter'); // Id of the goal
    await terminal.waitFor(/^\? Id of the goal/m);
    for (let i = 0; i < 30; i++) terminal.keys('BSpace');
    terminal.type('loyal-customers');
    terminal.keys('Enter');
    await terminal.waitFor(/^\? What now\?/m);
    terminal.keys('Enter');
    const done = await terminal.waitFor(/EXIT=\d/);
    expect(done).toContain('EXIT=0');
    const text = readFileSync(join(dir, 'policy.yaml'), 'utf8');
    expect(text).toMatch(/target: 90\n/);
    expect(text).toMatch(/\npilot:\n(  .*\n)*  duration: 4w\n/);
    expect(text).not.toContain('keep-our-customers');
    expect(text.match(/goal: loyal-customers/g)?.length).toBeGreaterThanOrEqual(2);
    expect(lintText(text, 'policy.yaml', { lang: 'en', today })).toEqual([]);
  }, 180_000);

  it('asks before overwriting an existing file, and leaves it alone on no', async () => {
    const dir = tempProject({ 'policy.yaml': '# mine\n' });
    const terminal = open(`node ${BIN} --lang en init policy.yaml`, dir);
    await terminal.waitFor(/"policy.yaml" exists. Overwrite it\?/);
    terminal.keys('Enter');
    const screen = await terminal.waitFor(/EXIT=\d/);
    expect(screen).toContain('EXIT=2');
    expect(readFileSync(join(dir, 'policy.yaml'), 'utf8')).toBe('# mine\n');
  });
});
