import type { Localized, LocalizedPlural, Params } from './i18n/index.js';

/**
 * Exit codes, the same for every command, fixed for CI:
 * - clean (0): the command did its job and its verdict is positive;
 * - findings (1): it did its job and its own verdict is negative (findings at the threshold, a
 *   standard short, a pilot to revise, a review overdue, a late acknowledgement);
 * - failure (2): it could not do its job (usage, I/O, a policy that fails its check, unreadable
 *   input, an internal error). A policy a command cannot use is this, never a verdict.
 */
export const EXIT = { clean: 0, findings: 1, failure: 2 } as const;

/**
 * A failure the user can act on (bad usage, a missing file, an unwritable output). It carries its
 * message in both languages, so the edge puts it into the user's language (say), and always exits 2.
 */
export class CliError extends Error {
  constructor(
    readonly words: Localized | LocalizedPlural,
    readonly params: Params = {},
  ) {
    // In English for a trace under --debug; the user is told in their language by the edge.
    super(typeof words.en === 'string' ? words.en : words.en.other);
    this.name = 'CliError';
  }
}
