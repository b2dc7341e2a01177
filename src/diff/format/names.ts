/** The names --format accepts; kept apart from the formatters so that start-up loads none of them. */
export const DIFF_FORMAT_NAMES = ['stylish', 'json', 'md', 'github'] as const;
export type DiffFormatName = (typeof DIFF_FORMAT_NAMES)[number];
