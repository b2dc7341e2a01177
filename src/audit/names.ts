/**
 * The names --format and --source accept, apart from the registries themselves so that
 * `cs-policy --help` need not load every reader and formatter; the registries are typed against
 * these lists, so the two cannot drift apart.
 */
export const AUDIT_FORMAT_NAMES = ['stylish', 'json', 'md', 'html'] as const;
export type AuditFormatName = (typeof AUDIT_FORMAT_NAMES)[number];
export const SOURCE_NAMES = ['csv', 'zendesk', 'freshdesk', 'duckdb'] as const;
export type SourceName = (typeof SOURCE_NAMES)[number];
