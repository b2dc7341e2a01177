import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/core/lint.js';
import { EDITS, EXAMPLES } from './edits.mjs';
import { MIN_CAUGHT_SHARE, MUTATION_TODAY, applyEdit, runMutation } from './harness.mjs';

const root = new URL('../../', import.meta.url);
const files = Object.fromEntries(Object.entries(EXAMPLES).map(([name, path]) => [name, { path, text: readFileSync(new URL(path, root), 'utf8') }]));
const lint = (text: string, path: string) => lintText(text, path, { lang: 'en', today: MUTATION_TODAY });

describe('applyEdit', () => {
  const text = 'a: 1\nb: 2\nc: 2\n';
  it.each([
    [{ what: 'one line', file: 'x', at: 'a: 1', to: 'a: 0' }, 'a: 0\nb: 2\nc: 2\n', [1], [1]],
    [{ what: 'the second of two', file: 'x', at: ': 2', nth: 1, from: '2', to: '3' }, 'a: 1\nb: 2\nc: 3\n', [3], [3]],
    [{ what: 'a line added', file: 'x', at: 'b: 2', to: 'b: 2\nd: 4' }, 'a: 1\nb: 2\nd: 4\nc: 2\n', [2, 3], [2, 3]],
    [{ what: 'the line above', file: 'x', at: 'c: 2', to: '', expect: -1 }, 'a: 1\nb: 2\n\n', [3], [2]],
    [{ what: 'another line', file: 'x', at: 'a: 1', to: 'a: 0', expect: 'c:' }, 'a: 0\nb: 2\nc: 2\n', [1], [3]],
  ])('$what', (edit, mutated, changed, expected) => {
    expect(applyEdit(text, edit)).toEqual({ text: mutated, changed, expected });
  });

  it('refuses a line that is not there or not alone', () => {
    expect(() => applyEdit(text, { what: 'none', file: 'x', at: 'z: 9', to: '' })).toThrow(/on 0 lines/);
    expect(() => applyEdit(text, { what: 'two', file: 'x', at: ': 2', to: '' })).toThrow(/on 2 lines/);
  });
});

describe('the mutation run', () => {
  const { baseline, results, summary } = runMutation({ files, edits: EDITS, lint });

  it('starts from examples that validate clean', () => {
    expect(baseline).toEqual([]);
  });

  it('has enough edits of both kinds to mean something', () => {
    expect(summary.careless).toBeGreaterThanOrEqual(120);
    expect(summary.harmless).toBeGreaterThanOrEqual(20);
  });

  it(`catches at least ${MIN_CAUGHT_SHARE * 100}% of careless edits on the edited line`, () => {
    const notCaught = results.filter((r) => r.edit.kind === 'careless' && r.outcome !== 'caught').map((r) => `${r.edit.file}: ${r.edit.what}`);
    expect(summary.caught / summary.careless, notCaught.join('\n')).toBeGreaterThanOrEqual(MIN_CAUGHT_SHARE);
  });

  it('flags no harmless edit', () => {
    expect(results.filter((r) => r.outcome === 'flagged').map((r) => `${r.edit.file}: ${r.edit.what}: ${r.findings.map((f) => f.message).join('; ')}`)).toEqual([]);
  });
});
