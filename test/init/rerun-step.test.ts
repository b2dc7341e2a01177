import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { STEP_NAMES } from '../../src/init/steps/index.js';
import { ROOT, runCli, tempProject } from '../helpers/run-cli.js';

const POLICIES = readdirSync(join(ROOT, 'policies')).filter((name) => name.endsWith('.yaml')).sort();
// Answering the review step records a review: its dates legitimately change.
const STEPS = STEP_NAMES.filter((step) => step !== 'review');
const shipped = (name: string) => readFileSync(join(ROOT, 'policies', name), 'utf8');

/** Runs `init p.yaml --step <step> --yes`, with answers when given, on a copy of `text`. */
function rerun(text: string, step: string, answers?: unknown) {
  const files: Record<string, string> = { 'p.yaml': text };
  if (answers !== undefined) files['answers.yaml'] = stringify(answers);
  const dir = tempProject(files);
  const run = runCli(['init', 'p.yaml', '--step', step, '--yes', ...(answers !== undefined ? ['--answers', 'answers.yaml'] : [])], { cwd: dir });
  return { ...run, dir, text: readFileSync(join(dir, 'p.yaml'), 'utf8') };
}

/** The text with `from` replaced by `to` exactly once, where `from` appears after `after`. */
function changed(text: string, from: string, to: string, after = ''): string {
  const start = text.indexOf(after);
  const at = text.indexOf(from, start);
  expect(start, `"${after}" is in the policy`).toBeGreaterThanOrEqual(0);
  expect(at, `"${from}" is in the policy after "${after}"`).toBeGreaterThanOrEqual(0);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

describe('init --step --yes on every shipped policy', () => {
  it('has policies and steps to check', () => {
    expect(POLICIES.length).toBeGreaterThanOrEqual(4);
    expect(STEPS).toEqual(['identity', 'goals', 'comparison', 'mission', 'actions', 'standards', 'pilot', 'rollout']);
  });

  describe.each(POLICIES)('%s', (name) => {
    it.each(STEPS)('leaves the file byte for byte as it was after step %s', (step) => {
      const original = shipped(name);
      const run = rerun(original, step);
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expect(run.text).toBe(original);
    });
  });

  it('says nothing changed, and does not write the file', () => {
    const dir = tempProject({ 'p.yaml': shipped('council-customer-service.en.yaml') });
    const before = statSync(join(dir, 'p.yaml')).mtimeMs;
    const run = runCli(['init', 'p.yaml', '--step', 'goals', '--yes'], { cwd: dir });
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('Step "Goals": nothing changed in p.yaml.\n');
    expect(statSync(join(dir, 'p.yaml')).mtimeMs).toBe(before);
    const ar = runCli(['init', 'p.yaml', '--step', 'mission', '--yes', '--lang', 'ar'], { cwd: dir });
    expect(ar.stdout).toBe('خطوة "الربط بالرسالة": لم يتغير شيء في \u2068p.yaml\u2069.\n');
  });
});

describe('init --step with answers that change something', () => {
  const council = shipped('council-customer-service.en.yaml');
  const water = shipped('water-utility.en.yaml');
  const bank = shipped('bank-complaints.bilingual.yaml');

  it('renames the organisation and keeps the owner, roles, channels and calendars as written', () => {
    const run = rerun(council, 'identity', { organisation: 'Riverside Borough Council' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.text).toBe(changed(council, 'organisation: Riverside County Council', 'organisation: Riverside Borough Council'));
  });

  it('keeps each channel on its own calendar when one channel stops keeping office hours', () => {
    const run = rerun(water, 'identity', { organisation: 'Dale Valley Water plc', channel_hours: { centre: false } });
    expect(run.status).toBe(0);
    const expected = changed(
      changed(water, 'organisation: Dale Valley Water', 'organisation: Dale Valley Water plc'),
      '    name: Customer centre, Market Street\n    calendar: customer-centre\n', '    name: Customer centre, Market Street\n',
    );
    expect(run.text).toBe(expected);
    const policy = parse(run.text);
    expect(policy.channels.map((channel: { calendar?: string }) => channel.calendar)).toEqual(['contact-centre', 'around-the-clock', undefined, undefined, undefined]);
  });

  it('keeps a bilingual text bilingual unless the answer changes it', () => {
    const run = rerun(bank, 'identity', { title: 'Complaints Policy' });
    expect(run.status).toBe(0);
    expect(run.text).toBe(changed(bank, 'title:\n  en: Complaints Handling Policy\n  ar: سياسة معالجة الشكاوى\n', 'title: Complaints Policy\n'));
    // The title has no Arabic any more, and validate says so.
    expect(run.stderr).toContain('no "ar" version');
    const policy = parse(run.text);
    expect(policy.languages).toEqual(['en', 'ar']);
    expect(policy.organisation).toEqual({ en: 'Al Noor Bank UK', ar: 'بنك النور - المملكة المتحدة' });
  });

  it('renames one of the user’s own roles, keeping the others’ descriptions and order', () => {
    const run = rerun(council, 'identity', { custom_roles: [{}, {}, {}, { name: 'Head of Customer Service' }] });
    expect(run.status).toBe(0);
    expect(run.text).toBe(changed(council, '    name: Head of Customer Services\n', '    name: Head of Customer Service\n', '  - id: service-manager'));
  });

  it('adds a channel after the ones there, and removes a channel the user leaves out', () => {
    const added = rerun(council, 'identity', { channels: ['phone', 'email', 'chat', 'centres', 'social'], channel_hours: { social: false } });
    expect(added.status).toBe(0);
    const withSocial = changed(council, '    calendar: office-hours\n\n# Step 1.', '    calendar: office-hours\n  - id: social\n    kind: social\n\n# Step 1.');
    expect(added.text).toBe(withSocial);
    // Taking it out again gives back the policy as it was.
    const removed = rerun(withSocial, 'identity', { channels: ['phone', 'email', 'chat', 'centres'] });
    expect(removed.status).toBe(0);
    expect(removed.text).toBe(council);
  });

  it('removes a holiday the user unticks and keeps the others as written', () => {
    const holidays = parse(council).calendars[0].holidays.map((holiday: { date: string }) => holiday.date).filter((date: string) => date !== '2027-03-26');
    const run = rerun(council, 'identity', { calendar: { holidays } });
    expect(run.status).toBe(0);
    expect(run.text).toBe(changed(council, '      - { date: 2027-03-26, name: Good Friday }\n', ''));
  });

  it('refuses to change a target away from what the standard\'s text says, and says which figure', () => {
    const run = rerun(council, 'standards', { standards: { 'answer-calls': [{ target: '20 seconds' }] } });
    expect(run.stderr).toContain('standard-text-figures');
    expect(run.status).not.toBe(0);
    expect(run.text).toBe(council);
  });

  it('changes a payment for a missed standard and keeps when a late payment is due', () => {
    const run = rerun(water, 'standards', { standards: { 'answer-complaints': [{ compensation: { amount: '50' } }] } });
    expect(run.status).toBe(0);
    expect(run.text).toBe(changed(water, 'amount: 40', 'amount: 50', 'id: complaint-answer'));
  });

  it('changes the length of the pilot and keeps its recorded results', () => {
    const run = rerun(water, 'pilot', { pilot: { duration: '6w' } });
    expect(run.status).toBe(0);
    expect(run.text).toBe(changed(water, 'duration: 8w', 'duration: 6w', 'pilot:'));
  });

  it('changes a benchmark inside a one-line mapping and keeps the comparison notes and quotes', () => {
    const run = rerun(council, 'comparison', { benchmarks: { 'abandoned-calls': [{ value: 8 }] } });
    expect(run.status).toBe(0);
    expect(run.text).toBe(changed(council, 'value: 7,', 'value: 8,', 'kpi: abandoned-calls'));
  });

  it('changes a KPI target of a bilingual policy and keeps its names in both languages', () => {
    const run = rerun(bank, 'goals', { goals: [{ kpis: [{ target: 90 }, {}] }, { kpis: [{}] }] });
    expect(run.status).toBe(0);
    expect(run.text).toBe(changed(bank, 'target: 95,', 'target: 90,', 'id: payment-complaints-15d'));
  });

  it('changes who carries out an action and keeps the actions in the order written', () => {
    const run = rerun(council, 'actions', { actions: { 'easy-contact': [{ owner: 'team-leader' }, {}] } });
    expect(run.status).toBe(0);
    expect(run.text).toBe(changed(council, 'owner: contact-centre', 'owner: team-leader', 'id: answer-calls'));
  });

  it('changes the sign-by date of the rollout and keeps the training as written', () => {
    const run = rerun(council, 'rollout', { rollout: { acknowledge_by: '2026-04-07' } });
    expect(run.status).toBe(0);
    expect(run.text).toBe(changed(council, 'by: 2026-03-31', 'by: 2026-04-07', 'rollout:'));
  });

  it('changes one rationale of a bilingual mission and keeps the statement and the other rationale in both languages', () => {
    const run = rerun(bank, 'mission', { mission: { rationale: { 'informed-customers': 'A customer left waiting without news is not treated fairly.' } } });
    expect(run.status).toBe(0);
    const from = 'rationale:\n        en: Transparency is part of ethical banking; a customer left waiting without news is not treated fairly.\n        ar: الشفافية جزء من الصيرفة الأخلاقية؛ وترك العميل ينتظر بلا خبر ليس إنصافًا.\n';
    expect(run.text).toBe(changed(bank, from, 'rationale: A customer left waiting without news is not treated fairly.\n', 'goal: informed-customers'));
  });

  it('renames the owner and keeps the owner’s role and e-mail', () => {
    const run = rerun(water, 'identity', { owner: 'Head of Customer Experience' });
    expect(run.status).toBe(0);
    expect(run.text).toBe(changed(water, 'name: Director of Customer Experience', 'name: Head of Customer Experience', 'owner:'));
    expect(runCli(['validate', 'p.yaml'], { cwd: run.dir }).status).toBe(0);
  });
});

describe('init --step review', () => {
  it('keeps the public holidays it offers up to the next review, in the calendar', () => {
    const council = shipped('council-customer-service.en.yaml');
    const before = parse(council);
    // The council's holidays run to the end of 2027; reviewed in November 2027 for a year, it is
    // offered England's holidays of 2028 up to the first on or after the next review.
    const dir = tempProject({ 'p.yaml': council, 'answers.yaml': stringify({ review: { cadence: '1y', next: '2028-11-20' } }) });
    const run = runCli(['init', 'p.yaml', '--step', 'review', '--yes', '--answers', 'answers.yaml', '--today', '2027-11-20'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const after = parse(readFileSync(join(dir, 'p.yaml'), 'utf8'));
    const dates = (policy: typeof before): string[] => policy.calendars[0].holidays.map((holiday: { date: string }) => holiday.date);
    expect(dates(after).slice(0, dates(before).length)).toEqual(dates(before));
    expect(dates(after).slice(dates(before).length)).toEqual(['2028-01-01', '2028-01-03', '2028-04-14', '2028-04-17', '2028-05-01', '2028-05-29', '2028-08-28', '2028-12-25']);
    expect(after.review).toEqual({ cadence: '1y', last: '2027-11-20', next: '2028-11-20' });
    // Only the review and the calendar's holidays changed: the rest of the policy is as it was.
    expect({ ...after, review: before.review, calendars: before.calendars }).toEqual(before);
  });
  it('ends the lines it adds as the file ends its lines', () => {
    const crlf = shipped('council-customer-service.en.yaml').replace(/\n/g, '\r\n');
    const dir = tempProject({ 'p.yaml': crlf, 'answers.yaml': stringify({ review: { cadence: '1y', next: '2028-11-20' } }) });
    const run = runCli(['init', 'p.yaml', '--step', 'review', '--yes', '--answers', 'answers.yaml', '--today', '2027-11-20'], { cwd: dir });
    expect(run.status).toBe(0);
    const text = readFileSync(join(dir, 'p.yaml'), 'utf8');
    expect(text.split('\r\n').length).toBe(crlf.split('\r\n').length + 8);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });
});
