import { isMap, isPair, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';
import type { DocPath } from './finding.js';

export interface Span { line: number; column: number; endLine: number; endColumn: number }

/** What a finding points at: the value at a path, or the key that names it. */
export type Anchor = 'value' | 'key';

export interface Locator {
  locate(path: DocPath, anchor?: Anchor): Span;
  spanAt(start: number, end: number): Span;
}

export function createLocator(doc: Document.Parsed, lineCounter: LineCounter): Locator {
  const spanAt = (start: number, end: number): Span => {
    const from = lineCounter.linePos(start);
    const to = lineCounter.linePos(Math.max(start, end));
    return { line: from.line, column: from.col, endLine: to.line, endColumn: to.col };
  };

  const locate = (path: DocPath, anchor: Anchor = 'value'): Span => {
    // Walk down as far as the path exists; a missing key points at its nearest parent.
    let node: unknown = doc.contents;
    let keyNode: Node | undefined;
    for (const segment of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment));
        if (!pair) break;
        keyNode = pair.key as Node;
        node = pair.value;
      } else if (isSeq(node) && typeof segment === 'number' && node.items[segment] !== undefined) {
        keyNode = undefined;
        node = node.items[segment];
      } else break;
    }
    const valueRange = (node as Node | null)?.range;
    // Collections start on the line after their key; the key is where a reader looks.
    const pointAtKey = keyNode?.range && (anchor === 'key' || !valueRange || isMap(node) || isSeq(node));
    if (pointAtKey && keyNode?.range) return spanAt(keyNode.range[0], keyNode.range[1]);
    if (valueRange) return spanAt(valueRange[0], isMap(node) || isSeq(node) ? valueRange[0] : valueRange[1]);
    return spanAt(0, 0);
  };

  return { locate, spanAt };
}
