import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, tempProject } from './helpers/run-cli.js';

const COUNCIL = readFileSync(join(ROOT, 'policies/council-customer-service.en.yaml'), 'utf8');
const RESPONSES = join(ROOT, 'examples/pilot/council-responses.csv');
const TODAY = ['--today', '2026-04-01'];

/** Every command that reads a policy's dates, as a user runs it on p.yaml. */
const COMMANDS: string[][] = [
  ['validate', 'p.yaml', ...TODAY],
  ['brief', 'p.yaml', '-o', 'out'],
  ['audit', 'p.yaml', join(ROOT, 'examples/tickets/council-tickets.csv'), ...TODAY],
  ['export', 'zendesk', 'p.yaml'],
  ['compare', 'p.yaml'],
  ['review', 'p.yaml', ...TODAY],
  ['pilot', 'p.yaml', RESPONSES, ...TODAY],
];

describe('a duration that runs past any date', () => {
  it.each([
    ['review.cadence', COUNCIL.replace('cadence: 1y', 'cadence: 99999999y'), '21:12  error  the cadence 99999999y after the last review (2026-03-15) reaches past 2199-12-31, the last day cs-policy\'s calendars cover; write a cadence of a few months or years  review-dates'],
    ['pilot.duration', COUNCIL.replace('duration: 4w', 'duration: 99999999y'), 'error  the pilot of 99999999y from 2026-02-02 runs past 2199-12-31, the last day cs-policy\'s calendars cover; a pilot lasts weeks or months  pilot-before-rollout'],
  ])('in %s is a finding in every command, never an internal error', (_name, text, finding) => {
    const dir = tempProject({ 'p.yaml': text });
    for (const args of COMMANDS) {
      const run = runCli(args, { cwd: dir });
      expect(`${args[0]}: ${run.stderr}${run.stdout}`).not.toMatch(/internal error|Invalid time value/);
      expect([0, 1, 2]).toContain(run.status);
    }
    expect(runCli(COMMANDS[0]!, { cwd: dir }).stdout).toContain(finding);
  });

  it('review --bump with such a cadence says what is wrong with it, exit 2', () => {
    const dir = tempProject({ 'p.yaml': COUNCIL.replace(/  last: .*\n/, '').replace('cadence: 1y', 'cadence: 99999999y') });
    const run = runCli(['review', 'p.yaml', '--bump', 'patch', '--summary', 'x', ...TODAY], { cwd: dir });
    expect(run.stderr).not.toMatch(/internal error/);
    expect(run.status).toBe(2);
  });

  it.each([
    ['en', '--within "99999999999" is not a number of days from 0 to 73000 (200 years)'],
    ['ar', '--within "99999999999" ليس عددًا من الأيام من 0 إلى 73000 (200 سنة)'],
  ])('review --within past 200 years is a usage error (%s)', (lang, message) => {
    const run = runCli(['--lang', lang, 'review', 'policies', '--within', '99999999999']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(message);
  });
});

describe('findings name what they are about', () => {
  const validate = (text: string | Buffer, lang = 'en') => {
    const dir = tempProject();
    writeFileSync(join(dir, 'p.yaml'), text);
    return runCli(['--lang', lang, 'validate', 'p.yaml', ...TODAY], { cwd: dir });
  };

  it.each([
    ['a duplicated key, whole', COUNCIL.replace('organisation:', 'title: Again\norganisation:'), 'error  the key "title" appears twice in the same mapping  yaml-duplicate-key'],
    ['a duplicated quoted key, whole', COUNCIL.replace('organisation:', '"title": Again\norganisation:'), 'the key "title" appears twice in the same mapping'],
    ['lone CR line ends, as such', COUNCIL.replace(/\n/g, '\r'), '1:61  error  lines end with a carriage return alone (CR, as old Mac editors saved files), which YAML does not read as a line end; save the file with LF or CRLF line ends  yaml-syntax'],
    ['an impossible effective date', COUNCIL.replace(/effective_date: .*/, 'effective_date: 2026-02-30'), 'error  "2026-02-30" is written YYYY-MM-DD but is not a real date: no such day is on the calendar  schema'],
    ['a holiday past the calendars', COUNCIL.replace('date: 2027-01-01', 'date: 2200-01-01'), 'error  "2200-01-01" is outside the days cs-policy\'s calendars cover (1900-01-01 to 2199-12-31)  calendar-hours'],
    ['a holiday that is no day', COUNCIL.replace('date: 2027-01-01', 'date: 2027-02-30'), '"2027-02-30" is written YYYY-MM-DD but is not a real date'],
    ['the size of a large file', `${COUNCIL}\n# ${'x'.repeat(1_200_000)}\n`, 'error  the file is 1.15 MB, over the limit of 1 MB  file-too-large'],
  ])('%s', (_name, text, message) => {
    const run = validate(text);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(message);
  });

  it.each([
    [COUNCIL.replace(/\n/g, '\r'), 'تنتهي الأسطر بحرف رجوع العربة وحده'],
    [COUNCIL.replace(/effective_date: .*/, 'effective_date: 2026-02-30'), '"\u20682026-02-30\u2069" مكتوب بالصيغة YYYY-MM-DD لكنه ليس تاريخًا حقيقيًا'],
    [`${COUNCIL}\n# ${'x'.repeat(1_200_000)}\n`, 'حجم الملف 1.15 ميغابايت، وهو أكبر من الحد المسموح (1 ميغابايت)'],
  ])('in Arabic too: %#', (text, message) => {
    expect(validate(text, 'ar').stdout).toContain(message);
  });

  it.each([
    ['en', '"." is a folder: --bump records the review of one policy file; name the file'],
    ['ar', '"." مجلد: ‏--bump يسجل مراجعة ملف سياسة واحد؛ اذكر الملف'],
  ])('review <folder> --bump says it needs a file, not EISDIR (%s)', (lang, message) => {
    const dir = tempProject({ 'p.yaml': COUNCIL });
    const run = runCli(['--lang', lang, 'review', '.', '--bump', 'patch', '--summary', 'x'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`${message}\n`);
  });
});
