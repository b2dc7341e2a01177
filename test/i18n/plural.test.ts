import { describe, expect, it } from 'vitest';
import { LANGS, plural, pluralCategory } from '../../src/i18n/lang.js';

describe('plural categories', () => {
  it.each(LANGS)('agree with Intl.PluralRules(%s) for every count up to 100,000', (lang) => {
    const rules = new Intl.PluralRules(lang);
    const differing: number[] = [];
    for (let n = 0; n <= 100_000; n++) if (pluralCategory(lang, n) !== rules.select(n)) differing.push(n);
    expect(differing).toEqual([]);
  });

  it.each(LANGS)('agree with Intl.PluralRules(%s) for large and fractional counts', (lang) => {
    const rules = new Intl.PluralRules(lang);
    for (const n of [1e6, 1e6 + 3, 1e6 + 11, 123_456_789, 2 ** 40 + 1, 0.5, 1.5, 2.25, 10.1]) expect(pluralCategory(lang, n)).toBe(rules.select(n));
  });

  it('chooses the Arabic form for each category', () => {
    const forms = { zero: 'z {count}', one: 'o {count}', two: 't {count}', few: 'f {count}', many: 'm {count}', other: 'x {count}' };
    expect([0, 1, 2, 3, 10, 11, 99, 100, 102, 103, 111].map((n) => plural('ar', n, forms))).toEqual(
      ['z 0', 'o 1', 't 2', 'f 3', 'f 10', 'm 11', 'm 99', 'x 100', 'x 102', 'f 103', 'm 111'],
    );
  });
});
