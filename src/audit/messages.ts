import type { Localized, LocalizedPlural } from '../i18n/index.js';
import { integer, percent } from '../report/numbers.js';

/** Every word audit's reports and problems say, in both languages. */
export const AUDIT_MESSAGES = {
  // The mapping file.
  'map.notMapping': { en: 'a mapping file is a mapping of channel, priority, segment, action and timezone', ar: 'ملف الربط جدول مفاتيحه channel وpriority وsegment وaction وtimezone' },
  'map.unknownKey': { en: 'unknown key "{key}"; the keys are {keys}', ar: 'مفتاح غير معروف "{key}"؛ المفاتيح هي {keys}' },
  'map.fieldShape': { en: '"{field}" is a mapping with "from" (the helpdesk field) and "values" (helpdesk value: policy id)', ar: '"{field}" جدول فيه "from" (حقل نظام الدعم) و"values" (قيمة نظام الدعم: معرّف في السياسة)' },
  'map.badFrom': { en: '"from: {value}" is not a field of the export; the fields are {fields}', ar: '"from: {value}" ليس حقلًا في الملف المصدَّر؛ الحقول هي {fields}' },
  'map.unknownId': { en: '"{value}" is not a {field} id of the policy; the ids are {ids}', ar: '"{value}" ليس معرّف {field} في السياسة؛ المعرّفات هي {ids}' },
  'map.metricsShape': { en: '"metrics" names which event a metric the helpdesk does not keep is read from: {metrics}, each read from {from}', ar: '"metrics" يحدد الحدث الذي يُقرأ منه مقياس لا يحفظه نظام الدعم: {metrics}، وكلٌّ يُقرأ من {from}' },
  'map.badTimezone': { en: '"{value}" is not a time zone: write one such as "Europe/London", or as the helpdesk shows it, such as "London"', ar: '"{value}" ليست منطقة زمنية: اكتب منطقة مثل "Asia/Riyadh"، أو كما يعرضها نظام التذاكر مثل "Riyadh"' },

  // Bad rows.
  'bad.bad-timestamp': { en: '"{column}" is not an ISO 8601 time with a zone: "{value}"', ar: '"{column}" ليس وقتًا بصيغة ISO 8601 مع المنطقة الزمنية: "{value}"' },
  'bad.short-row': { en: 'the row has {cells} cells, the header {expected}', ar: 'في الصف {cells} خلايا وفي سطر العناوين {expected}' },
  'bad.long-row': { en: 'the row has {cells} cells, the header {expected}', ar: 'في الصف {cells} خلايا وفي سطر العناوين {expected}' },
  'bad.event-before-creation': { en: '"{column}" is before the record was created', ar: '"{column}" يسبق وقت إنشاء السجل' },
  'bad.missing-value': { en: '"{column}" is empty', ar: '"{column}" فارغ' },
  'bad.bad-quote': { en: 'a quoted field is not closed, or text follows its closing quote', ar: 'حقل بين علامتي تنصيص لم يُغلق، أو بعد علامة إغلاقه نص' },
  'bad.too-long': { en: 'the row is longer than 1 MiB, so it is not read', ar: 'الصف أطول من 1 ميبيبايت، فلم يُقرأ' },
  'bad.out-of-range': { en: 'a time is outside the years 1900-2199 the calendars cover', ar: 'وقت خارج السنوات 1900-2199 التي تغطيها التقاويم' },
  'bad.bad-json': { en: 'not a ticket the reader understands: {message}', ar: 'ليست تذكرة يفهمها القارئ: {message}' },

  // Reports.
  'report.title': { en: 'Audit of {policy}', ar: 'تدقيق {policy}' },
  'report.scope': { en: 'as of {asOf}: {records} from {files}', ar: 'حتى {asOf}: {records} من {files}' },
  'report.period': { en: 'created from {from} to {to}', ar: 'أُنشئت من {from} إلى {to}' },
  'report.start': { en: 'the start', ar: 'البداية' },
  'report.end': { en: 'the end', ar: 'النهاية' },
  'col.standard': { en: 'standard', ar: 'المعيار' },
  'col.metric': { en: 'metric', ar: 'المقياس' },
  'col.target': { en: 'target', ar: 'الهدف' },
  'col.records': { en: 'records', ar: 'السجلات' },
  'col.met': { en: 'met', ar: 'مستوفاة' },
  'col.breached': { en: 'breached', ar: 'مخالفة' },
  'col.pending': { en: 'pending', ar: 'معلّقة' },
  'col.attainment': { en: 'attainment', ar: 'نسبة الالتزام' },
  'col.goal': { en: 'goal', ar: 'المطلوب' },
  'col.verdict': { en: 'verdict', ar: 'النتيجة' },
  'col.worstMonth': { en: 'worst month', ar: 'أسوأ شهر' },
  'col.month': { en: 'month', ar: 'الشهر' },
  'col.level': { en: 'level', ar: 'المستوى' },
  'col.after': { en: 'after', ar: 'بعد' },
  'col.cases': { en: 'cases', ar: 'الحالات' },
  'col.reached': { en: 'reached it', ar: 'بلغته' },
  'col.stillOpen': { en: 'still open', ar: 'ما زالت مفتوحة' },
  'verdict.ok': { en: 'ok', ar: 'مستوفى' },
  'verdict.short': { en: 'short', ar: 'دون الهدف' },
  'verdict.none': { en: '-', ar: '-' },
  'verdict.notJudged': { en: 'not judged', ar: 'لم يُحكم عليه' },
  'clock.calendar': { en: 'calendar', ar: 'تقويمي' },
  'clock.business': { en: 'business', ar: 'ساعات العمل' },
  'clock.working-days': { en: 'working days', ar: 'أيام العمل' },
  'notMeasured.no-target': { en: '{id}: not measured, it has no target', ar: '{id}: لم يُقس، إذ لا هدف له' },
  'notMeasured.bad-target': { en: '{id}: not measured, its target does not parse', ar: '{id}: لم يُقس، إذ تعذرت قراءة هدفه' },
  'notMeasured.no-calendar': { en: '{id}: not measured, its clock needs a calendar', ar: '{id}: لم يُقس، إذ تحتاج ساعته إلى تقويم' },
  'notMeasured.clock-unavailable': { en: '{id}: not measured, its calendar has errors (run cs-policy validate)', ar: '{id}: لم يُقس، إذ في تقويمه أخطاء (شغّل cs-policy validate)' },
  'noData': { en: '{id}: {count} come from an export with no "{column}" column, so they are not measured', ar: '{id}: {count} من ملف ليس فيه عمود "{column}"، فلم تُقس' },
  'readAs': { en: '{id}: {metric} read from the export\'s {from}, as the mapping file says', ar: '{id}: قُرئ {metric} من {from} في الملف المصدَّر، كما يقول ملف الربط' },
  'notJudged': { en: '{id}: {count} not judged, no such event in the export: {missing}', ar: '{id}: {count} لم يُحكم عليها، إذ ليس في الملف المصدَّر هذا الحدث: {missing}' },
  'noPriority': { en: '{id}: {count} have no priority, so this standard for one priority could not judge them', ar: '{id}: {count} بلا أولوية، فلم يستطع هذا المعيار الخاص بأولوية واحدة الحكم عليها' },
  'wholeMinutes': { en: '{id}: {count} judged from whole minutes ({field}), each at the latest instant its minute allows', ar: '{id}: {count} حُكم عليها من دقائق كاملة ({field})، كلٌّ عند آخر لحظة تسمح بها دقيقته' },
  'vendor': { en: '{id}: our business minutes differ from the helpdesk\'s on {differing} of {compared} records (mean {mean} min, largest {max} min)', ar: '{id}: تختلف دقائق العمل التي حسبناها عن دقائق نظام الدعم في {differing} من {compared} سجلًا (المتوسط {mean} دقيقة، والأكبر {max} دقيقة)' },
  'heading.standards': { en: 'Standards', ar: 'المعايير' },
  'heading.escalation': { en: 'Escalation', ar: 'التصعيد' },
  'heading.problems': { en: 'What could not be counted', ar: 'ما تعذّر احتسابه' },
  'heading.vendor': { en: "Against the helpdesk's own business minutes", ar: 'مقارنةً بدقائق العمل التي يحسبها نظام الدعم' },
  'heading.months': { en: 'By month', ar: 'حسب الشهر' },
  'chart.months': { en: '{id}: attainment per month against the {target} target', ar: '{id}: نسبة الالتزام في كل شهر مقابل هدف {target}' },
  'chart.histogram': { en: '{id}: time taken, with the {target} target marked', ar: '{id}: الوقت المستغرق، مع تمييز هدف {target}' },
  'chart.targetLine': { en: 'target {target}', ar: 'الهدف {target}' },
  'ambiguous': { en: 'ambiguous: {count} could belong to several actions ({actions}) and have no "action": {examples}', ar: 'ملتبسة: {count} قد تنتمي إلى أكثر من إجراء ({actions}) وليس فيها "action": {examples}' },
  'unmatched': { en: 'no standard applies to {count}: {examples}', ar: 'لا ينطبق أي معيار على {count}: {examples}' },
  'unmapped.not-in-map': { en: '{field} "{value}" is not in the mapping file: {count}', ar: '{field} "{value}" ليست في ملف الربط: {count}' },
  'unmapped.not-an-id': { en: '{field} "{value}" is no {field} id of the policy: {count} (map it with --map)', ar: '{field} "{value}" ليست معرّف {field} في السياسة: {count} (اربطها بالخيار --map)' },
  'unmappedMore': { en: '{count} more with other values', ar: '{count} أخرى بقيم غيرها' },
  'noRecords': { en: '{id}: not judged, no record is one it applies to', ar: '{id}: لم يُحكم عليه، إذ لا سجل ينطبق عليه' },
  'badKind': { en: '{problem}: {count}, first at {lines}', ar: '{problem}: {count}، أولها في {lines}' },
  'badRows': { en: 'bad rows: {count}, not audited', ar: 'صفوف معيبة: {count}، لم تُدقق' },
  'deleted': { en: 'deleted in the helpdesk: {count}, not audited', ar: 'محذوفة في نظام الدعم: {count}، لم تُدقق' },
  'duplicates': { en: 'older copies of tickets seen again on another page or file: {count}, only the newest copy audited', ar: 'نسخ أقدم من تذاكر تكررت في صفحة أو ملف آخر: {count}، ودُققت أحدث نسخة فقط' },
  'outside': { en: '{count} outside the period', ar: '{count} خارج الفترة' },
  'summary.ok': { en: 'no standard falls short: of {total} standards, {met} meet their attainment target, {noGoal} judged with no target, {unjudged} not judged', ar: 'لا معيار دون المطلوب: من {total} معايير، {met} تستوفي نسبة الالتزام المطلوبة، و{noGoal} حُكم عليها بلا نسبة مطلوبة، و{unjudged} لم يُحكم عليها' },
  'summary.short': { en: '{short} of {total} standards fall short of their attainment target: {ids} ({met} meet it, {noGoal} judged with no target, {unjudged} not judged)', ar: '{short} من {total} معايير دون نسبة الالتزام المطلوبة: {ids} ({met} تستوفيها، و{noGoal} حُكم عليها بلا نسبة مطلوبة، و{unjudged} لم يُحكم عليها)' },
  'summary.requireAll': { en: '--require-all fails the audit: not judged {ids}', ar: 'الخيار --require-all يُفشل التدقيق: لم يُحكم على {ids}' },
  // Why an audit could not give a verdict (exit 2).
  'nothing.noRows': { en: 'the exports hold no rows', ar: 'لا صفوف في الملفات المصدَّرة' },
  'nothing.allBad': { en: 'every row is bad ({count})', ar: 'كل الصفوف معيبة ({count})' },
  'nothing.deleted': { en: 'every ticket read is deleted in the helpdesk ({count})', ar: 'كل التذاكر المقروءة محذوفة في نظام الدعم ({count})' },
  'nothing.outside': { en: 'all {count} are outside the period asked for', ar: 'كل السجلات ({count}) خارج الفترة المطلوبة' },
  'nothing.unmatched': { en: 'no standard applies to any of the {count} (see the channel, priority and action values, or map them with --map)', ar: 'لا ينطبق أي معيار على أيٍّ من {count} (انظر قيم القناة والأولوية والإجراء، أو اربطها بالخيار --map)' },
  'nothing.noEvents': { en: 'the {count} lack the events the standards read: {reasons}', ar: 'ينقص {count} الأحداثُ التي تقرؤها المعايير: {reasons}' },

  // Counts.
  records: {
    en: { one: '{count} record', other: '{count} records' },
    ar: { zero: 'لا سجلات', one: 'سجل واحد', two: 'سجلان', few: '{count} سجلات', many: '{count} سجلًا', other: '{count} سجل' },
  },
  rows: {
    en: { one: '{count} row', other: '{count} rows' },
    ar: { zero: 'لا صفوف', one: 'صف واحد', two: 'صفان', few: '{count} صفوف', many: '{count} صفًا', other: '{count} صف' },
  },
  files: {
    en: { one: '{count} file', other: '{count} files' },
    ar: { zero: 'لا ملفات', one: 'ملف واحد', two: 'ملفين', few: '{count} ملفات', many: '{count} ملفًا', other: '{count} ملف' },
  },
} as const satisfies Record<string, Localized | LocalizedPlural>;

/** The ids of audit's messages that are plain text, not counts. */
export type AuditMessageId = { [K in keyof typeof AUDIT_MESSAGES]: (typeof AUDIT_MESSAGES)[K] extends Localized ? K : never }[keyof typeof AUDIT_MESSAGES];

export { integer as formatInteger };

/** An attainment as every table and chart prints it (the one rounding rule, report/numbers.ts); `-` when nothing was measured. */
export function formatPercent(value: number | null, locale = 'en'): string {
  return value === null ? '-' : percent(locale, value);
}
