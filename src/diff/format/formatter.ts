import type { Lang } from '../../i18n/index.js';
import { say } from '../../i18n/index.js';
import { MESSAGES } from '../../i18n/messages.js';
import type { ChangeKind, PolicyChange } from '../diff.js';
import { DIFF_MESSAGES } from '../messages.js';

export interface DiffFormatOptions {
  lang: Lang;
  color: boolean;
  /** The two versions as the user named them. */
  old: string;
  new: string;
}

/** A diff formatter is pure: changes in, text out. */
export type DiffFormatter = (changes: readonly PolicyChange[], options: DiffFormatOptions) => string;

const MAX_VALUE = 60;

/** A value on one line, as a reader of YAML expects it: `10d`, `[phone, chat]`, `{ amount: 40 }`. */
export function showValue(value: unknown, limit = MAX_VALUE): string {
  const text = (v: unknown): string => {
    if (v === undefined || v === null) return '';
    if (Array.isArray(v)) return `[${v.map(text).join(', ')}]`;
    if (typeof v === 'object') return `{ ${Object.entries(v as Record<string, unknown>).map(([key, item]) => `${key}: ${text(item)}`).join(', ')} }`;
    return String(v).replace(/\s+/g, ' ');
  };
  const shown = text(value);
  return shown.length > limit ? `${shown.slice(0, limit - 1)}…` : shown;
}

/** "3 changes (1 added, 2 changed)". */
export function countLine(changes: readonly PolicyChange[], lang: Lang): string {
  const kinds: ChangeKind[] = ['added', 'removed', 'changed'];
  const parts = kinds.map((kind) => [kind, changes.filter((change) => change.kind === kind).length] as const).filter(([, count]) => count > 0)
    .map(([kind, count]) => say(lang, DIFF_MESSAGES[`count.${kind}`], { count }));
  return `${say(lang, DIFF_MESSAGES.total, { count: changes.length })} (${parts.join(say(lang, MESSAGES.comma))})`;
}
