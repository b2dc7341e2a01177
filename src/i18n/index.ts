import { ar } from './ar.js';
import { en, type MessageId } from './en.js';
import { interpolate, plural, type Lang, type Params, type PluralForms } from './lang.js';

export * from './lang.js';
export type { MessageId };

const catalogues = { en, ar } as const;

type TextId = { [K in MessageId]: (typeof en)[K] extends string ? K : never }[MessageId];
type PluralId = Exclude<MessageId, TextId>;

/** A message from the catalogue of a language, with its placeholders filled. */
export function t(lang: Lang, id: TextId, params?: Params): string {
  return interpolate(catalogues[lang][id] as string, params);
}

export function tPlural(lang: Lang, id: PluralId, count: number): string {
  return plural(lang, count, catalogues[lang][id] as PluralForms);
}

export function hasMessage(lang: Lang, id: string): id is TextId {
  return typeof (catalogues[lang] as Record<string, unknown>)[id] === 'string';
}

const listFormats = new Map<string, Intl.ListFormat>();

/** Joins list items the way the language does ("a, b or c" / "أ أو ب أو ج"). */
export function joinList(lang: Lang, items: readonly string[], type: 'conjunction' | 'disjunction' = 'conjunction'): string {
  // One formatter per language and type: building one costs far more than using it, and a briefing joins dozens of lists.
  const key = `${lang} ${type}`;
  let lists = listFormats.get(key);
  if (!lists) listFormats.set(key, (lists = new Intl.ListFormat(lang, { style: 'long', type })));
  return lists.format(items);
}
