import { describe, expect, it } from 'vitest';
import { Scalar } from 'yaml';
import { editYaml } from '../../src/core/yaml-edit.js';

const quoted = (text: string) => Object.assign(new Scalar(text), { type: Scalar.QUOTE_DOUBLE });

describe('editYaml', () => {
  it('keeps a byte-order mark and CRLF line ends, new lines included', () => {
    const source = '\uFEFFa: 1 # one\r\nb:\r\n  c: 2\r\n';
    expect(editYaml(source, (data) => ({ ...data, a: 3, b: { c: 2, d: [{ e: 1, f: 2 }] } }))).toBe('\uFEFFa: 3 # one\r\nb:\r\n  c: 2\r\n  d:\r\n    - e: 1\r\n      f: 2\r\n');
  });

  it('puts a new key after the key it follows in the new value, in a block or a one-line mapping', () => {
    const source = 'x: { p: 1, r: 3 }  # note\ny:\n  p: 1\n  r: 3\n';
    const text = editYaml(source, () => ({ x: { p: 1, q: 2, r: 3 }, y: { p: 1, q: 2, r: 3 } }));
    expect(text).toBe('x: { p: 1, q: 2, r: 3 }  # note\ny:\n  p: 1\n  q: 2\n  r: 3\n');
  });

  it('writes a value that is a Scalar in that Scalar\'s style', () => {
    expect(editYaml('a: 1\n', () => ({ a: 1, b: quoted('plain') }))).toBe('a: 1\nb: "plain"\n');
  });

  it('says when the text does not parse cleanly', () => {
    expect(editYaml('a: 1\na: 2\n', () => ({ a: 3 }))).toBeUndefined();
    expect(editYaml('- 1\n', () => ({ a: 3 }))).toBeUndefined();
  });
});
