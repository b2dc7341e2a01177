/**
 * One Intl object per key for the whole run. Building an Intl.NumberFormat, DateTimeFormat,
 * ListFormat or PluralRules costs about a hundred times using one, and a report or a briefing
 * formats thousands of cells, dates and lists. Each key starts with what it makes ("date en-GB",
 * "list ar conjunction"), so that every kind can share the one map.
 */
const made = new Map<string, unknown>();

export function madeOnce<T>(key: string, make: () => T): T {
  let value = made.get(key) as T | undefined;
  if (value === undefined) made.set(key, (value = make()));
  return value;
}
