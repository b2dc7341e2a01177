import type { Lang } from './lang.js';
export * from './lang.js';

const listFormats = new Map<string, Intl.ListFormat>();

/** Joins list items the way the language does ("a, b or c" / "أ أو ب أو ج"). */
export function joinList(lang: Lang, items: readonly string[], type: 'conjunction' | 'disjunction' = 'conjunction'): string {
  // One formatter per language and type: building one costs far more than using it, and a briefing joins dozens of lists.
  const key = `${lang} ${type}`;
  let lists = listFormats.get(key);
  if (!lists) listFormats.set(key, (lists = new Intl.ListFormat(lang, { style: 'long', type })));
  return lists.format(items);
}
