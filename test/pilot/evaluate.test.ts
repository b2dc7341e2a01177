import { describe, expect, it } from 'vitest';
import type { Policy } from '../../src/core/policy.js';
import { summarize, verdict } from '../../src/pilot/classify.js';
import { decide, evaluateCriteria, meets } from '../../src/pilot/criteria.js';
import { actualValues, readAuditReport } from '../../src/pilot/audit-figures.js';
import { applyScale, readResponses } from '../../src/pilot/responses.js';
import { wilson } from '../../src/pilot/stats.js';
import { generateFeedback, toCsv, type TopicPlan } from './generate.js';

const PLAN: TopicPlan[] = [
  { topic: 'response-speed', dissatisfied: 30, satisfied: 15, loyal: 5 },
  { topic: 'courtesy', dissatisfied: 5, satisfied: 20, loyal: 25 },
  { topic: 'billing', dissatisfied: 12, satisfied: 12, loyal: 6 },
];

describe('the verdict of one response', () => {
  it.each([[3, 2, 'dissatisfied'], [3, 3, 'satisfied'], [3, 4, 'loyal'], [1, 1, 'satisfied'], [5, 1, 'dissatisfied'], [1, 10, 'loyal']] as const)(
    'expected %i, got %i: %s', (expectation, performance, expected) => {
      expect(verdict(expectation, performance)).toBe(expected);
    });
});

describe('generated feedback with known answers', () => {
  for (const seed of [1, 7, 2026]) {
    it(`counts every topic as planned (seed ${seed})`, () => {
      const csv = toCsv(generateFeedback(PLAN, { seed }));
      const read = readResponses(csv, 'gen.csv');
      expect(read.bad).toEqual([]);
      const scaled = applyScale(read.rows, read.bad);
      expect(scaled.max).toBe(5);
      const summary = summarize(scaled.responses, 5);
      const total = { dissatisfied: 47, satisfied: 47, loyal: 36 };
      expect(summary.responses).toBe(130);
      expect(summary.counts).toEqual(total);
      expect(summary.shares.dissatisfied.value).toBeCloseTo((47 / 130) * 100, 10);
      expect(summary.shares.loyal.low).toBeCloseTo(wilson(36, 130).low * 100, 10);
      // Worst first: the topic planned with the most dissatisfied customers leads.
      expect(summary.topics.map((t) => t.topic)[0]).toBe('response-speed');
      for (const plan of PLAN) {
        const topic = summary.topics.find((t) => t.topic === plan.topic)!;
        expect(topic.counts).toEqual({ dissatisfied: plan.dissatisfied, satisfied: plan.satisfied, loyal: plan.loyal });
        expect(topic.responses).toBe(plan.dissatisfied + plan.satisfied + plan.loyal);
      }
      // The mean gap, recomputed from the rows themselves.
      const speed = scaled.responses.filter((r) => r.topic === 'response-speed');
      const gap = speed.reduce((sum, r) => sum + r.performance - r.expectation, 0) / speed.length;
      expect(summary.topics[0]!.meanGap).toBeCloseTo(gap, 12);
      expect(summary.topics[0]!.meanGap).toBeLessThan(0);
    });
  }

  it('reads the 1-10 scale from the data, and the NPS from recommend', () => {
    const rows = generateFeedback([{ topic: 'x', dissatisfied: 10, satisfied: 10, loyal: 10 }], { seed: 3, max: 10, recommend: true });
    const read = readResponses(toCsv(rows), 'gen.csv');
    const scaled = applyScale(read.rows, read.bad);
    expect(scaled.max).toBe(10);
    const summary = summarize(scaled.responses, 5);
    const scores = rows.map((r) => r.recommend!);
    const promoters = scores.filter((s) => s >= 9).length;
    const detractors = scores.filter((s) => s <= 6).length;
    expect(summary.nps?.score).toBeCloseTo(((promoters - detractors) / scores.length) * 100, 10);
  });
});

const policy = {
  goals: [{ id: 'g', category: 'x', title: 'G', kpis: [
    { id: 'answered', name: 'Answered', target: 80, unit: '%', direction: 'at-least' },
    { id: 'abandoned', name: 'Abandoned', target: 5, unit: '%', direction: 'at-most' },
    { id: 'csat', name: 'CSAT', target: 4.2, unit: 'of 5', direction: 'at-least' },
  ] }],
  pilot: { success_criteria: [{ kpi: 'answered', target: 80 }, { kpi: 'abandoned', target: 5 }, { kpi: 'csat', target: 4 }] },
} as unknown as Policy;

describe('success criteria and the decision', () => {
  it.each([
    ['at-least', 80, 80, true], ['at-least', 79.9, 80, false], ['at-least', 81, 80, true],
    ['at-most', 5, 5, true], ['at-most', 5.1, 5, false], ['at-most', 0, 5, true],
  ] as const)('%s: %d against %d is met: %s', (direction, actual, target, expected) => {
    expect(meets(direction, actual, target)).toBe(expected);
  });

  it('adopts when every criterion is met', () => {
    const criteria = evaluateCriteria(policy, actualValues(['answered', 'abandoned', 'csat'], { given: new Map([['answered', 82], ['abandoned', 4], ['csat', 4.1]]), fromAudit: new Map() }));
    expect(criteria.map((c) => c.met)).toEqual([true, true, true]);
    expect(decide(criteria)).toBe('adopt');
  });

  it('revises when a criterion has no value: unknown is never met', () => {
    const criteria = evaluateCriteria(policy, actualValues(['answered', 'abandoned', 'csat'], { given: new Map([['answered', 82], ['abandoned', 4]]), fromAudit: new Map() }));
    expect(criteria.map((c) => c.met)).toEqual([true, true, 'unknown']);
    expect(decide(criteria)).toBe('revise');
  });

  it('takes values from an audit report, by mapping or by the same id, and --kpi first', () => {
    const audit = readAuditReport({ format: 'cs-policy/audit', version: 1, as_of: '2026-03-01', standards: [
      { id: 'phone-answer', attainment: 78.5 }, { id: 'abandoned', attainment: 3 }, { id: 'csat', attainment: null },
    ] });
    if ('kind' in audit) throw new Error('not read');
    const actuals = actualValues(['answered', 'abandoned', 'csat'], { given: new Map([['abandoned', 6]]), audit, fromAudit: new Map([['answered', 'phone-answer']]) });
    expect([...actuals]).toEqual([
      ['answered', { value: 78.5, source: { kind: 'audit', standard: 'phone-answer' } }],
      ['abandoned', { value: 6, source: { kind: 'given' } }],
    ]);
    const criteria = evaluateCriteria(policy, actuals);
    expect(criteria.map((c) => c.met)).toEqual([false, false, 'unknown']);
  });

  it.each([[{}], [{ format: 'cs-policy/findings', standards: [] }], [null], [{ format: 'cs-policy/audit' }]])('refuses %j as an audit report', (data) => {
    expect(readAuditReport(data)).toEqual({ kind: 'not-audit' });
  });
});
