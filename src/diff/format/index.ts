import type { DiffFormatter } from './formatter.js';
import { github } from './github.js';
import { json } from './json.js';
import { md } from './md.js';
import type { DiffFormatName } from './names.js';
import { stylish } from './stylish.js';

export type { DiffFormatOptions, DiffFormatter } from './formatter.js';
export { DIFF_FORMAT_NAMES, type DiffFormatName } from './names.js';

/** Every output format of diff, one file each. */
export const DIFF_FORMATTERS: Record<DiffFormatName, DiffFormatter> = { stylish, json, md, github };
