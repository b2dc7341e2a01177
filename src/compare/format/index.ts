import type { CompareFormatter } from './common.js';
import { htmlReport } from './html.js';
import { json } from './json.js';
import { md } from './md.js';
import type { CompareFormatName } from './names.js';
import { stylish } from './stylish.js';

export type { CompareFormatOptions, CompareFormatter } from './common.js';
export { COMPARE_FORMAT_NAMES, type CompareFormatName } from './names.js';

/** Every format of `cs-policy compare`; --format accepts exactly COMPARE_FORMAT_NAMES, and each has one here. */
export const COMPARE_FORMATTERS = { stylish, json, md, html: htmlReport } as const satisfies Record<CompareFormatName, CompareFormatter>;
