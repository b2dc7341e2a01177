import type { Lang } from './lang.js';
import { madeOnce } from '../core/made-once.js';
export * from './lang.js';

/** Joins list items the way the language does ("a, b or c" / "أ أو ب أو ج"). */
export function joinList(lang: Lang, items: readonly string[], type: 'conjunction' | 'disjunction' = 'conjunction'): string {
  return madeOnce(`list ${lang} ${type}`, () => new Intl.ListFormat(lang, { style: 'long', type })).format(items);
}
