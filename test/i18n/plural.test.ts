import { describe, expect, it } from 'vitest';
import { LANGS, pluralCategory, say, type PluralForms } from '../../src/i18n/lang.js';

// say is the one accessor; a plural message is a pair of form tables, its form chosen by count.
const inBoth = (forms: PluralForms) => ({ en: forms, ar: forms });

describe('plural forms', () => {
  it('chooses the Arabic form for each CLDR category', () => {
    const forms = inBoth({ zero: 'z {count}', one: 'o {count}', two: 't {count}', few: 'f {count}', many: 'm {count}', other: 'x {count}' });
    expect([0, 1, 2, 3, 10, 11, 99, 100, 102, 103, 111].map((n) => say('ar', forms, { count: n }))).toEqual(
      ['z 0', 'o 1', 't 2', 'f 3', 'f 10', 'm 11', 'm 99', 'x 100', 'x 102', 'f 103', 'm 111'],
    );
  });

  it('falls back to the other form when a language has no form for the category', () => {
    const forms = inBoth({ one: '{count} file', other: '{count} files' });
    expect([0, 1, 2].map((n) => say('en', forms, { count: n }))).toEqual(['0 files', '1 file', '2 files']);
  });

  // pluralCategory writes out the CLDR rules that Intl.PluralRules holds; Intl is the second, independent reading.
  it.each(LANGS)('chooses the category Intl.PluralRules chooses in %s, for every count to 10,000 and for fractions', (lang) => {
    const intl = new Intl.PluralRules(lang);
    const counts = [...Array.from({ length: 10_001 }, (_, n) => n), -1, -2, -3, -11, 0.5, 1.5, 2.5, 3.25, 10.5, 11.1, 103.5, 1e6, 1e6 + 3, NaN, Infinity];
    expect(counts.filter((n) => pluralCategory(lang, n) !== intl.select(n)).map((n) => `${n}: ${pluralCategory(lang, n)}, Intl ${intl.select(n)}`)).toEqual([]);
  });
});
