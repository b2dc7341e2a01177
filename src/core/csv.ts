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
  kind: 'unclosed-quote' | 'text-after-quote';
}

export class CsvParser {
  private pending = '';
  private line = 1;
  private started = false;
  readonly problems: CsvProblem[] = [];

  /** Records completed by this chunk; a record cut by the chunk's end waits for the next one. */
  push(chunk: string): CsvRecord[] {
    let text = this.pending + chunk;
    if (!this.started && text.length > 0) {
      this.started = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    const records: CsvRecord[] = [];
    let start = 0;
    // The next quote is looked up once and reused until passed: most exports have none.
    let quote = text.indexOf('"');
    while (start < text.length) {
      if (quote !== -1 && quote < start) quote = text.indexOf('"', start);
      const newline = text.indexOf('\n', start);
      if (quote !== -1 && (newline === -1 || quote < newline)) {
        const end = this.quotedRecord(text, start, records);
        if (end === -1) break;
        start = end;
        continue;
      }
      if (newline === -1) break;
      const end = newline > start && text.charCodeAt(newline - 1) === 13 ? newline - 1 : newline;
      records.push({ line: this.line, cells: text.slice(start, end).split(',') });
      this.line++;
      start = newline + 1;
    }
    this.pending = text.slice(start);
    return records;
  }

  /** The last record, when the file does not end in a line break. */
  end(): CsvRecord[] {
    const rest = this.pending;
    this.pending = '';
    if (rest === '' || rest === '\r') return [];
    const records: CsvRecord[] = [];
    if (this.quotedRecord(`${rest}\n`, 0, records, true) === -1 || records.length === 0) {
      this.problems.push({ line: this.line, kind: 'unclosed-quote' });
    }
    return records;
  }

  /**
   * Parses one record that has a quote somewhere, from `start`; returns where the next record
   * starts, or -1 when the record runs past the text seen so far.
   */
  private quotedRecord(text: string, start: number, records: CsvRecord[], final = false): number {
    const cells: string[] = [];
    let i = start;
    let lines = 0;
    for (;;) {
      let cell = '';
      const quoted = text.charCodeAt(i) === 34;
      if (quoted) {
        // A quoted field runs to the quote that is not doubled, across line breaks.
        i++;
        for (;;) {
          const close = text.indexOf('"', i);
          if (close === -1) {
            if (!final) return -1;
            this.problems.push({ line: this.line, kind: 'unclosed-quote' });
            cells.push(cell + text.slice(i, text.length - 1));
            records.push({ line: this.line, cells });
            this.line += lines + 1;
            return text.length;
          }
          const piece = text.slice(i, close);
          for (let n = piece.indexOf('\n'); n !== -1; n = piece.indexOf('\n', n + 1)) lines++;
          cell += piece;
          if (text.charCodeAt(close + 1) !== 34) {
            i = close + 1;
            break;
          }
          cell += '"';
          i = close + 2;
        }
      }
      let next = i;
      while (next < text.length) {
        const code = text.charCodeAt(next);
        if (code === 44 || code === 10) break;
        next++;
      }
      if (next >= text.length && !final) return -1;
      let piece = text.slice(i, next);
      if (text.charCodeAt(next) === 10 && piece.endsWith('\r')) piece = piece.slice(0, -1);
      // `"a"b` is not CSV; the text is kept, and the row is named so the user can look.
      if (quoted && piece.length > 0) this.problems.push({ line: this.line, kind: 'text-after-quote' });
      cells.push(cell + piece);
      if (next >= text.length || text.charCodeAt(next) === 10) {
        records.push({ line: this.line, cells });
        this.line += lines + 1;
        return next + 1;
      }
      i = next + 1;
    }
  }
}

/** A whole CSV text at once, for small files (staff lists, survey responses). */
export function parseCsv(text: string): { records: CsvRecord[]; problems: CsvProblem[] } {
  const parser = new CsvParser();
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
