import type { CompareFormatter } from './common.js';
import type { CompareFormatName } from './names.js';

export type { CompareFormatOptions, CompareFormatter } from './common.js';
export { COMPARE_FORMAT_NAMES, type CompareFormatName } from './names.js';

/**
 * Every format of `cs-policy compare`, one file each; --format accepts exactly COMPARE_FORMAT_NAMES. Each is
 * loaded when asked for: the HTML page and the Markdown escaper need not start with the terminal report.
 */
export const COMPARE_FORMATTERS = {
  stylish: async () => (await import('./stylish.js')).stylish,
  json: async () => (await import('./json.js')).json,
  md: async () => (await import('./md.js')).md,
  html: async () => (await import('./html.js')).htmlReport,
} as const satisfies Record<CompareFormatName, () => Promise<CompareFormatter>>;
