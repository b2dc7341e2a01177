/**
 * CSV as helpdesks, survey and e-signature tools export it (RFC 4180): comma-separated, fields
 * quoted with `"` where they hold a comma, a quote (doubled) or a line break, CRLF or LF line
 * ends, an optional byte-order mark. Parsed incrementally, so a file of millions of rows streams
 * in constant memory. Measured when this parser was written, splitting lines ourselves was twice as
 * fast as the fastest CSV library, and audit's speed goal is set against that floor
 * (scripts/bench.mjs); the quoted-field path is the careful one, taken only by rows that have a quote.
 */

export interface CsvRecord {
  /** 1-based line of the file the record starts on. */
  line: number;
  cells: string[];
}

export interface CsvProblem {
  line: number;
  /**
   * `unclosed-quote`: a quoted field still open at the end of the file or after `maxRecordChars`;
   * `too-long`: a record longer than `maxRecordChars`. Neither record is returned; the text after
   * the line it started on is read again, with quoted fields kept to one line, so one stray quote
   * loses one row, not the rest of the file.
   */
  kind: 'unclosed-quote' | 'text-after-quote' | 'too-long';
}

export interface CsvOptions {
  /** The field separator: `,` (RFC 4180), or `;` and tab as spreadsheets write them in some locales. */
  delimiter?: string;
  /** The longest record read, in characters (1 MiB): longer is a problem, not a record held in memory. */
  maxRecordChars?: number;
}

export const MAX_RECORD_CHARS = 1 << 20;

/** A record with a quote in it, parsed as its chunks arrive, so no text is scanned twice. */
interface OpenRecord {
  line: number;
  cells: string[];
  /** The current field's text so far (quoted part, then any text after its closing quote). */
  cell: string;
  mode: 'start' | 'quoted' | 'quote' | 'plain';
  /** The current field began with a quote. */
  quotedField: boolean;
  afterQuote: string;
  lines: number;
  length: number;
  /** The record's raw text from its first line break on, kept (up to the cap) to read again if the record fails. */
  rest: string[] | null;
  textAfterQuote: boolean;
}

export class CsvParser {
  private pending = '';
  /** How much of `pending` is known to hold no line break and no quote. */
  private searched = 0;
  private line = 1;
  private started = false;
  private open: OpenRecord | undefined;
  /** Text still to read with quoted fields kept to one line: what followed a failed record's first line. */
  private strictChars = 0;
  /** Skipping the rest of a line longer than the cap. */
  private skipping = false;
  private readonly delimiter: number;
  private readonly maxRecordChars: number;
  readonly problems: CsvProblem[] = [];

  constructor(options: CsvOptions = {}) {
    const delimiter = options.delimiter ?? ',';
    if (delimiter.length !== 1 || delimiter === '"' || delimiter === '\n' || delimiter === '\r') throw new RangeError(`not a CSV delimiter: ${JSON.stringify(delimiter)}`);
    this.delimiter = delimiter.charCodeAt(0);
    this.maxRecordChars = options.maxRecordChars ?? MAX_RECORD_CHARS;
  }

  /** Records completed by this chunk; a record cut by the chunk's end waits for the next one. */
  push(chunk: string): CsvRecord[] {
    if (!this.started && chunk.length > 0) {
      this.started = true;
      if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
    }
    const records: CsvRecord[] = [];
    this.read(chunk, records, false);
    return records;
  }

  /** The last record, when the file does not end in a line break. */
  end(): CsvRecord[] {
    const records: CsvRecord[] = [];
    this.read('', records, true);
    return records;
  }

  private read(chunk: string, records: CsvRecord[], final: boolean): void {
    let text = this.pending + chunk;
    let start = 0;
    let searchFrom = this.searched;
    this.pending = '';
    this.searched = 0;
    const delimiter = this.delimiter;
    // The next quote is looked up once and reused until passed: most exports have none.
    let quote = -2;
    for (;;) {
      if (this.open) {
        const end = this.continueQuoted(text, start, records, final);
        if (end === -1) return;
        if (typeof end === 'string') {
          // A failed record: what followed its first line is read again.
          text = end;
          start = 0;
          quote = -2;
        } else start = end;
        searchFrom = start;
        continue;
      }
      if (start >= text.length) return;
      if (this.skipping) {
        const newline = text.indexOf('\n', start);
        if (newline === -1) return;
        this.skipping = false;
        this.line++;
        start = newline + 1;
        searchFrom = start;
        continue;
      }
      const from = Math.max(start, searchFrom);
      const newline = text.indexOf('\n', from);
      if (quote === -2 || (quote !== -1 && quote < from)) quote = text.indexOf('"', from);
      if (quote !== -1 && (newline === -1 || quote < newline)) {
        this.open = this.newRecord();
        continue;
      }
      if (newline === -1) {
        if (text.length - start > this.maxRecordChars) {
          this.problems.push({ line: this.line, kind: 'too-long' });
          this.skipping = true;
          return;
        }
        if (final) {
          const rest = text.slice(start);
          if (rest !== '' && rest !== '\r') records.push({ line: this.line++, cells: this.split(rest.endsWith('\r') ? rest.slice(0, -1) : rest, delimiter) });
          return;
        }
        this.pending = text.slice(start);
        this.searched = this.pending.length;
        return;
      }
      if (newline - start > this.maxRecordChars) this.problems.push({ line: this.line, kind: 'too-long' });
      else {
        const end = newline > start && text.charCodeAt(newline - 1) === 13 ? newline - 1 : newline;
        records.push({ line: this.line, cells: this.split(text.slice(start, end), delimiter) });
      }
      this.consumedStrict(newline + 1 - start);
      this.line++;
      start = newline + 1;
      searchFrom = start;
    }
  }

  private split(text: string, delimiter: number): string[] {
    return delimiter === 44 ? text.split(',') : text.split(String.fromCharCode(delimiter));
  }

  private consumedStrict(chars: number): void {
    if (this.strictChars > 0) this.strictChars = Math.max(0, this.strictChars - chars);
  }

  private newRecord(): OpenRecord {
    return { line: this.line, cells: [], cell: '', mode: 'start', quotedField: false, afterQuote: '', lines: 0, length: 0, rest: null, textAfterQuote: false };
  }

  /**
   * Carries the open record on from `start`; returns where the next record starts, or -1 when the
   * text ran out first (the record's state is kept, not its text, so nothing is scanned again).
   */
  private continueQuoted(text: string, start: number, records: CsvRecord[], final: boolean): number | string {
    const r = this.open!;
    const n = text.length;
    const delimiter = this.delimiter;
    let i = start;
    // Inside quotes, a line break is part of the field, unless this is text read again after a failed record.
    const strict = this.strictChars > 0;
    const keep = (from: number, to: number) => {
      r.length += to - from;
      if (r.rest) r.rest.push(text.slice(from, to));
      else {
        const newline = text.indexOf('\n', from);
        if (newline !== -1 && newline < to) r.rest = [text.slice(newline + 1, to)];
      }
    };
    /** Names the record's line and returns the text to read again: what followed that line. */
    const fail = (kind: CsvProblem['kind']): string => {
      this.problems.push({ line: r.line, kind });
      this.open = undefined;
      if (r.rest === null) {
        // The record never reached a line break: the rest of its line goes with it.
        this.consumedStrict(r.length + 1);
        const newline = text.indexOf('\n', i);
        this.line = r.line;
        if (newline === -1) {
          this.skipping = !final;
          return '';
        }
        this.line = r.line + 1;
        return text.slice(newline + 1);
      }
      const again = r.rest.join('');
      this.line = r.line + 1;
      this.strictChars = again.length;
      return again + text.slice(i);
    };
    for (;;) {
      if (r.length > this.maxRecordChars) return fail(r.mode === 'quoted' || r.mode === 'quote' ? 'unclosed-quote' : 'too-long');
      if (r.mode === 'start') {
        if (i >= n) {
          if (!final) return -1;
          r.cells.push('');
          return this.finish(r, records, n);
        }
        r.quotedField = text.charCodeAt(i) === 34;
        r.cell = '';
        r.afterQuote = '';
        if (r.quotedField) {
          keep(i, i + 1);
          i++;
          r.mode = 'quoted';
        } else r.mode = 'plain';
        continue;
      }
      if (r.mode === 'quoted') {
        let close = text.indexOf('"', i);
        if (strict) {
          const newline = text.indexOf('\n', i);
          if (newline !== -1 && (close === -1 || newline < close)) {
            keep(i, newline);
            i = newline;
            return fail('unclosed-quote');
          }
        }
        if (close === -1) {
          keep(i, n);
          r.cell += text.slice(i);
          countLines(r, text, i, n);
          if (final) {
            i = n;
            return fail('unclosed-quote');
          }
          return -1;
        }
        keep(i, close + 1);
        r.cell += text.slice(i, close);
        countLines(r, text, i, close);
        i = close + 1;
        r.mode = 'quote';
        continue;
      }
      if (r.mode === 'quote') {
        if (i >= n && !final) return -1;
        if (i < n && text.charCodeAt(i) === 34) {
          keep(i, i + 1);
          r.cell += '"';
          i++;
          r.mode = 'quoted';
        } else r.mode = 'plain';
        continue;
      }
      // plain: up to the next delimiter or line break.
      let next = i;
      while (next < n) {
        const code = text.charCodeAt(next);
        if (code === delimiter || code === 10) break;
        next++;
      }
      if (next >= n && !final) {
        keep(i, n);
        r.afterQuote += text.slice(i);
        return -1;
      }
      // A quoted field that ran over line breaks and is followed by text was most likely opened by a
      // stray quote and closed by the next one: the rows between are read again, not lost in one field.
      if (r.quotedField && r.lines > 0 && (r.afterQuote + text.slice(i, next)).replace(/\r$/, '').length > 0) return fail('unclosed-quote');
      keep(i, next);
      let piece = r.afterQuote + text.slice(i, next);
      r.afterQuote = '';
      if (next < n && piece.endsWith('\r')) piece = piece.slice(0, -1);
      else if (next >= n && piece.endsWith('\r')) piece = piece.slice(0, -1);
      // `"a"b` is not CSV; the text is kept, and the row is named so the user can look.
      if (r.quotedField && piece.length > 0) r.textAfterQuote = true;
      r.cells.push(r.cell + piece);
      r.cell = '';
      if (next >= n || text.charCodeAt(next) === 10) {
        keep(next, Math.min(n, next + 1));
        return this.finish(r, records, next + 1);
      }
      keep(next, next + 1);
      i = next + 1;
      r.mode = 'start';
    }
  }

  private finish(r: OpenRecord, records: CsvRecord[], next: number): number {
    if (r.textAfterQuote) this.problems.push({ line: r.line, kind: 'text-after-quote' });
    records.push({ line: r.line, cells: r.cells });
    this.open = undefined;
    this.line = r.line + r.lines + 1;
    this.consumedStrict(r.length);
    return next;
  }
}

function countLines(r: OpenRecord, text: string, from: number, to: number): void {
  for (let at = text.indexOf('\n', from); at !== -1 && at < to; at = text.indexOf('\n', at + 1)) r.lines++;
}

/** A whole CSV text at once, for small files (staff lists, survey responses). */
export function parseCsv(text: string, options: CsvOptions = {}): { records: CsvRecord[]; problems: CsvProblem[] } {
  const parser = new CsvParser(options);
  const records = [...parser.push(text), ...parser.end()];
  return { records, problems: parser.problems };
}

/** Header names compared as exports vary them: case, surrounding spaces, `_` or `-` for spaces. */
export function normalizeHeader(name: string): string {
  return name.trim().toLowerCase().replace(/[\s_-]+/g, ' ');
}

/** Column positions by normalised header name; the first of two equal names wins. */
export function headerIndex(header: readonly string[]): Map<string, number> {
  const index = new Map<string, number>();
  header.forEach((name, i) => {
    const key = normalizeHeader(name);
    if (!index.has(key)) index.set(key, i);
  });
  return index;
}

/** A CSV's header line, from the file's first bytes: its first line, without a byte-order mark. */
export const headerLine = (sample: string): string => sample.replace(/^\ufeff/, '').split(/\r?\n/, 1)[0] ?? '';

/**
 * The separator of a header line: `,`, `;` or tab, whichever splits it into most columns outside
 * quotes (a spreadsheet saved in a locale whose decimal mark is a comma writes `;`). Comma on a tie.
 */
export function detectDelimiter(headerLine: string): ',' | ';' | '\t' {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const c of headerLine) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === ',' || c === ';' || c === '\t')) counts[c]++;
  }
  return counts[';'] > counts[','] && counts[';'] >= counts['\t'] ? ';' : counts['\t'] > counts[','] ? '\t' : ',';
}

/** The first header name that appears twice (normalised), among `names` when given, with both 1-based column numbers. */
export function duplicateHeader(header: readonly string[], names?: ReadonlySet<string>): { name: string; first: number; second: number } | undefined {
  const seen = new Map<string, number>();
  for (const [i, raw] of header.entries()) {
    const key = normalizeHeader(raw);
    if (key === '' || (names && !names.has(key))) continue;
    const first = seen.get(key);
    if (first !== undefined) return { name: raw.trim(), first: first + 1, second: i + 1 };
    seen.set(key, i);
  }
  return undefined;
}
