/** The compare report formats, kept apart from the formatters so the CLI can list them without loading any. */
export const COMPARE_FORMAT_NAMES = ['stylish', 'json', 'md', 'html'] as const;
export type CompareFormatName = (typeof COMPARE_FORMAT_NAMES)[number];
