import type { Formatter } from './formatter.js';
import { github } from './github.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';

export type { FormatOptions, Formatter } from './formatter.js';

/** Every output format of validate; --format accepts exactly these names. */
export const FORMATTERS = { stylish, json, junit, sarif, github } as const satisfies Record<string, Formatter>;
export type FormatName = keyof typeof FORMATTERS;
export const FORMAT_NAMES = Object.keys(FORMATTERS) as FormatName[];
