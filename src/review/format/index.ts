import type { ReviewFormatter } from './formatter.js';
import { json } from './json.js';
import { md } from './md.js';
import type { ReviewFormatName } from './names.js';
import { stylish } from './stylish.js';

export type { ReviewFormatOptions, ReviewFormatter } from './formatter.js';
export { REVIEW_FORMAT_NAMES, type ReviewFormatName } from './names.js';

/** Every output format of review, one file each. */
export const REVIEW_FORMATTERS: Record<ReviewFormatName, ReviewFormatter> = { stylish, json, md };
