/** The names --format accepts; kept apart from the formatters so that start-up loads none of them. */
export const REVIEW_FORMAT_NAMES = ['stylish', 'json', 'md'] as const;
export type ReviewFormatName = (typeof REVIEW_FORMAT_NAMES)[number];
