import type { LocalText } from '../core/policy.js';
import type { Comparison } from './compare.js';

/** Everything a compare report says; every format prints this one value. */
export interface CompareReport extends Comparison {
  /** `locale`: the policy's, for its dates (core/locale.ts). */
  policy: { id: string; title: LocalText; file: string; locale?: string };
  date: string;
  maxAge: string;
  maxAgeDays: number;
  /** As given with --tolerance; undefined when level is validate's definition. */
  tolerance?: number;
  /** The comparison's notes in the policy. */
  notes?: LocalText;
}
