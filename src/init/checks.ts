import { isIsoDate } from '../core/dates.js';
import { parseDuration, durationSeconds } from '../core/duration.js';
import type { Lang } from '../i18n/index.js';
import { say } from './messages.js';

/** Checks for answers as they are typed; each returns what is expected, or undefined. */
export function answerChecks(lang: Lang) {
  return {
    required: (value: string) => (value.trim() ? undefined : say(lang, 'required')),
    duration: (value: string) => (parseDuration(value) ? undefined : say(lang, 'notDuration')),
    durationAfter: (previous: string | undefined) => (value: string) => {
      if (!parseDuration(value)) return say(lang, 'notDuration');
      if (previous !== undefined && (durationSeconds(value) ?? 0) <= (durationSeconds(previous) ?? 0)) return say(lang, 'notLater', { after: previous });
      return undefined;
    },
    date: (value: string) => (isIsoDate(value) ? undefined : say(lang, 'notDate')),
    number: (value: string) => (value.trim() !== '' && Number.isFinite(Number(value)) ? undefined : say(lang, 'notNumber')),
    percent: (value: string) => (toPercent(value) !== undefined ? undefined : say(lang, 'notPercent')),
    id: (taken: Iterable<string>) => {
      const used = new Set(taken);
      return (value: string) => {
        if (!/^[a-z0-9][a-z0-9-]{0,63}$/.test(value)) return say(lang, 'notId');
        return used.has(value) ? say(lang, 'idTaken', { id: value }) : undefined;
      };
    },
    hours: (value: string) => (/^([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-4]):[0-5]\d$/.test(value) && value.slice(0, 5) < value.slice(6) ? undefined : say(lang, 'notHours')),
    timezone: (value: string) => (isTimeZone(value) ? undefined : say(lang, 'notTimezone')),
    pickOne: (values: readonly string[]) => (values.length > 0 ? undefined : say(lang, 'pickOne')),
  };
}

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return /^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)*$/.test(value);
  } catch {
    return false;
  }
}

/** "95", "95%" and "95.5 %" all mean a share; the policy writes it "95%". */
export function toPercent(value: string): string | undefined {
  const match = /^\s*(\d{1,3}(?:\.\d+)?)\s*%?\s*$/.exec(value);
  if (!match || Number(match[1]) > 100) return undefined;
  return `${Number(match[1])}%`;
}

/** An id from a name: ASCII words joined by hyphens; names in other scripts fall back to a numbered id. */
export function idFrom(name: string, fallback: string, taken: ReadonlySet<string>): string {
  const words = name.normalize('NFKD').toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
  // Whole words only, and few of them: an id is a handle, not a title.
  let base = '';
  for (const word of words) {
    if (base && base.length + word.length + 1 > 32) break;
    base = base ? `${base}-${word}` : word.slice(0, 32);
  }
  base ||= fallback;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}
