import { type Lang, say } from '../i18n/index.js';
import type { Finding } from './finding.js';
import type { Span } from './locate.js';
import { CORE_MESSAGES } from './messages.js';

/*
 * What can be said of a policy file before a YAML parser is loaded: its size, whether it is text,
 * how deep its brackets nest. Kept apart from the parser so the fast path of validate never loads it.
 */

/** Limits that keep memory and time bounded on hostile files. */
export const SOURCE_LIMITS = {
  maxBytes: 1024 * 1024,
  maxFlowDepth: 64,
  maxAliasCount: 100,
} as const;

export type SourceProblemId =
  | 'file-not-text' | 'file-too-large' | 'yaml-syntax' | 'yaml-duplicate-key'
  | 'yaml-too-deep' | 'yaml-aliases' | 'document-shape';

/** A problem found before the document could be read as a policy. */
export interface SourceProblem {
  ruleId: SourceProblemId;
  severity: 'error' | 'warning';
  message: string;
  span: Span;
}

const START: Span = { line: 1, column: 1, endLine: 1, endColumn: 1 };
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

export function problem(ruleId: SourceProblemId, message: string, span: Span = START): SourceProblem {
  return { ruleId, severity: 'error', message, span };
}

/** A source problem as a finding of a file. */
export function sourceFinding(problem: SourceProblem, file: string): Finding {
  return { ruleId: problem.ruleId, severity: problem.severity, message: problem.message, file, ...problem.span, path: [] };
}

export function tooLargeProblem(lang: Lang, size: number, limit: number = SOURCE_LIMITS.maxBytes): SourceProblem {
  return problem('file-too-large', say(lang, CORE_MESSAGES['source.tooLarge'], sizeOverLimit(lang, size, limit)));
}

/** A size and the limit it is over, in KB/MB; the bytes too when both round to the same figure. */
export function sizeOverLimit(lang: Lang, size: number, limit: number = SOURCE_LIMITS.maxBytes): { size: string; limit: string } {
  const shown = formatSize(lang, size);
  const limitShown = formatSize(lang, limit);
  // Just over the limit rounds to the limit itself: then the bytes say which is larger.
  if (shown !== limitShown) return { size: shown, limit: limitShown };
  return { size: `${shown} (${formatSize(lang, size, true)})`, limit: `${limitShown} (${formatSize(lang, limit, true)})` };
}

/** A size as people read it: bytes, KB or MB (of 1024), with at most two decimals. */
export function formatSize(lang: Lang, bytes: number, inBytes = false): string {
  const [value, unit] = bytes < 1024 || inBytes ? [bytes, 'bytes'] as const : bytes < 1024 * 1024 ? [bytes / 1024, 'KB'] as const : [bytes / (1024 * 1024), 'MB'] as const;
  const number = String(Math.round(value * 100) / 100);
  const units = { en: { bytes: 'bytes', KB: 'KB', MB: 'MB' }, ar: { bytes: 'بايت', KB: 'كيلوبايت', MB: 'ميغابايت' } }[lang];
  return `${number} ${units[unit]}`;
}

/** Decodes bytes as UTF-8 text; binary data and invalid UTF-8 are refused, a byte-order mark dropped. */
export function decodeText(bytes: Uint8Array): string | undefined {
  if (bytes.includes(0)) return undefined;
  try {
    return utf8.decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * The deepest nesting of flow collections ([ and {), outside quotes and comments. Found before
 * parsing so that a hostile file costs one linear scan, not a parse. Works on character codes:
 * it runs on every file validate reads.
 */
export function flowDepthExceeds(text: string, limit: number): number | undefined {
  // Nesting deeper than the limit needs more openers than the limit; counting them is a native
  // search, and spares the scan below for nearly every real file.
  if (countUpTo(text, '[', limit + 1) + countUpTo(text, '{', limit + 1) <= limit) return undefined;
  let depth = 0;
  let quote = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (quote !== 0) {
      if (code === 92 /* \\ */ && quote === 34) i++;
      else if (code === quote) quote = 0;
      continue;
    }
    const before = i === 0 ? 32 : text.charCodeAt(i - 1);
    const afterSpace = before === 32 || before === 9 || before === 10 || before === 13;
    if (code === 35 /* # */ && afterSpace) {
      const end = text.indexOf('\n', i);
      i = end === -1 ? text.length : end;
    } else if ((code === 34 /* " */ || code === 39 /* ' */) && (afterSpace || before === 91 || before === 123 || before === 44 || before === 58)) {
      quote = code;
    } else if (code === 91 /* [ */ || code === 123 /* { */) {
      if (++depth > limit) return i;
    } else if ((code === 93 /* ] */ || code === 125 /* } */) && depth > 0) depth--;
  }
  return undefined;
}

/** Nesting past the limit, as a problem at the bracket that goes past it; undefined when there is none. */
export function tooDeepProblem(text: string, lang: Lang): SourceProblem | undefined {
  const at = flowDepthExceeds(text, SOURCE_LIMITS.maxFlowDepth);
  if (at === undefined) return undefined;
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const line = text.slice(0, lineStart).split('\n').length;
  const column = at - lineStart + 1;
  return problem('yaml-too-deep', say(lang, CORE_MESSAGES['source.tooDeep'], { limit: SOURCE_LIMITS.maxFlowDepth }), { line, column, endLine: line, endColumn: column });
}

/** The first line of a yaml parser error, without the position that findings carry anyway. */
export function yamlErrorText(error: { message: string; code: string }): string {
  return error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? error.code;
}

/** Whether yaml's toJS refused aliases that would expand past maxAliasCount. */
export function isAliasLimitError(error: unknown): boolean {
  return error instanceof ReferenceError || /alias/i.test(String(error));
}

/** How often needle occurs in text, counting no further than max. */
function countUpTo(text: string, needle: string, max: number): number {
  let count = 0;
  for (let at = text.indexOf(needle); at !== -1 && count < max; at = text.indexOf(needle, at + 1)) count++;
  return count;
}
