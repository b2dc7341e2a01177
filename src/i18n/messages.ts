import type { Localized } from './lang.js';

/**
 * The messages more than one command says. A command's own errors and report words are in the
 * messages.ts of its folder; a rule's are in the rule's file.
 */
export const MESSAGES = {
  /** Separators between list items and between clauses: Arabic has its own comma and semicolon. */
  comma: { en: ', ', ar: '، ' },
  semicolon: { en: '; ', ar: '؛ ' },
  /** Between the ends of a range: "Sunday to Thursday". */
  rangeTo: { en: ' to ', ar: ' إلى ' },
} as const satisfies Record<string, Localized>;
