import { isMap, isScalar, isSeq, parseDocument, type Node, type Pair, type YAMLMap } from 'yaml';
import { addCadence, bumpVersion, type Bump } from './cadence.js';

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

interface Edit { at: number; end: number; text: string }

/** A scalar written again in the style it was: quotes kept, so `version: "2.1.0"` stays quoted. */
function restyled(source: string, node: Node, value: string): string {
  const quote = source[node.range![0]];
  return quote === '"' || quote === "'" ? `${quote}${value}${quote}` : value;
}

/** Text of a string for YAML in any context: JSON's double-quoted form is valid YAML. */
const quoted = (text: string) => JSON.stringify(text);

const lineStart = (source: string, offset: number) => source.lastIndexOf('\n', offset - 1) + 1;
const lineEnd = (source: string, offset: number) => {
  const end = source.indexOf('\n', offset);
  return end === -1 ? source.length : end + 1;
};

function pairOf(map: YAMLMap, key: string): Pair<Node, Node> | undefined {
  return map.items.find((pair) => isScalar(pair.key) && pair.key.value === key) as Pair<Node, Node> | undefined;
}

/**
 * Records a review in a policy's text: the version bumped, a change entry at the top of the
 * history, `review.last` today and `review.next` one cadence later. The YAML document is parsed only
 * to find where those values are; the text is then edited at those places alone, so every other
 * byte (comments, quoting, folding, flow mappings) stays as written.
 */
export function recordReview(input: string, entry: ReviewEntry): RecordOutcome {
  const bom = input.charCodeAt(0) === 0xfeff ? '\ufeff' : '';
  const source = bom ? input.slice(1) : input;
  const eol = source.includes('\r\n') ? '\r\n' : '\n';
  const doc = parseDocument(source, { uniqueKeys: true, keepSourceTokens: false });
  if (doc.errors.length > 0 || !isMap(doc.contents)) return { ok: false, problem: 'notEditable', detail: doc.errors[0]?.message.split('\n')[0] ?? 'not a mapping' };
  const root = doc.contents;

  const versionPair = pairOf(root, 'version');
  const reviewPair = pairOf(root, 'review');
  if (!versionPair || !isScalar(versionPair.value) || !reviewPair || !isMap(reviewPair.value)) return { ok: false, problem: 'notEditable', detail: 'version and review are missing' };
  const versionNode = versionPair.value;
  const review = reviewPair.value;
  const version = bumpVersion(String(versionNode.value), entry.bump);
  if (!version) return { ok: false, problem: 'badVersion', detail: String(versionNode.value) };
  const cadence = pairOf(review, 'cadence')?.value;
  const next = isScalar(cadence) ? addCadence(entry.today, String(cadence.value)) : undefined;
  if (!next) return { ok: false, problem: 'badCadence', detail: isScalar(cadence) ? String(cadence.value) : '' };

  const edits: Edit[] = [];
  const replace = (node: Node, value: string) => edits.push({ at: node.range![0], end: node.range![1], text: restyled(source, node, value) });
  replace(versionNode, version);

  const nextPair = pairOf(review, 'next');
  const lastPair = pairOf(review, 'last');
  if (!nextPair || !isScalar(nextPair.value) || !isScalar(nextPair.key)) return { ok: false, problem: 'notEditable', detail: 'review.next is missing' };
  replace(nextPair.value, next);
  if (lastPair && isScalar(lastPair.value)) replace(lastPair.value, entry.today);
  else {
    // `last` goes just before `next`, in the mapping's own style.
    const at = nextPair.key.range![0];
    const indent = source.slice(lineStart(source, at), at);
    const text = review.flow ? `last: ${entry.today}, ` : `last: ${entry.today}${eol}${/^\s*$/.test(indent) ? indent : ''}`;
    edits.push({ at, end: at, text });
  }

  const fields: [string, string][] = [['version', version], ['date', entry.today], ...(entry.author ? [['author', quoted(entry.author)] as [string, string]] : []), ['summary', quoted(entry.summary)]];
  const flowEntry = `{ ${fields.map(([key, value]) => `${key}: ${value}`).join(', ')} }`;
  const changesPair = pairOf(root, 'changes');
  if (changesPair && isSeq(changesPair.value)) {
    const seq = changesPair.value;
    const first = seq.items[0] as Node | undefined;
    if (seq.flow) {
      const open = source.indexOf('[', seq.range![0]);
      edits.push({ at: open + 1, end: open + 1, text: first ? `${flowEntry}, ` : flowEntry });
    } else if (first) {
      const dash = source.lastIndexOf('-', first.range![0]);
      const indent = source.slice(lineStart(source, dash), dash);
      // A new entry is written like the entry it goes above: block lines or one flow mapping.
      const block = isMap(first) && !first.flow;
      const text = block ? fields.map(([key, value], i) => `${i === 0 ? '- ' : `${indent}  `}${key}: ${value}`).join(eol) : `- ${flowEntry}`;
      edits.push({ at: dash, end: dash, text: `${text}${eol}${indent}` });
    } else return { ok: false, problem: 'notEditable', detail: 'changes is empty' };
  } else if (changesPair) return { ok: false, problem: 'notEditable', detail: 'changes is not a list' };
  else {
    // No history yet: it starts on the line after the review.
    // A block mapping's range runs on to the next line; its last value's does not.
    const last = review.items.at(-1);
    const end = review.flow || !last ? review.range![1] : ((last.value ?? last.key) as Node).range![1];
    const at = lineEnd(source, end);
    const newline = at === source.length && !source.endsWith('\n') ? eol : '';
    const text = `${newline}changes:${eol}${fields.map(([key, value], i) => `${i === 0 ? '  - ' : '    '}${key}: ${value}`).join(eol)}${eol}`;
    edits.push({ at, end: at, text });
  }

  let text = source;
  for (const edit of edits.sort((a, b) => b.at - a.at)) text = text.slice(0, edit.at) + edit.text + text.slice(edit.end);
  return { ok: true, text: bom + text, version, next };
}
