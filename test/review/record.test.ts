import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { lintText } from '../../src/core/lint.js';
import { addDays } from '../../src/core/dates.js';
import { addCadence, bumpVersion, type Bump } from '../../src/review/cadence.js';
import { recordReview } from '../../src/review/record.js';
import { PROPERTY_OPTIONS, fc } from '../helpers/fast-check.js';
import { ROOT } from '../helpers/run-cli.js';

const EXAMPLES = readdirSync(join(ROOT, 'policies')).filter((name) => name.endsWith('.yaml'));
const COUNCIL = readFileSync(join(ROOT, 'policies/council-customer-service.en.yaml'), 'utf8');
const entry = { bump: 'minor' as Bump, summary: 'Yearly review: "no" changes', author: 'A. Reviewer', today: '2026-12-01' };

function recorded(text: string, given: Partial<typeof entry> = {}): string {
  const outcome = recordReview(text, { ...entry, ...given });
  if (!outcome.ok) throw new Error(`${outcome.problem}: ${outcome.detail}`);
  return outcome.text;
}

describe('recordReview', () => {
  it('changes the version, the review dates and the top of the history, and no other byte', () => {
    const expected = COUNCIL
      .replace('version: 2.1.0\nstatus', 'version: 2.2.0\nstatus')
      .replace('  last: 2026-03-15\n  next: 2027-03-15\n', '  last: 2026-12-01\n  next: 2027-12-01\n')
      .replace('changes:\n', 'changes:\n  - version: 2.2.0\n    date: 2026-12-01\n    author: "A. Reviewer"\n    summary: "Yearly review: \\"no\\" changes"\n');
    expect(recorded(COUNCIL)).toBe(expected);
  });

  it.each(EXAMPLES)('leaves %s valid, with the review read back as written', (name) => {
    const text = recorded(readFileSync(join(ROOT, 'policies', name), 'utf8'), { bump: 'major' });
    expect(lintText(text, name, { lang: 'en', today: '2026-12-01' }).filter((f) => f.severity === 'error')).toEqual([]);
    const policy = parse(text);
    expect(policy.review.last).toBe('2026-12-01');
    expect(policy.changes[0]).toEqual({ version: policy.version, date: '2026-12-01', author: 'A. Reviewer', summary: 'Yearly review: "no" changes' });
  });

  it('writes a flow mapping back as a flow mapping, adding review.last before next', () => {
    const flow = COUNCIL.replace('review:\n  cadence: 1y\n  last: 2026-03-15\n  next: 2027-03-15\n', 'review: { cadence: 6mo, next: 2027-03-15 }  # twice a year\n');
    expect(recorded(flow, { bump: 'patch', today: '2026-08-31' })).toContain('review: { cadence: 6mo, last: 2026-08-31, next: 2027-02-28 }  # twice a year\n');
  });

  it('adds review.last to a block mapping that has none', () => {
    const text = COUNCIL.replace('  last: 2026-03-15\n', '');
    expect(recorded(text)).toContain('review:\n  cadence: 1y\n  last: 2026-12-01\n  next: 2027-12-01\n');
  });

  it('starts the history when a policy has none, and keeps the quotes of a quoted version', () => {
    const text = COUNCIL.replace('version: 2.1.0', 'version: "2.1"').replace(/changes:\n(?: {2}.*\n)+/, '');
    const out = recorded(text, { author: undefined });
    expect(out).toContain('version: "2.2.0"\n');
    expect(out).toContain('  next: 2027-12-01\nchanges:\n  - version: 2.2.0\n    date: 2026-12-01\n    summary: "Yearly review: \\"no\\" changes"\n\n# Who serves');
    expect(lintText(out, 'p.yaml', { lang: 'en', today: '2026-12-01' }).filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('adds a flow entry above flow entries, and keeps CRLF line ends and a byte-order mark', () => {
    const text = `\ufeff${COUNCIL.replace(/changes:\n(?: {2}.*\n)+/, 'changes:\n  - { version: 2.1.0, date: 2026-03-15, summary: Chat added. }\n').replace(/\n/g, '\r\n')}`;
    const out = recorded(text, { author: undefined, bump: 'patch' });
    expect(out.startsWith('\ufeff')).toBe(true);
    expect(out).toContain('changes:\r\n  - { version: 2.1.1, date: 2026-12-01, summary: "Yearly review: \\"no\\" changes" }\r\n  - { version: 2.1.0');
    expect(out.replace(/\r\n/g, '').includes('\n')).toBe(false);
  });

  it('refuses a version it cannot bump', () => {
    expect(recordReview(COUNCIL.replace('version: 2.1.0', 'version: v2'), entry)).toEqual({ ok: false, problem: 'badVersion', detail: 'v2' });
  });
});

describe('bumpVersion and addCadence', () => {
  it.each([
    ['2.1.0', 'major', '3.0.0'], ['2.1.0', 'minor', '2.2.0'], ['2.1.0', 'patch', '2.1.1'], ['2', 'minor', '2.1.0'], ['1.9', 'patch', '1.9.1'],
  ] as const)('%s bumped %s is %s', (from, bump, to) => expect(bumpVersion(from, bump)).toBe(to));

  it.each([
    ['2026-03-15', '1y', '2027-03-15'], ['2026-01-31', '1mo', '2026-02-28'], ['2028-02-29', '1y', '2029-02-28'], ['2026-08-31', '6mo', '2027-02-28'],
    ['2026-12-01', '2w', '2026-12-15'], ['2026-12-01', 'P1Y', '2027-12-01'], ['2026-12-01', '36h', '2026-12-03'], ['2026-12-01', 'P1Y2M10D', '2028-02-11'],
  ])('%s plus %s is %s', (from, cadence, to) => expect(addCadence(from, cadence)).toBe(to));

  it('agrees with counting months one at a time', () => {
    // The slow way: step month by month, then clamp the day to the month's length.
    const slow = (iso: string, months: number) => {
      const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
      let year = y;
      let month = m;
      for (let i = 0; i < months; i++) if (++month > 12) { month = 1; year++; }
      const last = [31, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
      return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
    };
    const day = fc.integer({ min: 0, max: 365 * 200 }).map((n) => addDays('1950-01-01', n));
    fc.assert(fc.property(day, fc.integer({ min: 1, max: 36 }), (iso, months) => addCadence(iso, `${months}mo`) === slow(iso, months)), PROPERTY_OPTIONS as fc.Parameters<[string, number]>);
  });
});
