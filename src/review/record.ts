import { Scalar, parseDocument } from 'yaml';
import { editYaml } from '../core/yaml-edit.js';
import { addCadence, bumpVersion, type Bump } from './cadence.js';
import { isRecord } from '../core/is-record.js';
import { inCalendarRange } from '../core/dates.js';

export interface ReviewEntry {
  bump: Bump;
  summary: string;
  author?: string;
  /** YYYY-MM-DD: the day of the review. */
  today: string;
}

export type RecordOutcome =
  | { ok: true; text: string; version: string; next: string }
  | { ok: false; problem: 'badVersion' | 'badCadence' | 'notEditable'; detail: string };

type Mapping = Record<string, unknown>;
const isScalarValue = (value: unknown) => value !== null && ['string', 'number', 'boolean'].includes(typeof value);

/** Free text written double-quoted, as JSON would: valid YAML wherever it goes. */
function quoted(text: string): Scalar {
  const scalar = new Scalar(text);
  scalar.type = Scalar.QUOTE_DOUBLE;
  return scalar;
}

/** `mapping` with `key` set to `value`, a new key going just before `before` (or at the end). */
function withKey(mapping: Mapping, key: string, value: unknown, before?: string): Mapping {
  if (key in mapping || before === undefined || !(before in mapping)) return { ...mapping, [key]: value };
  return Object.fromEntries(Object.entries(mapping).flatMap((entry) => (entry[0] === before ? [[key, value], entry] : [entry])));
}

/**
 * Records a review in a policy's text: the version bumped, a change entry at the top of the
 * history, `review.last` today and `review.next` one cadence later. The text is edited at those
 * places alone (see editYaml), so every other byte (comments, quoting, folding, flow mappings)
 * stays as written.
 */
export function recordReview(input: string, entry: ReviewEntry): RecordOutcome {
  const doc = parseDocument(input.replace(/^\uFEFF/, ''), { uniqueKeys: true, logLevel: 'silent' });
  const data: unknown = doc.errors.length > 0 ? undefined : doc.toJS({ maxAliasCount: 100 });
  if (!isRecord(data)) return { ok: false, problem: 'notEditable', detail: doc.errors[0]?.message.split('\n')[0] ?? 'not a mapping' };
  const { review, changes } = data;
  if (!isScalarValue(data.version) || !isRecord(review)) return { ok: false, problem: 'notEditable', detail: 'version and review are missing' };
  const version = bumpVersion(String(data.version), entry.bump);
  if (!version) return { ok: false, problem: 'badVersion', detail: String(data.version) };
  const landed = isScalarValue(review.cadence) ? addCadence(entry.today, String(review.cadence)) : undefined;
  // A cadence that lands past the calendars' last day is as unusable as one that cannot be read.
  const next = landed !== undefined && inCalendarRange(landed) ? landed : undefined;
  if (!next) return { ok: false, problem: 'badCadence', detail: isScalarValue(review.cadence) ? String(review.cadence) : '' };
  if (!isScalarValue(review.next)) return { ok: false, problem: 'notEditable', detail: 'review.next is missing' };
  if (changes !== undefined && !Array.isArray(changes)) return { ok: false, problem: 'notEditable', detail: 'changes is not a list' };

  const change = { version, date: entry.today, ...(entry.author ? { author: quoted(entry.author) } : {}), summary: quoted(entry.summary) };
  const text = editYaml(input, (policy) => {
    // `last` goes just before `next`; a history that is not there yet starts just after the review.
    const reviewed = { ...withKey(review, 'last', entry.today, 'next'), next };
    const keys = Object.keys(policy);
    const following = changes === undefined ? keys[keys.indexOf('review') + 1] : undefined;
    return withKey({ ...policy, version, review: reviewed }, 'changes', [change, ...((changes as unknown[] | undefined) ?? [])], following);
  });
  if (text === undefined) return { ok: false, problem: 'notEditable', detail: 'the file cannot be edited in place' };
  return { ok: true, text, version, next };
}
