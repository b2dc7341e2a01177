import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { joinList } from '../../src/i18n/index.js';
import { LANGS } from '../../src/i18n/lang.js';

// joinList writes out CLDR's long list patterns; Intl.ListFormat is the second, independent reading.
describe('lists', () => {
  it.each(LANGS.flatMap((lang) => (['conjunction', 'disjunction'] as const).map((type) => [lang, type] as const)))('joins a list in %s (%s) as Intl.ListFormat does, whatever its items', (lang, type) => {
    const intl = new Intl.ListFormat(lang, { style: 'long', type });
    // Items as reports give them: words of either script, numbers, quoted names, isolated runs.
    const item = fc.oneof(fc.string(), fc.constantFrom('"reply"', 'الهاتف', '\u2068first-response\u2069', '95%', 'e-mail, letter', ''));
    fc.assert(fc.property(fc.array(item, { maxLength: 7 }), (items) => {
      expect(joinList(lang, items, type)).toBe(intl.format(items));
    }));
  });

  it.each([
    ['en', 'conjunction', ['a', 'b', 'c'], 'a, b, and c'],
    ['en', 'disjunction', ['a', 'b'], 'a or b'],
    ['ar', 'conjunction', ['الهاتف', 'البريد', 'الموقع'], 'الهاتف والبريد والموقع'],
    ['ar', 'disjunction', ['الهاتف', 'البريد'], 'الهاتف أو البريد'],
    ['en', 'conjunction', ['only'], 'only'],
    ['ar', 'disjunction', [], ''],
  ] as const)('%s %s %j reads %j', (lang, type, items, joined) => {
    expect(joinList(lang, items, type)).toBe(joined);
  });
});
