import { isIsoDate } from '../core/dates.js';
import { parseDuration } from '../core/duration.js';
import { isZeroAttainment, isZeroDuration, percentOutOfRange, reachedLater } from '../core/value-checks.js';
import { parseTypedDuration, parseTypedMoney, parseTypedNumber, parseTypedShare, westernDigits } from '../core/typed.js';
import type { DayHours } from '../core/policy.js';
import type { Lang } from '../i18n/index.js';
import { INIT_MESSAGES } from './messages.js';
import { isTimeZone } from '../core/business-time/zone.js';
import { say } from '../i18n/index.js';

/** Checks for answers as they are typed; each returns what is expected, or undefined. */
export function answerChecks(lang: Lang) {
  return {
    required: (value: string) => (value.trim() ? undefined : say(lang, INIT_MESSAGES.required)),
    // The checks validate makes on these values (core/value-checks.ts), made as they are typed.
    duration: (value: string) => (!parseDuration(value) ? say(lang, INIT_MESSAGES.notDuration) : isZeroDuration(value) ? say(lang, INIT_MESSAGES.zeroDuration) : undefined),
    /** An escalation level's delay: the first may be 0m (where a case starts); each later one, later than the one before. */
    durationAfter: (previous: string | undefined) => (value: string) => {
      if (!parseDuration(value)) return say(lang, INIT_MESSAGES.notDuration);
      if (previous !== undefined && reachedLater(value, previous) === false) return say(lang, INIT_MESSAGES.notLater, { after: previous });
      return undefined;
    },
    date: (value: string) => (isIsoDate(value) ? undefined : say(lang, INIT_MESSAGES.notDate)),
    number: (value: string) => (value.trim() !== '' && Number.isFinite(Number(value)) ? undefined : say(lang, INIT_MESSAGES.notNumber)),
    percent: (value: string) => (toPercent(value) !== undefined ? undefined : say(lang, INIT_MESSAGES.notPercent)),
    /** A standard's share of cases: a percentage above 0%. */
    attainment: (value: string) => (toPercent(value) === undefined ? say(lang, INIT_MESSAGES.notPercent) : isZeroAttainment(value) ? say(lang, INIT_MESSAGES.zeroAttainment) : undefined),
    /** A KPI's unit, once its target is known: a target outside 0–100 is no percentage. */
    percentTarget: (target: string) => (unit: string) => (percentOutOfRange({ unit }, Number(target)) ? say(lang, INIT_MESSAGES.percentTarget, { target }) : undefined),
    /** A figure of a KPI (a benchmark, a pilot target): a number, within 0–100 when the KPI is counted in percent. */
    kpiValue: (kpi: { unit: string }) => (value: string) => {
      if (value.trim() === '' || !Number.isFinite(Number(value))) return say(lang, INIT_MESSAGES.notNumber);
      return percentOutOfRange(kpi, Number(value)) ? say(lang, INIT_MESSAGES.percentRange) : undefined;
    },
    id: (taken: Iterable<string>) => {
      const used = new Set(taken);
      return (value: string) => {
        if (!/^[a-z0-9][a-z0-9-]{0,63}$/.test(value)) return say(lang, INIT_MESSAGES.notId);
        return used.has(value) ? say(lang, INIT_MESSAGES.idTaken, { id: value }) : undefined;
      };
    },
    hours: (value: string) => (parseHours(value) ? undefined : say(lang, INIT_MESSAGES.notHours)),
    /** Hours of one weekday; empty means closed. */
    dayHours: (value: string) => (value.trim() === '' || parseHours(value) ? undefined : say(lang, INIT_MESSAGES.notHours)),
    durationOrEmpty: (value: string) => (value.trim() === '' ? undefined : !parseDuration(value) ? say(lang, INIT_MESSAGES.notDuration) : isZeroDuration(value) ? say(lang, INIT_MESSAGES.zeroDuration) : undefined),
    money: (value: string) => (/^\d+(\.\d{1,2})?$/.test(value.trim()) && Number(value) > 0 ? undefined : say(lang, INIT_MESSAGES.notMoney)),
    moneyOrEmpty: (value: string) => (value.trim() === '' || (/^\d+(\.\d{1,2})?$/.test(value.trim()) && Number(value) > 0) ? undefined : say(lang, INIT_MESSAGES.notMoney)),
    currency: (value: string) => (/^[A-Z]{3}$/.test(value) ? undefined : say(lang, INIT_MESSAGES.notCurrency)),
    dateFrom: (from: string) => (value: string) => (!isIsoDate(value) ? say(lang, INIT_MESSAGES.notDate) : value < from ? say(lang, INIT_MESSAGES.notBefore, { date: from }) : undefined),
    timezone: (value: string) => (isTimeZone(value) ? undefined : say(lang, INIT_MESSAGES.notTimezone)),
    pickOne: (values: readonly string[]) => (values.length > 0 ? undefined : say(lang, INIT_MESSAGES.pickOne)),
  };
}

/**
 * Opening hours as typed: "09:00-17:00", "00:00-24:00", "22:00-02:00+1" past midnight, or spans
 * separated by commas for a split shift. One span is written as a string, several as a list.
 */
export function parseHours(value: string): DayHours | undefined {
  const spans = westernDigits(value).split(/[,\u060c]/).map((span) => span.trim());
  const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
  let previousEnd = -1;
  for (const span of spans) {
    const match = /^(([01]\d|2[0-3]):[0-5]\d)-((([01]\d|2[0-3]):[0-5]\d)(\+1)?|24:00)$/.exec(span);
    if (!match) return undefined;
    const start = minutes(match[1]!);
    const overnight = match[6] !== undefined;
    const end = minutes(match[3]!.slice(0, 5)) + (overnight ? 24 * 60 : 0);
    // Spans run forward, one after the other; only the last may run past midnight.
    if (end <= start || start < previousEnd || (overnight && end - 24 * 60 >= start)) return undefined;
    previousEnd = end;
  }
  return spans.length === 1 ? spans[0]! : spans;
}

/** "95", "95%", "٩٥٪" and "95 per cent" all mean a share; the policy writes it "95%". */
export function toPercent(value: string): string | undefined {
  const share = parseTypedShare(value);
  return share === undefined ? undefined : `${share}%`;
}

/**
 * Answers as people type them, put in the policy's form before they are checked (core/typed.ts):
 * every numeric question of the wizard reads its answer through one of these.
 */
export const typed = {
  duration: (value: string) => (value.trim() === '' ? '' : parseTypedDuration(value) ?? value),
  number: (value: string) => {
    const number = parseTypedNumber(westernDigits(value).replace(/\s*%\s*$/, ''));
    return number === undefined ? value : String(number);
  },
  percent: (value: string) => (value.trim() === '' ? '' : toPercent(value) ?? value),
  money: (value: string) => {
    if (value.trim() === '') return '';
    const amount = parseTypedMoney(value);
    return amount === undefined ? value : String(amount);
  },
  date: (value: string) => westernDigits(value).trim(),
};

const JOINING_WORDS = new Set(['within', 'in', 'on', 'of', 'for', 'to', 'by', 'with', 'and', 'or', 'at', 'from', 'the', 'a', 'an', 'after', 'before', 'per']);

/** An id from a name: ASCII words joined by hyphens; names in other scripts fall back to a numbered id. */
export function idFrom(name: string, fallback: string, taken: ReadonlySet<string>): string {
  const words = name.normalize('NFKD').toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
  // Whole words only, and few of them: an id is a handle, not a title.
  let base = '';
  // A name too long for an id is cut before a joining word ("within", "and"), never mid-phrase.
  let phrase = '';
  for (const word of words) {
    if (base && base.length + word.length + 1 > 40) break;
    // Cut before the first of joining words in a row: "keep-our-customers", not "keep-our-customers-with".
    if (JOINING_WORDS.has(word) && base && !JOINING_WORDS.has(base.slice(base.lastIndexOf('-') + 1))) phrase = base;
    base = base ? `${base}-${word}` : word.slice(0, 40);
  }
  if (base.split('-').length < words.length && phrase) base = phrase;
  base ||= fallback;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}
