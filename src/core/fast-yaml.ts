import { FAILSAFE_SCHEMA, Type, load } from 'js-yaml';
import { SOURCE_LIMITS, flowDepthExceeds } from './text.js';

/*
 * The fast reading of YAML: js-yaml, about ten times faster than the `yaml` parser, which keeps
 * every position. It is used only where it reads a text exactly as `yaml` reads it, YAML 1.2's core
 * schema, so that a file reads the same whichever path it takes; the rest, and every file with
 * something to report, is read by `yaml` with positions (core/source.ts, core/small-yaml.ts).
 */

/**
 * Aliases, anchors, tags and directives take the careful path. An alias can expand without bound,
 * and js-yaml sets no limit; on the others yaml warns where js-yaml says nothing (an unknown
 * directive or YAML version, an anchor ending in a colon, a tag that does not fit its node). All
 * are rare in policies; text that merely looks like one only costs the careful path.
 */
const UNUSUAL_YAML = /^%|(?:^|[\s[{,])[*&!][^\s,\]}]/m;

/**
 * A quoted scalar that opens on a line and does not close on it. js-yaml reads a continuation line
 * less indented than the spec allows, where yaml rightly reports it; so such files take the careful
 * path too. A quote in a comment only makes the check more cautious.
 */
const QUOTE_SPANS_LINES = /(?:^|[\s[{,:])(?:"(?:[^"\\\n]|\\.)*\\?|'(?:[^'\n]|'')*)$/m;

/** A carriage return alone ends a line for js-yaml; yaml refuses it. */
const LONE_CARRIAGE_RETURN = /\r(?!\n)/;

/** Brackets and line ends: all that flowSpansLines looks at. */
const BRACKET_OR_LINE_END = /[[\]{}\n]/g;

/**
 * Whether a flow collection goes on past the end of the line it opens on. js-yaml reads such a
 * collection even when a later line is less indented than the spec allows, where yaml rightly
 * reports it; so these files, rare in policies, take the careful path. A bracket inside quotes
 * only makes the check more cautious.
 */
function flowSpansLines(text: string): boolean {
  let depth = 0;
  BRACKET_OR_LINE_END.lastIndex = 0;
  for (let match = BRACKET_OR_LINE_END.exec(text); match; match = BRACKET_OR_LINE_END.exec(text)) {
    const char = match[0];
    if (char === '\n') {
      if (depth > 0) return true;
    } else if (char === '[' || char === '{') depth++;
    else if (depth > 0) depth--;
  }
  return depth > 0;
}

/*
 * Plain scalars resolved as YAML 1.2's core schema resolves them, with yaml's own patterns and
 * conversions (yaml/dist/schema/core). js-yaml's CORE_SCHEMA reads more as numbers: `1_000`, `0b11`
 * and `-0x1` are numbers to it and text to YAML 1.2, so a policy whose target was `8_0` passed the
 * fast check and failed the careful one ("must be a number"), and brief printed 80%.
 */
const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOLEAN = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INTEGER = /^(?:0o[0-7]+|[-+]?[0-9]+|0x[0-9a-fA-F]+)$/;
const SPECIAL_FLOAT = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$|^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

const nullType = new Type('tag:yaml.org,2002:null', { kind: 'scalar', resolve: (text: string) => NULL.test(text), construct: () => null });

const booleanType = new Type('tag:yaml.org,2002:bool', { kind: 'scalar', resolve: (text: string) => BOOLEAN.test(text), construct: (text: string) => text[0] === 't' || text[0] === 'T' });

const integerType = new Type('tag:yaml.org,2002:int', {
  kind: 'scalar',
  resolve: (text: string) => INTEGER.test(text),
  construct: (text: string) => (text.startsWith('0o') ? parseInt(text.slice(2), 8) : text.startsWith('0x') ? parseInt(text.slice(2), 16) : parseInt(text, 10)),
});

const floatType = new Type('tag:yaml.org,2002:float', {
  kind: 'scalar',
  resolve: (text: string) => SPECIAL_FLOAT.test(text) || FLOAT.test(text),
  construct: (text: string) => {
    if (!SPECIAL_FLOAT.test(text)) return parseFloat(text);
    if (text.slice(-3).toLowerCase() === 'nan') return NaN;
    return text.startsWith('-') ? -Infinity : Infinity;
  },
});

/** null (`~`, `null`, empty), booleans (`true`, `True`, `TRUE`...), and the numbers above; all else is text. */
const YAML_CORE_SCHEMA = FAILSAFE_SCHEMA.extend({ implicit: [nullType, booleanType, integerType, floatType] });

/**
 * The data of a text the fast reading reads as yaml does, or undefined when it must be read with
 * positions: an unusual construct (above), nesting past the limit, or anything js-yaml refuses
 * (duplicate keys, several documents, a syntax error), which the careful reading reports.
 */
export function readFastYaml(text: string): { data: unknown } | undefined {
  if (UNUSUAL_YAML.test(text) || LONE_CARRIAGE_RETURN.test(text) || QUOTE_SPANS_LINES.test(text) || flowSpansLines(text) || flowDepthExceeds(text, SOURCE_LIMITS.maxFlowDepth) !== undefined) return undefined;
  try {
    return { data: load(text, { schema: YAML_CORE_SCHEMA, json: false }) };
  } catch {
    return undefined;
  }
}
