import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { writeBlockYaml, type BlockYamlLayout } from '../../src/core/block-yaml-writer.js';
import { isOneLineItem, isShortList } from '../../src/core/yaml-edit.js';
import { documentText } from '../../src/init/policy-yaml.js';
import { fc, PROPERTY_OPTIONS, PROPERTY_TIMEOUT } from '../helpers/fast-check.js';

/*
 * The block writer writes what yaml's Document.toString writes, or gives up; yaml (documentText,
 * init's own fallback) is the second, independent writing of every case.
 */
const layout: BlockYamlLayout = {
  header: ' yaml-language-server: $schema=schema.json',
  section: (key) => (key.startsWith('s') ? { comment: ` About ${key}.`, blankBefore: key !== 'summary' } : undefined),
  flowList: isShortList,
  flowItem: (key, item) => isOneLineItem(key, Object.values(item)),
};

const ROOT = join(__dirname, '..', '..');

describe('the block YAML writer', () => {
  it.each([
    // [value, how yaml writes it after `k: `]
    ['plain text', 'plain text'],
    ['', '""'],
    ['true', '"true"'],
    ['0x1F', '"0x1F"'],
    ['1e3', '"1e3"'],
    ['.inf', '".inf"'],
    ['~', '"~"'],
    ['08:30-17:30', '08:30-17:30'],
    ['2027-02-15', '2027-02-15'],
    ['a: b', '"a: b"'],
    ['a #b', '"a #b"'],
    ['- a', '"- a"'],
    ['say "hi"', 'say "hi"'],
    ['"hi"', '\'"hi"\''],
    ["it's", "it's"],
    ["'it'", '"\'it\'"'],
    ['trailing ', '"trailing "'],
    ['أهلاً وسهلاً', 'أهلاً وسهلاً'],
    [42, '42'],
    [-0, '-0'],
    [0.5, '0.5'],
    [1e21, '1e+21'],
    [false, 'false'],
    [[], '[]'],
    [{}, '{}'],
    [['en', 'ar'], '[en, ar]'],
    [['a, b', '[x]'], '["a, b", "[x]"]'],
  ] as const)('writes %j as yaml does: %s', (item, expected) => {
    const text = writeBlockYaml({ k: item }, { flowList: isShortList, flowItem: () => false });
    expect(text).toBe(`k: ${expected}\n`);
    expect(text).toBe(documentText({ k: item }, { flowList: isShortList, flowItem: () => false }));
  });

  it.each([
    ['a line break', { k: 'one\ntwo' }],
    ['a control character', { k: 'bell\u0007' }],
    ['a lone surrogate', { k: 'half \ud800' }],
    ['a backslash in double quotes', { k: 'at: C:\\dir' }],
    ['a tab in double quotes', { k: '\tindented' }],
    ['both kinds of quote, quoted', { k: '\'a\' "b"' }],
    ['null', { k: null }],
    ['a number that is not finite', { k: Number.NaN }],
    ['a date object', { k: new Date(0) }],
    ['a key past 1024 characters', { ['k'.repeat(1025)]: 1 }],
    ['a hole in a list', { k: [1, undefined] }],
  ])('gives up on %s, and yaml writes it', (_, data) => {
    expect(writeBlockYaml(data as Record<string, unknown>, layout)).toBeUndefined();
  });

  it('quotes a key that starts like a document marker, as yaml does', () => {
    const data = { '--- x': 1, k: { '... y': '--- z' } };
    expect(writeBlockYaml(data, layout)).toBe(documentText(data, layout));
    expect(writeBlockYaml(data, layout)).toContain('"--- x": 1\n');
  });

  it('folds a long line where yaml does, and breaks a long flow list over lines', () => {
    const words = Array.from({ length: 40 }, (_, i) => `word${i}`).join(' ');
    const data = { summary: words, nested: { deeper: [words, { text: `"${words}"` }] }, days: Array.from({ length: 20 }, (_, i) => `day-${i}`) };
    const text = writeBlockYaml(data, layout);
    expect(text).toBe(documentText(data, layout));
    expect(text).toContain('\n  word');
    expect(text).toContain('days:\n  [\n    day-0,');
  });

  it('writes every policy of the repository as yaml does', () => {
    const files = ['policies', 'examples'].flatMap((dir) => readdirSync(join(ROOT, dir)).filter((name) => name.endsWith('.yaml')).map((name) => join(ROOT, dir, name)));
    expect(files.length).toBeGreaterThanOrEqual(4);
    for (const file of files) {
      const data = parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
      const text = writeBlockYaml(data, layout);
      expect(text, file).toBeDefined();
      expect(text, file).toBe(documentText(data, layout));
    }
  });

  /** Text with what changes how YAML writes it: indicators, quotes, spaces, numbers, words yaml reads as other types, Arabic. */
  const piece = fc.oneof(
    { weight: 16, arbitrary: fc.constantFrom('a', 'word', 'longerword', ' ', ' ', ':', '-', '.', '0', '12', '1.5', 'e3', 'عربي', 'نص طويل', 'true', 'null', '~', '.inf', 'Yes', '---', '%') },
    { weight: 4, arbitrary: fc.constantFrom(': ', '#', ' #', '- ', '?', ',', '[', ']', '{', '}', '"', "'", '&', '*', '!', '|', '>', '@', '`', '0x', '0o7', '.nan', '\u2068', '\u00a0') },
    { weight: 1, arbitrary: fc.constantFrom('\\', '\t', '\n', '\u0085') },
  );
  const text = fc.array(piece, { maxLength: 40 }).map((pieces) => pieces.join(''));
  /** Long text, to be folded: words and spaces, some words longer than a line. */
  const prose = fc
    .array(fc.oneof(fc.constantFrom('word', 'longer', 'عربي', 'نص', '-', ':', '#', '"', "'", '1.5'), fc.string({ unit: fc.constantFrom('a', 'b', 'ع'), minLength: 1, maxLength: 110 })), { minLength: 10, maxLength: 80 })
    .chain((words) => fc.array(fc.constantFrom(' ', ' ', ' ', '  '), { minLength: words.length, maxLength: words.length }).map((spaces) => words.map((word, i) => `${word}${i < words.length - 1 ? spaces[i] : ''}`).join('')));
  const key = fc.oneof(fc.constantFrom('id', 'name', 'summary', 'holidays', 'days', 'segments', 'k y', '360001', 'true', 'a:b'), text);
  const scalar = fc.oneof({ weight: 12, arbitrary: text }, { weight: 4, arbitrary: prose }, { weight: 2, arbitrary: fc.integer() }, { weight: 2, arbitrary: fc.double({ noNaN: true }) }, { weight: 2, arbitrary: fc.boolean() }, { weight: 1, arbitrary: fc.constant(null) });
  const tree = fc.letrec((tie) => ({
    node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, tie('list'), tie('map')),
    list: fc.array(tie('node'), { maxLength: 5 }),
    map: fc.dictionary(key, tie('node'), { maxKeys: 6 }),
  }));

  it('writes what yaml writes, or gives up, for any data', () => {
    let written = 0;
    fc.assert(
      fc.property(tree.map as fc.Arbitrary<Record<string, unknown>>, (data) => {
        const text = writeBlockYaml(data, layout);
        if (text === undefined) return;
        written++;
        expect(text).toBe(documentText(data, layout));
      }),
      PROPERTY_OPTIONS,
    );
    // Most generated data is within what the writer writes, so the property has judged it.
    expect(written).toBeGreaterThan((PROPERTY_OPTIONS.numRuns ?? 1000) / 4);
  }, PROPERTY_TIMEOUT);
});
