/*
 * How YAML 1.2's core schema reads a plain scalar, with yaml's own patterns and conversions
 * (yaml/dist/schema/core): null, booleans, integers and floats; all else is text. Both fast readings
 * of YAML (core/block-yaml.ts, and js-yaml in core/fast-yaml.ts) resolve scalars here, so a file
 * reads the same whichever path it takes.
 */
export const CORE_SCALARS = {
  null: /^(?:~|[Nn]ull|NULL)?$/,
  boolean: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
  integer: /^(?:0o[0-7]+|[-+]?[0-9]+|0x[0-9a-fA-F]+)$/,
  specialFloat: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
  float: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$|^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
} as const;

export const coreBoolean = (text: string): boolean => text[0] === 't' || text[0] === 'T';

export const coreInteger = (text: string): number =>
  text.startsWith('0o') ? parseInt(text.slice(2), 8) : text.startsWith('0x') ? parseInt(text.slice(2), 16) : parseInt(text, 10);

export const isCoreFloat = (text: string): boolean => CORE_SCALARS.specialFloat.test(text) || CORE_SCALARS.float.test(text);

export function coreFloat(text: string): number {
  if (!CORE_SCALARS.specialFloat.test(text)) return parseFloat(text);
  if (text.slice(-3).toLowerCase() === 'nan') return NaN;
  return text.startsWith('-') ? -Infinity : Infinity;
}

/** Text that can only be text: it starts with none of the characters a null, boolean or number starts with. */
const ONLY_TEXT = /^[^-+.~0-9nNtTfF]/;

/** What a plain scalar is under the core schema. */
export function resolvePlainScalar(text: string): unknown {
  if (ONLY_TEXT.test(text)) return text;
  if (CORE_SCALARS.null.test(text)) return null;
  if (CORE_SCALARS.boolean.test(text)) return coreBoolean(text);
  if (CORE_SCALARS.integer.test(text)) return coreInteger(text);
  if (isCoreFloat(text)) return coreFloat(text);
  return text;
}
