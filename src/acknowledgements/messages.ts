import type { Lang, PluralForms } from '../i18n/index.js';
import type { AckStatus } from './status.js';

export interface AckLabels {
  title: string;
  status: Record<AckStatus, string>;
  heading: string;
  roleLine: string;
  due: string;
  noDeadline: string;
  previous: string;
  allDone: string;
  columns: { name: string; contact: string; status: string; date: string };
  late: PluralForms;
  pending: PluralForms;
  everyone: string;
  notConcerned: PluralForms;
  comma: string;
}

export const ACK_LABELS: Record<Lang, AckLabels> = {
  en: {
    title: 'Staff acknowledgements',
    status: { acknowledged: 'acknowledged', 'acknowledged-late': 'acknowledged late', pending: 'pending', late: 'late' },
    heading: '{policy} version {version}, to be acknowledged by {by} (today is {today})',
    roleLine: '{role}: {done} of {total} acknowledged',
    due: 'due {by}',
    noDeadline: 'no date set',
    previous: 'last acknowledged {version}',
    allDone: 'everyone in this role has acknowledged',
    columns: { name: 'Name', contact: 'E-mail or id', status: 'Status', date: 'Acknowledged' },
    late: { one: '{count} person late', other: '{count} people late' },
    pending: { one: '{count} still to acknowledge', other: '{count} still to acknowledge' },
    everyone: 'everyone has acknowledged the current version',
    notConcerned: { one: '{count} person in a role the rollout does not brief', other: '{count} people in roles the rollout does not brief' },
    comma: ', ',
  },
  ar: {
    title: 'إقرارات الموظفين',
    status: { acknowledged: 'أقرّ', 'acknowledged-late': 'أقرّ متأخرًا', pending: 'لم يُقرّ بعد', late: 'متأخر' },
    heading: '{policy} الإصدار {version}، يُقَرّ به قبل {by} (اليوم {today})',
    roleLine: '{role}: أقرّ {done} من {total}',
    due: 'الموعد {by}',
    noDeadline: 'بلا موعد محدد',
    previous: 'آخر إقرار بالإصدار {version}',
    allDone: 'أقرّ جميع من في هذا الدور',
    columns: { name: 'الاسم', contact: 'البريد أو المعرّف', status: 'الحالة', date: 'تاريخ الإقرار' },
    late: { zero: 'لا متأخرين', one: 'شخص واحد متأخر', two: 'شخصان متأخران', few: '{count} أشخاص متأخرون', many: '{count} شخصًا متأخرًا', other: '{count} شخص متأخر' },
    pending: { zero: 'لا أحد', one: 'شخص واحد لم يُقرّ بعد', two: 'شخصان لم يُقرّا بعد', few: '{count} أشخاص لم يُقرّوا بعد', many: '{count} شخصًا لم يُقرّوا بعد', other: '{count} شخص لم يُقرّوا بعد' },
    everyone: 'أقرّ الجميع بالإصدار الحالي',
    notConcerned: { zero: 'لا أحد', one: 'شخص واحد في دور لا يشمله التعميم', two: 'شخصان في أدوار لا يشملها التعميم', few: '{count} أشخاص في أدوار لا يشملها التعميم', many: '{count} شخصًا في أدوار لا يشملها التعميم', other: '{count} شخص في أدوار لا يشملها التعميم' },
    comma: '، ',
  },
};

/** Why a row of a CSV cannot be read, named with its line by the command. */
export const CSV_REASONS: Record<Lang, Record<'unclosed-quote' | 'text-after-quote' | 'empty' | 'missingCell' | 'badDate' | 'notRealDate' | 'futureDate' | 'noStaff' | 'unknownRole' | 'notText' | 'tooLarge', string>> = {
  en: {
    'unclosed-quote': 'a quoted field is never closed',
    'text-after-quote': 'text follows the closing quote of a field; double a quote inside a quoted field ("")',
    empty: 'the file is empty: it needs a header row',
    missingCell: 'the "{column}" cell is empty',
    badDate: '"{value}" is not a date written YYYY-MM-DD (a time HH:MM, HH:MM:SS and a zone such as Z or +03:00 may follow)',
    notRealDate: '"{value}" is not a real day and time',
    futureDate: '"{value}" is after today ({today}): an acknowledgement cannot come from the future',
    noStaff: 'the file has a header but no staff rows: there is nobody to judge',
    unknownRole: '"{role}" is not a role of the policy (by id or name){suggestion}; the roles are {roles}',
    notText: 'not a text file: it holds binary data or is not valid UTF-8',
    tooLarge: 'the file is over the limit of 1 MiB',
  },
  ar: {
    'unclosed-quote': 'حقل بين علامتي اقتباس لم يُغلق',
    'text-after-quote': 'نص بعد علامة الاقتباس الختامية لحقل؛ كرّر علامة الاقتباس داخل الحقل ("")',
    empty: 'الملف فارغ: يحتاج إلى صف عناوين',
    missingCell: 'الخانة "{column}" فارغة',
    badDate: '"{value}" ليس تاريخًا بالصيغة YYYY-MM-DD (وقد يليه وقت HH:MM أو HH:MM:SS ومنطقة زمنية مثل Z أو ‎+03:00‎)',
    notRealDate: '"{value}" ليس يومًا ووقتًا حقيقيين',
    futureDate: '"{value}" بعد اليوم ({today}): لا يأتي إقرار من المستقبل',
    noStaff: 'في الملف صف عناوين بلا صفوف موظفين: لا أحد للحكم عليه',
    unknownRole: '"{role}" ليس دورًا في السياسة (بالمعرّف أو الاسم){suggestion}؛ الأدوار هي {roles}',
    notText: 'ليس ملفًا نصيًا: فيه بيانات ثنائية أو ترميزه ليس UTF-8 صالحًا',
    tooLarge: 'الملف أكبر من الحد المسموح وهو 1 ميبيبايت',
  },
};
