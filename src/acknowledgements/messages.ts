import type { Localized, LocalizedPlural } from '../i18n/index.js';

/** Every word of an acknowledgements report, in both languages. */
export const ACK_MESSAGES = {
  title: { en: 'Staff acknowledgements', ar: 'إقرارات الموظفين' },
  'status.acknowledged': { en: 'acknowledged', ar: 'أقرّ' },
  'status.acknowledged-late': { en: 'acknowledged late', ar: 'أقرّ متأخرًا' },
  'status.pending': { en: 'pending', ar: 'لم يُقرّ بعد' },
  'status.late': { en: 'late', ar: 'متأخر' },
  heading: { en: '{policy} version {version}, to be acknowledged by {by} (today is {today})', ar: '{policy} الإصدار {version}، يُقَرّ به قبل {by} (اليوم {today})' },
  roleLine: { en: '{role}: {done} of {total} acknowledged', ar: '{role}: أقرّ {done} من {total}' },
  due: { en: 'due {by}', ar: 'الموعد {by}' },
  noDeadline: { en: 'no date set', ar: 'بلا موعد محدد' },
  previous: { en: 'last acknowledged {version}', ar: 'آخر إقرار بالإصدار {version}' },
  allDone: { en: 'everyone in this role has acknowledged', ar: 'أقرّ جميع من في هذا الدور' },
  'col.name': { en: 'Name', ar: 'الاسم' },
  'col.contact': { en: 'E-mail or id', ar: 'البريد أو المعرّف' },
  'col.status': { en: 'Status', ar: 'الحالة' },
  'col.date': { en: 'Acknowledged', ar: 'تاريخ الإقرار' },
  late: {
    en: { one: '{count} person late', other: '{count} people late' },
    ar: { zero: 'لا متأخرين', one: 'شخص واحد متأخر', two: 'شخصان متأخران', few: '{count} أشخاص متأخرون', many: '{count} شخصًا متأخرًا', other: '{count} شخص متأخر' },
  },
  pending: {
    en: { one: '{count} still to acknowledge', other: '{count} still to acknowledge' },
    ar: { zero: 'لا أحد', one: 'شخص واحد لم يُقرّ بعد', two: 'شخصان لم يُقرّا بعد', few: '{count} أشخاص لم يُقرّوا بعد', many: '{count} شخصًا لم يُقرّوا بعد', other: '{count} شخص لم يُقرّوا بعد' },
  },
  everyone: { en: 'everyone has acknowledged the current version', ar: 'أقرّ الجميع بالإصدار الحالي' },
  notConcerned: {
    en: { one: '{count} person in a role the rollout does not brief', other: '{count} people in roles the rollout does not brief' },
    ar: { zero: 'لا أحد', one: 'شخص واحد في دور لا يشمله التعميم', two: 'شخصان في أدوار لا يشملها التعميم', few: '{count} أشخاص في أدوار لا يشملها التعميم', many: '{count} شخصًا في أدوار لا يشملها التعميم', other: '{count} شخص في أدوار لا يشملها التعميم' },
  },

  // Usage and input errors.
  'acks.notReadable': { en: '"{file}" does not match the policy schema, so its acknowledgements cannot be checked; fix the findings above', ar: 'الملف "{file}" لا يطابق مخطط السياسة، فلا يمكن التحقق من إقراراته؛ أصلح الملاحظات أعلاه' },
  'acks.badCsv': { en: '{file}:{line}: {reason}', ar: '\u2066{file}:{line}\u2069: {reason}' },
  'acks.missingColumn': { en: '{file}: no "{column}" column; the columns are {columns}', ar: '{file}: لا يوجد عمود "{column}"؛ الأعمدة هي {columns}' },
  'acks.noDeadline': { en: '"{file}" asks for no acknowledgement: rollout.acknowledgement is not required', ar: 'السياسة "{file}" لا تطلب إقرارًا: rollout.acknowledgement غير مطلوب' },

  // --help.
  'help.acknowledgements': { en: 'report which staff have not acknowledged the current version of a policy', ar: 'يبيّن الموظفين الذين لم يقروا بالإصدار الحالي من السياسة' },
  'help.staff': { en: 'a CSV of staff: name, role (and optionally e-mail or id)', ar: 'ملف CSV بالموظفين: الاسم والدور (والبريد أو المعرّف اختياريًا)' },
  'help.acks': { en: 'a CSV of acknowledgements: who, which version, when (as a form or e-signature tool exports it)', ar: 'ملف CSV بالإقرارات: من أقر، وبأي إصدار، ومتى (كما تصدّره أداة النماذج أو التوقيع الإلكتروني)' },
} as const satisfies Record<string, Localized | LocalizedPlural>;

/** Why a row of a CSV cannot be read, named with its line by the command. */
export const CSV_REASONS = {
  'unclosed-quote': { en: 'a quoted field is never closed', ar: 'حقل بين علامتي اقتباس لم يُغلق' },
  'text-after-quote': { en: 'text follows the closing quote of a field; double a quote inside a quoted field ("")', ar: 'نص بعد علامة الاقتباس الختامية لحقل؛ كرّر علامة الاقتباس داخل الحقل ("")' },
  empty: { en: 'the file is empty: it needs a header row', ar: 'الملف فارغ: يحتاج إلى صف عناوين' },
  missingCell: { en: 'the "{column}" cell is empty', ar: 'الخانة "{column}" فارغة' },
  badDate: { en: '"{value}" is not a date written YYYY-MM-DD (a time HH:MM, HH:MM:SS and a zone such as Z or +03:00 may follow)', ar: '"{value}" ليس تاريخًا بالصيغة YYYY-MM-DD (وقد يليه وقت HH:MM أو HH:MM:SS ومنطقة زمنية مثل Z أو ‎+03:00‎)' },
  notRealDate: { en: '"{value}" is not a real day and time', ar: '"{value}" ليس يومًا ووقتًا حقيقيين' },
  futureDate: { en: '"{value}" is after today ({today}): an acknowledgement cannot come from the future', ar: '"{value}" بعد اليوم ({today}): لا يأتي إقرار من المستقبل' },
  noStaff: { en: 'the file has a header but no staff rows: there is nobody to judge', ar: 'في الملف صف عناوين بلا صفوف موظفين: لا أحد للحكم عليه' },
  unknownRole: { en: '"{role}" is not a role of the policy (by id or name){suggestion}; the roles are {roles}', ar: '"{role}" ليس دورًا في السياسة (بالمعرّف أو الاسم){suggestion}؛ الأدوار هي {roles}' },
  notText: { en: 'not a text file: it holds binary data or is not valid UTF-8', ar: 'ليس ملفًا نصيًا: فيه بيانات ثنائية أو ترميزه ليس UTF-8 صالحًا' },
  tooLarge: { en: 'the file is over the limit of 1 MiB', ar: 'الملف أكبر من الحد المسموح وهو 1 ميبيبايت' },
} as const satisfies Record<string, Localized>;
