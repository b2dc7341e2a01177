import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvParser, headerIndex, parseCsv } from '../../src/core/csv.js';

/** The obvious character-by-character reading of RFC 4180, as the second implementation. */
function referenceParse(text: string): { line: number; cells: string[] }[] {
  if (text.startsWith('\ufeff')) text = text.slice(1);
  const records: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = '';
  let inQuotes = false;
  let line = 1;
  let recordLine = 1;
  let any = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    any = true;
    if (inQuotes) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; }
      else if (c === '"') inQuotes = false;
      else { if (c === '\n') line++; cell += c; }
    } else if (c === '"') inQuotes = true;
    else if (c === ',') { cells.push(cell); cell = ''; }
    else if (c === '\n') {
      if (cell.endsWith('\r')) cell = cell.slice(0, -1);
      cells.push(cell); records.push({ line: recordLine, cells });
      cells = []; cell = ''; line++; recordLine = line; any = false;
    } else cell += c;
  }
  if (any && !(cells.length === 0 && cell === '\r')) { cells.push(cell); records.push({ line: recordLine, cells }); }
  return records;
}

function chunked(text: string, cuts: number[]): ReturnType<typeof parseCsv> {
  const parser = new CsvParser();
  const records = [];
  let at = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    records.push(...parser.push(text.slice(at, cut)));
    at = cut;
  }
  records.push(...parser.push(text.slice(at)), ...parser.end());
  return { records, problems: parser.problems };
}

const field = fc.oneof(
  fc.stringMatching(/^[a-z0-9 :+.-]{0,8}$/),
  fc.string({ unit: fc.constantFrom('a', ',', '"', '\n', '\r\n', 'ب', ' ') , maxLength: 8 }).map((s) => `"${s.replace(/"/g, '""')}"`),
);
const csvText = fc.tuple(
  fc.array(fc.array(field, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 8 }),
  fc.constantFrom('\n', '\r\n'),
  fc.boolean(),
  fc.boolean(),
).map(([rows, eol, bom, finalEol]) => (bom ? '\ufeff' : '') + rows.map((r) => r.join(',')).join(eol) + (finalEol ? eol : ''));

describe('the CSV reader', () => {
  it('reads quoted fields, doubled quotes, line breaks in fields, CRLF and a byte-order mark', () => {
    const { records, problems } = parseCsv('\ufeffid,comment,at\r\n1,"said ""hi"", then left",2026-01-05\r\n2,"two\nlines",\r\n');
    expect(records).toEqual([
      { line: 1, cells: ['id', 'comment', 'at'] },
      { line: 2, cells: ['1', 'said "hi", then left', '2026-01-05'] },
      { line: 3, cells: ['2', 'two\nlines', ''] },
    ]);
    expect(problems).toEqual([]);
  });

  it('names the line of an unclosed quote and of text after a closing quote', () => {
    expect(parseCsv('a,b\n"x"y,2\n3,"open\n').problems).toEqual([
      { line: 2, kind: 'text-after-quote' },
      { line: 3, kind: 'unclosed-quote' },
    ]);
  });

  it('agrees with a character-by-character reading, however the text is cut into chunks', () => {
    fc.assert(
      fc.property(csvText, fc.array(fc.nat(), { maxLength: 6 }), (text, rawCuts) => {
        const cuts = rawCuts.map((n) => n % (text.length + 1));
        const expected = referenceParse(text);
        expect(parseCsv(text).records).toEqual(expected);
        expect(chunked(text, cuts).records).toEqual(expected);
      }),
      { seed: Number(process.env.FC_SEED ?? 42), numRuns: Number(process.env.FC_RUNS ?? 1000) },
    );
  });

  it('finds columns whatever the case, spacing or separators of the header', () => {
    const index = headerIndex(['Ticket ID', ' Created time', 'created_time', 'INITIAL-RESPONSE time']);
    expect([index.get('ticket id'), index.get('created time'), index.get('initial response time')]).toEqual([0, 1, 3]);
  });
});

describe('the CSV reader on damaged text', () => {
  const rows = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => `${from + i},b`).join('\n');

  it.each([
    ['a stray quote at the end of the file', `id,x\n1,"stray\n2,b\n3,c\n`, [3, 4]],
    ['a stray quote, no final line break', `id,x\n1,"stray\n2,b`, [3]],
    ['text after the quote, then no close', `id,x\n1,"str"ay,"open\n2,b\n`, [3]],
  ])('names the line of %s and reads the lines after it', (_name, text, lines) => {
    const { records, problems } = parseCsv(text);
    expect(problems).toEqual([{ line: 2, kind: 'unclosed-quote' }]);
    expect(records.map((r) => r.line)).toEqual([1, ...lines]);
  });

  it('gives up a quoted field longer than the cap, names its line, and reads on from the next line', () => {
    const text = `id,x\n1,"stray\n${rows(2, 200)}\n`;
    for (const cut of [1, 7, 64, text.length]) {
      const parser = new CsvParser({ maxRecordChars: 100 });
      const records = [];
      for (let at = 0; at < text.length; at += cut) records.push(...parser.push(text.slice(at, at + cut)));
      records.push(...parser.end());
      expect(parser.problems).toEqual([{ line: 2, kind: 'unclosed-quote' }]);
      expect(records.length).toBe(1 + 198);
      expect(records.at(-1)).toEqual({ line: 200, cells: ['199', 'b'] });
    }
  });

  it('keeps quoted fields to one line when reading again, so two stray quotes lose two rows', () => {
    const { records, problems } = parseCsv(`id,x\n1,"a\n2,b\n3,"c\n4,d\n`, { maxRecordChars: 1000 });
    expect(problems).toEqual([{ line: 2, kind: 'unclosed-quote' }, { line: 4, kind: 'unclosed-quote' }]);
    expect(records.map((r) => r.cells[0])).toEqual(['id', '2', '4']);
  });

  it('names a line longer than the cap and skips it', () => {
    const { records, problems } = parseCsv(`id,x\n1,${'y'.repeat(500)}\n2,b\n3,${'z'.repeat(500)}`, { maxRecordChars: 100 });
    expect(problems).toEqual([{ line: 2, kind: 'too-long' }, { line: 4, kind: 'too-long' }]);
    expect(records.map((r) => r.cells[0])).toEqual(['id', '2']);
  });

  it('reads ";" and tab separated text', () => {
    expect(parseCsv('a;b\n"x;y";2\n', { delimiter: ';' }).records).toEqual([{ line: 1, cells: ['a', 'b'] }, { line: 2, cells: ['x;y', '2'] }]);
    expect(parseCsv('a\tb\n1\t2\n', { delimiter: '\t' }).records).toEqual([{ line: 1, cells: ['a', 'b'] }, { line: 2, cells: ['1', '2'] }]);
  });

  it('costs about the same with a stray quote as without (no text scanned again per chunk)', () => {
    const clean = `id,x\n${rows(0, 200_000)}\n`;
    const stray = clean.replace('\n3,b\n', '\n3,"b\n');
    const time = (text: string) => {
      const started = performance.now();
      const parser = new CsvParser();
      let count = 0;
      for (let at = 0; at < text.length; at += 1 << 16) count += parser.push(text.slice(at, at + (1 << 16))).length;
      count += parser.end().length;
      return { ms: performance.now() - started, count };
    };
    // The best of three runs each, on a machine others share; a rescan per chunk would be hundreds of times slower.
    const best = (text: string) => [time(text), time(text), time(text)].sort((x, y) => x.ms - y.ms)[0]!;
    const a = best(clean);
    const b = best(stray);
    expect(b.count).toBe(a.count - 1);
    expect(b.ms).toBeLessThan(a.ms * 4 + 300);
  });
});
