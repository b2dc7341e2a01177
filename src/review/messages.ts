import type { Lang, PluralForms } from '../i18n/index.js';
import type { ReviewStatus } from './status.js';

export interface ReviewLabels {
  title: string;
  status: Record<ReviewStatus, string>;
  columns: { file: string; id: string; version: string; owner: string; last: string; next: string; status: string };
  never: string;
  policies: PluralForms;
  counts: Record<ReviewStatus, PluralForms>;
  comma: string;
}

export const REVIEW_LABELS: Record<Lang, ReviewLabels> = {
  en: {
    title: 'Policy reviews',
    status: { ok: 'ok', due: 'due', overdue: 'overdue' },
    columns: { file: 'File', id: 'Policy', version: 'Version', owner: 'Owner', last: 'Last review', next: 'Next review', status: 'Status' },
    never: '—',
    policies: { one: '{count} policy', other: '{count} policies' },
    counts: { ok: { other: '{count} ok' }, due: { other: '{count} due' }, overdue: { other: '{count} overdue' } },
    comma: ', ',
  },
  ar: {
    title: 'مراجعات السياسات',
    status: { ok: 'سليمة', due: 'مستحقة', overdue: 'متأخرة' },
    columns: { file: 'الملف', id: 'السياسة', version: 'الإصدار', owner: 'المسؤول', last: 'آخر مراجعة', next: 'المراجعة التالية', status: 'الحالة' },
    never: '—',
    policies: { zero: 'لا سياسات', one: 'سياسة واحدة', two: 'سياستان', few: '{count} سياسات', many: '{count} سياسة', other: '{count} سياسة' },
    counts: { ok: { other: 'سليمة: {count}' }, due: { other: 'مستحقة: {count}' }, overdue: { other: 'متأخرة: {count}' } },
    comma: '، ',
  },
};
