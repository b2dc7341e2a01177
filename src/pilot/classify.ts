import type { PilotResponse } from './responses.js';
import { netPromoterScore, trialsForMargin, wilson, type Interval, type NetPromoter } from './stats.js';

/**
 * How customers judge service (the method's seed): performance below expectation is
 * dissatisfaction, equal is satisfaction, above is loyalty.
 */
export type Verdict = 'dissatisfied' | 'satisfied' | 'loyal';
export const VERDICTS: readonly Verdict[] = ['dissatisfied', 'satisfied', 'loyal'];

export function verdict(expectation: number, performance: number): Verdict {
  return performance < expectation ? 'dissatisfied' : performance === expectation ? 'satisfied' : 'loyal';
}

export type Counts = Record<Verdict, number>;

export interface Breakdown {
  responses: number;
  counts: Counts;
  /** Percentages 0-100 with their 95% Wilson score intervals. */
  shares: Record<Verdict, Interval>;
  /** Mean of performance minus expectation, in scale points. */
  meanGap: number;
}

export interface TopicBreakdown extends Breakdown { topic: string }

export interface Summary extends Breakdown {
  /** Topics worst first (lowest mean gap); responses without a topic are not in any. */
  topics: TopicBreakdown[];
  untopiced: number;
  nps?: NetPromoter;
  /** The responses needed in all for every share to be known within ±margin, and how many more. */
  precision: { margin: number; needed: number; more: number };
}

const percent = (interval: Interval): Interval => ({ value: interval.value * 100, low: interval.low * 100, high: interval.high * 100 });

function breakdown(responses: readonly PilotResponse[]): Breakdown {
  const counts: Counts = { dissatisfied: 0, satisfied: 0, loyal: 0 };
  let gap = 0;
  for (const response of responses) {
    counts[verdict(response.expectation, response.performance)]++;
    gap += response.performance - response.expectation;
  }
  const n = responses.length;
  const shares = Object.fromEntries(VERDICTS.map((v) => [v, percent(wilson(counts[v], n))])) as Record<Verdict, Interval>;
  return { responses: n, counts, shares, meanGap: n === 0 ? 0 : gap / n };
}

/** `margin` is in percentage points: 5 asks for every share within ±5 points. */
export function summarize(responses: readonly PilotResponse[], margin: number): Summary {
  const overall = breakdown(responses);
  const byTopic = new Map<string, PilotResponse[]>();
  for (const response of responses) {
    if (!response.topic) continue;
    const list = byTopic.get(response.topic) ?? [];
    list.push(response);
    byTopic.set(response.topic, list);
  }
  const topics = [...byTopic].map(([topic, list]) => ({ topic, ...breakdown(list) }))
    .sort((a, b) => a.meanGap - b.meanGap || b.responses - a.responses || (a.topic < b.topic ? -1 : 1));
  const recommends = responses.flatMap((response) => (response.recommend === undefined ? [] : [response.recommend]));
  const nps = netPromoterScore(recommends);
  // The share nearest one half needs the most responses; planning on it covers the other two.
  const needed = Math.max(...VERDICTS.map((v) => trialsForMargin(overall.counts[v] / Math.max(1, overall.responses), margin / 100)));
  return {
    ...overall,
    topics,
    untopiced: responses.filter((response) => !response.topic).length,
    ...(nps ? { nps } : {}),
    precision: { margin, needed, more: Math.max(0, needed - overall.responses) },
  };
}

/** A topic needs work when customers got less than they expected, on average. */
export const needsWork = (topic: TopicBreakdown): boolean => topic.meanGap < 0;
