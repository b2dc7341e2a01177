import type { PilotResults } from '../core/policy.js';
import { editYaml, parsedMapping } from '../core/yaml-edit.js';
import { isRecord } from '../core/is-record.js';

export type RecordOutcome = { text: string } | { problem: 'no-pilot' | 'pilot-not-mapping' };

/**
 * The policy text with `pilot.results` set, edited in place (see editYaml): every byte outside the
 * results (comments, layout, quoting) stays as the user wrote it, and a flow-style pilot
 * (`pilot: {...}`) gets flow-style results.
 */
export function recordResults(source: string, results: PilotResults): RecordOutcome {
  const data = parsedMapping(source.replace(/^\uFEFF/, ''));
  if (!data || !('pilot' in data)) return { problem: 'no-pilot' };
  if (!isRecord(data.pilot)) return { problem: 'pilot-not-mapping' };
  const text = editYaml(source, (policy) => ({ ...policy, pilot: { ...(policy.pilot as object), results } }));
  // A pilot the results cannot be written into in place is, for the user, one that is not a plain mapping.
  return text === undefined ? { problem: 'pilot-not-mapping' } : { text };
}
