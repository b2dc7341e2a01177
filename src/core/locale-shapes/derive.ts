import {
  formatDateWith,
  formatNumberWith,
  formatUnitWith,
  INSTANT_OPTIONS,
  LONG_DATE_OPTIONS,
  MONTH_OPTIONS,
  type Affixes,
  type DateShape,
  type DateToken,
  type NumberOptions,
  type NumberShape,
  type UnitShape,
} from './shape.js';

/*
 * Reads the locale shapes from Intl (scripts/build.mjs runs this at install, so that the table is
 * the ICU of the Node that runs cs-policy), and keeps a locale only when the shapes give, for every
 * probe below, exactly what Intl gives. A locale left out is formatted by Intl at run time.
 */

/** The table the build writes to src/generated/locale-shapes.js; index.ts reads it. */
export interface LocaleShapeTable {
  /** The ICU and CLDR the table was read from: another Node's (process.versions) uses Intl. */
  icu: string;
  cldr: string;
  /** Long dates, months and instants alike. */
  dates: DateShape[];
  numbers: NumberShape[];
  units: Record<string, UnitShape>[];
  /**
   * Locales by their shapes: "date number units month instant" (indexes into `dates`, `numbers`,
   * `units`; -1 for a shape not kept) to the locales, space-separated.
   */
  locales: Record<string, string>;
}

/** The units reports count in (brief/humanize.ts, compare/messages.ts), by Intl's names. */
export const UNITS = ['second', 'minute', 'hour', 'day', 'week', 'month', 'year'] as const;

/** The locales unit counts are written in: a report's language (i18n/lang.ts NUMBER_LOCALE). */
const UNIT_LOCALES = ['en', 'ar', 'ar-u-nu-latn'];

/** The options of every number the reports write (report/numbers.ts), and Intl's default for a count of a unit. */
export const NUMBER_OPTIONS: readonly NumberOptions[] = [
  ...(['decimal', 'percent'] as const).flatMap((style) =>
    [0, 1, 2, 3].flatMap((digits) =>
      [true, false].flatMap((fixed) =>
        (['always', false] as const).map((grouping) => ({ style, minimumFractionDigits: fixed ? digits : 0, maximumFractionDigits: digits, grouping })),
      ),
    ),
  ),
  { style: 'decimal', minimumFractionDigits: 0, maximumFractionDigits: 3, grouping: 'auto' },
];

/** Numbers on either side of every rounding and grouping edge, and the doubles that read back short. */
export const NUMBER_PROBES: readonly number[] = [
  0, -0, 1, -1, 0.5, -0.5, 0.05, 0.005, 0.0005, 0.00049, 1.005, 2.675, 1.0049999, 9.995, 99.995, 0.995, 0.9995, 86.3, 86.29999999999998,
  94.96, 0.863, 12.345, 123, 999, 1000, 1234, 9999.5, 12345, 99999.9999, 123456.789, 1234567.5, -1234567.891, 12345678901234, 1e21,
  1.5e-7, 4.35, 0.1 + 0.2, 1 / 3, 2 / 3, -0.0001, 5e-324, 1.7976931348623157e308,
];

/** Year, month, day, hour, minute: every month, years at their edges, and every hour of a day. */
const DATE_PROBES: readonly (readonly [number, number, number, number, number])[] = [
  ...Array.from({ length: 12 }, (_, i) => [2027, i + 1, i + 1, i * 2 + 1, i * 5] as const),
  [1, 1, 1, 0, 0], [9, 2, 9, 9, 9], [99, 3, 10, 10, 10], [999, 4, 22, 12, 30], [1970, 1, 1, 0, 0], [2024, 2, 29, 23, 59], [2026, 12, 31, 13, 1], [9999, 12, 31, 23, 59],
  ...Array.from({ length: 24 }, (_, hour) => [2026, 7, 1, hour, 59 - hour] as const),
];

export const intlNumber = (locale: string, options: NumberOptions): Intl.NumberFormat =>
  new Intl.NumberFormat(locale, {
    numberingSystem: 'latn',
    style: options.style,
    minimumFractionDigits: options.minimumFractionDigits,
    maximumFractionDigits: options.maximumFractionDigits,
    ...(options.grouping === 'auto' ? {} : { useGrouping: options.grouping === 'always' }),
  });

export const intlUnit = (locale: string, unit: string): Intl.NumberFormat =>
  new Intl.NumberFormat(locale, { numberingSystem: 'latn', style: 'unit', unit, unitDisplay: 'long' });

export const utcDate = (year: number, month: number, day: number, hour = 0, minute = 0): Date => {
  const date = new Date(Date.UTC(2000, month - 1, day, hour, minute));
  date.setUTCFullYear(year);
  return date;
};

/** The shape of what a DateTimeFormat with these options writes, in UTC. */
function dateShape(locale: string, options: Intl.DateTimeFormatOptions): DateShape | undefined {
  const format = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
  // The second of the month at 03:05 tells a padded day or hour from a plain one.
  const tokens: DateToken[] = [];
  for (const part of format.formatToParts(utcDate(2027, 2, 2, 3, 5))) {
    if (part.type === 'day') tokens.push({ field: part.value === '02' ? 'dd' : 'd' });
    else if (part.type === 'month') tokens.push({ field: 'M' });
    else if (part.type === 'year') tokens.push({ field: 'y' });
    else if (part.type === 'hour') tokens.push({ field: part.value === '03' ? 'HH' : 'H' });
    else if (part.type === 'minute') tokens.push({ field: 'mm' });
    else if (part.type === 'literal') tokens.push(part.value);
    // A weekday, an era, a related year or a day period: a shape this module does not write.
    else return undefined;
  }
  const months = Array.from({ length: 12 }, (_, i) => format.formatToParts(utcDate(2027, i + 1, 2)).find((part) => part.type === 'month')?.value ?? '');
  const shape = { tokens, months };
  const agrees = DATE_PROBES.every(([year, month, day, hour, minute]) => formatDateWith(shape, year, month, day, hour, minute) === format.format(utcDate(year, month, day, hour, minute)));
  return agrees ? shape : undefined;
}

const NUMERIC = new Set(['integer', 'group', 'decimal', 'fraction']);

function affixes(format: Intl.NumberFormat, value: number): Affixes {
  const sides = (parts: Intl.NumberFormatPart[]): [string, string] => {
    const first = parts.findIndex((part) => NUMERIC.has(part.type));
    const last = parts.findLastIndex((part) => NUMERIC.has(part.type));
    const join = (slice: Intl.NumberFormatPart[]) => slice.map((part) => part.value).join('');
    return [join(parts.slice(0, first)), join(parts.slice(last + 1))];
  };
  return [...sides(format.formatToParts(value)), ...sides(format.formatToParts(-value))];
}

function numberShape(locale: string): NumberShape | undefined {
  const decimalFormat = intlNumber(locale, { style: 'decimal', minimumFractionDigits: 0, maximumFractionDigits: 3, grouping: 'always' });
  const parts = decimalFormat.formatToParts(1234567890123.5);
  const integers = parts.filter((part) => part.type === 'integer').map((part) => part.value.length);
  const auto = intlNumber(locale, { style: 'decimal', minimumFractionDigits: 0, maximumFractionDigits: 0, grouping: 'auto' });
  const groupsAt = (digits: number) => auto.formatToParts(10 ** (digits - 1)).some((part) => part.type === 'group');
  const primary = integers.at(-1)!;
  const shape: NumberShape = {
    decimal: parts.find((part) => part.type === 'decimal')?.value ?? '.',
    group: parts.find((part) => part.type === 'group')?.value ?? ',',
    primary,
    secondary: integers.length > 2 ? integers.at(-2)! : primary,
    minimumGrouping: [1, 2, 3].find((extra) => groupsAt(primary + extra)) ?? 1,
    decimalAffixes: affixes(decimalFormat, 1234.5),
    percentAffixes: affixes(intlNumber(locale, { style: 'percent', minimumFractionDigits: 0, maximumFractionDigits: 1, grouping: false }), 0.125),
  };
  const agrees = NUMBER_OPTIONS.every((options) => {
    const format = intlNumber(locale, options);
    return NUMBER_PROBES.every((value) => formatNumberWith(shape, options, value) === format.format(value));
  });
  return agrees ? shape : undefined;
}

/** Whole counts up to this are checked against Intl for each unit (every plural category and the first groupings). */
const UNIT_PROBE_LIMIT = 1200;

function unitShapes(locale: string, number: NumberShape): Record<string, UnitShape> | undefined {
  const rules = new Intl.PluralRules(locale);
  const countText = (n: number) => formatNumberWith(number, NUMBER_OPTIONS.at(-1)!, n);
  const shapes: Record<string, UnitShape> = {};
  for (const unit of UNITS) {
    const format = intlUnit(locale, unit);
    const shape: UnitShape = {};
    for (let n = 0; n <= 200; n++) {
      const category = rules.select(n);
      if (shape[category] !== undefined) continue;
      const parts = format.formatToParts(n);
      let pattern = '';
      let inNumber = false;
      for (const part of parts) {
        if (NUMERIC.has(part.type)) {
          if (!inNumber) pattern += '{0}';
          inNumber = true;
        } else {
          pattern += part.value;
          inNumber = false;
        }
      }
      shape[category] = pattern;
    }
    for (let n = 0; n <= UNIT_PROBE_LIMIT; n++) {
      if (formatUnitWith(shape, rules.select(n), countText(n)) !== format.format(n)) return undefined;
    }
    shapes[unit] = shape;
  }
  return shapes;
}

/** Every tag report/numbers.ts and core/locale.ts can be given: a language, or a language and a region (core/locale.ts policyLocale). */
export function candidateLocales(): string[] {
  const names = new Intl.DisplayNames('en', { type: 'region', fallback: 'none' });
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const codes = [...letters].flatMap((a) => [...letters].map((b) => `${a}${b}`));
  for (let n = 0; n < 1000; n++) codes.push(String(n).padStart(3, '0'));
  const regions = codes.filter((code) => names.of(code) !== undefined);
  const tags = new Set(['en', 'ar', 'ar-u-nu-latn']);
  for (const lang of ['en', 'ar']) for (const region of regions) tags.add(Intl.getCanonicalLocales(`${lang}-${region}`)[0]!);
  return [...tags];
}

export function deriveLocaleShapes(locales: readonly string[] = candidateLocales()): LocaleShapeTable {
  const table: LocaleShapeTable = { icu: process.versions.icu ?? '', cldr: process.versions.cldr ?? '', dates: [], numbers: [], units: [], locales: {} };
  const indexIn = <T>(list: T[], value: T): number => {
    const key = JSON.stringify(value);
    const at = list.findIndex((item) => JSON.stringify(item) === key);
    return at >= 0 ? at : list.push(value) - 1;
  };
  for (const locale of locales) {
    const date = dateShape(locale, LONG_DATE_OPTIONS);
    const number = numberShape(locale);
    if (!date || !number) continue;
    const units = UNIT_LOCALES.includes(locale) ? unitShapes(locale, number) : undefined;
    const month = dateShape(locale, MONTH_OPTIONS);
    const instant = dateShape(locale, INSTANT_OPTIONS);
    const shapes = [indexIn(table.dates, date), indexIn(table.numbers, number), units ? indexIn(table.units, units) : -1, month ? indexIn(table.dates, month) : -1, instant ? indexIn(table.dates, instant) : -1];
    const key = shapes.join(' ');
    table.locales[key] = table.locales[key] ? `${table.locales[key]} ${locale}` : locale;
  }
  return table;
}
