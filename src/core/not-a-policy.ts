import { knownKeys } from '../generated/validators.js';
import { decodeText } from './text.js';

/**
 * Top-level keys of a policy that other YAML files use too (a docker-compose file has `version`,
 * a conda environment `channels`, a translation file `languages`), so they say nothing about
 * what a file is. Every other top-level key of the schema is a section only a policy has.
 */
const SHARED_KEYS = new Set(['id', 'title', 'summary', 'version', 'status', 'owner', 'languages', 'channels']);

/** `cs-policy:` and the sections of a policy, from the schema's top-level keys. */
export const POLICY_KEYS: readonly string[] = (knownKeys['#/additionalProperties'] ?? []).filter((key) => !SHARED_KEYS.has(key));

const POLICY_MARK = /^["']?cs-policy["']?\s*:/m;

const isPolicyLike = (document: unknown): boolean =>
  typeof document === 'object' && document !== null && !Array.isArray(document) && POLICY_KEYS.some((key) => Object.hasOwn(document, key));

/**
 * Whether a YAML file found in a folder is plainly something else (a docker-compose file, a
 * workflow, a list of hooks): it parses, it is not empty, and no document in it has `cs-policy:`
 * or any of a policy's own sections at its top level. Anything in doubt (not text, broken YAML,
 * an empty file) is checked, so that a broken policy is reported, never skipped.
 */
export async function isPlainlyNotAPolicy(bytes: Uint8Array): Promise<boolean> {
  const text = decodeText(bytes);
  if (text === undefined || POLICY_MARK.test(text)) return false;
  // js-yaml, which only this question reads with, starts only for a file without the mark.
  const { CORE_SCHEMA, loadAll } = await import('js-yaml');
  let documents: unknown[];
  try {
    documents = loadAll(text, null, { schema: CORE_SCHEMA, json: true }) as unknown[];
  } catch {
    return false;
  }
  const content = documents.filter((document) => document !== null && document !== undefined);
  return content.length > 0 && !content.some(isPolicyLike);
}
