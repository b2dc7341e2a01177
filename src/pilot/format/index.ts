import type { PilotFormatter } from './common.js';
import { htmlReport } from './html.js';
import { json } from './json.js';
import { md } from './md.js';
import type { PilotFormatName } from './names.js';
import { stylish } from './stylish.js';

export type { PilotFormatOptions, PilotFormatter } from './common.js';
export { PILOT_FORMAT_NAMES, type PilotFormatName } from './names.js';

/** Every format of `cs-policy pilot`; --format accepts exactly PILOT_FORMAT_NAMES, and each has one here. */
export const PILOT_FORMATTERS = { stylish, json, md, html: htmlReport } as const satisfies Record<PilotFormatName, PilotFormatter>;
