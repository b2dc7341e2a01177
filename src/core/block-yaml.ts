import { SOURCE_LIMITS } from './text.js';

/*
 * The first reading of a policy: block YAML as policies are written, read a line at a time.
 *
 * Why cs-policy owns this rather than leaving every file to js-yaml: in a process that has just
 * started, js-yaml runs in V8's interpreter and walks the text a character at a time, and that walk
 * was the largest part of validate's own start-up. Reading the example council policy (10.6 KB)
 * with js-yaml took 16 ms of a clean validate's wall time (validate 161.9 ms, 145.7 ms with the
 * parse replaced by JSON.parse of the same data; 21 alternated runs each against `node -e 0`).
 * This reader leaves each line to the engine's own regular expressions and string searches.
 *
 * It reads a strict subset, exactly as YAML 1.2 (and so `yaml`) reads it: block mappings with
 * plain keys, block sequences, plain scalars over one or more lines, quoted scalars on one line,
 * literal and folded block scalars, flow collections on one line, and comments. Anything else, or
 * anything it is not sure of, makes it give up, and yaml reads the file with positions, as it reads
 * every file with something to report. Property tests check that what it reads is what yaml reads.
 */

/** Thrown where a text goes beyond what this reader reads; readBlockYaml catches it and gives up. */
const BEYOND = Symbol('beyond the block reader');

function beyond(): never {
  throw BEYOND;
}

/** Tabs (YAML's rules on them are subtle), lone carriage returns, and characters YAML does not allow or yaml may warn of. */
const OUTSIDE_SUBSET = /[\t\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]|\r(?!\n)/;
/** Half of a surrogate pair; a lone one is outside too. Asked only of a text that has one, as the pattern costs more. */
const SURROGATE = /[\ud800-\udfff]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** A line of spaces only, or a comment. */
const BLANK_OR_COMMENT = /^ *(?:#|$)/;
const BLANK = /^ *$/;

/**
 * A plain key, as policies write them (`id`, `cs-policy`, `New complaint`): a letter, then letters,
 * digits, `_`, `.`, `-` and single spaces. PLAIN_KEY_IN_ANY_SCRIPT reads letters of every script
 * (`الهاتف`), and is asked only of a key that starts with another: compiling its Unicode classes
 * takes about 1 ms, against 0.05 ms for PLAIN_KEY.
 */
const PLAIN_KEY = /^[A-Za-z_](?:[\w.-]| (?=[\w.-]))*$/;
const PLAIN_KEY_IN_ANY_SCRIPT = /^[\p{L}_](?:[\p{L}\p{M}\p{N}_.-]| (?=[\p{L}\p{M}\p{N}_.-]))*$/u;
/** A quoted key on its line (`"360001":`), then `:` and a space or the end of the line. */
const QUOTED_KEY = /(?:'((?:[^']|'')*)'|"([^"\\]*)"):(?= |$)/y;

/** Plain keys that YAML reads as null or a boolean. */
const SPECIAL_KEY = /^(?:[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE)$/;

/** What may follow a scalar or flow collection on its line: spaces and a comment. */
const LINE_END = / *$| +#/y;

/** Characters that cannot start a plain scalar, or that this reader leaves to the others there. */
const NOT_PLAIN_START = /[,[\]{}#&*!|>'"%@`]/;
const NOT_CONTINUATION_START = /[-?:,[\]{}#&*!|>'"%@`]/;
/** After a dash, what makes it the start of a plain scalar in a flow collection (`-1`, `-x`). */
const NUMBER_OR_WORD_START = /[0-9.A-Za-z]/;

const SINGLE_QUOTED = /'((?:[^']|'')*)'/y;
const DOUBLE_QUOTED = /"((?:[^"\\]|\\.)*)"/y;
const ESCAPE = /\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)/g;
const ESCAPED: Record<string, string> = {
  '0': '\0', a: '\x07', b: '\b', t: '\t', n: '\n', v: '\v', f: '\f', r: '\r', e: '\x1b',
  ' ': ' ', '"': '"', '/': '/', '\\': '\\', N: '\x85', _: '\xa0', L: '\u2028', P: '\u2029',
};

/** A block scalar's header: `|` or `>`, clipped or stripped; indentation indicators and `+` are left to the others. */
const BLOCK_HEADER = /([|>])(-?)(?: *$| +#)/y;

interface Reader {
  readonly lines: string[];
  /** The first line not yet read. */
  at: number;
  /** On the line being read, the column after the last key, quoted scalar or flow collection read. */
  column: number;
  depth: number;
}

/** The data of a text in the subset above, or undefined when the text goes beyond it. */
export function readBlockYaml(input: string): { data: Record<string, unknown> } | undefined {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (OUTSIDE_SUBSET.test(text) || (SURROGATE.test(text) && LONE_SURROGATE.test(text))) return undefined;
  const reader: Reader = { lines: text.includes('\r') ? text.split(/\r?\n/) : text.split('\n'), at: 0, column: 0, depth: 0 };
  try {
    skipBlank(reader);
    if (reader.at >= reader.lines.length) return undefined;
    const first = keyAt(reader, reader.lines[reader.at]!, 0);
    if (first === undefined) return undefined;
    const data = readMapping(reader, 0, first);
    skipBlank(reader);
    return reader.at < reader.lines.length ? undefined : { data };
  } catch {
    // BEYOND, or anything unforeseen: the other readings decide.
    return undefined;
  }
}

function skipBlank(reader: Reader): void {
  const { lines } = reader;
  while (reader.at < lines.length && BLANK_OR_COMMENT.test(lines[reader.at]!)) reader.at++;
}

/** The column of the first character after the spaces at `at`; from 0, a line's indentation. */
function skipSpaces(line: string, at = 0): number {
  while (line.charCodeAt(at) === 32) at++;
  return at;
}

/** Whether a sequence entry's dash stands at column i. */
function isDash(line: string, i: number): boolean {
  return line.charCodeAt(i) === 45 && (i + 1 === line.length || line.charCodeAt(i + 1) === 32);
}

/** The key at `column`, or undefined when there is none; reader.column is then after its colon. */
function keyAt(reader: Reader, line: string, column: number): string | undefined {
  const first = line.charCodeAt(column);
  if (first === 34 || first === 39) {
    QUOTED_KEY.lastIndex = column;
    const match = QUOTED_KEY.exec(line);
    if (!match) return undefined;
    reader.column = QUOTED_KEY.lastIndex;
    return match[2] ?? match[1]!.replaceAll("''", "'");
  }
  // A plain key holds no colon, so its colon is the first one on the line after it.
  const colon = line.indexOf(':', column);
  if (colon < 0 || (colon + 1 < line.length && line.charCodeAt(colon + 1) !== 32)) return undefined;
  const key = line.slice(column, colon);
  if (!(first > 0x7f ? PLAIN_KEY_IN_ANY_SCRIPT : PLAIN_KEY).test(key)) return undefined;
  // A plain key YAML reads as null or a boolean would not be text.
  if (SPECIAL_KEY.test(key)) beyond();
  reader.column = colon + 1;
  return key;
}

/** Sets a key of a mapping; a key set twice, or one an object cannot simply hold, is left to the others. */
function setKey(map: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__' || Object.hasOwn(map, key)) beyond();
  map[key] = value;
}

function deeper(reader: Reader): void {
  if (++reader.depth > SOURCE_LIMITS.maxFlowDepth) beyond();
}

/**
 * A block mapping whose first key, `first`, stands at column `column` of the current line, read by
 * the caller (keyAt), which left reader.column after its colon.
 */
function readMapping(reader: Reader, column: number, first: string): Record<string, unknown> {
  deeper(reader);
  const { lines } = reader;
  const map: Record<string, unknown> = {};
  for (let key: string | undefined = first; ; ) {
    setKey(map, key, readValue(reader, lines[reader.at]!, reader.column, column, true));
    skipBlank(reader);
    if (reader.at >= lines.length) break;
    const line = lines[reader.at]!;
    const indent = skipSpaces(line);
    if (indent < column) break;
    if (indent > column) beyond();
    key = keyAt(reader, line, column);
    if (key === undefined) beyond();
  }
  reader.depth--;
  return map;
}

/** A block sequence whose dashes stand at column `column`. */
function readSequence(reader: Reader, column: number): unknown[] {
  deeper(reader);
  const { lines } = reader;
  const list: unknown[] = [];
  for (;;) {
    const line = lines[reader.at]!;
    const start = skipSpaces(line, column + 1);
    const key = start < line.length ? keyAt(reader, line, start) : undefined;
    if (key !== undefined) list.push(readMapping(reader, start, key));
    else if (isDash(line, start)) beyond();
    else list.push(readValue(reader, line, column + 1, column, false));
    skipBlank(reader);
    if (reader.at >= lines.length) break;
    const next = lines[reader.at]!;
    const indent = skipSpaces(next);
    if (indent < column) break;
    if (indent > column) beyond();
    // A line at the same column without a dash is the next key of the mapping this sequence is a value of.
    if (!isDash(next, column)) break;
  }
  reader.depth--;
  return list;
}

/**
 * The value that starts at `from` on the current line, after a key's colon or a sequence's dash;
 * `parent` is the column of that key or dash. Leaves the reader after the value's last line.
 */
function readValue(reader: Reader, line: string, from: number, parent: number, ofKey: boolean): unknown {
  const at = skipSpaces(line, from);
  if (at >= line.length || (line[at] === '#' && at > from)) {
    reader.at++;
    return readBelow(reader, parent, ofKey);
  }
  const first = line[at]!;
  if (first === '|' || first === '>') return readBlockScalar(reader, line, at, parent);
  let value: unknown;
  if (first === '"' || first === "'") value = readQuoted(reader, line, at);
  else if (first === '[' || first === '{') value = readFlow(reader, line, at);
  else return readPlain(reader, line, at, parent);
  LINE_END.lastIndex = reader.column;
  if (!LINE_END.test(line)) beyond();
  reader.at++;
  return value;
}

/** A value on the lines below its key or dash: a nested collection, or null when there is none. */
function readBelow(reader: Reader, parent: number, ofKey: boolean): unknown {
  skipBlank(reader);
  if (reader.at >= reader.lines.length) return null;
  const line = reader.lines[reader.at]!;
  const indent = skipSpaces(line);
  if (indent > parent) {
    if (isDash(line, indent)) return readSequence(reader, indent);
    const key = keyAt(reader, line, indent);
    if (key !== undefined) return readMapping(reader, indent, key);
    // A scalar or flow collection on the line below (yaml writes a long plain scalar so).
    if (line[indent] === '|' || line[indent] === '>') beyond();
    return readValue(reader, line, indent, parent, false);
  }
  // A key's sequence may stand at the key's own column.
  if (indent === parent && ofKey && isDash(line, indent)) return readSequence(reader, indent);
  return null;
}

/** Whether a line of a plain scalar reads as text alone: no `: ` (a key) and no colon at the end. */
function plainLineOk(text: string): boolean {
  return !text.includes(': ') && !text.endsWith(':');
}

function trimSpaces(text: string): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 32) end--;
  return text.slice(0, end);
}

/** A plain scalar, over the lines below too while they are indented past `parent`. */
function readPlain(reader: Reader, line: string, at: number, parent: number): unknown {
  const first = line[at]!;
  if (NOT_PLAIN_START.test(first)) beyond();
  if ((first === '-' || first === '?' || first === ':') && (at + 1 === line.length || line[at + 1] === ' ')) beyond();
  let text = line.slice(at);
  const comment = text.indexOf(' #');
  if (comment >= 0) text = text.slice(0, comment);
  text = trimSpaces(text);
  if (!plainLineOk(text)) beyond();
  reader.at++;
  if (comment >= 0) return resolvePlainScalar(text);
  const { lines } = reader;
  for (;;) {
    let next = reader.at;
    while (next < lines.length && BLANK.test(lines[next]!)) next++;
    if (next >= lines.length) break;
    const following = lines[next]!;
    const indent = skipSpaces(following);
    // A comment, or a line not indented past the parent, ends the scalar.
    if (indent <= parent || following[indent] === '#') break;
    const piece = trimSpaces(following.slice(indent));
    if (NOT_CONTINUATION_START.test(piece[0]!) || piece.includes(' #') || !plainLineOk(piece)) beyond();
    // Lines fold into one with a space; each empty line between them is a line break.
    text += next === reader.at ? ` ${piece}` : '\n'.repeat(next - reader.at) + piece;
    reader.at = next + 1;
  }
  return resolvePlainScalar(text);
}

/** A quoted scalar that closes on its line; reader.column is then after its closing quote. */
function readQuoted(reader: Reader, line: string, at: number): string {
  const pattern = line[at] === "'" ? SINGLE_QUOTED : DOUBLE_QUOTED;
  pattern.lastIndex = at;
  const match = pattern.exec(line);
  if (!match) beyond();
  const body = match[1]!;
  reader.column = pattern.lastIndex;
  return pattern === SINGLE_QUOTED ? body.replaceAll("''", "'") : body.includes('\\') ? body.replace(ESCAPE, unescape) : body;
}

function unescape(_: string, code: string): string {
  if (code.length > 1) {
    const point = parseInt(code.slice(1), 16);
    if (point > 0x10ffff) beyond();
    return String.fromCodePoint(point);
  }
  return ESCAPED[code] ?? beyond();
}

/** A literal (`|`) or folded (`>`) block scalar whose header is at `at`; `parent` is its key's or dash's column. */
function readBlockScalar(reader: Reader, line: string, at: number, parent: number): string {
  BLOCK_HEADER.lastIndex = at;
  const header = BLOCK_HEADER.exec(line);
  if (!header) beyond();
  const folded = header[1] === '>';
  const { lines } = reader;
  const start = reader.at + 1;
  // Empty lines before the first line of text have rules of their own: left to the others.
  if (start >= lines.length || BLANK.test(lines[start]!)) beyond();
  const indent = skipSpaces(lines[start]!);
  if (indent <= parent) beyond();
  const kept: string[] = [];
  let end = start;
  for (let i = start; i < lines.length; i++) {
    const text = lines[i]!;
    if (BLANK.test(text)) {
      // A line of spaces past the text's indentation keeps the extra spaces: left to the others.
      if (text.length > indent) beyond();
      kept.push('');
      continue;
    }
    if (skipSpaces(text) < indent) break;
    const content = text.slice(indent);
    // Folding keeps more-indented lines and trailing spaces as they are: left to the others.
    if (folded && (content.charCodeAt(0) === 32 || content.charCodeAt(content.length - 1) === 32)) beyond();
    kept.push(content);
    end = i + 1;
  }
  // The last line of the file with no line break after it: whether one is kept is left to the others.
  if (end >= lines.length) beyond();
  const content = kept.slice(0, end - start);
  let value = '';
  if (!folded) value = content.join('\n');
  else {
    let breaks = 0;
    for (const piece of content) {
      if (piece === '') breaks++;
      else {
        value += value === '' ? piece : (breaks === 0 ? ' ' : '\n'.repeat(breaks)) + piece;
        breaks = 0;
      }
    }
  }
  reader.at = end;
  return header[2] === '-' ? value : `${value}\n`;
}

/** A flow collection that closes on its line; reader.column is then after it. */
function readFlow(reader: Reader, line: string, at: number): unknown {
  deeper(reader);
  const close = line[at] === '[' ? ']' : '}';
  const list: unknown[] = [];
  const map: Record<string, unknown> = {};
  let i = skipSpaces(line, at + 1);
  while (line[i] !== close) {
    if (close === '}') {
      const key = keyAt(reader, line, i);
      if (key === undefined || line[reader.column] !== ' ') beyond();
      setKey(map, key, readFlowValue(reader, line, skipSpaces(line, reader.column)));
    } else list.push(readFlowValue(reader, line, i));
    i = skipSpaces(line, reader.column);
    if (line[i] === ',') {
      i = skipSpaces(line, i + 1);
      // A comma right before the close (`[1, ]`): left to the others.
      if (line[i] === close) beyond();
    } else if (line[i] !== close) beyond();
  }
  reader.depth--;
  reader.column = i + 1;
  return close === ']' ? list : map;
}

/** A value inside a flow collection; reader.column is then after it. */
function readFlowValue(reader: Reader, line: string, at: number): unknown {
  const first = line[at];
  if (first === undefined) beyond();
  if (first === '[' || first === '{') return readFlow(reader, line, at);
  if (first === '"' || first === "'") return readQuoted(reader, line, at);
  if (NOT_CONTINUATION_START.test(first) && !(first === '-' && NUMBER_OR_WORD_START.test(line[at + 1] ?? ''))) beyond();
  let end = at;
  for (; end < line.length; end++) {
    const char = line[end];
    if (char === ',' || char === '[' || char === ']' || char === '{' || char === '}') break;
    if (char === ':' && ' ,[]{}'.includes(line[end + 1] ?? ' ')) beyond();
    if (char === '#' && line[end - 1] === ' ') beyond();
  }
  const text = trimSpaces(line.slice(at, end));
  if (text === '') beyond();
  reader.column = end;
  return resolvePlainScalar(text);
}

/*
 * How YAML 1.2's core schema reads a plain scalar, with yaml's own patterns and conversions
 * (yaml/dist/schema/core): null, booleans, integers and floats; all else is text. js-yaml's core
 * schema reads more as numbers (`1_000`, `0b11`, `-0x1`): a policy whose target was `8_0` once passed
 * the fast check and failed the careful one ("must be a number").
 */
const CORE_NULL = /^(?:~|[Nn]ull|NULL)?$/;
const CORE_BOOLEAN = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const CORE_INTEGER = /^(?:0o[0-7]+|[-+]?[0-9]+|0x[0-9a-fA-F]+)$/;
const CORE_SPECIAL_FLOAT = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const CORE_FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$|^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

/** Text that can only be text: it starts with none of the characters a null, boolean or number starts with. */
const ONLY_TEXT = /^[^-+.~0-9nNtTfF]/;

/** Whether a text written plain reads back as that text, not as a null, a boolean or a number. */
export const isPlainText = (text: string): boolean => resolvePlainScalar(text) === text;

/** What a plain scalar is under the core schema. */
function resolvePlainScalar(text: string): unknown {
  if (ONLY_TEXT.test(text)) return text;
  if (CORE_NULL.test(text)) return null;
  if (CORE_BOOLEAN.test(text)) return text[0] === 't' || text[0] === 'T';
  if (CORE_INTEGER.test(text)) return text.startsWith('0o') ? parseInt(text.slice(2), 8) : text.startsWith('0x') ? parseInt(text.slice(2), 16) : parseInt(text, 10);
  if (CORE_FLOAT.test(text)) return parseFloat(text);
  if (!CORE_SPECIAL_FLOAT.test(text)) return text;
  if (text.endsWith('nan') || text.endsWith('NaN') || text.endsWith('NAN')) return NaN;
  return text.startsWith('-') ? -Infinity : Infinity;
}
