import type { Localized, LocalizedPlural } from '../i18n/index.js';

/** Every word of a review report, in both languages. */
export const REVIEW_MESSAGES = {
  title: { en: 'Policy reviews', ar: 'مراجعات السياسات' },
  'status.ok': { en: 'ok', ar: 'سليمة' },
  'status.due': { en: 'due', ar: 'مستحقة' },
  'status.overdue': { en: 'overdue', ar: 'متأخرة' },
  'col.file': { en: 'File', ar: 'الملف' },
  'col.id': { en: 'Policy', ar: 'السياسة' },
  'col.version': { en: 'Version', ar: 'الإصدار' },
  'col.owner': { en: 'Owner', ar: 'المسؤول' },
  'col.last': { en: 'Last review', ar: 'آخر مراجعة' },
  'col.next': { en: 'Next review', ar: 'المراجعة التالية' },
  'col.status': { en: 'Status', ar: 'الحالة' },
  never: { en: '—', ar: '—' },
  policies: {
    en: { one: '{count} policy', other: '{count} policies' },
    ar: { zero: 'لا سياسات', one: 'سياسة واحدة', two: 'سياستان', few: '{count} سياسات', many: '{count} سياسة', other: '{count} سياسة' },
  },
  'count.ok': { en: { other: '{count} ok' }, ar: { other: 'سليمة: {count}' } },
  'count.due': { en: { other: '{count} due' }, ar: { other: 'مستحقة: {count}' } },
  'count.overdue': { en: { other: '{count} overdue' }, ar: { other: 'متأخرة: {count}' } },
} as const satisfies Record<string, Localized | LocalizedPlural>;

/** The column headings of a review table, in order. */
export const REVIEW_COLUMNS = ['col.file', 'col.id', 'col.version', 'col.owner', 'col.last', 'col.next', 'col.status'] as const;
