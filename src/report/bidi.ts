import type { Lang, Params } from '../i18n/lang.js';

/*
 * Left-to-right runs inside Arabic text (ids, times, numbers, file names) are isolated, so that the
 * bidirectional algorithm cannot splice them into the Arabic around them: "2026-07-01 03:00" stays
 * one run instead of reading "03:00 2026-07-01" or taking the next number with it. Plain text
 * (Markdown, the terminal) carries Unicode isolates; HTML turns each isolated run into <bdi>.
 */

/** FIRST STRONG ISOLATE: the run takes the direction of its first letter. */
export const FSI = '\u2068';
/** POP DIRECTIONAL ISOLATE: ends the isolate. */
export const PDI = '\u2069';

/**
 * The scripts a value is read for, made on the first Arabic value: a Unicode property escape is
 * built from ICU's tables when its RegExp is made, 0.7 ms for these three in a fresh process here,
 * which an English run never needs.
 */
let scripts: { latin: RegExp; arabic: RegExp; digit: RegExp } | undefined;
/** A lone number reads right in Arabic as it is: 5, 33.3, 85%, −1%. */
const LONE_NUMBER = /^[+\u2212-]?\d+(?:\.\d+)?%?$/;

/**
 * A value isolated from the Arabic around it: one with Latin letters (ids, file names, an ISO
 * time), or digits joined by punctuation (dates, times, ranges). English needs no isolates; a lone
 * number, an Arabic phrase ("7 أشهر") or a value already holding isolates needs none either.
 */
export function isolate(lang: Lang, value: string | number): string {
  const text = String(value);
  if (lang !== 'ar' || /[\u2066-\u2068]/.test(text)) return text;
  const { latin, arabic, digit } = (scripts ??= { latin: /\p{Script=Latin}/u, arabic: /\p{Script=Arabic}/u, digit: /\p{Nd}/u });
  const needs = latin.test(text) || (!arabic.test(text) && digit.test(text) && !LONE_NUMBER.test(text));
  return needs ? `${FSI}${text}${PDI}` : text;
}

/** Every placeholder value of an Arabic message isolated (see isolate). */
export function isolateParams(lang: Lang, params: Params | undefined): Params | undefined {
  if (lang !== 'ar' || !params) return params;
  return Object.fromEntries(Object.entries(params).map(([key, value]) => [key, isolate(lang, value)]));
}

/** Bidi marks, embeddings and isolates: they steer direction and take no column on a terminal. */
const DIRECTION_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** The columns a text takes in a terminal table: its code points, less the direction controls. */
export function visibleWidth(text: string): number {
  return [...text.replace(DIRECTION_CONTROLS, '')].length;
}

const BDI: Record<string, string> = { '\u2066': '<bdi dir="ltr">', '\u2067': '<bdi dir="rtl">', '\u2068': '<bdi>' };

/** Isolates that pair up (FSI, LRI, RLI … PDI), innermost first, as HTML <bdi>. Applied after escaping. */
export function isolatesToBdi(escaped: string): string {
  if (!/[\u2066-\u2068]/.test(escaped)) return escaped;
  let out = escaped;
  let before: string;
  do {
    before = out;
    out = out.replace(/([\u2066-\u2068])([^\u2066-\u2069]*)\u2069/g, (_whole, open: string, inner: string) => `${BDI[open]}${inner}</bdi>`);
  } while (out !== before);
  return out;
}

/** Text for a machine reader (JSON): the isolates taken out again, as a program compares values. */
export function withoutIsolates(text: string): string {
  return text.replace(/[\u2066-\u2069]/g, '');
}
