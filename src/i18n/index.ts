import type { Lang } from './lang.js';
export * from './lang.js';

/**
 * Joins list items the way the language does ("a, b, or c" / "أ أو ب أو ج"): CLDR's long list
 * patterns of English and Arabic, as Intl.ListFormat gives them (test/i18n/lists.test.ts checks
 * them against it). Written out, as plural categories are (lang.ts), because a list depends on the
 * language only, and making an Intl.ListFormat is a first use of ICU's locale data: 18 ms in a
 * process with no Intl object yet, 2.3 to 4 ms after another (fresh processes here).
 *   en: "a and b", "a, b, and c" (or).   ar: "a وb وc" (و joined to the item), "a أو b أو c".
 */
export function joinList(lang: Lang, items: readonly string[], type: 'conjunction' | 'disjunction' = 'conjunction'): string {
  if (items.length < 2) return items[0] ?? '';
  if (lang === 'ar') return items.join(type === 'conjunction' ? ' و' : ' أو ');
  const word = type === 'conjunction' ? 'and' : 'or';
  return items.length === 2 ? `${items[0]} ${word} ${items[1]}` : `${items.slice(0, -1).join(', ')}, ${word} ${items.at(-1)}`;
}
