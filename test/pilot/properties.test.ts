import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { PilotResults } from '../../src/core/policy.js';
import { summarize } from '../../src/pilot/classify.js';
import { recordResults } from '../../src/pilot/record.js';
import { applyScale, readResponses } from '../../src/pilot/responses.js';
import { fc, PROPERTY_OPTIONS, PROPERTY_TIMEOUT } from '../helpers/fast-check.js';

const cell = fc.oneof(fc.constantFrom('', '3', '5', '0', '11', 'x', '"q, r"', '"', '٣', ' 4 ', '2.5', '-1'), fc.string({ maxLength: 6 }));
const csvText = fc.tuple(
  fc.constantFrom('id,expectation,performance', 'id,topic,expectation,performance,recommend', 'ID,Performance,Expectation,Comment'),
  fc.array(fc.array(cell, { minLength: 0, maxLength: 6 }), { maxLength: 30 }),
  fc.constantFrom('\n', '\r\n'),
).map(([header, rows, newline]) => [header, ...rows.map((r) => r.join(','))].join(newline) + newline);

describe('pilot properties', () => {
  it('never throws on any CSV; every bad row points inside the file; rows and bad rows never share a line', () => {
    fc.assert(fc.property(csvText, (text) => {
      const read = readResponses(text, 'r.csv');
      if (read.fatal) return;
      const scaled = applyScale(read.rows, read.bad);
      const lines = text.split('\n').length;
      for (const bad of scaled.bad) {
        expect(bad.line).toBeGreaterThanOrEqual(2);
        expect(bad.line).toBeLessThanOrEqual(lines);
      }
      const good = new Set(scaled.responses.map((r) => r.line));
      for (const bad of scaled.bad) expect(good.has(bad.line)).toBe(false);
      const summary = summarize(scaled.responses, 5);
      expect(summary.counts.dissatisfied + summary.counts.satisfied + summary.counts.loyal).toBe(scaled.responses.length);
      for (const share of Object.values(summary.shares)) {
        expect(share.low).toBeGreaterThanOrEqual(0);
        expect(share.high).toBeLessThanOrEqual(100);
        expect(share.low).toBeLessThanOrEqual(share.value + 1e-9);
        expect(share.high).toBeGreaterThanOrEqual(share.value - 1e-9);
      }
    }), PROPERTY_OPTIONS);
  }, PROPERTY_TIMEOUT);

  const topic = fc.string({ minLength: 1, maxLength: 20 });
  const results = fc.record({
    date: fc.constant('2026-03-02'),
    responses: fc.nat(1000), dissatisfied: fc.nat(1000), satisfied: fc.nat(1000), loyal: fc.nat(1000),
    nps: fc.integer({ min: -1000, max: 1000 }).map((n) => n / 10),
    criteria: fc.array(fc.record({ kpi: fc.constantFrom('a', 'b-c'), target: fc.integer({ min: 0, max: 100 }), met: fc.constantFrom(true, false, 'unknown' as const) }), { maxLength: 3 }),
    topics: fc.array(fc.record({ topic, gap: fc.integer({ min: -400, max: 0 }).map((n) => n / 100), responses: fc.nat(100) }), { maxLength: 4 }),
    decision: fc.constantFrom('adopt' as const, 'revise' as const),
  });
  const layouts = [
    'cs-policy: 1\n# keep me\npilot:\n  start: 2026-02-02  # start\n  duration: 4w\n\n# next\nrollout: {start: 2026-03-16}\n',
    'cs-policy: 1\npilot: {start: 2026-02-02, duration: 4w}\nrollout: {start: 2026-03-16}\n',
    'cs-policy: 1\npilot:\n  start: 2026-02-02\n  results: {date: 2020-01-01}\n',
  ];

  it('records any results so that they read back exactly, leaving the text before the pilot alone', () => {
    fc.assert(fc.property(results, fc.constantFrom(...layouts), (value, source) => {
      const outcome = recordResults(source, value as PilotResults);
      if (!('text' in outcome)) throw new Error(outcome.problem);
      expect(parse(outcome.text).pilot.results).toEqual(value);
      expect(outcome.text.startsWith(source.slice(0, source.indexOf('pilot:')))).toBe(true);
      if (source.includes('# next\nrollout')) expect(outcome.text.endsWith('\n# next\nrollout: {start: 2026-03-16}\n')).toBe(true);
    }), PROPERTY_OPTIONS);
  }, PROPERTY_TIMEOUT);
});
