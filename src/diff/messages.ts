import type { Localized, LocalizedPlural } from '../i18n/index.js';

/** What diff reports say around the changes, in both languages. */
export const DIFF_MESSAGES = {
  'kind.added': { en: 'added', ar: 'أُضيف' },
  'kind.removed': { en: 'removed', ar: 'حُذف' },
  'kind.changed': { en: 'changed', ar: 'تغيّر' },
  'effect.tightened': { en: 'tightened', ar: 'شُدِّد' },
  'effect.loosened': { en: 'loosened', ar: 'خُفِّف' },
  title: { en: 'Policy changes', ar: 'تغييرات السياسة' },
  compared: { en: '{old} → {new}', ar: '{old} → {new}' },
  none: { en: 'No changes.', ar: 'لا تغييرات.' },
  roles: { en: 'roles', ar: 'الأدوار' },
  'col.change': { en: 'Change', ar: 'التغيير' },
  'col.where': { en: 'Where', ar: 'الموضع' },
  'col.before': { en: 'Before', ar: 'قبل' },
  'col.after': { en: 'After', ar: 'بعد' },
  'col.effect': { en: 'Effect', ar: 'الأثر' },
  'col.roles': { en: 'Roles', ar: 'الأدوار' },
  total: {
    en: { one: '{count} change', other: '{count} changes' },
    ar: { zero: 'لا تغييرات', one: 'تغيير واحد', two: 'تغييران', few: '{count} تغييرات', many: '{count} تغييرًا', other: '{count} تغيير' },
  },
  'count.added': { en: { one: '{count} added', other: '{count} added' }, ar: { other: 'أُضيف {count}' } },
  'count.removed': { en: { one: '{count} removed', other: '{count} removed' }, ar: { other: 'حُذف {count}' } },
  'count.changed': { en: { one: '{count} changed', other: '{count} changed' }, ar: { other: 'تغيّر {count}' } },

  // Usage and input errors.
  'diff.notComparable': { en: '"{file}" does not match the policy schema, so it cannot be compared; fix the findings above', ar: 'الملف "{file}" لا يطابق مخطط السياسة، فلا تمكن مقارنته؛ أصلح الملاحظات أعلاه' },

  // --help.
  'help.diff': { en: 'show what changed between two versions of a policy, and for whom', ar: 'يعرض ما تغيّر بين إصدارين من السياسة، ولمن' },
  'help.diffOld': { en: 'the older version: a file, or REV:path for a version in git (as git show reads it)', ar: 'الإصدار الأقدم: ملف، أو REV:path لإصدار في git (كما يقرؤه git show)' },
  'help.diffNew': { en: 'the newer version: a file, or REV:path', ar: 'الإصدار الأحدث: ملف، أو REV:path' },
  'help.diffFormat': { en: 'output format', ar: 'صيغة المخرجات' },
} as const satisfies Record<string, Localized | LocalizedPlural>;

/** The column headings of a diff table, in order. */
export const DIFF_COLUMNS = ['col.change', 'col.where', 'col.before', 'col.after', 'col.effect', 'col.roles'] as const;
