import { headerIndex, parseCsv, type CsvRecord } from '../core/csv.js';

/**
 * Pilot feedback as survey tools export it: one row per customer with what they expected and what
 * they got on the same scale, as CSV (a header row) or JSON (a list of objects, or
 * `{responses: [...]}`). Pure: text in, rows and located problems out.
 */
export interface PilotResponse {
  file: string;
  line: number;
  id: string;
  expectation: number;
  performance: number;
  topic?: string;
  channel?: string;
  comment?: string;
  /** 0-10, "how likely are you to recommend us". */
  recommend?: number;
}

/** The scales surveys use; every one starts at 1. */
export const SCALES = [5, 7, 10] as const;
export type ScaleMax = (typeof SCALES)[number];

export type RowProblem =
  | { kind: 'not-a-number'; column: string; value: string }
  | { kind: 'out-of-scale'; column: string; value: string; max: number }
  | { kind: 'missing-value'; column: string }
  | { kind: 'short-row'; cells: number; expected: number }
  | { kind: 'long-row'; cells: number; expected: number }
  | { kind: 'duplicate-id'; id: string; firstLine: number }
  | { kind: 'bad-csv' }
  | { kind: 'not-an-object' };

export interface BadRow { file: string; line: number; problem: RowProblem }

export type FileProblem = { kind: 'missing-columns'; columns: string[] } | { kind: 'bad-json'; message: string } | { kind: 'no-rows' };

export interface ReadOutcome { rows: Draft[]; bad: BadRow[]; fatal?: FileProblem }

/** A row before the scale is known: scores are numbers, not yet checked against the scale. */
export type Draft = PilotResponse;

export const REQUIRED_COLUMNS = ['id', 'expectation', 'performance'] as const;

/** JSON when the text starts like JSON, CSV otherwise. */
export function readResponses(text: string, file: string): ReadOutcome {
  const start = text.replace(/^\uFEFF/, '').trimStart()[0];
  return start === '[' || start === '{' ? readJson(text, file) : readCsv(text, file);
}

const ARABIC_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/g;

/** A score as written: Arabic-Indic digits (٣, ۳) count as digits; "3,5" or "four" are not numbers. */
export function parseScore(raw: string): number | undefined {
  const text = raw.trim().replace(ARABIC_DIGITS, (digit) => String(digit.charCodeAt(0) % 16));
  if (!/^[+-]?\d+(\.\d+)?$/.test(text)) return undefined;
  return Number(text);
}

type Cell = string | undefined;

/** One row's named cells to a response, or the first problem found. */
function toResponse(file: string, line: number, cell: (name: string) => Cell): Draft | RowProblem {
  const values: Record<string, string> = {};
  for (const column of REQUIRED_COLUMNS) {
    const value = cell(column)?.trim() ?? '';
    if (value === '') return { kind: 'missing-value', column };
    values[column] = value;
  }
  const expectation = parseScore(values.expectation!);
  if (expectation === undefined) return { kind: 'not-a-number', column: 'expectation', value: values.expectation! };
  const performance = parseScore(values.performance!);
  if (performance === undefined) return { kind: 'not-a-number', column: 'performance', value: values.performance! };
  const response: Draft = { file, line, id: values.id!, expectation, performance };
  for (const column of ['topic', 'channel', 'comment'] as const) {
    const value = cell(column)?.trim();
    if (value) response[column] = value;
  }
  const recommendText = cell('recommend')?.trim();
  if (recommendText) {
    const recommend = parseScore(recommendText);
    if (recommend === undefined) return { kind: 'not-a-number', column: 'recommend', value: recommendText };
    if (!Number.isInteger(recommend) || recommend < 0 || recommend > 10) return { kind: 'out-of-scale', column: 'recommend', value: recommendText, max: 10 };
    response.recommend = recommend;
  }
  return response;
}

function collect(file: string, entries: { line: number; outcome: Draft | RowProblem }[]): ReadOutcome {
  const rows: Draft[] = [];
  const bad: BadRow[] = [];
  const firstLine = new Map<string, number>();
  for (const { line, outcome } of entries) {
    if ('kind' in outcome) {
      bad.push({ file, line, problem: outcome });
      continue;
    }
    // The same customer twice would count twice; the first answer stands and the second is named.
    const seen = firstLine.get(outcome.id);
    if (seen !== undefined) {
      bad.push({ file, line, problem: { kind: 'duplicate-id', id: outcome.id, firstLine: seen } });
      continue;
    }
    firstLine.set(outcome.id, line);
    rows.push(outcome);
  }
  return { rows, bad };
}

function readCsv(text: string, file: string): ReadOutcome {
  const { records, problems } = parseCsv(text);
  const nonEmpty = records.filter((record) => !(record.cells.length === 1 && record.cells[0]!.trim() === ''));
  const header = nonEmpty[0];
  if (!header) return { rows: [], bad: [], fatal: { kind: 'no-rows' } };
  const index = headerIndex(header.cells);
  const missing = REQUIRED_COLUMNS.filter((column) => !index.has(column));
  if (missing.length > 0) return { rows: [], bad: [], fatal: { kind: 'missing-columns', columns: missing } };
  const broken = new Set(problems.map((problem) => problem.line));
  const width = header.cells.length;
  const entries = nonEmpty.slice(1).map((record: CsvRecord) => {
    let outcome: Draft | RowProblem;
    if (broken.has(record.line)) outcome = { kind: 'bad-csv' };
    else if (record.cells.length < width) outcome = { kind: 'short-row', cells: record.cells.length, expected: width };
    else if (record.cells.length > width) outcome = { kind: 'long-row', cells: record.cells.length, expected: width };
    else outcome = toResponse(file, record.line, (name) => {
      const at = index.get(name);
      return at === undefined ? undefined : record.cells[at];
    });
    return { line: record.line, outcome };
  });
  // A quoted value left open is not returned as a record (the lines after it are read again): its line is still a bad row.
  const seen = new Set(entries.map((entry) => entry.line));
  for (const line of broken) if (line > header.line && !seen.has(line)) entries.push({ line, outcome: { kind: 'bad-csv' } });
  entries.sort((a, b) => a.line - b.line);
  return collect(file, entries);
}

/**
 * The line each element of the top-level list starts on, found by one pass over the text that
 * skips strings; JSON.parse has already said the text is valid.
 */
function elementLines(text: string, listStart: number): number[] {
  const lines: number[] = [];
  let line = 1;
  for (let i = 0; i < listStart; i++) if (text.charCodeAt(i) === 10) line++;
  let depth = 0;
  let expectElement = false;
  for (let i = listStart; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n') {
      line++;
      continue;
    }
    if (ch === ' ' || ch === '\t' || ch === '\r') continue;
    if (expectElement && depth === 1 && ch !== ']') {
      lines.push(line);
      expectElement = false;
    }
    if (ch === '"') {
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++;
    } else if (ch === '[' || ch === '{') {
      depth++;
      if (depth === 1) expectElement = true;
    } else if (ch === ']' || ch === '}') {
      depth--;
      if (depth === 0) break;
    } else if (ch === ',' && depth === 1) expectElement = true;
  }
  return lines;
}

function readJson(text: string, file: string): ReadOutcome {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { rows: [], bad: [], fatal: { kind: 'bad-json', message: (error as Error).message } };
  }
  const plain = text.replace(/^\uFEFF/, '');
  let list: unknown[];
  let listStart: number;
  if (Array.isArray(data)) {
    list = data;
    listStart = plain.indexOf('[');
  } else if (data && typeof data === 'object' && Array.isArray((data as { responses?: unknown }).responses)) {
    list = (data as { responses: unknown[] }).responses;
    // The list is the value of "responses"; its bracket follows the key.
    const key = /"responses"\s*:\s*\[/.exec(plain);
    listStart = key ? key.index + key[0].length - 1 : 0;
  } else {
    return { rows: [], bad: [], fatal: { kind: 'bad-json', message: 'expected a list of responses, or {"responses": [...]}' } };
  }
  const lines = elementLines(plain, listStart);
  const entries = list.map((item, i) => {
    const line = lines[i] ?? 1;
    if (!item || typeof item !== 'object' || Array.isArray(item)) return { line, outcome: { kind: 'not-an-object' } as RowProblem };
    const record = item as Record<string, unknown>;
    const keys = new Map(Object.keys(record).map((key) => [key.trim().toLowerCase(), key]));
    return {
      line,
      outcome: toResponse(file, line, (name) => {
        const key = keys.get(name);
        const value = key === undefined ? undefined : record[key];
        return value === undefined || value === null ? undefined : typeof value === 'object' ? JSON.stringify(value) : String(value);
      }),
    };
  });
  return collect(file, entries);
}

export interface ScaledResponses { max: ScaleMax; inferred: boolean; responses: PilotResponse[]; bad: BadRow[] }

/**
 * Checks scores against the scale: the one given, else the smallest of 1-5, 1-7 and 1-10 that
 * holds every score (a score over 10 fits none, and is named).
 */
export function applyScale(rows: readonly Draft[], bad: readonly BadRow[], given?: ScaleMax): ScaledResponses {
  let max: ScaleMax = given ?? 5;
  if (given === undefined) {
    const highest = Math.max(0, ...rows.flatMap((row) => [row.expectation, row.performance]).filter((score) => score <= 10));
    max = SCALES.find((scale) => highest <= scale) ?? 10;
  }
  const responses: PilotResponse[] = [];
  const outOfScale: BadRow[] = [];
  for (const row of rows) {
    const column = (['expectation', 'performance'] as const).find((name) => row[name] < 1 || row[name] > max);
    if (column) outOfScale.push({ file: row.file, line: row.line, problem: { kind: 'out-of-scale', column, value: String(row[column]), max } });
    else responses.push(row);
  }
  // Files stay in the order given; within a file, rows in line order.
  const order = new Map<string, number>();
  for (const row of [...bad, ...rows]) if (!order.has(row.file)) order.set(row.file, order.size);
  const allBad = [...bad, ...outOfScale].sort((a, b) => order.get(a.file)! - order.get(b.file)! || a.line - b.line);
  return { max, inferred: given === undefined, responses, bad: allBad };
}
