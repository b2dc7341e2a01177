import type { DayHours } from '../policy.js';

/** An opening in minutes from the local midnight of the day it starts on; the end may pass 1440 ("+1"). */
export type MinuteSpan = readonly [start: number, end: number];

export type HoursProblemCode =
  /** Not "HH:MM-HH:MM" (optionally "+1"). */
  | 'hours-format'
  /** A time that is no time of day: "25:00", "09:60", "24:00" as a start. */
  | 'hours-time'
  /** Ends at or before it starts without "+1": "17:00-09:00". */
  | 'hours-order'
  /** With "+1", longer than a day: "09:00-17:00+1". */
  | 'hours-too-long';

export interface HoursProblem {
  code: HoursProblemCode;
  /** Position in a split shift; absent when the hours are one text. */
  index?: number;
  /** The text as written. */
  text: string;
}

export interface ParsedHours {
  /** Sorted, overlaps merged. */
  spans: MinuteSpan[];
  problems: HoursProblem[];
}

const SHAPE = /^(\d\d):(\d\d)-(\d\d):(\d\d)(\+1)?$/;
const DAY_MINUTES = 1440;

function parseOne(text: unknown, index: number | undefined): MinuteSpan | HoursProblem {
  const at = index === undefined ? {} : { index };
  if (typeof text !== 'string') return { code: 'hours-format', ...at, text: String(text) };
  const match = SHAPE.exec(text.trim());
  if (!match) return { code: 'hours-format', ...at, text };
  const [h1, m1, h2, m2] = match.slice(1, 5).map(Number) as [number, number, number, number];
  const overnight = match[5] !== undefined;
  const endIsMidnight = h2 === 24 && m2 === 0;
  if (h1 > 23 || m1 > 59 || m2 > 59 || (h2 > 23 && !endIsMidnight)) return { code: 'hours-time', ...at, text };
  const start = h1 * 60 + m1;
  const end = h2 * 60 + m2 + (overnight ? DAY_MINUTES : 0);
  if (end <= start) return { code: 'hours-order', ...at, text };
  if (end - start > DAY_MINUTES) return { code: 'hours-too-long', ...at, text };
  return [start, end];
}

/** Sorted and merged, so that a split shift written with overlaps counts each minute once. */
export function mergeSpans(spans: readonly MinuteSpan[]): MinuteSpan[] {
  const sorted = [...spans].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/**
 * Opening hours as written in a policy: "09:00-17:00", "00:00-24:00" for the whole day,
 * "22:00-02:00+1" past midnight, or a list of them for a split shift. Every malformed part is
 * reported with its position; the well-formed parts are still returned.
 */
export function parseHours(hours: DayHours): ParsedHours {
  const list = Array.isArray(hours) ? hours : [hours];
  const spans: MinuteSpan[] = [];
  const problems: HoursProblem[] = [];
  list.forEach((text: unknown, i) => {
    const parsed = parseOne(text, Array.isArray(hours) ? i : undefined);
    if (Array.isArray(parsed)) spans.push(parsed as MinuteSpan);
    else problems.push(parsed as HoursProblem);
  });
  return { spans: mergeSpans(spans), problems };
}
