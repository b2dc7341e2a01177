import { isolateParams } from '../report/bidi.js';

export const LANGS = ['en', 'ar'] as const;
export type Lang = (typeof LANGS)[number];
/** The writing direction of each language, for HTML's dir. */
export const DIRECTION: Readonly<Record<Lang, 'ltr' | 'rtl'>> = { en: 'ltr', ar: 'rtl' };

/** The locale numbers and dates are formatted in: Arabic with Latin digits, as the policies write them. */
export const NUMBER_LOCALE: Readonly<Record<Lang, string>> = { en: 'en', ar: 'ar-u-nu-latn' };

/** A message in both languages; every message of cs-policy is one, in the catalogue of its command. */
export type Localized = Readonly<Record<Lang, string>>;
export type Params = Readonly<Record<string, string | number>>;

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** Fills {name} placeholders; an unknown placeholder is left as written so a gap is visible. */
function interpolate(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in params ? String(params[key]) : whole));
}

/** Plural forms by CLDR category; Arabic uses all six, English one and other. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/**
 * The CLDR plural category of a count, by the rules of each language cs-policy speaks, as
 * Intl.PluralRules gives them (test/i18n/plural.test.ts checks every count to 10,000 and fractions
 * against it). Written out because building Intl.PluralRules is the first use of ICU's locale data
 * in a run and cost 1.2 ms of a fresh process here (medians of runs), about what validate's schema
 * check of a whole policy takes; every report says a count, and most runs use ICU nowhere else.
 *   en: one for the integer 1; other.
 *   ar: zero 0, one 1, two 2; few when n % 100 is 3..10, many when 11..99; other.
 */
export function pluralCategory(lang: Lang, count: number): Intl.LDMLPluralRule {
  const n = Math.abs(count);
  const whole = Number.isInteger(n);
  if (lang === 'en') return n === 1 ? 'one' : 'other';
  if (n === 0) return 'zero';
  if (n === 1) return 'one';
  if (n === 2) return 'two';
  const hundreds = n % 100;
  if (whole && hundreds >= 3 && hundreds <= 10) return 'few';
  if (whole && hundreds >= 11) return 'many';
  return 'other';
}

/** A message that depends on a number, in both languages: its form is chosen by the `count` parameter. */
export type LocalizedPlural = Readonly<Record<Lang, PluralForms>>;

/** A catalogue: the messages of one command (or the shared ones), each in both languages. */
export type Catalogue = Readonly<Record<string, Localized | LocalizedPlural>>;

/**
 * The plain message under a key made at run time (`schema.format.${format}`, a value of the policy),
 * if the catalogue has one: its own entries only, so a key such as "constructor" finds nothing.
 */
export function messageAt(catalogue: Catalogue, key: string): Localized | undefined {
  const message = Object.hasOwn(catalogue, key) ? catalogue[key] : undefined;
  return message && typeof message.en === 'string' ? (message as Localized) : undefined;
}

/**
 * The one way a message is put into words: the user's language, its plural form chosen by
 * `count` (a count may be given already formatted, such as "1,234": its digits choose the form),
 * its placeholders filled. In Arabic every placeholder value is isolated for the bidirectional
 * algorithm (report/bidi.ts), so ids, file names, times and numbers stay one left-to-right run.
 */
export function say(lang: Lang, message: Localized, params?: Params): string;
export function say(lang: Lang, message: LocalizedPlural, params: Params & { readonly count: number | string }): string;
/** A message that may be either, such as the one a CliError carries with its parameters. */
export function say(lang: Lang, message: Localized | LocalizedPlural, params?: Params): string;
export function say(lang: Lang, message: Localized | LocalizedPlural, params?: Params): string {
  const text = message[lang];
  const template = typeof text === 'string' ? text : (text[pluralCategory(lang, countOf(params?.count))] ?? text.other);
  return interpolate(template, isolateParams(lang, params));
}

function countOf(count: string | number | undefined): number {
  return typeof count === 'number' ? count : Number(String(count ?? '').replace(/\D/g, '') || 0);
}

/** The language a user's environment asks for, when no flag or config says. */
export function langFromEnv(env: NodeJS.ProcessEnv): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return locale.toLowerCase().startsWith('ar') ? 'ar' : 'en';
}

/** A table of names by value (the policy format's enumerations, a library's own words), each in both languages. */
export type Terms = Readonly<Record<string, Localized>>;

/** A value in the user's language; a value the table does not name is shown as written. */
export function termFor(lang: Lang, terms: Terms, value: string): string {
  const term = messageAt(terms, value);
  return term ? say(lang, term) : value;
}

/** Values offered as choices, each named in the user's language: by default every value of the table, in its order. */
export function termChoices<K extends string>(lang: Lang, terms: Readonly<Record<K, Localized>>, values: readonly K[] = Object.keys(terms) as K[]): { value: K; name: string }[] {
  return values.map((value) => ({ value, name: say(lang, terms[value]) }));
}
