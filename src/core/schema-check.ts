import type { ErrorObject } from 'ajv';
import { knownKeys, validatePolicy, type StandaloneValidator } from '../generated/validators.js';
import { joinList, messageAt, say, type Lang, type Localized } from '../i18n/index.js';
import type { DocPath, PathSegment } from './finding.js';
import type { Anchor } from './locate.js';
import { didYouMean, didYouMeanHint } from './suggest.js';
import { CORE_MESSAGES } from './messages.js';

/** At most this many schema findings per file: past that, the first ones are what helps. */
export const MAX_SCHEMA_FINDINGS = 50;

export interface SchemaProblem {
  message: string;
  path: DocPath;
  anchor: Anchor;
  /** For an unknown key: the known key it is probably a typo of. For a missing key: that key. */
  key?: { name: string; role: 'suggested' | 'missing' };
}

/**
 * "organization" for "organisation" is one mistake, not two: a missing required key that an
 * unknown key beside it is suggested for is left to the unknown-key finding.
 */
function withoutMisspeltRequired(problems: SchemaProblem[]): SchemaProblem[] {
  const parentOf = (problem: SchemaProblem) => JSON.stringify(problem.key?.role === 'suggested' ? problem.path.slice(0, -1) : problem.path);
  const suggested = new Set(problems.filter((p) => p.key?.role === 'suggested').map((p) => `${parentOf(p)}|${p.key!.name}`));
  return problems.filter((p) => p.key?.role !== 'missing' || !suggested.has(`${parentOf(p)}|${p.key.name}`));
}

function pointerToPath(pointer: string): PathSegment[] {
  if (!pointer) return [];
  return pointer.slice(1).split('/').map((raw) => {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    return /^\d+$/.test(segment) ? Number(segment) : segment;
  });
}

/** Named shapes in the schema's $defs get a message that says what is expected, not a regex. */
const PATTERN_MESSAGES: Record<string, Localized> = {
  '#/$defs/id/pattern': CORE_MESSAGES['schema.pattern.id'],
  '#/$defs/duration/pattern': CORE_MESSAGES['schema.pattern.duration'],
  '#/$defs/language/pattern': CORE_MESSAGES['schema.pattern.language'],
  '#/properties/locale/pattern': CORE_MESSAGES['schema.pattern.locale'],
  '#/properties/version/pattern': CORE_MESSAGES['schema.pattern.version'],
  '#/properties/changes/items/properties/version/pattern': CORE_MESSAGES['schema.pattern.version'],
  '#/$defs/dayHours/items/pattern': CORE_MESSAGES['schema.pattern.hours'],
  '#/$defs/dayHours/pattern': CORE_MESSAGES['schema.pattern.hours'],
  '#/$defs/currency/pattern': CORE_MESSAGES['schema.pattern.currency'],
  '#/properties/calendars/items/properties/country/pattern': CORE_MESSAGES['schema.pattern.country'],
  '#/properties/calendars/items/properties/timezone/pattern': CORE_MESSAGES['schema.pattern.timezone'],
  '#/properties/standards/items/properties/attainment/pattern': CORE_MESSAGES['schema.pattern.attainment'],
};

function typeNames(lang: Lang, type: string | string[]): string {
  const types = Array.isArray(type) ? type : [type];
  return types.map((name) => { const message = messageAt(CORE_MESSAGES, `type.${name}`); return message ? say(lang, message) : name; }).join(say(lang, CORE_MESSAGES['type.or']));
}

function quoteList(lang: Lang, values: readonly unknown[]): string {
  return joinList(lang, values.map((value) => JSON.stringify(value)), 'disjunction');
}

function valueAt(root: unknown, path: readonly PathSegment[]): unknown {
  let node = root;
  for (const segment of path) node = node !== null && typeof node === 'object' ? (node as Record<string | number, unknown>)[segment] : undefined;
  return node;
}

function describe(error: ErrorObject, lang: Lang, data: unknown): SchemaProblem | undefined {
  const path = pointerToPath(error.instancePath);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const known = knownKeys[error.schemaPath] ?? [];
      const suggestion = didYouMean(key, known);
      const problem: SchemaProblem = { message: say(lang, CORE_MESSAGES['schema.additionalProperties'], { key }) + didYouMeanHint(lang, suggestion), path: [...path, key], anchor: 'key' };
      return suggestion ? { ...problem, key: { name: suggestion, role: 'suggested' } } : problem;
    }
    case 'required': {
      const key = String(params.missingProperty);
      return { message: say(lang, CORE_MESSAGES['schema.required'], { key }), path, anchor: 'key', key: { name: key, role: 'missing' } };
    }
    case 'type':
      return { message: say(lang, CORE_MESSAGES['schema.type'], { type: typeNames(lang, params.type as string | string[]) }), path, anchor: 'value' };
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]) ?? [];
      const value = valueAt(data, path);
      const suggestion = typeof value === 'string' ? didYouMean(value, allowed.map(String)) : undefined;
      return { message: say(lang, CORE_MESSAGES['schema.enum'], { values: quoteList(lang, allowed) }) + didYouMeanHint(lang, suggestion), path, anchor: 'value' };
    }
    case 'const':
      if (error.instancePath === '/cs-policy') return { message: say(lang, CORE_MESSAGES['schema.formatVersion']), path, anchor: 'value' };
      return { message: say(lang, CORE_MESSAGES['schema.const'], { value: JSON.stringify(params.allowedValue) }), path, anchor: 'value' };
    case 'pattern': {
      const named = PATTERN_MESSAGES[error.schemaPath];
      const message = named ? say(lang, named) : say(lang, CORE_MESSAGES['schema.pattern'], { pattern: String(params.pattern) });
      return { message, path, anchor: 'value' };
    }
    case 'format': {
      // 2026-02-30 is written as a date should be: what is wrong is that no such day exists.
      const value = valueAt(data, path);
      if (params.format === 'date' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return { message: say(lang, CORE_MESSAGES['schema.format.dateNotReal'], { value }), path, anchor: 'value' };
      const named = messageAt(CORE_MESSAGES, `schema.format.${String(params.format)}`);
      const message = named ? say(lang, named) : say(lang, CORE_MESSAGES['schema.format'], { format: String(params.format) });
      return { message, path, anchor: 'value' };
    }
    case 'minLength':
    case 'minProperties':
      return { message: say(lang, CORE_MESSAGES['schema.empty']), path, anchor: 'value' };
    case 'minItems':
      return { message: Number(params.limit) === 1 ? say(lang, CORE_MESSAGES['schema.empty']) : say(lang, CORE_MESSAGES['schema.minItems'], { limit: Number(params.limit) }), path, anchor: 'value' };
    case 'uniqueItems':
      return { message: say(lang, CORE_MESSAGES['schema.uniqueItems'], { first: Number(params.j) + 1, second: Number(params.i) + 1 }), path: [...path, Number(params.i)], anchor: 'value' };
    case 'minimum':
      return { message: say(lang, CORE_MESSAGES['schema.minimum'], { limit: Number(params.limit) }), path, anchor: 'value' };
    case 'exclusiveMinimum':
      return { message: say(lang, CORE_MESSAGES['schema.exclusiveMinimum'], { limit: Number(params.limit) }), path, anchor: 'value' };
    case 'maximum':
      return { message: say(lang, CORE_MESSAGES['schema.maximum'], { limit: Number(params.limit) }), path, anchor: 'value' };
    case 'propertyNames': {
      const key = String(params.propertyName);
      return { message: say(lang, CORE_MESSAGES['schema.propertyName'], { key }), path: [...path, key], anchor: 'key' };
    }
    default:
      return { message: say(lang, CORE_MESSAGES['schema.other'], { message: `${error.keyword} ${JSON.stringify(error.params)}` }), path, anchor: 'value' };
  }
}

export interface SchemaOutcome {
  valid: boolean;
  problems: SchemaProblem[];
  /** Problems found beyond MAX_SCHEMA_FINDINGS, reported as a count. */
  hidden: number;
}

export function checkSchema(data: unknown, lang: Lang): SchemaOutcome {
  return checkSchemaWith(validatePolicy, data, lang);
}

export function checkSchemaWith(validate: StandaloneValidator, data: unknown, lang: Lang): SchemaOutcome {
  if (validate(data)) return { valid: true, problems: [], hidden: 0 };
  const problems: SchemaProblem[] = [];
  const seen = new Set<string>();
  for (const error of validate.errors ?? []) {
    // propertyNames reports the inner failure too, marked with the key; the outer error says it all.
    if ((error as ErrorObject & { propertyName?: string }).propertyName !== undefined) continue;
    const problem = describe(error, lang, data);
    if (!problem) continue;
    const key = `${JSON.stringify(problem.path)}|${problem.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(problem);
  }
  const kept = withoutMisspeltRequired(problems);
  const hidden = Math.max(0, kept.length - MAX_SCHEMA_FINDINGS);
  return { valid: false, problems: kept.slice(0, MAX_SCHEMA_FINDINGS), hidden };
}
