/** The pilot report formats, kept apart from the formatters so the CLI can list them without loading any. */
export const PILOT_FORMAT_NAMES = ['stylish', 'json', 'md', 'html'] as const;
export type PilotFormatName = (typeof PILOT_FORMAT_NAMES)[number];
