import type { Lang, PluralForms } from '../i18n/index.js';
import type { ChangeKind, Effect } from './diff.js';

/** What diff reports say around the changes, in both languages. */
export interface DiffLabels {
  kind: Record<ChangeKind, string>;
  effect: Record<Effect, string>;
  title: string;
  compared: string;
  none: string;
  roles: string;
  /** Separators between notes and between roles. */
  semicolon: string;
  comma: string;
  columns: { change: string; where: string; before: string; after: string; effect: string; roles: string };
  total: PluralForms;
  counts: Record<ChangeKind, PluralForms>;
}

export const DIFF_LABELS: Record<Lang, DiffLabels> = {
  en: {
    kind: { added: 'added', removed: 'removed', changed: 'changed' },
    effect: { tightened: 'tightened', loosened: 'loosened' },
    title: 'Policy changes',
    compared: '{old} → {new}',
    none: 'No changes.',
    roles: 'roles',
    semicolon: '; ',
    comma: ', ',
    columns: { change: 'Change', where: 'Where', before: 'Before', after: 'After', effect: 'Effect', roles: 'Roles' },
    total: { one: '{count} change', other: '{count} changes' },
    counts: {
      added: { one: '{count} added', other: '{count} added' },
      removed: { one: '{count} removed', other: '{count} removed' },
      changed: { one: '{count} changed', other: '{count} changed' },
    },
  },
  ar: {
    kind: { added: 'أُضيف', removed: 'حُذف', changed: 'تغيّر' },
    effect: { tightened: 'شُدِّد', loosened: 'خُفِّف' },
    title: 'تغييرات السياسة',
    compared: '{old} → {new}',
    none: 'لا تغييرات.',
    roles: 'الأدوار',
    semicolon: '؛ ',
    comma: '، ',
    columns: { change: 'التغيير', where: 'الموضع', before: 'قبل', after: 'بعد', effect: 'الأثر', roles: 'الأدوار' },
    total: { zero: 'لا تغييرات', one: 'تغيير واحد', two: 'تغييران', few: '{count} تغييرات', many: '{count} تغييرًا', other: '{count} تغيير' },
    counts: {
      added: { other: 'أُضيف {count}' },
      removed: { other: 'حُذف {count}' },
      changed: { other: 'تغيّر {count}' },
    },
  },
};
