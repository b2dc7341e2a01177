import type { AckFormatter } from './formatter.js';
import { json } from './json.js';
import { md } from './md.js';
import type { AckFormatName } from './names.js';
import { stylish } from './stylish.js';

export type { AckFormatOptions, AckFormatter } from './formatter.js';
export { ACK_FORMAT_NAMES, type AckFormatName } from './names.js';

/** Every output format of acknowledgements, one file each. */
export const ACK_FORMATTERS: Record<AckFormatName, AckFormatter> = { stylish, json, md };
