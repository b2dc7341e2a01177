import fc from 'fast-check';

/**
 * Property tests run with a fixed seed, so CI is repeatable. To explore, set FC_SEED to another
 * number and FC_RUNS to more cases; to replay a failure, set FC_SEED and FC_PATH to the values
 * fast-check printed with it.
 */
export const PROPERTY_OPTIONS: fc.Parameters<unknown> = {
  seed: Number(process.env.FC_SEED ?? 20_261_122),
  numRuns: Number(process.env.FC_RUNS ?? 1000),
  ...(process.env.FC_PATH ? { path: process.env.FC_PATH } : {}),
  endOnFailure: true,
};

export { fc };

/** Time a property test may take: thousands of cases on a slow machine take a while. */
export const PROPERTY_TIMEOUT = Math.max(180_000, (PROPERTY_OPTIONS.numRuns ?? 1000) * 150);
