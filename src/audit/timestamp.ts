/**
 * ISO 8601 instants as exports write them: `2026-03-27T16:00:00Z`, `2026-03-27 16:00:00+01:00`,
 * with optional seconds and fraction; the zone (`Z` or an offset) is required, since a time
 * without one could be any instant. Read by hand, character by character: it is strict where
 * `Date.parse` guesses ("March 7", a bare date), and several times faster, which matters for a
 * million rows.
 */
export function parseInstant(text: string): number | undefined {
  const n = text.length;
  if (n < 17) return undefined;
  const year = digits(text, 0, 4);
  if (year < 0 || text.charCodeAt(4) !== 45) return undefined;
  const month = digits(text, 5, 2);
  if (month < 1 || month > 12 || text.charCodeAt(7) !== 45) return undefined;
  const day = digits(text, 8, 2);
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  const sep = text.charCodeAt(10);
  if (sep !== 84 && sep !== 32 && sep !== 116) return undefined;
  const hour = digits(text, 11, 2);
  if (hour < 0 || hour > 23 || text.charCodeAt(13) !== 58) return undefined;
  const minute = digits(text, 14, 2);
  if (minute < 0 || minute > 59) return undefined;
  let i = 16;
  let second = 0;
  let ms = 0;
  if (text.charCodeAt(i) === 58) {
    second = digits(text, i + 1, 2);
    if (second < 0 || second > 59) return undefined;
    i += 3;
    if (text.charCodeAt(i) === 46 || text.charCodeAt(i) === 44) {
      i++;
      let scale = 100;
      const from = i;
      while (i < n) {
        const c = text.charCodeAt(i) - 48;
        if (c < 0 || c > 9) break;
        ms += c * scale;
        scale /= 10;
        i++;
      }
      if (i === from) return undefined;
      ms = Math.floor(ms);
    }
  }
  let offsetMinutes = 0;
  const zone = text.charCodeAt(i);
  if (zone === 90 || zone === 122) {
    if (i + 1 !== n) return undefined;
  } else if (zone === 43 || zone === 45) {
    const oh = digits(text, i + 1, 2);
    if (oh < 0 || oh > 23) return undefined;
    let j = i + 3;
    if (text.charCodeAt(j) === 58) j++;
    const om = j === n ? 0 : digits(text, j, 2);
    if (om < 0 || om > 59 || (j !== n && j + 2 !== n)) return undefined;
    offsetMinutes = (oh * 60 + om) * (zone === 45 ? -1 : 1);
  } else return undefined;
  return (daysFromCivil(year, month, day) * 86400 + hour * 3600 + minute * 60 + second - offsetMinutes * 60) * 1000 + ms;
}

/**
 * A wall-clock time without a zone (`2026-03-27 16:00:00`, as Freshdesk exports it), as the
 * fields of that local time counted as if it were UTC; the caller turns it into an instant
 * with the account's time zone. `undefined` when it is not such a time.
 */
export function parseWallTime(text: string): number | undefined {
  const n = text.length;
  if (n < 16) return undefined;
  const year = digits(text, 0, 4);
  if (year < 0 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return undefined;
  const month = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  const sep = text.charCodeAt(10);
  if (sep !== 84 && sep !== 32) return undefined;
  return clockTime(text, 11, year, month, day);
}

/**
 * A spreadsheet's date and time (`01/04/2026 03:06`, `1.4.2026 03:06:15`), day first (`dmy`) or
 * month first (`mdy`) as the user names it: `01/04/2026` is both 1 April and 4 January, so the
 * order is never guessed. As parseWallTime, the local fields counted as if UTC.
 */
export function parseSpreadsheetTime(text: string, order: 'dmy' | 'mdy'): number | undefined {
  const match = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})[ T]/.exec(text);
  if (!match) return undefined;
  const first = Number(match[1]);
  const second = Number(match[3]);
  const year = Number(match[4]);
  const [day, month] = order === 'dmy' ? [first, second] : [second, first];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  const from = match[0].length;
  // Hours may be written with one digit (3:06): padded, the time is read as the ISO one is.
  const rest = text.slice(from);
  const padded = /^\d:/.test(rest) ? `0${rest}` : rest;
  return clockTime(`${' '.repeat(11)}${padded}`, 11, year, month, day);
}

/** `hh:mm[:ss[.fff]]` from `at` to the end of the text, on a date. */
function clockTime(text: string, at: number, year: number, month: number, day: number): number | undefined {
  const n = text.length;
  if (n < at + 5) return undefined;
  const hour = digits(text, at, 2);
  const minute = digits(text, at + 3, 2);
  if (hour < 0 || hour > 23 || text.charCodeAt(at + 2) !== 58 || minute < 0 || minute > 59) return undefined;
  let second = 0;
  let ms = 0;
  let i = at + 5;
  if (i < n) {
    if (text.charCodeAt(i) !== 58) return undefined;
    second = digits(text, i + 1, 2);
    if (second < 0 || second > 59) return undefined;
    i += 3;
    // Warehouses and dbt seeds write fractions of a second (`.000000`).
    if (i < n) {
      if (text.charCodeAt(i) !== 46) return undefined;
      i++;
      let scale = 100;
      if (i === n) return undefined;
      for (; i < n; i++) {
        const c = text.charCodeAt(i) - 48;
        if (c < 0 || c > 9) return undefined;
        ms += c * scale;
        scale /= 10;
      }
      ms = Math.floor(ms);
    }
  }
  return (daysFromCivil(year, month, day) * 86400 + hour * 3600 + minute * 60 + second) * 1000 + ms;
}

function digits(text: string, from: number, count: number): number {
  let value = 0;
  for (let i = from; i < from + count; i++) {
    const c = text.charCodeAt(i) - 48;
    if (!(c >= 0 && c <= 9)) return -1;
    value = value * 10 + c;
  }
  return value;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}
