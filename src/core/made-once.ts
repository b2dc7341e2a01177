/**
 * One object per key for the whole run, for what costs far more to build than to use: an Intl
 * NumberFormat, DateTimeFormat, ListFormat or PluralRules costs about a hundred times one use, and a
 * report or a briefing formats thousands of cells, dates and lists; a briefing template is compiled
 * to a function once and rendered for every role and language. Each key starts with what it makes
 * ("date en-GB", "list ar conjunction", "template md …"), so that every kind shares the one map.
 */
const made = new Map<string, unknown>();

export function madeOnce<T>(key: string, make: () => T): T {
  let value = made.get(key) as T | undefined;
  if (value === undefined) made.set(key, (value = make()));
  return value;
}
