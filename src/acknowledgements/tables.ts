import { isIsoDate } from '../core/dates.js';
import { headerIndex, normalizeHeader, type CsvRecord } from '../core/csv.js';

export interface StaffMember { line: number; name: string; role: string; email?: string; id?: string }
export interface Acknowledgement { line: number; name?: string; email?: string; id?: string; version: string; date: string }

export type TableProblem =
  | { kind: 'empty' }
  | { kind: 'missingColumn'; column: string; columns: string[] }
  | { kind: 'badDate'; line: number; value: string }
  | { kind: 'notRealDate'; line: number; value: string }
  | { kind: 'futureDate'; line: number; value: string }
  | { kind: 'noStaff' }
  | { kind: 'missingCell'; line: number; column: string };

/** Header names as form and e-signature tools export them, by what they hold. */
const COLUMNS = {
  name: ['name', 'full name', 'staff', 'employee', 'signer', 'signer name', 'respondent'],
  role: ['role', 'role id', 'job role', 'team'],
  email: ['email', 'e mail', 'email address', 'signer email', 'work email'],
  id: ['id', 'staff id', 'employee id', 'employee number', 'staff number'],
  version: ['version', 'policy version', 'document version'],
  date: ['date', 'acknowledged', 'acknowledged at', 'acknowledged on', 'signed', 'signed at', 'signed on', 'date signed', 'completed', 'completed at', 'completion time', 'timestamp', 'submitted at'],
} as const;
type Column = keyof typeof COLUMNS;

function columnsOf(header: readonly string[]): Map<Column, number> {
  const index = headerIndex(header);
  const found = new Map<Column, number>();
  for (const [column, names] of Object.entries(COLUMNS) as [Column, readonly string[]][]) {
    const at = names.map((name) => index.get(normalizeHeader(name))).find((i) => i !== undefined);
    if (at !== undefined) found.set(column, at);
  }
  return found;
}

const blank = (record: CsvRecord) => record.cells.every((cell) => cell.trim() === '');

/**
 * The day of what tools write: `2026-03-20`, `2026-03-20T10:15:00Z`, `2026-03-20 10:15`,
 * `2026-03-20T10:15:00.123+03:00`. Other forms are ambiguous (03/04) and are refused; so are days
 * and times that do not exist (2026-02-30, 25:99), and anything after them.
 */
const STAMP = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?: ?(?:Z|[+-](\d{2}):?(\d{2})))?)?$/i;

function isoDay(value: string): { day: string } | { problem: 'badDate' | 'notRealDate' } {
  const match = STAMP.exec(value.trim());
  if (!match) return { problem: 'badDate' };
  const [, day, hour, minute, second, zoneHour, zoneMinute] = match;
  const over = (text: string | undefined, limit: number) => text !== undefined && Number(text) > limit;
  if (!isIsoDate(day!) || over(hour, 23) || over(minute, 59) || over(second, 59) || over(zoneHour, 14) || over(zoneMinute, 59)) return { problem: 'notRealDate' };
  return { day: day! };
}

type Row = { line: number; get: (column: Column) => string | undefined };

function rowsOf(records: readonly CsvRecord[], required: readonly Column[]): { rows: Row[] } | { problem: TableProblem } {
  const [head, ...body] = records.filter((record) => !blank(record));
  if (!head) return { problem: { kind: 'empty' } };
  const columns = columnsOf(head.cells);
  for (const column of required) if (!columns.has(column)) return { problem: { kind: 'missingColumn', column, columns: head.cells.map((cell) => cell.trim()) } };
  return {
    rows: body.map((record) => ({
      line: record.line,
      get: (column: Column) => {
        const at = columns.get(column);
        const value = at === undefined ? undefined : record.cells[at]?.trim();
        return value ? value : undefined;
      },
    })),
  };
}

/** Staff: a name and a role on each row; e-mail and staff id when the list has them. */
export function readStaff(records: readonly CsvRecord[]): { staff: StaffMember[] } | { problem: TableProblem } {
  const read = rowsOf(records, ['name', 'role']);
  if ('problem' in read) return read;
  const staff: StaffMember[] = [];
  for (const row of read.rows) {
    const name = row.get('name');
    const role = row.get('role');
    if (!name) return { problem: { kind: 'missingCell', line: row.line, column: 'name' } };
    if (!role) return { problem: { kind: 'missingCell', line: row.line, column: 'role' } };
    const email = row.get('email');
    const id = row.get('id');
    staff.push({ line: row.line, name, role, ...(email ? { email } : {}), ...(id ? { id } : {}) });
  }
  // A header alone is a list with nobody on it: reporting "everyone acknowledged" would be a pass
  // for nothing measured.
  if (staff.length === 0) return { problem: { kind: 'noStaff' } };
  return { staff };
}

/** Acknowledgements: who (a name, e-mail or staff id), which version, and the day. */
export function readAcknowledgements(records: readonly CsvRecord[], today?: string): { acks: Acknowledgement[] } | { problem: TableProblem } {
  const read = rowsOf(records, ['version', 'date']);
  if ('problem' in read) return read;
  const acks: Acknowledgement[] = [];
  for (const row of read.rows) {
    const who = { name: row.get('name'), email: row.get('email'), id: row.get('id') };
    if (!who.name && !who.email && !who.id) return { problem: { kind: 'missingCell', line: row.line, column: 'email' } };
    const version = row.get('version');
    if (!version) return { problem: { kind: 'missingCell', line: row.line, column: 'version' } };
    const raw = row.get('date') ?? '';
    const read = isoDay(raw);
    if ('problem' in read) return { problem: { kind: read.problem, line: row.line, value: raw } };
    const date = read.day;
    if (today !== undefined && date > today) return { problem: { kind: 'futureDate', line: row.line, value: raw } };
    acks.push({ line: row.line, ...(who.name ? { name: who.name } : {}), ...(who.email ? { email: who.email } : {}), ...(who.id ? { id: who.id } : {}), version, date });
  }
  return { acks };
}
