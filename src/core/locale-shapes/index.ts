import { LOCALE_SHAPES } from '../../generated/locale-shapes.js';
import { pluralCategory } from '../../i18n/lang.js';
import type { LocaleShapeTable } from './derive.js';
import { formatDateWith, formatNumberWith, formatUnitWith, type DateShape, type NumberOptions, type NumberShape, type UnitShape } from './shape.js';

/*
 * The formatters of the locale shapes the build read from Intl (shape.ts says why). Each returns
 * undefined where the table has nothing for the locale, or was read from another ICU than this
 * Node's; the caller then uses Intl, which gives the same text.
 */

interface Shapes {
  date: DateShape;
  number: NumberShape;
  units: Record<string, UnitShape> | undefined;
  month: DateShape | undefined;
  instant: DateShape | undefined;
}

let byLocale: Map<string, Shapes> | undefined;

function shapesOf(locale: string): Shapes | undefined {
  if (byLocale === undefined) {
    byLocale = new Map();
    const table = JSON.parse(LOCALE_SHAPES) as LocaleShapeTable;
    if (table.icu === process.versions.icu && table.cldr === process.versions.cldr) {
      for (const [key, locales] of Object.entries(table.locales)) {
        const [date, number, units, month, instant] = key.split(' ').map(Number) as [number, number, number, number, number];
        const shapes = { date: table.dates[date]!, number: table.numbers[number]!, units: table.units[units], month: table.dates[month], instant: table.dates[instant] };
        for (const tag of locales.split(' ')) byLocale.set(tag, shapes);
      }
    }
  }
  return byLocale.get(locale);
}

/** A YYYY-MM-DD date in the locale's long form, as Intl.DateTimeFormat writes it with LONG_DATE_OPTIONS. */
export function shapedLongDate(locale: string): ((isoDate: string) => string | undefined) | undefined {
  const shape = shapesOf(locale)?.date;
  if (!shape) return undefined;
  return (isoDate) => {
    const date = new Date(`${isoDate}T00:00:00Z`);
    const year = date.getUTCFullYear();
    // Years Intl writes with an era are left to it; an invalid date, too (it throws as before).
    return year >= 1 && year <= 9999 ? formatDateWith(shape, year, date.getUTCMonth() + 1, date.getUTCDate()) : undefined;
  };
}

/** A YYYY-MM month as Intl.DateTimeFormat writes it with MONTH_OPTIONS: "June 2026". */
export function shapedMonth(locale: string): ((isoMonth: string) => string | undefined) | undefined {
  const shape = shapesOf(locale)?.month;
  if (!shape) return undefined;
  return (isoMonth) => {
    const match = /^(\d{4})-(\d{2})$/.exec(isoMonth);
    const year = Number(match?.[1]);
    const month = Number(match?.[2]);
    // Year 0 (Intl writes an era) and a month Date cannot read (Intl throws) are left to Intl.
    return year >= 1 && month >= 1 && month <= 12 ? formatDateWith(shape, year, month, 1) : undefined;
  };
}

/**
 * A wall time (an instant plus its zone's offset, read as UTC) as Intl.DateTimeFormat writes the
 * instant with INSTANT_OPTIONS in that zone: "1 July 2026 at 03:00".
 */
export function shapedInstant(locale: string): ((wall: Date) => string | undefined) | undefined {
  const shape = shapesOf(locale)?.instant;
  if (!shape) return undefined;
  return (wall) => {
    const year = wall.getUTCFullYear();
    return year >= 1 && year <= 9999 ? formatDateWith(shape, year, wall.getUTCMonth() + 1, wall.getUTCDate(), wall.getUTCHours(), wall.getUTCMinutes()) : undefined;
  };
}

/** A finite number as Intl.NumberFormat writes it with Western digits and these options. */
export function shapedNumber(locale: string, options: NumberOptions): ((value: number) => string | undefined) | undefined {
  const shape = shapesOf(locale)?.number;
  if (!shape) return undefined;
  return (value) => (Number.isFinite(value) ? formatNumberWith(shape, options, value) : undefined);
}

const COUNT: NumberOptions = { style: 'decimal', minimumFractionDigits: 0, maximumFractionDigits: 3, grouping: 'auto' };

/** A whole count of a unit in long form ("5 days", "يومان"), as Intl.NumberFormat's unit style writes it. */
export function shapedUnitCount(locale: string, unit: string): ((count: number) => string | undefined) | undefined {
  const shapes = shapesOf(locale);
  const shape = shapes?.units?.[unit];
  if (!shapes || !shape) return undefined;
  const lang = locale.startsWith('ar') ? 'ar' : 'en';
  return (count) =>
    Number.isSafeInteger(count) && count >= 0 ? formatUnitWith(shape, pluralCategory(lang, count), formatNumberWith(shapes.number, COUNT, count)) : undefined;
}
