import { Document, Scalar, isCollection, isMap, isScalar, isSeq, parseDocument, visit, type Node, type YAMLMap, type YAMLSeq } from 'yaml';
import { isRecord } from './is-record.js';

/** A change to the source text: the bytes from `start` to `end` become `text`. */
export interface Edit { start: number; end: number; text: string }

type Plain = Record<string, unknown>;
const isScalarValue = (value: unknown) => value === null || ['string', 'number', 'boolean'].includes(typeof value);
const present = (record: Plain) => Object.keys(record).filter((key) => record[key] !== undefined);
/** A value to write may be a yaml Scalar, to say how it is written (quoted, say); it stands for its value. */
const bare = (value: unknown): unknown => (isScalar(value) ? value.value : value);
/** Whether a new value holds only plain values, so that it reads well on one line. */
const flat = (value: unknown): boolean => (Array.isArray(value) ? value : isRecord(value) ? Object.values(value) : []).every((item) => isScalarValue(bare(item)));

/** Equality of parsed YAML values; a key whose value is undefined is a key that is not there. */
export function sameValue(x: unknown, y: unknown): boolean {
  const [a, b] = [bare(x), bare(y)];
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => sameValue(item, b[i]));
  }
  if (!isRecord(a) || !isRecord(b)) return false;
  const keys = present(a);
  return keys.length === present(b).length && keys.every((key) => b[key] !== undefined && sameValue(a[key], b[key]));
}

/** Pairs of indexes of equal items, in order: the longest common subsequence. */
function commonItems(before: readonly unknown[], after: readonly unknown[]): [number, number][] {
  const lengths = Array.from({ length: before.length + 1 }, () => new Array<number>(after.length + 1).fill(0));
  for (let i = before.length - 1; i >= 0; i--) {
    for (let j = after.length - 1; j >= 0; j--) {
      lengths[i]![j] = sameValue(before[i], after[j]) ? lengths[i + 1]![j + 1]! + 1 : Math.max(lengths[i + 1]![j]!, lengths[i]![j + 1]!);
    }
  }
  const pairs: [number, number][] = [];
  for (let i = 0, j = 0; i < before.length && j < after.length;) {
    if (sameValue(before[i], after[j])) pairs.push([i++, j++]);
    else if (lengths[i + 1]![j]! >= lengths[i]![j + 1]!) i++;
    else j++;
  }
  return pairs;
}

/** Lists of plain values (days, channels, roles) read best on one line: [mon, tue, wed]. */
export const isShortList = (values: readonly unknown[]): boolean => values.length > 0 && values.every((value) => isScalarValue(value) && String(value).length <= 24);

/** A holiday reads best on one line too: {date: 2027-03-09, until: 2027-03-12, name: Eid al-Fitr, estimated: true}. */
export const isOneLineItem = (listKey: string | undefined, values: readonly unknown[]): boolean => listKey === 'holidays' && values.every(isScalarValue);

/** Marks the short lists and the holidays of a document to be written in flow style (isShortList, isOneLineItem). */
export function flowShortLists(doc: Document): void {
  // A collection or a missing value is not a plain value.
  const valueOf = (node: unknown) => (isScalar(node) ? node.value : undefined);
  visit(doc, {
    Pair(_key, pair) {
      if (isScalar(pair.key) && isSeq(pair.value)) {
        for (const item of pair.value.items) if (isMap(item) && isOneLineItem(String(pair.key.value), item.items.map((entry) => valueOf(entry.value)))) item.flow = true;
      }
    },
    Seq(_key, node) {
      if (isSeq(node) && isShortList(node.items.map(valueOf))) node.flow = true;
    },
  });
}

/**
 * Edits that change a value inside YAML text and nothing else: a changed scalar is rewritten where
 * it stands, a mapping or list is changed entry by entry, and only what cannot be changed in place
 * (a mapping that becomes a list, a one-line mapping that gains a key) is written anew, in the
 * style of what it replaces. Comments and layout of everything left alone stay as they were.
 */
export class Splicer {
  /** Spaces per level in new block text: as the file indents. */
  private readonly indent: number;

  /** `lineWidth` 0 writes each new value on one line, however long. */
  constructor(private readonly source: string, private readonly lineWidth = 100) {
    // The indent of the first line under a key that opens a block.
    this.indent = /:[ \t]*\r?\n( +)\S/.exec(source)?.[1]!.length ?? 2;
  }

  private lineStart(at: number): number {
    return this.source.lastIndexOf('\n', at - 1) + 1;
  }

  /** Just past the end of the line `at` is on. */
  private lineEnd(at: number): number {
    const newline = this.source.indexOf('\n', at);
    return newline === -1 ? this.source.length : newline + 1;
  }

  /** Where a node's own text ends: before the line breaks and blanks that follow a block. */
  private end(node: Node): number {
    const [start, end] = node.range!;
    let at = end;
    while (at > start && /\s/.test(this.source[at - 1]!)) at--;
    return at;
  }

  private startsLine(at: number): boolean {
    return /^ *$/.test(this.source.slice(this.lineStart(at), at));
  }

  /** The column of a list item's dash, when the item starts its line after it ("  - item"). */
  private dashColumn(item: Node): number | undefined {
    const start = item.range![0];
    const before = /^( *)- +$/.exec(this.source.slice(this.lineStart(start), start));
    return before ? before[1]!.length : undefined;
  }

  /** The edits that turn `node`, which holds `before`, into `after`; undefined when the node must be written anew. */
  value(node: Node | null, before: unknown, after: unknown, inFlow = false): Edit[] | undefined {
    if (sameValue(before, after)) return [];
    if (!node?.range) return undefined;
    // A one-line collection of plain values that comes to hold collections is written anew, as a block.
    if (isCollection(node) && node.flow && !inFlow && flat(before) && !flat(after)) return undefined;
    if (isScalar(node) && isScalarValue(bare(after))) return this.scalar(node, after, inFlow);
    if (isMap(node) && isRecord(before) && isRecord(after)) return node.flow || inFlow ? this.flowMap(node, before, after) : this.blockMap(node, before, after);
    if (isSeq(node) && Array.isArray(before) && Array.isArray(after)) return node.flow || inFlow ? this.flowSeq(node, before, after) : this.blockSeq(node, before, after);
    return undefined;
  }

  private scalar(node: Scalar, after: unknown, inFlow: boolean): Edit[] | undefined {
    const [start] = node.range!;
    const end = this.end(node);
    if (end <= start || node.type === Scalar.BLOCK_FOLDED || node.type === Scalar.BLOCK_LITERAL) return undefined;
    const fresh = new Scalar(bare(after));
    // Quotes stay as the user wrote them, where the new text allows them, unless the new value says how it is written.
    if (isScalar(after) && after.type) fresh.type = after.type;
    else if (typeof after === 'string' && typeof node.value === 'string' && node.type) fresh.type = node.type;
    // In a one-line collection, the scalar is written as an item of one: [text].
    const doc = new Document(inFlow ? [fresh] : fresh);
    if (isSeq(doc.contents)) doc.contents.flow = true;
    const written = doc.toString({ lineWidth: 0 }).replace(/\n$/, '');
    const text = inFlow ? written.replace(/^\[ *| *\]$/g, '') : written;
    if (text.includes('\n') || text.startsWith('---')) return undefined;
    return [{ start, end, text }];
  }

  private blockMap(node: YAMLMap, before: Plain, after: Plain): Edit[] | undefined {
    const first = node.items[0];
    if (!first || !isScalar(first.key) || !first.key.range) return undefined;
    const column = first.key.range[0] - this.lineStart(first.key.range[0]);
    const edits: Edit[] = [];
    const ends = new Map<string, number>();
    let last = 0;
    let kept = 0;
    for (const pair of node.items) {
      if (!isScalar(pair.key) || !pair.key.range) return undefined;
      const key = String(pair.key.value);
      const value = pair.value as Node | null;
      const start = pair.key.range[0];
      // A key with no value (`key:`) ends where the key does.
      const end = value?.range && value.range[1] > value.range[0] ? this.end(value) : pair.key.range[1] + 1;
      ends.set(key, end);
      last = Math.max(last, end);
      if (after[key] === undefined) {
        if (!this.startsLine(start)) return undefined;
        edits.push({ start: this.lineStart(start), end: this.lineEnd(end), text: '' });
        continue;
      }
      kept++;
      if (sameValue(before[key], after[key])) continue;
      edits.push(...(this.value(value, before[key], after[key]) ?? [{ start, end, text: this.pairText(key, after[key], column, value) }]));
    }
    const added = present(after).filter((key) => !ends.has(key));
    if (kept + added.length === 0) return undefined;
    for (const key of added) {
      // A new entry goes after the entry it follows in the new value, or before the first entry.
      const previous = this.previousKey(after, key, ends);
      const at = previous === undefined ? this.lineStart(first.key.range[0]) : this.lineEnd(ends.get(previous)!);
      const lead = at > 0 && this.source[at - 1] !== '\n' ? '\n' : '';
      edits.push({ start: at, end: at, text: `${lead}${' '.repeat(column)}${this.pairText(key, after[key], column)}\n` });
    }
    return edits;
  }

  /** The last key before `key` in `after` that the mapping already holds. */
  private previousKey(after: Plain, key: string, held: ReadonlyMap<string, number>): string | undefined {
    const keys = present(after);
    return keys.slice(0, keys.indexOf(key)).filter((other) => held.has(other)).at(-1);
  }

  private flowMap(node: YAMLMap, before: Plain, after: Plain): Edit[] | undefined {
    const edits: Edit[] = [];
    const ends = new Map<string, number>();
    for (const pair of node.items) {
      if (!isScalar(pair.key) || !pair.key.range) return undefined;
      const key = String(pair.key.value);
      if (after[key] === undefined) return undefined;
      const value = pair.value as Node | null;
      const inner = this.value(value, before[key], after[key], true);
      if (!inner) return undefined;
      edits.push(...inner);
      ends.set(key, value?.range ? this.end(value) : pair.key.range[1]);
    }
    // New entries go after the entry they follow in the new value: `, key: value`.
    const padding = /^\{ /.test(this.source.slice(node.range![0]));
    for (const key of present(after).filter((other) => !ends.has(other))) {
      const entry = `${key}: ${this.flowText(after[key], padding)}`;
      const previous = this.previousKey(after, key, ends);
      const first = node.items[0]?.key as Node | undefined;
      if (previous !== undefined) edits.push({ start: ends.get(previous)!, end: ends.get(previous)!, text: `, ${entry}` });
      else if (first?.range) edits.push({ start: first.range[0], end: first.range[0], text: `${entry}, ` });
      else edits.push({ start: node.range![0] + 1, end: node.range![0] + 1, text: ` ${entry} ` });
    }
    return edits;
  }

  /** A value as written inside a one-line collection. */
  private flowText(value: unknown, padding: boolean): string {
    const doc = new Document([value]);
    if (isSeq(doc.contents)) doc.contents.flow = true;
    return doc.toString({ lineWidth: 0, flowCollectionPadding: padding }).trimEnd().replace(/^\[ *| *\]$/g, '');
  }

  private flowSeq(node: YAMLSeq, before: unknown[], after: unknown[]): Edit[] | undefined {
    if (node.items.length !== before.length || before.length !== after.length) return undefined;
    const edits: Edit[] = [];
    for (const [i, item] of node.items.entries()) {
      const inner = this.value(item as Node, before[i], after[i], true);
      if (!inner) return undefined;
      edits.push(...inner);
    }
    return edits;
  }

  private blockSeq(node: YAMLSeq, before: unknown[], after: unknown[]): Edit[] | undefined {
    const items = node.items as Node[];
    if (items.length === 0 || items.length !== before.length || after.length === 0) return undefined;
    const columns = items.map((item) => (item?.range ? this.dashColumn(item) : undefined));
    const column = columns[0];
    if (column === undefined || columns.some((other) => other !== column)) return undefined;
    const edits: Edit[] = [];
    let i = 0;
    let j = 0;
    for (const [anchorOld, anchorNew] of [...commonItems(before, after), [before.length, after.length] as [number, number]]) {
      const olds = anchorOld - i;
      const news = anchorNew - j;
      for (let k = 0; k < Math.min(olds, news); k++) {
        const item = items[i + k]!;
        edits.push(...(this.value(item, before[i + k], after[j + k]) ?? [{ start: item.range![0], end: this.end(item), text: this.itemText(after[j + k], column, item) }]));
      }
      for (let k = news; k < olds; k++) {
        const item = items[i + k]!;
        edits.push({ start: this.lineStart(item.range![0]), end: this.lineEnd(this.end(item)), text: '' });
      }
      if (news > olds) {
        // New items go after the item before them, or before the first item of the list.
        const previous = items[anchorOld - 1];
        const at = previous ? this.lineEnd(this.end(previous)) : this.lineStart(items[0]!.range![0]);
        const lead = at > 0 && this.source[at - 1] !== '\n' ? '\n' : '';
        const like = previous ?? items[0]!;
        edits.push({ start: at, end: at, text: lead + after.slice(j + olds, anchorNew).map((value) => `${' '.repeat(column)}- ${this.itemText(value, column, like)}\n`).join('') });
      }
      i = anchorOld + 1;
      j = anchorNew + 1;
    }
    return edits;
  }

  /** `key: value` at `column`, lines after the first indented to it; collections in the style of `like`. */
  private pairText(key: string, value: unknown, column: number, like?: Node | null): string {
    const doc = new Document({ [key]: value });
    flowShortLists(doc);
    const pair = isMap(doc.contents) ? doc.contents.items[0] : undefined;
    return this.render(doc, column, pair?.value as Node | undefined, like);
  }

  /** A list item's text after its dash at `column`. */
  private itemText(value: unknown, column: number, like?: Node | null): string {
    const doc = new Document([value]);
    flowShortLists(doc);
    // The list of one is only a wrapper for the item: it stays a block, "- item".
    if (isSeq(doc.contents)) doc.contents.flow = false;
    const item = isSeq(doc.contents) ? doc.contents.items[0] : undefined;
    return this.render(doc, column, item as Node | undefined, like).replace(/^- /, '');
  }

  private render(doc: Document, column: number, node: Node | undefined, like: Node | null | undefined): string {
    let padding = false;
    if (node && like && isCollection(node) && isCollection(like)) {
      // A one-line collection stays on one line while it holds plain values; one that now holds collections becomes a block.
      node.flow = Boolean(like.flow) && flat(node.toJSON());
      padding = like.flow === true && /^[[{] /.test(this.source.slice(like.range![0], like.range![1]));
    }
    // A one-line mapping stays on one line, however long.
    const oneLine = isCollection(node) && node.flow;
    const text = doc.toString({ lineWidth: oneLine ? 0 : this.lineWidth, indent: this.indent, flowCollectionPadding: padding }).replace(/\n$/, '');
    return text.split('\n').map((line, n) => (n === 0 || line === '' ? line : `${' '.repeat(column)}${line}`)).join('\n');
  }
}

/** New text with its lines ending as the source's do: a file written on Windows keeps its CRLF throughout. */
export function inLineEndsOf(source: string, text: string): string {
  return source.includes('\r\n') ? text.replace(/\r?\n/g, '\r\n') : text;
}

/**
 * Applies edits that do not overlap, their lines ending as the source's. Where an insertion meets
 * the start of a removal, the removal is made first; of two insertions at one place, the one made
 * first comes first.
 */
export function applyEdits(source: string, edits: readonly Edit[]): string {
  let text = source;
  const ordered = edits.map((edit, rank) => ({ edit, rank })).sort((a, b) => b.edit.start - a.edit.start || b.edit.end - a.edit.end || b.rank - a.rank);
  for (const { edit } of ordered) text = text.slice(0, edit.start) + inLineEndsOf(source, edit.text) + text.slice(edit.end);
  return text;
}

/**
 * The text of a YAML file whose top-level mapping `change` turns into a new value, edited in place
 * (see Splicer) so that every byte the change does not reach stays as written; a byte-order mark
 * and CRLF line ends are kept. Undefined when the file does not parse cleanly, or the change cannot
 * be made in place so that the text reads back as the new value. `change` gets a copy to build on;
 * new values are written each on one line, and a yaml Scalar among them says how it is written.
 */
export function editYaml(source: string, change: (data: Plain) => Plain): string | undefined {
  const bom = source.startsWith('\uFEFF') ? '\uFEFF' : '';
  const body = source.slice(bom.length);
  const doc = parseDocument(body, { uniqueKeys: true, logLevel: 'silent' });
  const before = parsedMapping(body);
  if (!before) return undefined;
  const after = change(structuredClone(before));
  const edits = new Splicer(body, 0).value(doc.contents as Node | null, before, after);
  if (!edits) return undefined;
  const text = applyEdits(body, edits);
  const now = parsedMapping(text);
  return now && sameValue(now, after) ? bom + text : undefined;
}

/** The parsed top-level mapping of a text, or undefined when it does not parse cleanly. */
export function parsedMapping(text: string): Plain | undefined {
  const doc = parseDocument(text, { uniqueKeys: true, logLevel: 'silent' });
  if (doc.errors.length > 0) return undefined;
  const data: unknown = doc.toJS({ maxAliasCount: 100 });
  return isRecord(data) ? data : undefined;
}
