import { isPlainText } from './block-yaml.js';

/*
 * A new policy's YAML text, written as yaml's Document.toString writes it (with `lineWidth` 100 and
 * `flowCollectionPadding` false), byte for byte, for the values policies hold.
 *
 * Why cs-policy owns this rather than leaving it to yaml: `init` from an answers file spent about
 * 20 ms of its 160 ms in yaml, starting its bundle (4-7 ms) and building and writing a document in a
 * process that has just started (13-22 ms, 5 ms warm), against 1-2 ms here. It follows yaml's own
 * rules (yaml/dist/stringify): when a string is plain, single- or double-quoted, where a long plain
 * or quoted line folds, when a flow collection breaks over lines. It gives up on anything else
 * (multi-line text, text that needs escapes, null, numbers that are not finite, keys over 1024
 * characters, document markers), and yaml writes the file. A property test holds its text to
 * yaml's for generated policies (test/core/block-yaml-writer.test.ts).
 */

/** Thrown where a value goes beyond what this writer writes; writeBlockYaml catches it and gives up. */
const BEYOND = Symbol('beyond the block writer');

function beyond(): never {
  throw BEYOND;
}

/** How a document is laid out beyond its values. */
export interface BlockYamlLayout {
  /** A comment on the document's first lines (without its `#`). */
  header?: string;
  /** A comment over a top-level key (without its `#`), and whether a blank line comes before it. */
  section?(key: string): { comment?: string; blankBefore?: boolean } | undefined;
  /** Whether a list is written in flow style (`[a, b]`), `key` being the key it is under, if any. */
  flowList(list: readonly unknown[]): boolean;
  /** Whether a mapping that is an item of the list under `key` is written in flow style. */
  flowItem(key: string | undefined, item: Record<string, unknown>): boolean;
}

const LINE_WIDTH = 100;
const MIN_CONTENT_WIDTH = 20;
const STEP = '  ';

/** What yaml's stringify context carries that changes how a value is written. */
interface Context {
  indent: string;
  inFlow: boolean;
  implicitKey: boolean;
  /** The column a scalar starts at, counted as yaml counts it (from its pair's key), where known. */
  indentAtStart?: number;
  /** The key of the mapping entry this value is, for flowItem. */
  key?: string | undefined;
}

/** The YAML text of a mapping, or undefined where yaml is to write it. */
export function writeBlockYaml(data: Record<string, unknown>, layout: BlockYamlLayout): string | undefined {
  try {
    const body = blockMapping(data, { indent: '', inFlow: false, implicitKey: false }, layout, true);
    return layout.header === undefined ? `${body}\n` : `${comment(layout.header)}\n\n${body}\n`;
  } catch (thrown) {
    if (thrown === BEYOND) return undefined;
    throw thrown;
  }
}

/** yaml's comment text: `#` before each line, a line of one space becoming `#` alone. */
const comment = (text: string): string => text.replace(/^(?!$)(?: $)?/gm, '#');

function isMapping(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

const isCollection = (value: unknown): boolean => Array.isArray(value) || isMapping(value);

/** A mapping's entries as yaml makes them from an object: its own keys in order, undefined left out. */
function entriesOf(map: Record<string, unknown>): [string, unknown][] {
  const entries: [string, unknown][] = [];
  for (const key of Object.keys(map)) {
    if (key === '__proto__') beyond();
    if (map[key] !== undefined) entries.push([key, map[key]]);
  }
  return entries;
}

function value(item: unknown, ctx: Context, layout: BlockYamlLayout): string {
  if (typeof item === 'string') return stringScalar(item, ctx);
  if (typeof item === 'number') {
    if (!Number.isFinite(item)) beyond();
    return Object.is(item, -0) ? '-0' : JSON.stringify(item);
  }
  if (typeof item === 'boolean') return item ? 'true' : 'false';
  if (Array.isArray(item)) {
    return ctx.inFlow || layout.flowList(item) ? flowCollection(item.map((entry) => [undefined, entry]), ctx, layout, '[', ']') : blockSequence(item, ctx, layout);
  }
  if (isMapping(item)) return ctx.inFlow ? flowCollection(entriesOf(item), ctx, layout, '{', '}') : blockMapping(item, ctx, layout, false);
  return beyond();
}

/** A flow-style mapping is asked of the layout for the items of a list; every other mapping is block. */
function isFlowItem(item: unknown, listKey: string | undefined, layout: BlockYamlLayout): boolean {
  return isMapping(item) && layout.flowItem(listKey, item);
}

function blockMapping(map: Record<string, unknown>, ctx: Context, layout: BlockYamlLayout, top: boolean): string {
  const entries = entriesOf(map);
  if (entries.length === 0) return '{}';
  const lines: string[] = [];
  for (const [key, item] of entries) {
    const section = top ? layout.section?.(key) : undefined;
    if (section?.blankBefore) lines.push('');
    if (section?.comment !== undefined) lines.push(comment(section.comment).replace(/^(?! *$)/gm, ctx.indent).trimStart());
    lines.push(pair(key, item, ctx, layout));
  }
  return joinLines(lines, ctx.indent);
}

function blockSequence(list: readonly unknown[], ctx: Context, layout: BlockYamlLayout): string {
  if (list.length === 0) return '[]';
  // The list's key is its items' to ask flowItem about, not their own items'.
  const itemCtx: Context = { ...ctx, indent: ctx.indent + STEP, key: undefined };
  const lines = list.map((item) => {
    if (item === undefined) beyond();
    return `- ${isFlowItem(item, ctx.key, layout) ? flowCollection(entriesOf(item as Record<string, unknown>), itemCtx, layout, '{', '}') : value(item, itemCtx, layout)}`;
  });
  return joinLines(lines, ctx.indent);
}

/** yaml's block collection: each line after the first at the indent, a blank line left empty. */
function joinLines(lines: readonly string[], indent: string): string {
  let text = lines[0]!;
  for (let i = 1; i < lines.length; i++) text += lines[i] ? `\n${indent}${lines[i]}` : '\n';
  return text;
}

/**
 * A flow collection, `[a, b]` or `{a: 1}`, broken over lines when it holds a line break or is
 * longer than the line width (yaml counts the collection alone, not the key before it).
 */
function flowCollection(entries: readonly [string | undefined, unknown][], ctx: Context, layout: BlockYamlLayout, start: string, end: string): string {
  if (entries.length === 0) return start + end;
  // yaml indents a list's items one step more than a mapping's.
  const itemCtx: Context = { ...ctx, indent: ctx.indent + (start === '[' ? STEP : '') + STEP, inFlow: true };
  let breaks = false;
  const lines = entries.map(([key, item], i) => {
    if (item === undefined || item === null) beyond();
    const text = key === undefined ? value(item, itemCtx, layout) : pair(key, item, itemCtx, layout);
    breaks ||= text.includes('\n');
    return i < entries.length - 1 ? `${text},` : text;
  });
  const length = lines.reduce((sum, line) => sum + line.length + 2, 2);
  if (!breaks && length <= LINE_WIDTH) return `${start}${lines.join(' ')}${end}`;
  let text = start;
  for (const line of lines) text += line ? `\n${STEP}${ctx.indent}${line}` : '\n';
  return `${text}\n${ctx.indent}${end}`;
}

function pair(key: string, item: unknown, ctx: Context, layout: BlockYamlLayout): string {
  const keyCtx: Context = { ...ctx, implicitKey: true, indent: ctx.indent + STEP };
  const keyText = stringScalar(key, keyCtx);
  if (!ctx.inFlow && keyText.length > 1024) beyond();
  const head = `${keyText}:`;
  const valueCtx: Context = { ...keyCtx, implicitKey: false, key };
  if (!isCollection(item)) valueCtx.indentAtStart = head.length + 1;
  const text = value(item, valueCtx, layout);
  let space = ' ';
  if (isCollection(item)) {
    const flow = ctx.inFlow || (Array.isArray(item) ? item.length === 0 || layout.flowList(item) : Object.keys(item as object).length === 0);
    if (text.includes('\n') || !flow) space = `\n${valueCtx.indent}`;
  } else if (text === '' || text[0] === '\n') {
    space = '';
  }
  return head + space + text;
}

/** Control characters and unpaired surrogates: yaml writes them double-quoted with escapes. */
const NEEDS_ESCAPES = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u;
/** What a plain scalar cannot start with, hold or end with (yaml's plainString). */
const NOT_PLAIN = /^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/;
const DOCUMENT_MARKER = /^(%|---|\.\.\.)/m;

function stringScalar(text: string, ctx: Context): string {
  if (NEEDS_ESCAPES.test(text) || text.includes('\n')) beyond();
  if ((ctx.inFlow && /[[\]{},]/.test(text)) || NOT_PLAIN.test(text)) return quoted(text, ctx);
  // A line starting `---` or `...` is plain but in a key one step in, which yaml quotes.
  if (DOCUMENT_MARKER.test(text) && ctx.implicitKey && ctx.indent === STEP) return quoted(text, ctx);
  if (!isPlainText(text)) return quoted(text, ctx);
  return ctx.implicitKey ? text : fold(text, ctx, false);
}

/** Double quotes, or single where the text holds a double quote and no single one. */
function quoted(text: string, ctx: Context): string {
  const single = text.includes('"') && !text.includes("'");
  // What JSON escapes in double quotes (a quote, a backslash, a tab) is left to yaml.
  if (!single && /["\\\t]/.test(text)) beyond();
  const body = single ? `'${text}'` : `"${text}"`;
  return ctx.implicitKey ? body : fold(body, ctx, !single);
}

/**
 * yaml's foldFlowLines for one line of plain or quoted text: at the line width, break at the last
 * space between two other characters, the next line at the indent. A double-quoted line with no
 * such space is broken with an escape by yaml, and given up on here.
 */
function fold(text: string, ctx: Context, doubleQuoted: boolean): string {
  const { indent, indentAtStart } = ctx;
  const endStep = Math.max(1 + MIN_CONTENT_WIDTH, 1 + LINE_WIDTH - indent.length);
  if (text.length <= endStep) return text;
  const folds: number[] = [];
  let end = LINE_WIDTH - indent.length;
  if (indentAtStart !== undefined) {
    if (indentAtStart > LINE_WIDTH - Math.max(2, MIN_CONTENT_WIDTH)) folds.push(0);
    else end = LINE_WIDTH - indentAtStart;
  }
  let split: number | undefined;
  let previous: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const character = text[i]!;
    if (character === ' ' && previous && previous !== ' ' && previous !== '\t') {
      const next = text[i + 1];
      if (next && next !== ' ' && next !== '\t') split = i;
    }
    if (i >= end) {
      if (split) {
        folds.push(split);
        end = split + endStep;
        split = undefined;
      } else if (doubleQuoted) {
        beyond();
      }
    }
    previous = character;
  }
  if (folds.length === 0) return text;
  let folded = text.slice(0, folds[0]);
  for (let i = 0; i < folds.length; i++) {
    const at = folds[i]!;
    const until = folds[i + 1] || text.length;
    folded = at === 0 ? `\n${indent}${text.slice(0, until)}` : `${folded}\n${indent}${text.slice(at + 1, until)}`;
  }
  return folded;
}
