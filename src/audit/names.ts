/**
 * The names --source accepts, apart from the readers themselves so that `cs-policy --help` need
 * not load every reader; the registry is typed against this list, so the two cannot drift apart.
 */
export const SOURCE_NAMES = ['csv', 'zendesk', 'freshdesk', 'duckdb'] as const;
export type SourceName = (typeof SOURCE_NAMES)[number];
