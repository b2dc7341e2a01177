/**
 * Pilot feedback with known answers: for each topic, exactly the number of dissatisfied, satisfied
 * and loyal customers asked for, with scores drawn from a seeded generator, in a shuffled order.
 * Whatever the seed, the counts, shares and mean gaps follow from the construction.
 */
export interface TopicPlan { topic: string; dissatisfied: number; satisfied: number; loyal: number }

export interface GeneratedRow { id: string; topic: string; expectation: number; performance: number; recommend?: number }

/** Park and Miller's minimal standard generator: small, seeded, the same on every machine. */
export function seeded(seed: number): () => number {
  let state = seed % 2147483647 || 1;
  return () => {
    state = (state * 16807) % 2147483647;
    return (state - 1) / 2147483646;
  };
}

export function generateFeedback(plan: readonly TopicPlan[], options: { seed: number; max?: number; recommend?: boolean }): GeneratedRow[] {
  const random = seeded(options.seed);
  const max = options.max ?? 5;
  const pick = (from: number, to: number) => from + Math.floor(random() * (to - from + 1));
  const rows: Omit<GeneratedRow, 'id'>[] = [];
  for (const { topic, dissatisfied, satisfied, loyal } of plan) {
    for (let i = 0; i < dissatisfied; i++) {
      const expectation = pick(2, max);
      rows.push({ topic, expectation, performance: pick(1, expectation - 1) });
    }
    for (let i = 0; i < satisfied; i++) {
      const score = pick(1, max);
      rows.push({ topic, expectation: score, performance: score });
    }
    for (let i = 0; i < loyal; i++) {
      const expectation = pick(1, max - 1);
      rows.push({ topic, expectation, performance: pick(expectation + 1, max) });
    }
  }
  // Fisher-Yates, so topics and verdicts are interleaved as real responses are.
  for (let i = rows.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [rows[i], rows[j]] = [rows[j]!, rows[i]!];
  }
  return rows.map((row, i) => ({ id: `c${String(i + 1).padStart(4, '0')}`, ...row, ...(options.recommend ? { recommend: pick(0, 10) } : {}) }));
}

export function toCsv(rows: readonly GeneratedRow[]): string {
  const lines = ['id,topic,expectation,performance,recommend'];
  for (const row of rows) lines.push([row.id, row.topic, row.expectation, row.performance, row.recommend ?? ''].join(','));
  return `${lines.join('\n')}\n`;
}
