import { addDays } from '../core/dates.js';
import { parseDuration } from '../core/duration.js';

export type Bump = 'major' | 'minor' | 'patch';
/** "2.1" bumped minor is "2.2.0": missing parts count as 0, and a bumped version has all three. */
export function bumpVersion(version: string | number, bump: Bump): string | undefined {
  const match = /^(\d+)(?:\.(\d+))?(?:\.(\d+))?$/.exec(String(version));
  if (!match) return undefined;
  const [major, minor, patch] = [match[1], match[2], match[3]].map((part) => Number(part ?? 0)) as [number, number, number];
  if (bump === 'major') return `${major + 1}.0.0`;
  if (bump === 'minor') return `${major}.${minor + 1}.0`;
  return `${major}.${minor}.${patch + 1}`;
}

/** The last day of a month, so that 31 January plus a month is 28 (or 29) February. */
const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month + 1, 0)).getUTCDate();

/**
 * The day one cadence after a date, by the calendar: a year or a month lands on the same day of
 * the month (or the month's last day); weeks and days are counted; hours round up to whole days.
 */
export function addCadence(isoDate: string, cadence: string): string | undefined {
  const duration = parseDuration(cadence);
  if (!duration) return undefined;
  let [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  month -= 1;
  let days = 0;
  let seconds = 0;
  for (const { value, unit } of duration.parts) {
    if (unit === 'y' || unit === 'mo') {
      if (!Number.isInteger(value)) return undefined;
      const total = year * 12 + month + (unit === 'y' ? value * 12 : value);
      year = Math.floor(total / 12);
      month = total % 12;
    } else if (unit === 'w') days += value * 7;
    else if (unit === 'd') days += value;
    else seconds += value * { h: 3600, m: 60, s: 1 }[unit];
  }
  const landed = `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-${String(Math.min(day, daysInMonth(year, month))).padStart(2, '0')}`;
  return addDays(landed, Math.ceil(days + seconds / 86400));
}
