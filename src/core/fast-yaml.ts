import { FAILSAFE_SCHEMA, Type, load } from 'js-yaml';
import { readBlockYaml } from './block-yaml.js';
import { SOURCE_LIMITS, flowDepthExceeds } from './text.js';
import { CORE_SCALARS, coreBoolean, coreFloat, coreInteger, isCoreFloat } from './yaml-scalars.js';

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
 * conversions (core/yaml-scalars.ts). js-yaml's CORE_SCHEMA reads more as numbers: `1_000`, `0b11`
 * and `-0x1` are numbers to it and text to YAML 1.2, so a policy whose target was `8_0` passed the
 * fast check and failed the careful one ("must be a number"), and brief printed 80%.
 */
const nullType = new Type('tag:yaml.org,2002:null', { kind: 'scalar', resolve: (text: string) => CORE_SCALARS.null.test(text), construct: () => null });

const booleanType = new Type('tag:yaml.org,2002:bool', { kind: 'scalar', resolve: (text: string) => CORE_SCALARS.boolean.test(text), construct: coreBoolean });

const integerType = new Type('tag:yaml.org,2002:int', { kind: 'scalar', resolve: (text: string) => CORE_SCALARS.integer.test(text), construct: coreInteger });

const floatType = new Type('tag:yaml.org,2002:float', { kind: 'scalar', resolve: isCoreFloat, construct: coreFloat });

/** null (`~`, `null`, empty), booleans (`true`, `True`, `TRUE`...), and the numbers above; all else is text. */
const YAML_CORE_SCHEMA = FAILSAFE_SCHEMA.extend({ implicit: [nullType, booleanType, integerType, floatType] });

/**
 * The data of a text the fast reading reads as yaml does, or undefined when it must be read with
 * positions: an unusual construct (above), nesting past the limit, or anything js-yaml refuses
 * (duplicate keys, several documents, a syntax error), which the careful reading reports.
 */
export function readFastYaml(text: string): { data: unknown } | undefined {
  if (UNUSUAL_YAML.test(text) || LONE_CARRIAGE_RETURN.test(text) || QUOTE_SPANS_LINES.test(text) || flowSpansLines(text) || flowDepthExceeds(text, SOURCE_LIMITS.maxFlowDepth) !== undefined) return undefined;
  const block = readBlockYaml(text);
  if (block) return block;
  try {
    return { data: load(text, { schema: YAML_CORE_SCHEMA, json: false }) };
  } catch {
    return undefined;
  }
}
