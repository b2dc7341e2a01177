import type { PilotFormatter } from './common.js';
import type { PilotFormatName } from './names.js';

export type { PilotFormatOptions, PilotFormatter } from './common.js';
export { PILOT_FORMAT_NAMES, type PilotFormatName } from './names.js';

/**
 * Every format of `cs-policy pilot`, one file each; --format accepts exactly PILOT_FORMAT_NAMES. Each is
 * loaded when asked for: the HTML page and the Markdown escaper need not start with the terminal report.
 */
export const PILOT_FORMATTERS = {
  stylish: async () => (await import('./stylish.js')).stylish,
  json: async () => (await import('./json.js')).json,
  md: async () => (await import('./md.js')).md,
  html: async () => (await import('./html.js')).htmlReport,
} as const satisfies Record<PilotFormatName, () => Promise<PilotFormatter>>;
