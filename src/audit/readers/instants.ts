import { CliError } from '../../errors.js';
import type { Localized } from '../../i18n/index.js';
import { parseInstant, parseSpreadsheetTime, parseWallTime } from '../timestamp.js';
import { zoneFor } from '../../core/business-time/local-zone.js';
import { AUDIT_MESSAGES } from '../messages.js';

/** How an export writes its times, as the user names it: --timezone, --date-order. */
export interface TimeFormat {
  /** The zone of times written without one (IANA name; Rails names are turned into one by the command). */
  timezone?: string;
  /** Day or month first in spreadsheet dates such as 01/04/2026; never guessed. */
  dateOrder?: 'dmy' | 'mdy';
}

/**
 * A reader of one export's times: ISO 8601 with a zone as it is; a time without one (ISO, or a
 * spreadsheet's date in the order named) in the zone named. In the hour that repeats when clocks
 * go back, a local time is its first occurrence (the earlier instant); in a skipped hour, it is
 * read with the offset before the change. A zoneless time with no zone named stops the audit:
 * the instant cannot be known, and guessing would move every record.
 */
export function instantReader(file: string, format: TimeFormat, noZone: Localized = AUDIT_MESSAGES['audit.needsZone']): (text: string) => number | undefined {
  const zone = format.timezone ? zoneFor(format.timezone) : undefined;
  const order = format.dateOrder;
  return (text) => {
    const zoned = parseInstant(text);
    if (zoned !== undefined) return zoned;
    const wall = parseWallTime(text) ?? (order ? parseSpreadsheetTime(text, order) : undefined);
    if (wall === undefined) return undefined;
    if (!zone) throw new CliError(noZone, { file, value: text });
    return zone.fromWall(wall);
  };
}
