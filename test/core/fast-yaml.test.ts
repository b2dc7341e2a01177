import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readFastYaml } from '../../src/core/fast-yaml.js';
import { fc, PROPERTY_OPTIONS } from '../helpers/fast-check.js';

// yaml, reading YAML 1.2's core schema with every position, is the second reading of each case.
const careful = (text: string) => parse(text, { uniqueKeys: true });

describe('the fast reading of YAML', () => {
  it.each([
    // [plain scalar, what YAML 1.2's core schema makes of it]
    ['80', 80], ['-0', -0], ['+12', 12], ['012', 12], ['0o14', 12], ['0x1F', 31], ['1e3', 1000], ['1.5E+3', 1500], ['.5', 0.5], ['+.5', 0.5], ['1.', 1],
    ['.inf', Infinity], ['-.Inf', -Infinity], ['.NaN', NaN], ['~', null], ['Null', null], ['', null], ['TRUE', true], ['False', false],
    // Numbers to js-yaml's own core schema, text to YAML 1.2.
    ['8_0', '8_0'], ['1_000', '1_000'], ['0b11', '0b11'], ['-0x1', '-0x1'], ['+0o7', '+0o7'], ['1_0.5', '1_0.5'], ['0x', '0x'],
    ['yes', 'yes'], ['on', 'on'], ['2026-06-01', '2026-06-01'], ['12:30', '12:30'], ['.', '.'], ['-1-', '-1-'], ['1e', '1e'],
  ])('reads %j as %j, as yaml does', (scalar, expected) => {
    const text = `a: ${scalar}\n`;
    expect(readFastYaml(text)).toEqual({ data: { a: expected } });
    expect(careful(text)).toEqual({ a: expected });
  });

  it('reads any plain scalar made of number-like pieces as yaml does', () => {
    const pieces = ['0', '1', '7', '9', '_', '.', 'e', 'E', '+', '-', 'x', 'o', 'b', 'F', 'inf', 'Inf', 'nan', 'NaN', '~', 'true', 'Null', ':', ' '];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 8 }), (parts) => {
        const text = `a: ${parts.join('')}\nb: [${parts.join('')}]\n`;
        const fast = readFastYaml(text);
        let expected: unknown;
        try {
          expected = careful(text);
        } catch {
          // A text yaml refuses must not be read by the fast path either.
          expect(fast).toBeUndefined();
          return;
        }
        if (fast) expect(fast.data).toEqual(expected);
      }),
      PROPERTY_OPTIONS,
    );
  });

  it('leaves to the careful reading what js-yaml would read otherwise or refuses', () => {
    for (const text of ['a: &x 1\nb: *x\n', 'a: 1\na: 2\n', 'a: 1\n---\nb: 2\n', 'a: [1,\n2]\n', "a: 'x\n  y'\n", 'a: 1\rb: 2\n', 'a: -\n', '%YAML 1.2\n---\na: 1\n', 'a: !!str 1\n']) {
      expect(readFastYaml(text)).toBeUndefined();
    }
  });
});
