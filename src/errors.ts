import type { MessageId, Params } from './i18n/index.js';

/** Exit codes, fixed for CI: findings at or above the threshold are 1; usage, I/O and bugs are 2. */
export const EXIT = { clean: 0, findings: 1, failure: 2 } as const;

/**
 * A failure the user can act on (bad usage, a missing file, an unwritable output). It carries a
 * message id, so the edge prints it in the user's language, and always exits 2.
 */
export class CliError extends Error {
  constructor(
    readonly messageId: MessageId,
    readonly params: Params = {},
  ) {
    super(messageId);
    this.name = 'CliError';
  }
}
