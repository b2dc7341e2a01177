import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { lintText } from '../src/core/lint.js';
import { ROOT, runCli, tempProject } from './helpers/run-cli.js';

const ANSWERS = {
  en: readFileSync(join(ROOT, 'test/fixtures/answers/water-utility.en.yaml'), 'utf8'),
  ar: readFileSync(join(ROOT, 'test/fixtures/answers/telecom.ar.yaml'), 'utf8'),
};
const today = new Date().toISOString().slice(0, 10);
const lintFile = (path: string) => lintText(readFileSync(path, 'utf8'), path, { lang: 'en', today });

describe('cs-policy init from an answers file', () => {
  it.each(['en', 'ar'] as const)('writes a %s policy that validate accepts, commented, with the schema modeline first', (lang) => {
    const dir = tempProject({ 'answers.yaml': ANSWERS[lang] });
    const run = runCli(['init', 'policies/service.yaml', '--answers', 'answers.yaml'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const file = join(dir, 'policies/service.yaml');
    const text = readFileSync(file, 'utf8');
    expect(text.split('\n')[0]).toMatch(/^# yaml-language-server: \$schema=.*schema\/policy\.schema\.json$/);
    expect(lintFile(file)).toEqual([]);
    expect(runCli(['validate', 'policies'], { cwd: dir }).status).toBe(0);
    const comment = lang === 'en' ? '# Step 1. Goals, each with measurable KPIs.' : '# الخطوة 1. الأهداف، ولكل منها مؤشرات أداء قابلة للقياس.';
    expect(text).toContain(`${comment}\ngoals:`);
    expect(existsSync(`${file}.draft`)).toBe(false);
  });

  it('builds the policy from the answers: references, ladder and derived fields', () => {
    const dir = tempProject({ 'answers.yaml': ANSWERS.en });
    runCli(['init', 'p.yaml', '--answers', 'answers.yaml'], { cwd: dir });
    const policy = parse(readFileSync(join(dir, 'p.yaml'), 'utf8'));
    expect(policy.roles.map((role: { id: string }) => role.id)).toEqual(['agent', 'team-leader', 'manager', 'billing']);
    expect(policy.channels).toEqual([{ id: 'phone', kind: 'phone', calendar: 'office' }, { id: 'email', kind: 'email' }]);
    expect(policy.standards[2]).toEqual({
      id: 'billing-queries-resolution', action: 'billing-queries', metric: 'resolution', target: '7d', clock: 'business', calendar: 'office', priority: 'normal', attainment: '95%',
      compensation: { amount: 40, currency: 'GBP', payment: 'automatic', within: '10d', late_payment: { amount: 10 } },
    });
    expect(policy.standards[1]).toMatchObject({ metric: 'first-response', target: '24h', clock: 'working-days', calendar: 'office', segment: 'vulnerable' });
    expect(policy.standards[1].compensation).toBeUndefined();
    expect(policy.priorities).toEqual([{ id: 'urgent', name: 'Urgent' }, { id: 'normal', name: 'Normal' }]);
    expect(policy.segments).toEqual([{ id: 'vulnerable', basis: 'need', name: 'Customers who need extra help' }]);
    const [calendar] = policy.calendars;
    expect(calendar.week).toEqual({ mon: '08:30-17:30', tue: '08:30-17:30', wed: '08:30-17:30', thu: '08:30-17:30', fri: ['08:30-12:30', '13:30-17:00'] });
    expect(calendar.country).toBe('GB-ENG');
    // Holidays from today through the first one on or after the next review, none estimated in England.
    const ends = calendar.holidays.map((holiday: { date: string; until?: string }) => holiday.until ?? holiday.date);
    expect(ends[0] >= today).toBe(true);
    expect(ends.at(-1) >= policy.review.next).toBe(true);
    expect(ends.slice(0, -1).every((end: string) => end < policy.review.next || end < ends.at(-1))).toBe(true);
    expect(calendar.holidays.some((holiday: { estimated?: boolean }) => holiday.estimated)).toBe(false);
    expect(policy.rollout.training).toEqual([
      { role: 'agent', format: 'workshop', duration: '1d', topics: ['Guaranteed standards', 'Priority Services Register'], refresher: '1y' },
      { role: 'team-leader', format: 'briefing', duration: '2h' },
      { role: 'manager', format: 'briefing', duration: '2h', refresher: '1y' },
      { role: 'billing', format: 'e-learning', duration: '3h', topics: ['Payments when a standard is missed'], refresher: '1y' },
    ]);
    expect(policy.feedback).toEqual([
      { topic: 'response-speed', method: 'sms', frequency: 'after-contact', owner: 'team-leader', follow_up: 'Published monthly: you said, we did.' },
      { topic: 'complaints', method: 'survey', frequency: 'monthly', owner: 'billing' },
    ]);
    expect(policy.escalation.levels.at(-1)).toEqual({ level: 4, external: { name: 'Consumer Council for Water' }, after: '8w', final: true });
    expect(policy.review).toEqual({ cadence: '1y', next: '2028-02-15' });
    expect(policy.effective_date).toBe('2027-02-15');
    expect(policy.pilot.success_criteria).toEqual([{ kpi: 'calls-60s', target: 85 }, { kpi: 'billing-fcr', target: 75 }]);
  });

  it("offers the holidays of a year the build's table does not hold, from date-holidays itself", () => {
    const dir = tempProject({ 'answers.yaml': ANSWERS.en });
    expect(runCli(['init', 'p.yaml', '--answers', 'answers.yaml', '--today', '2040-01-10'], { cwd: dir }).status).toBe(0);
    const dates = parse(readFileSync(join(dir, 'p.yaml'), 'utf8')).calendars[0].holidays.map((holiday: { date: string }) => holiday.date);
    expect(dates.slice(0, 3)).toEqual(['2040-03-30', '2040-04-02', '2040-05-07']);
    expect(dates).toContain('2040-12-25');
  });

  it('marks Islamic holidays estimated and keeps a Ramadan timetable and split hours, in Arabic', () => {
    const dir = tempProject({ 'answers.yaml': ANSWERS.ar });
    expect(runCli(['init', 'p.yaml', '--answers', 'answers.yaml'], { cwd: dir }).status).toBe(0);
    const [calendar] = parse(readFileSync(join(dir, 'p.yaml'), 'utf8')).calendars;
    expect(calendar).toMatchObject({ days: ['sun', 'mon', 'tue', 'wed', 'thu'], hours: ['08:00-12:00', '16:00-21:00'], country: 'SA' });
    expect(calendar.seasons).toEqual([{ name: 'ساعات رمضان', from: '2027-02-08', to: '2027-03-08', hours: ['10:00-16:00', '21:00-01:00+1'] }]);
    const eids = calendar.holidays.filter((holiday: { name: string }) => holiday.name.startsWith('عيد'));
    expect(eids.length).toBeGreaterThanOrEqual(2);
    for (const eid of eids) expect(eid).toMatchObject({ estimated: true, until: expect.any(String) });
    expect(calendar.holidays.filter((holiday: { name: string }) => holiday.name === 'اليوم الوطني').every((holiday: { estimated?: boolean }) => !holiday.estimated)).toBe(true);
  });

  it('takes suggestions for what the answers leave out with --yes, and names what is missing without it', () => {
    const dir = tempProject({ 'answers.yaml': 'organisation: Harbour Water\nlang: en\n' });
    const missing = runCli(['init', '--answers', 'answers.yaml'], { cwd: dir });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe('answers.yaml: no answer for title (Title of the policy); add it, or use --yes to take the suggestion\n');
    const run = runCli(['init', '--answers', 'answers.yaml', '--yes'], { cwd: dir });
    expect(run.status).toBe(0);
    expect(lintFile(join(dir, 'policy.yaml'))).toEqual([]);
  });

  it('refuses a benchmark position the figures contradict at its question, not at the end', () => {
    const broken = ANSWERS.en.replace('value: 85, source: Annual performance report, date: 2026-03-31, position: ahead', 'value: 95, source: Annual performance report, date: 2026-03-31, position: ahead');
    const dir = tempProject({ 'answers.yaml': broken });
    const run = runCli(['init', '--answers', 'answers.yaml'], { cwd: dir });
    expect(run.status).toBe(2);
    const line = broken.split('\n').findIndex((l) => l.includes('value: 95')) + 1;
    expect(run.stderr).toBe(`answers.yaml:${line}: benchmarks.calls-60s[0].position: your target 90% against their 95 puts you behind them, not ahead of them: choose "behind them" (or "not competitive at all"), or change one of the figures\n`);
    expect(run.stderr).not.toContain('benchmark-position');
  });

  // Each check validate makes on a value is made at the question that gives it, through the same
  // function (core/value-checks.ts, core/date-order.ts): the answer is refused there, by its line.
  it.each([
    ['en', 'metric: answer, target: 60s,', 'metric: answer, target: 0m,', 'standards.answer-phone[0].target', 'some time must pass: write how long, such as 2 hours or 5 days'],
    ['en', 'target: 60s, clock: business, attainment: 90%', 'target: 60s, clock: business, attainment: 0%', 'standards.answer-phone[0].attainment', 'a standard is met in more than 0% of cases: write a share such as 95%'],
    ['en', 'name: Calls answered within 60 seconds, target: 90, unit: "%"', 'name: Calls answered within 60 seconds, target: 120, unit: "%"', 'goals[0].kpis[0].unit', 'a target of 120 is no percentage (0 to 100): give another unit, or go back and change the target'],
    ['en', 'targets: { calls-60s: 85,', 'targets: { calls-60s: 185,', 'pilot.targets.calls-60s', 'this KPI is a percentage: write a number from 0 to 100'],
    ['en', 'acknowledge_by: 2027-02-28', 'acknowledge_by: 2027-02-01', 'rollout.acknowledge_by', 'staff cannot sign before the rollout starts (2027-02-15): give that day or a later one'],
    ['en', 'review:\n  cadence: 1y\n', 'review:\n  cadence: 1y\n  next: 2027-02-01\n', 'review.next', 'the next review must not come before the policy takes effect (2027-02-15)'],
    ['ar', 'target: 5d, clock: calendar, attainment: 95%', 'target: 5d, clock: calendar, attainment: 0%', '', 'يتحقق المعيار في أكثر من ٠٪ من الحالات: اكتب نسبة مثل ٩٥٪'],
  ] as const)('refuses, in %s, "%s" changed to "%s" at its question', (lang, from, to, id, message) => {
    expect(ANSWERS[lang]).toContain(from);
    const broken = ANSWERS[lang].replace(from, to);
    const dir = tempProject({ 'answers.yaml': broken });
    const run = runCli(['init', '--answers', 'answers.yaml'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(message);
    if (id) expect(run.stderr).toContain(`: ${id}: ${message}`);
    expect(run.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    // In an Arabic message file:line is one left-to-right isolate (the file keeps its own inside).
    expect(run.stderr).toMatch(lang === 'ar' ? /^\u2066\u2068answers\.yaml\u2069:\d+\u2069: / : /^answers\.yaml:\d+: /);
  });

  it('names the step and the question of a problem found once every answer is in, not a line of a file not yet written', () => {
    // The agent owns an action and the first escalation level, but is left out of the rollout.
    const broken = ANSWERS.en.replace('audiences: [agent, team-leader, manager, billing]', 'audiences: [team-leader, manager, billing]').replace(/\n    agent: \{ format: workshop.*\n/, '\n');
    const dir = tempProject({ 'answers.yaml': broken });
    const run = runCli(['init', '--answers', 'answers.yaml'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^error at step 8 "Rollout", Which roles are briefed\?: .*\(rollout-briefs-owners\)$/m);
    expect(run.stderr).not.toMatch(/^\s*\d+:\d+\s/m);
    expect(run.stderr).toContain('The policy has errors, so policy.yaml was not written');
  });

  it('names the step and the question in Arabic, for an Arabic policy', () => {
    const broken = ANSWERS.ar.replace('audiences: [agent, team-leader, manager]', 'audiences: [team-leader, manager]');
    const dir = tempProject({ 'answers.yaml': broken });
    const run = runCli(['init', '--answers', 'answers.yaml'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^خطأ في الخطوة 8 "التعميم"، أي الأدوار تُبلَّغ بالسياسة؟: .*\(\u2068rollout-briefs-owners\u2069\)$/mu);
    expect(run.stderr).not.toMatch(/^\s*\d+:\d+\s/m);
  });

  it('says which answer is wrong, where, and what is expected', () => {
    const broken = ANSWERS.en.replace('{ metric: first-response, target: 24h,', '{ metric: first-response, target: soon,');
    const dir = tempProject({ 'answers.yaml': broken });
    const run = runCli(['init', '--answers', 'answers.yaml'], { cwd: dir });
    expect(run.status).toBe(2);
    const line = broken.split('\n').findIndex((l) => l.includes('target: soon')) + 1;
    expect(run.stderr).toBe(`answers.yaml:${line}: standards.billing-queries[0].target: write a duration: a number and a unit, such as 90 seconds, 4 hours, 2 days or 4h\n`);
    expect(existsSync(join(dir, 'policy.yaml'))).toBe(false);
  });

  it('exits 2 at once without a terminal and without --answers or --yes', () => {
    const dir = tempProject();
    const run = runCli(['init'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--answers FILE');
    expect(run.stderr).toContain('--yes');
  });

  it('refuses to overwrite a file without --force, and overwrites with it', () => {
    const dir = tempProject({ 'answers.yaml': ANSWERS.en, 'policy.yaml': '# my own work\n' });
    const refused = runCli(['init', '--answers', 'answers.yaml'], { cwd: dir });
    expect(refused.status).toBe(2);
    expect(refused.stderr).toBe('"policy.yaml" already exists; use --force to overwrite it, or --step to change one step of it\n');
    expect(readFileSync(join(dir, 'policy.yaml'), 'utf8')).toBe('# my own work\n');
    expect(runCli(['init', '--answers', 'answers.yaml', '--force'], { cwd: dir }).status).toBe(0);
    expect(lintFile(join(dir, 'policy.yaml'))).toEqual([]);
  });

  it('keeps a draft after an interruption and resumes where it stopped', () => {
    // The answers stop after the mission step: the wizard stops there, with four steps saved.
    const answers = parse(ANSWERS.en);
    const partial = { ...answers, actions: undefined, standards: undefined };
    const dir = tempProject({ 'answers.yaml': stringify(partial), 'full.yaml': ANSWERS.en });
    const stopped = runCli(['init', 'p.yaml', '--answers', 'answers.yaml'], { cwd: dir });
    expect(stopped.status).toBe(2);
    expect(stopped.stderr).toMatch(/^answers\.yaml: no answer for actions\.reachable/);
    const draft = parse(readFileSync(join(dir, 'p.yaml.draft'), 'utf8'));
    expect(draft.done).toEqual(['identity', 'goals', 'comparison', 'mission']);
    expect(existsSync(join(dir, 'p.yaml'))).toBe(false);
    // validate does not mistake the draft for a policy.
    writeFileSync(join(dir, 'answers.yaml'), ANSWERS.en);
    const resumed = runCli(['init', 'p.yaml', '--resume', '--answers', 'full.yaml'], { cwd: dir });
    expect(resumed.stderr).toBe('');
    expect(resumed.status).toBe(0);
    expect(resumed.stdout).toContain('Resuming from step "Actions".');
    expect(lintFile(join(dir, 'p.yaml'))).toEqual([]);
    expect(existsSync(join(dir, 'p.yaml.draft'))).toBe(false);
  });

  it('exits 2 on --resume without a draft', () => {
    const dir = tempProject({ 'answers.yaml': ANSWERS.en });
    const run = runCli(['init', 'p.yaml', '--resume', '--answers', 'answers.yaml'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('there is no draft to resume at p.yaml.draft\n');
  });

  it('re-runs one step on an existing policy and keeps the rest as the user wrote it', () => {
    const original = readFileSync(join(ROOT, 'policies/council-customer-service.en.yaml'), 'utf8');
    const dir = tempProject({ 'p.yaml': original, 'review.yaml': 'review:\n  cadence: 6mo\nfeedback:\n  topics: [complaints]\n  complaints: { method: email, frequency: quarterly }\n' });
    const run = runCli(['init', 'p.yaml', '--step', 'review', '--answers', 'review.yaml'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('Step "Review and customer feedback" updated in p.yaml.\n');
    const updated = readFileSync(join(dir, 'p.yaml'), 'utf8');
    const policy = parse(updated);
    const inSixMonths = new Date(Date.parse(`${today}T00:00:00Z`) + 180 * 86_400_000).toISOString().slice(0, 10);
    // The last review of March is more than a cycle before the new next one: answering the step is the review.
    expect(policy.review).toEqual({ cadence: '6mo', last: today, next: inSixMonths });
    expect(policy.feedback).toEqual([{ topic: 'complaints', method: 'email', frequency: 'quarterly' }]);
    // Everything before the review section is untouched, comments included.
    const head = original.slice(0, original.indexOf('review:'));
    expect(updated.startsWith(head)).toBe(true);
    expect(updated).toContain('# Step 5. Escalation: who takes over a complaint, and after how long since it was opened.');
    expect(updated.slice(updated.indexOf('roles:'), updated.indexOf('feedback:'))).toBe(original.slice(original.indexOf('roles:'), original.indexOf('feedback:')));
  });

  it('rejects an unknown step, naming the steps', () => {
    const run = runCli(['init', 'policies/council-customer-service.en.yaml', '--step', 'goal', '--yes']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('unknown step "goal"; the steps are identity, goals, comparison, mission, actions, standards, pilot, rollout, and review\n');
  });

  it.each([
    ['aliases that expand without bound', Array.from({ length: 12 }, (_, i) => (i === 0 ? 'a0: &a0 [x, x, x, x, x, x, x, x]' : `a${i}: &a${i} [${Array(8).fill(`*a${i - 1}`).join(', ')}]`)).join('\n'), 'answers.yaml:1:1: the document uses too many YAML aliases (it would expand without bound)'],
    ['brackets nested thousands deep', `organisation: ${'['.repeat(5000)}${']'.repeat(5000)}`, `answers.yaml:1:${15 + 64}: the document is nested more than 64 levels deep`],
    ['binary data', '\u0000\u0001\u0002', 'answers.yaml:1:1: not a text file: it holds binary data or is not valid UTF-8'],
    ['over the size limit', `organisation: ${'x'.repeat(1024 * 1024)}`, 'answers.yaml:1:1: the file is 1 MB (1048591 bytes), over the limit of 1 MB (1048576 bytes)'],
  ])('refuses an answers file with %s, saying where, and writes nothing', (_name, text, message) => {
    const dir = tempProject({ 'answers.yaml': `${text}\n` });
    const run = runCli(['init', 'p.yaml', '--answers', 'answers.yaml'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`${message}\n`);
    expect(existsSync(join(dir, 'p.yaml'))).toBe(false);
  });

  // Found by the property test with FC_SEED=23: String() on such a mapping throws.
  it.each([
    ['a choice', 'lang: { toString: 1 }\n', 'answers.yaml:1: lang: "{…}" is not one of en or ar'],
    ['a list of choices', 'lang: en\norganisation: X\ntitle: T\nid: x\nowner: O\nroles: [{ toString: 1 }]\n', 'answers.yaml:6: roles: expected a list of agent, back-office, team-leader, and manager'],
  ])('names a mapping given for %s as the wrong answer', (_name, text, message) => {
    const dir = tempProject({ 'answers.yaml': text });
    const run = runCli(['init', 'p.yaml', '--answers', 'answers.yaml'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`${message}\n`);
  });

  it('reads an endless answers file only up to the size limit', () => {
    const run = runCli(['init', join(tempProject(), 'p.yaml'), '--answers', '/dev/zero']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('/dev/zero:1:1: the file is 1 MB (1048577 bytes), over the limit of 1 MB (1048576 bytes)\n');
  });
});
