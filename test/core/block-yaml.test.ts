import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments, stringify, type ToStringOptions } from 'yaml';
import { readBlockYaml } from '../../src/core/block-yaml.js';
import { PROPERTY_OPTIONS, PROPERTY_TIMEOUT, fc } from '../helpers/fast-check.js';
import { ROOT } from '../helpers/run-cli.js';

/**
 * yaml, the careful reading, is the judge: what the block reader reads must be one document that
 * yaml reads without an error or a warning, to the same data.
 */
function careful(text: string): { data: unknown } | undefined {
  const docs = parseAllDocuments(text, { uniqueKeys: true, logLevel: 'silent' });
  if (!Array.isArray(docs) || docs.length !== 1) return undefined;
  const [doc] = docs;
  if (!doc || doc.errors.length > 0 || doc.warnings.length > 0) return undefined;
  return { data: doc.toJS() };
}

/** The block reader either gives up or reads exactly what yaml reads. */
function expectAgrees(text: string): void {
  const block = readBlockYaml(text);
  if (block === undefined) return;
  const judged = careful(text);
  expect(judged, `yaml refuses or warns on a text the block reader read:\n${text}`).toBeDefined();
  expect(block.data).toStrictEqual(judged!.data);
}

const EXAMPLES = readdirSync(join(ROOT, 'policies')).map((name) => readFileSync(join(ROOT, 'policies', name), 'utf8'));

describe('the block reader of YAML', () => {
  it.each([
    ['a: 1\nb: text\n', { a: 1, b: 'text' }],
    ['a:\n  b: 1\n  c:\n    d: x\ne: y\n', { a: { b: 1, c: { d: 'x' } }, e: 'y' }],
    ['a:\n- 1\n- two\n', { a: [1, 'two'] }],
    ['a:\n  - x: 1\n    y: 2\n  - z\n', { a: [{ x: 1, y: 2 }, 'z'] }],
    ['a:\n  -\n    b: 1\n  -\n', { a: [{ b: 1 }, null] }],
    ['a:\nb: ~\nc: null\n', { a: null, b: null, c: null }],
    ['a: 09:00-17:00\nb: 2026-04-01\nc: 12:30\n', { a: '09:00-17:00', b: '2026-04-01', c: '12:30' }],
    ['a: 8_0\nb: 0x1F\nc: 0o14\nd: 1e3\ne: .inf\nf: -0\n', { a: '8_0', b: 31, c: 12, d: 1000, e: Infinity, f: -0 }],
    ['a: New Year\'s Day\nb: Item #1 # a comment\nc: x#y\n', { a: "New Year's Day", b: 'Item', c: 'x#y' }],
    ['a: one\n  two\n\n  three\n\n\n  four\nb: 1\n', { a: 'one two\nthree\n\nfour', b: 1 }],
    ['- x\n', undefined],
    ['a: \'it\'\'s\'\nb: "tab\\there \\u00e9 \\x41 \\"q\\""\nc: ""\n', { a: "it's", b: 'tab\there é A "q"', c: '' }],
    ['a: |\n  line one\n    indented\n\n  line three\nb: 1\n', { a: 'line one\n  indented\n\nline three\n', b: 1 }],
    ['a: >-\n  folded\n  text\n\n  new paragraph\nb: 1\n', { a: 'folded text\nnew paragraph', b: 1 }],
    ['a: |- # comment\n  x\n\n\nb: 1\n', { a: 'x', b: 1 }],
    ['a: [en, ar]\nb: { en: Head, ar: رئيس }\nc: []\nd: {}\ne: [[1, 2], {x: "y, z"}]\n', { a: ['en', 'ar'], b: { en: 'Head', ar: 'رئيس' }, c: [], d: {}, e: [[1, 2], { x: 'y, z' }] }],
    ['a: [09:00-17:00, -1, Boxing Day (substitute)] # c\n', { a: ['09:00-17:00', -1, 'Boxing Day (substitute)'] }],
    ['# a comment\n\na: 1 # one\n  # indented comment\nb: 2\n', { a: 1, b: 2 }],
    ['a: 1\r\nb:\r\n  - x\r\n', { a: 1, b: ['x'] }],
    ['\uFEFFa: 1\n', { a: 1 }],
    ['on: yes\nTrue_ish: no\n', { on: 'yes', True_ish: 'no' }],
    ['"360001": a\n\'it\'\'s\': b\n"true": c\nالهاتف: d\nx: { "1": e, \'null\': f }\n- - x\n', undefined],
    ['"360001": a\n\'it\'\'s\': b\n"true": c\nالهاتف: d\nname.en: g\nNew complaint: h\nx: { "1": e, \'null\': f, Other complaint: i }\n', { 360001: 'a', 'New complaint': 'h', "it's": 'b', true: 'c', الهاتف: 'd', 'name.en': 'g', x: { 1: 'e', null: 'f', 'Other complaint': 'i' } }],
  ])('reads %j', (text, expected) => {
    if (expected === undefined) {
      expect(readBlockYaml(text)).toBeUndefined();
      return;
    }
    expect(readBlockYaml(text)).toStrictEqual({ data: expected });
    expect(careful(text)).toStrictEqual({ data: expected });
  });

  it.each([
    // Beyond the subset: the others read these, and report what is wrong.
    ['an alias', 'a: &x 1\nb: *x\n'],
    ['a tag', 'a: !!str 1\n'],
    ['a directive', '%YAML 1.2\n---\na: 1\n'],
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['a second document', 'a: 1\n---\nb: 2\n'],
    ['a flow collection over lines', 'a: [1,\n  2]\n'],
    ['a quoted scalar over lines', "a: 'x\n  y'\n"],
    ['a tab', 'a:\t1\n'],
    ['a key with two spaces', 'a  b: 1\n'],
    ['a key ending in a space', '"a": 1\nb : 1\n'],
    ['a key YAML reads as a boolean', 'true: 1\n'],
    ['a __proto__ key', '__proto__: 1\n'],
    ['a quoted __proto__ key', '"__proto__": 1\n'],
    ['a key with an escape', '"a\\tb": 1\n'],
    ['a key then a sequence on its line', 'a: - 1\n'],
    ['a dash alone as a value', 'a: -\n'],
    ['a plain scalar holding ": "', 'a: b: c\n'],
    ['a continuation holding ": "', 'a: b\n  c: d\n'],
    ['a line indented past its mapping', 'a: 1\n  b: 2\n'],
    ['a sequence of sequences on one line', 'a:\n  - - 1\n'],
    ['a keep-chomped block scalar', 'a: |+\n  x\n\nb: 1\n'],
    ['an indentation indicator', 'a: |2\n   x\n'],
    ['a block scalar at the end without a line break', 'a: |\n  x'],
    ['leading empty lines in a block scalar', 'a: |\n\n  x\nb: 1\n'],
    ['a folded scalar with a more-indented line', 'a: >\n  x\n    y\nb: 1\n'],
    ['a trailing comma', 'a: [1, 2, ]\n'],
    ['a flow pair in a sequence', 'a: [b: c]\n'],
    ['an empty flow value', 'a: {b: }\n'],
    ['text after a quoted scalar', 'a: "x" y\n'],
    ['a comment without a space after a flow collection', 'a: [1]#c\n'],
    ['an unknown escape', 'a: "\\q"\n'],
    ['a top-level sequence', '- a\n'],
    ['a top-level scalar', 'text\n'],
    ['an indented first line', '  a: 1\n'],
    ['only comments', '# nothing\n'],
    ['a control character', 'a: x\u0007y\n'],
    ['a lone carriage return', 'a: 1\rb: 2\n'],
  ])('leaves to the others: %s', (_, text) => {
    expect(readBlockYaml(text)).toBeUndefined();
  });

  it('reads every example policy, as yaml does', () => {
    for (const text of EXAMPLES) {
      const block = readBlockYaml(text);
      expect(block).toBeDefined();
      expect(block!.data).toStrictEqual(careful(text)!.data);
    }
  });

  it.each([
    // [plain scalar, what YAML 1.2's core schema makes of it]
    ['80', 80], ['-0', -0], ['+12', 12], ['012', 12], ['0o14', 12], ['0x1F', 31], ['1e3', 1000], ['1.5E+3', 1500], ['.5', 0.5], ['+.5', 0.5], ['1.', 1],
    ['.inf', Infinity], ['-.Inf', -Infinity], ['.NaN', NaN], ['~', null], ['Null', null], ['', null], ['TRUE', true], ['False', false],
    // Numbers to js-yaml's own core schema, text to YAML 1.2.
    ['8_0', '8_0'], ['1_000', '1_000'], ['0b11', '0b11'], ['-0x1', '-0x1'], ['+0o7', '+0o7'], ['1_0.5', '1_0.5'], ['0x', '0x'],
    ['yes', 'yes'], ['on', 'on'], ['2026-06-01', '2026-06-01'], ['12:30', '12:30'], ['.', '.'], ['-1-', '-1-'], ['1e', '1e'],
  ])('reads the plain scalar %j as %j, as yaml does', (scalar, expected) => {
    const text = `a: ${scalar}\nb: [${scalar || '~'}]\n`;
    expect(readBlockYaml(text)).toStrictEqual({ data: { a: expected, b: [expected] } });
    expect(careful(text)).toStrictEqual({ data: { a: expected, b: [expected] } });
  });

  it('reads any plain scalar made of number-like pieces as yaml does', () => {
    const pieces = ['0', '1', '7', '9', '_', '.', 'e', 'E', '+', '-', 'x', 'o', 'b', 'F', 'inf', 'Inf', 'nan', 'NaN', '~', 'true', 'Null', ':', ' '];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 8 }), (parts) => {
        expectAgrees(`a: ${parts.join('')}\nb: [${parts.join('')}]\n`);
      }),
      PROPERTY_OPTIONS,
    );
  });

  it('gives up on nesting past the limit rather than running out of stack', () => {
    const deep = Array.from({ length: 5000 }, (_, i) => `${' '.repeat(i)}k:`).join('\n');
    expect(readBlockYaml(`${deep}\n`)).toBeUndefined();
    expect(readBlockYaml(`a: ${'['.repeat(5000)}${']'.repeat(5000)}\n`)).toBeUndefined();
  });
});

// Mostly what policies hold, so that most documents stay inside the subset; now and then a piece
// that should make the reader give up, or read differently.
const key = fc.oneof(
  { weight: 60, arbitrary: fc.constantFrom('a', 'id', 'cs-policy', 'en', 'ar', 'name_2', 'on', 'b') },
  { weight: 1, arbitrary: fc.constantFrom('true', 'null', '__proto__', 'a b', 'ع', '1', 'x:y', '-k', '#k', 'k ') },
);
const SAFE_PIECES = ['x', 'Text', ' ', 'word', 'a word ', ' and more ', 'ع', 'é', '1', '.5', ':', '-', "'", '(', ')', '#', '.', '😀', 'true'];
const TEXT_PIECES = [
  '  ', ': ', ' #', '- ', '"', '\\', ',', '[', ']', '{', '}', '|', '>', '&', '*', '!', '%', '@', '`', '?', '\n', '\n\n', '\t', '\r', '~',
  '0x1F', '1e3', '8_0', 'Null', '\u00a0', '\u2028', '\u202e', '\u0085', '\u001b', '\u0000',
];
const piece = fc.oneof({ weight: 10, arbitrary: fc.constantFrom(...SAFE_PIECES) }, { weight: 1, arbitrary: fc.constantFrom(...TEXT_PIECES) });

const text = fc.array(piece, { maxLength: 16 }).map((pieces) => pieces.join(''));
const scalar = fc.oneof(text, fc.integer(), fc.double(), fc.boolean(), fc.constant(null));
const data = fc.letrec<{ value: unknown; item: unknown }>((tie) => ({
  value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, fc.array(tie('item'), { maxLength: 4 }), fc.dictionary(key, tie('value'), { maxKeys: 4 })),
  // Sequences of sequences (`- - x`) are beyond the subset: rare here, so that the rest is read.
  item: fc.oneof({ weight: 6, arbitrary: scalar }, { weight: 4, arbitrary: fc.dictionary(key, tie('value'), { maxKeys: 4 }) }, { weight: 1, arbitrary: fc.array(tie('value'), { maxLength: 3 }) }),
})).value;
const document = fc.dictionary(key, data, { minKeys: 1, maxKeys: 6 });

const stringifyOptions: fc.Arbitrary<ToStringOptions> = fc.record({
  lineWidth: fc.constantFrom(0, 20, 40, 80),
  minContentWidth: fc.constantFrom(0, 10, 20),
  indent: fc.constantFrom(2, 3, 4),
  indentSeq: fc.boolean(),
  flowCollectionPadding: fc.boolean(),
  defaultStringType: fc.constantFrom('PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE', 'BLOCK_LITERAL', 'BLOCK_FOLDED'),
  defaultKeyType: fc.constantFrom(null, 'PLAIN'),
  collectionStyle: fc.constantFrom('any', 'block', 'flow'),
  blockQuote: fc.constantFrom(true, false, 'literal', 'folded'),
}) as fc.Arbitrary<ToStringOptions>;

/** Line-level damage, of the kind a careless edit or a bad merge does. */
function damage(source: string, edits: [number, number, string, string][]): string {
  const lines = source.split('\n');
  for (const [a, b, op, piece] of edits) {
    const i = a % lines.length;
    const line = lines[i] ?? '';
    const at = b % (line.length + 1);
    if (op === 'drop') lines.splice(i, 1);
    else if (op === 'dup') lines.splice(i, 0, line);
    else if (op === 'indent') lines[i] = ` ${line}`;
    else if (op === 'outdent') lines[i] = line.replace(/^ /, '');
    else if (op === 'cut') lines[i] = line.slice(0, at);
    else lines[i] = `${line.slice(0, at)}${piece}${line.slice(at)}`;
  }
  return lines.join('\n');
}
const edits = fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom('drop', 'dup', 'indent', 'outdent', 'cut', 'insert', 'insert'), fc.constantFrom(...SAFE_PIECES, ...TEXT_PIECES)), { minLength: 1, maxLength: 4 });

describe('the block reader reads what yaml reads, or gives up', { timeout: PROPERTY_TIMEOUT }, () => {
  it('on data written by yaml in every style', () => {
    fc.assert(
      fc.property(document, stringifyOptions, (value, options) => {
        expectAgrees(stringify(value, options));
      }),
      PROPERTY_OPTIONS,
    );
  });

  it('on the example policies, damaged line by line', () => {
    fc.assert(fc.property(fc.constantFrom(...EXAMPLES), edits, (source, changes) => expectAgrees(damage(source, changes))), PROPERTY_OPTIONS);
  });

  it('on data written by yaml, then damaged', () => {
    fc.assert(
      fc.property(document, stringifyOptions, edits, (value, options, changes) => {
        expectAgrees(damage(stringify(value, options), changes));
      }),
      PROPERTY_OPTIONS,
    );
  });
});
