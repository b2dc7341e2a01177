/** The names --format accepts; kept apart from the formatters so that start-up loads none of them. */
export const ACK_FORMAT_NAMES = ['stylish', 'json', 'md'] as const;
export type AckFormatName = (typeof ACK_FORMAT_NAMES)[number];
