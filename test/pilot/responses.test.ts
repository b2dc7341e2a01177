import { describe, expect, it } from 'vitest';
import { applyScale, parseScore, readResponses, type RowProblem } from '../../src/pilot/responses.js';

const HEADER = 'id,expectation,performance,topic,recommend';

describe('reading pilot responses', () => {
  it.each<[string, string, RowProblem]>([
    ['a score that is not a number', 'c2,4,four,speed,', { kind: 'not-a-number', column: 'performance', value: 'four' }],
    ['a decimal comma', 'c2,"3,5",4,speed,', { kind: 'not-a-number', column: 'expectation', value: '3,5' }],
    ['an empty score', 'c2,,4,speed,', { kind: 'missing-value', column: 'expectation' }],
    ['an empty id', ',3,4,speed,', { kind: 'missing-value', column: 'id' }],
    ['a short row', 'c2,3,4', { kind: 'short-row', cells: 3, expected: 5 }],
    ['a long row', 'c2,3,4,speed,9,extra', { kind: 'long-row', cells: 6, expected: 5 }],
    ['a recommend over 10', 'c2,3,4,speed,11', { kind: 'out-of-scale', column: 'recommend', value: '11', max: 10 }],
    ['a recommend that is a fraction', 'c2,3,4,speed,7.5', { kind: 'out-of-scale', column: 'recommend', value: '7.5', max: 10 }],
    ['the same customer twice', 'c1,3,3,speed,', { kind: 'duplicate-id', id: 'c1', firstLine: 2 }],
    ['text after a closing quote', 'c2,"3"x,4,speed,', { kind: 'bad-csv' }],
  ])('names %s with its line and evaluates the rest', (_name, line, problem) => {
    const text = `${HEADER}\nc1,3,4,speed,9\n${line}\nc3,5,2,billing,2\n`;
    const read = readResponses(text, 'r.csv');
    expect(read.bad).toEqual([{ file: 'r.csv', line: 3, problem }]);
    expect(read.rows.map((row) => [row.id, row.line])).toEqual([['c1', 2], ['c3', 4]]);
  });

  it('names scores outside the scale, given or read from the data', () => {
    const text = `${HEADER}\nc1,3,4,,\nc2,0,4,,\nc3,5,12,,\nc4,7,6,,\n`;
    const read = readResponses(text, 'r.csv');
    const inferred = applyScale(read.rows, read.bad);
    expect(inferred.max).toBe(7);
    expect(inferred.bad.map((b) => [b.line, b.problem])).toEqual([
      [3, { kind: 'out-of-scale', column: 'expectation', value: '0', max: 7 }],
      [4, { kind: 'out-of-scale', column: 'performance', value: '12', max: 7 }],
    ]);
    const given = applyScale(read.rows, read.bad, 5);
    expect(given.inferred).toBe(false);
    expect(given.bad.map((b) => b.line)).toEqual([3, 4, 5]);
    expect(given.responses.map((r) => r.id)).toEqual(['c1']);
  });

  it('reads headers as exports vary them, quoted comments, CRLF and a byte-order mark', () => {
    const text = '\uFEFFID,Topic,Expectation,Performance,Comment\r\nc1,speed,3,4,"Good, and ""quick"""\r\n\r\nc2,speed,٤,۲,\r\n';
    const read = readResponses(text, 'r.csv');
    expect(read.bad).toEqual([]);
    expect(read.rows).toEqual([
      { file: 'r.csv', line: 2, id: 'c1', expectation: 3, performance: 4, topic: 'speed', comment: 'Good, and "quick"' },
      { file: 'r.csv', line: 4, id: 'c2', expectation: 4, performance: 2, topic: 'speed' },
    ]);
  });

  it.each([
    ['no id column', 'expectation,performance\n3,4\n', ['id']],
    ['neither score', 'id,topic\nc1,x\n', ['expectation', 'performance']],
  ])('refuses a header with %s', (_name, text, columns) => {
    expect(readResponses(text, 'r.csv').fatal).toEqual({ kind: 'missing-columns', columns });
  });

  it('refuses an empty file', () => {
    expect(readResponses('\n\n', 'r.csv').fatal).toEqual({ kind: 'no-rows' });
  });

  it('reads JSON lists and names each bad item by its line', () => {
    const text = `[
  {"id": "c1", "expectation": 3, "performance": 4, "topic": "a, \\"b\\" [c]"},
  {"id": "c2", "expectation": "x", "performance": 4},
  7,
  {"id": "c4",
   "expectation": 2, "performance": 2, "recommend": 10}
]`;
    const read = readResponses(text, 'r.json');
    expect(read.rows.map((r) => [r.id, r.line, r.topic])).toEqual([['c1', 2, 'a, "b" [c]'], ['c4', 5, undefined]]);
    expect(read.bad).toEqual([
      { file: 'r.json', line: 3, problem: { kind: 'not-a-number', column: 'expectation', value: 'x' } },
      { file: 'r.json', line: 4, problem: { kind: 'not-an-object' } },
    ]);
    expect(readResponses(`{"survey": "x", "responses": [\n{"id": "a", "expectation": 1, "performance": 1}]}`, 'r.json').rows[0]?.line).toBe(2);
  });

  it.each([['{"responses": 3}'], ['[1, 2'], ['{"id": "c1"}']])('refuses %s as JSON responses', (text) => {
    expect(readResponses(text, 'r.json').fatal?.kind).toBe('bad-json');
  });

  it.each([['3', 3], [' 4 ', 4], ['٧', 7], ['۱۰', 10], ['2.5', 2.5], ['-1', -1], ['3,5', undefined], ['', undefined], ['1e1', undefined], ['five', undefined], ['0x5', undefined]])('reads the score %j as %s', (raw, expected) => {
    expect(parseScore(raw)).toBe(expected);
  });
});
