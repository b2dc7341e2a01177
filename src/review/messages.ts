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

  // Usage and input errors.
  'review.badWithin': { en: '--within "{value}" is not a number of days from 0 to 73000 (200 years)', ar: '--within "{value}" ليس عددًا من الأيام من 0 إلى 73000 (200 سنة)' },
  'review.bumpFolder': { en: '"{file}" is a folder: --bump records the review of one policy file; name the file', ar: '"{file}" مجلد: ‏--bump يسجل مراجعة ملف سياسة واحد؛ اذكر الملف' },
  'review.bumpOneFile': { en: '--bump records the review of one policy: name one file', ar: '--bump يسجل مراجعة سياسة واحدة: اذكر ملفًا واحدًا' },
  'review.needsSummary': { en: '--bump needs --summary TEXT: what the review changed', ar: '--bump يحتاج إلى --summary TEXT: ما الذي غيّرته المراجعة' },
  'review.summaryWithoutBump': { en: '--summary and --author go with --bump', ar: '--summary و--author يُستعملان مع --bump' },
  'review.notReviewable': { en: '"{file}" does not match the policy schema, so its review cannot be read; fix the findings above', ar: 'الملف "{file}" لا يطابق مخطط السياسة، فلا تمكن قراءة مراجعته؛ أصلح الملاحظات أعلاه' },
  'review.badVersion': { en: 'the version "{version}" of "{file}" is not MAJOR.MINOR.PATCH, so it cannot be bumped', ar: 'الإصدار "{version}" في "{file}" ليس بالصيغة MAJOR.MINOR.PATCH، فلا يمكن رفعه' },
  'review.badCadence': { en: 'the review cadence "{cadence}" of "{file}" is not a duration that lands on a day from 1900 to 2199 (write one such as 6mo or 1y)', ar: 'دورة المراجعة "{cadence}" في "{file}" ليست مدة تنتهي في يوم بين 1900 و2199 (اكتب مدة مثل 6mo أو 1y)' },
  'review.notEditable': { en: '"{file}" cannot be edited in place: {reason}', ar: 'تعذر تعديل "{file}" في موضعه: {reason}' },
  'review.stillInvalid': { en: 'the reviewed "{file}" would no longer validate, so it was left as it was', ar: 'لن يجتاز "{file}" التحقق بعد المراجعة، فتُرك كما كان' },
  'review.recorded': { en: 'recorded the review of {file}: version {version}, next review {next}', ar: 'سُجلت مراجعة {file}: الإصدار {version}، والمراجعة التالية {next}' },

  // --help.
  'help.review': { en: 'list policies with their owner, version and review dates, or record a review', ar: 'يسرد السياسات بمسؤوليها وإصداراتها ومواعيد مراجعتها، أو يسجل مراجعة' },
  'help.within': { en: 'a review is due when it is this many days away or fewer', ar: 'تُعد المراجعة مستحقة حين يبقى على موعدها هذا العدد من الأيام أو أقل' },
  'help.bump': { en: 'record a review: raise the version (major, minor or patch)', ar: 'يسجل مراجعة: يرفع الإصدار (major أو minor أو patch)' },
  'help.summary': { en: 'what the review changed, for the change history (with --bump)', ar: 'ما غيّرته المراجعة، لسجل التغييرات (مع --bump)' },
  'help.author': { en: 'who reviewed it, for the change history (with --bump)', ar: 'من أجرى المراجعة، لسجل التغييرات (مع --bump)' },
} as const satisfies Record<string, Localized | LocalizedPlural>;

/** The column headings of a review table, in order. */
export const REVIEW_COLUMNS = ['col.file', 'col.id', 'col.version', 'col.owner', 'col.last', 'col.next', 'col.status'] as const;
