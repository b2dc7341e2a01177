import { Document, isMap, isScalar, parseDocument, type Pair, type YAMLMap } from 'yaml';
import type { PilotResults } from '../core/policy.js';

type Ranged = { range?: [number, number, number] | null };

const findPair = (map: YAMLMap, key: string): Pair | undefined => map.items.find((item) => isScalar(item.key) && item.key.value === key) as Pair | undefined;

/** The end of the line `offset` is on (past its line break), so that a splice takes whole lines. */
function lineEnd(text: string, offset: number): number {
  if (offset > 0 && text[offset - 1] === '\n') return offset;
  const next = text.indexOf('\n', offset);
  return next === -1 ? text.length : next + 1;
}

const lineStart = (text: string, offset: number) => text.lastIndexOf('\n', offset - 1) + 1;

function blockText(results: PilotResults, indent: number): string {
  const text = new Document({ results }).toString({ lineWidth: 0, indent: Math.max(2, indent), flowCollectionPadding: false });
  return text.split('\n').map((line) => (line ? ' '.repeat(indent) + line : line)).join('\n');
}

function flowText(results: PilotResults): string {
  const doc = new Document(results);
  if (isMap(doc.contents)) doc.contents.flow = true;
  return doc.toString({ lineWidth: 0, flowCollectionPadding: true }).trimEnd();
}

export type RecordOutcome = { text: string } | { problem: 'no-pilot' | 'pilot-not-mapping' };

/**
 * The policy text with `pilot.results` set: the new results are spliced into the source, so every
 * byte outside them (comments, layout, quoting) stays as the user wrote it. An existing `results`
 * is replaced; a flow-style pilot (`pilot: {...}`) gets a flow-style `results`.
 */
export function recordResults(source: string, results: PilotResults): RecordOutcome {
  const bom = source.startsWith('\uFEFF') ? '\uFEFF' : '';
  const body = bom ? source.slice(1) : source;
  const doc = parseDocument(body);
  const root = doc.contents;
  const pilotPair = isMap(root) ? findPair(root, 'pilot') : undefined;
  if (!pilotPair) return { problem: 'no-pilot' };
  const pilot = pilotPair.value;
  if (!isMap(pilot) || !(pilot as Ranged).range) return { problem: 'pilot-not-mapping' };
  const newline = body.includes('\r\n') ? '\r\n' : '\n';
  const existing = findPair(pilot, 'results');
  let start: number;
  let end: number;
  let text: string;
  if (pilot.flow) {
    text = flowText(results);
    const valueRange = (existing?.value as Ranged | undefined)?.range;
    const keyRange = (existing?.key as Ranged | undefined)?.range;
    if (valueRange) {
      [start, end] = [valueRange[0], valueRange[1]];
    } else if (keyRange) {
      // `results` with no value: the key is written again with one.
      [start, end] = [keyRange[0], keyRange[1]];
      text = `results: ${text}`;
    } else {
      const last = pilot.items.at(-1);
      const lastEnd = (last?.value as Ranged | undefined)?.range?.[1] ?? (last?.key as Ranged | undefined)?.range?.[1];
      // After the last entry, or just inside the opening brace of an empty mapping.
      start = end = lastEnd ?? pilot.range![0] + 1;
      text = last ? `, results: ${text}` : ` results: ${text} `;
    }
  } else {
    const firstKey = (pilot.items[0]?.key as Ranged | undefined)?.range;
    const indent = firstKey ? firstKey[0] - lineStart(body, firstKey[0]) : 2;
    text = blockText(results, indent);
    const keyRange = (existing?.key as Ranged | undefined)?.range;
    if (existing && keyRange) {
      start = lineStart(body, keyRange[0]);
      const valueEnd = (existing.value as Ranged | undefined)?.range?.[1] ?? keyRange[1];
      end = lineEnd(body, valueEnd);
    } else {
      start = end = lineEnd(body, pilot.range![1]);
    }
    if (start === body.length && body.length > 0 && !body.endsWith('\n')) text = `\n${text}`;
    if (end === body.length && !text.endsWith('\n')) text = `${text}\n`;
  }
  if (pilot.flow && body[start - 1] === ':') text = ` ${text}`;
  if (newline === '\r\n') text = text.replace(/\r?\n/g, '\r\n');
  return { text: bom + body.slice(0, start) + text + body.slice(end) };
}
