import type { Localized, LocalizedPlural } from '../i18n/index.js';

/** What export, --apply and import say, in both languages. Warnings name what a helpdesk cannot hold. */
export const EXPORT_MESSAGES = {
  'warn.attainment': {
    en: 'standard {standard}: {target} cannot hold the attainment share {attainment}; it counts every breach alike',
    ar: 'المعيار {standard}: لا يستطيع {target} حفظ نسبة الإنجاز {attainment}؛ فهو يعدّ كل إخلال بالقدر نفسه',
  },
  'warn.compensation': {
    en: 'standard {standard}: {target} cannot pay compensation when it is missed; keep that process outside the helpdesk',
    ar: 'المعيار {standard}: لا يستطيع {target} دفع التعويض عند الإخلال به؛ أبقِ هذا الإجراء خارج نظام الدعم',
  },
  'warn.answerMetric': {
    en: 'standard {standard}: answering calls within {duration} is measured by the phone system; {target} SLAs have no such metric, so it is not exported',
    ar: 'المعيار {standard}: الرد على المكالمات خلال {duration} يقيسه نظام الهاتف؛ ولا مقياس كهذا في سياسات مستوى الخدمة في {target}، فلم يُصدَّر',
  },
  'warn.workingDaysClock': {
    en: 'standard {standard}: {target} has no working-days clock; {duration} is exported as calendar time, so closed days count',
    ar: 'المعيار {standard}: لا ساعة لأيام العمل في {target}؛ صُدّر {duration} وقتًا تقويميًا، فتُحسب أيام الإغلاق',
  },
  'warn.noTarget': {
    en: 'standard {standard}: the target {duration} cannot be counted on its calendar, so it is not exported',
    ar: 'المعيار {standard}: تعذّر حساب الهدف {duration} على تقويمه، فلم يُصدَّر',
  },
  'warn.calendarRefused': {
    en: 'calendar {calendar}: its hours or time zone cannot be read (cs-policy validate says why); it is not exported to {target}',
    ar: 'التقويم {calendar}: تتعذّر قراءة ساعاته أو منطقته الزمنية (يبيّن cs-policy validate السبب)؛ فلم يُصدَّر إلى {target}',
  },
  'warn.season': {
    en: 'calendar {calendar}: {target} holds one week per schedule; the season {from} to {to} is not exported',
    ar: 'التقويم {calendar}: يحفظ {target} أسبوعًا واحدًا لكل جدول؛ لم يُصدَّر الموسم من {from} إلى {to}',
  },
  'warn.badPriorityMap': {
    en: 'priority {priority}: "{value}" in --map is not a {target} priority ({choices}); it is mapped by order instead',
    ar: 'الأولوية {priority}: "{value}" في --map ليست أولوية في {target} ({choices})؛ فرُبطت بالترتيب بدلًا منها',
  },
  'warn.prioritiesByOrder': {
    en: 'priorities mapped by their order in the policy, most urgent first: {mapping}; name them in --map to choose',
    ar: 'رُبطت الأولويات بترتيبها في السياسة، الأعجل أولًا: {mapping}؛ سمِّها في --map لتختار بنفسك',
  },
  'warn.holidayWindow': {
    en: 'calendar {calendar}: the holiday {name} ({date} to {until}) is not wholly within two years of today, which {target} requires; it is not exported',
    ar: 'التقويم {calendar}: العطلة {name} (من {date} إلى {until}) ليست كلها ضمن سنتين من اليوم، وهو ما يشترطه {target}؛ فلم تُصدَّر',
  },
  'warn.noChannelSource': {
    en: 'channel {channel} ({kind}): {target} cannot tell its tickets apart; standards {standards} are not exported (name a tag for it under channels in --map)',
    ar: 'القناة {channel} ({kind}): لا يميّز {target} تذاكرها؛ لم تُصدَّر المعايير {standards} (سمِّ لها وسمًا تحت channels في --map)',
  },
  'warn.noSource': {
    en: 'channel {channel} ({kind}): {target} has no documented ticket source for it; standards {standards} are not exported (name its sources under channels in --map)',
    ar: 'القناة {channel} ({kind}): لا مصدر تذاكر موثّق لها في {target}؛ لم تُصدَّر المعايير {standards} (سمِّ مصادرها تحت channels في --map)',
  },
  'warn.segmentUnmapped': {
    en: 'segment {segment}: --map names no {field} for it, so standards {standards} are not exported to {target}',
    ar: 'الشريحة {segment}: لا يسمّي --map لها {field}، فلم تُصدَّر المعايير {standards} إلى {target}',
  },
  'warn.unknownTimeZone': {
    en: 'calendar {calendar}: {target} has no time zone for {timezone}; the calendar is not exported',
    ar: 'التقويم {calendar}: لا منطقة زمنية في {target} تقابل {timezone}؛ فلم يُصدَّر التقويم',
  },
  'warn.timeZoneStandIn': {
    en: 'calendar {calendar}: {target} has no name for {timezone}; "{zone}" keeps the same clock all year and is used instead',
    ar: 'التقويم {calendar}: لا اسم في {target} للمنطقة {timezone}؛ فاستُخدمت "{zone}" لأن ساعتها هي نفسها طوال العام',
  },
  'warn.zendeskInterval': {
    en: 'calendar {calendar}: {target} documents business intervals of at least 1 hour, starting and lasting in 15-minute steps; {intervals} do not, and {target} may refuse the week: change those hours in the policy before --apply',
    ar: 'التقويم {calendar}: يوثّق {target} أن فترة العمل ساعة على الأقل، تبدأ وتمتد بخطوات من 15 دقيقة؛ والفترات {intervals} ليست كذلك، وقد يرفض {target} الأسبوع: غيّر هذه الساعات في السياسة قبل --apply',
  },
  'warn.zendeskOneSchedule': {
    en: 'SLA policy "{name}": its business-hours targets run on calendars {calendars}, but a {target} ticket carries one schedule; its trigger sets "{schedule}", and all of them will count on it',
    ar: 'سياسة مستوى الخدمة "{name}": تعمل أهدافها بساعات العمل على التقاويم {calendars}، لكن التذكرة في {target} تحمل جدولًا واحدًا؛ يضبط مشغّلها الجدول "{schedule}"، فستُحسب كلها عليه',
  },
  'warn.sameMetric': {
    en: 'standards {kept} and {dropped} are both {metric} in {target}; the shorter, {kept}, is kept',
    ar: 'المعياران {kept} و{dropped} كلاهما {metric} في {target}؛ أُبقي الأقصر {kept}',
  },
  'warn.zendeskNoLadder': {
    en: '{target} SLA policies hold no escalation ladder; levels {levels} are not exported (automations can escalate on "hours since")',
    ar: 'لا تحفظ سياسات مستوى الخدمة في {target} سلّم تصعيد؛ لم تُصدَّر المستويات {levels} (يمكن للأتمتة التصعيد بشرط "الساعات منذ")',
  },
  'warn.externalStage': {
    en: 'escalation level {level} is outside the organisation ({name}); {target} cannot hold it',
    ar: 'مستوى التصعيد {level} خارج المؤسسة ({name})؛ لا يستطيع {target} حفظه',
  },
  'warn.tooManyLevels': {
    en: 'escalation level {level}: {target} holds at most four resolution escalation levels; it is not exported',
    ar: 'مستوى التصعيد {level}: يحفظ {target} أربعة مستويات تصعيد للحل على الأكثر؛ فلم يُصدَّر',
  },
  'warn.roleUnmapped': {
    en: 'escalation level {level}: --map names no agents for role {role}, so {target} cannot escalate to it',
    ar: 'مستوى التصعيد {level}: لا يسمّي --map وكلاء للدور {role}، فلا يستطيع {target} التصعيد إليه',
  },
  'warn.escalationSnapped': {
    en: 'escalation level {level}: {target} allows escalation times only from a fixed list; {seconds} s becomes {value} s',
    ar: 'مستوى التصعيد {level}: يقبل {target} أزمنة تصعيد من قائمة ثابتة فقط؛ فصارت {seconds} ثانية {value} ثانية',
  },
  'warn.escalationFromBreach': {
    en: '{target} counts escalation time from the breach of the resolution target, not from the opening of the case; times are the ladder\'s less the shortest resolution target',
    ar: 'يحسب {target} زمن التصعيد من الإخلال بهدف الحل لا من فتح الحالة؛ فالأزمنة هي أزمنة السلّم مطروحًا منها أقصر هدف للحل',
  },
  'warn.freshdeskBusinessHours': {
    en: 'calendar {calendar}: {target}\'s API cannot write business hours; set them under Admin > Business Hours, time zone {timezone}',
    ar: 'التقويم {calendar}: لا تكتب واجهة {target} ساعات العمل؛ اضبطها من Admin > Business Hours بالمنطقة الزمنية {timezone}',
  },
  'warn.freshdeskNoPause': {
    en: 'standard {standard}: {target} stops its SLA timers while a ticket is Pending unless told otherwise; for a clock that never stops, turn the SLA timer on for every status under Admin > Workflows > Ticket Fields > Status',
    ar: 'المعيار {standard}: يوقف {target} مؤقتات SLA ما دامت التذكرة Pending ما لم يُضبط غير ذلك؛ ولساعة لا تتوقف شغّل مؤقت SLA لكل حالة من Admin > Workflows > Ticket Fields > Status',
  },
  'warn.freshdeskPauseWaiting': {
    en: 'standard {standard}: {target} pauses by status, set by hand under Admin > Workflows > Ticket Fields > Status: SLA timer off for Pending (and any status meaning waiting on the customer), on for every other',
    ar: 'المعيار {standard}: يوقف {target} الساعة حسب الحالة، وتُضبط يدويًا من Admin > Workflows > Ticket Fields > Status: مؤقت SLA متوقف في Pending (وكل حالة تعني انتظار العميل)، ويعمل في غيرها',
  },
  'warn.freshdeskPauseOnHold': {
    en: 'standard {standard}: {target} pauses by status, set by hand under Admin > Workflows > Ticket Fields > Status: SLA timer off for Pending and your on-hold statuses (such as Waiting on Third Party), on for every other',
    ar: 'المعيار {standard}: يوقف {target} الساعة حسب الحالة، وتُضبط يدويًا من Admin > Workflows > Ticket Fields > Status: مؤقت SLA متوقف في Pending وحالات التعليق (مثل Waiting on Third Party)، ويعمل في غيرها',
  },
  'warn.metricNotHeld': {
    en: 'standard {standard}: {target} SLA policies have no {metric} target; it is not exported',
    ar: 'المعيار {standard}: لا هدف {metric} في سياسات مستوى الخدمة في {target}؛ فلم يُصدَّر',
  },
  'warn.mixedClocks': {
    en: 'standards {standards}: {target} has one clock per priority and they do not share one; all run on calendar time, which is stricter for the business-hours ones',
    ar: 'المعايير {standards}: في {target} ساعة واحدة لكل أولوية وهي لا تشترك في ساعة؛ فكلها تُحسب بالوقت التقويمي، وهو أشدّ على معايير ساعات العمل',
  },
  'warn.minimumTarget': {
    en: 'standard {standard}: {target} accepts targets of at least {value} s; {seconds} s is raised to it',
    ar: 'المعيار {standard}: يقبل {target} أهدافًا لا تقل عن {value} ثانية؛ فرُفعت {seconds} ثانية إليها',
  },
  'warn.freshdeskFilled': {
    en: 'channel {channel}: {target} needs both targets per priority; {field} has no standard and takes the other target\'s value',
    ar: 'القناة {channel}: يحتاج {target} الهدفين لكل أولوية؛ لا معيار لـ {field} فأخذ قيمة الهدف الآخر',
  },
  'warn.priorityWithoutTarget': {
    en: 'channel {channel}: no standard applies to {target} priority {priorities}, which needs targets; it takes those of {from}',
    ar: 'القناة {channel}: لا معيار ينطبق على أولوية {target} {priorities} وهي تحتاج أهدافًا؛ فأخذت أهداف {from}',
  },
  'warn.freshdeskNoResolution': {
    en: 'channel {channel}: no resolution standard, but {target} needs resolve_within; it is set to {value}, the longest its escalation list names',
    ar: 'القناة {channel}: لا معيار للحل، ويحتاج {target} إلى resolve_within؛ فضُبط على {value}، أطول ما تذكره قائمة التصعيد فيه',
  },
  'warn.importNothing': {
    en: '{file}: nothing {target} returns for schedules or SLA policies was found in it',
    ar: '{file}: لم يُعثر فيه على شيء مما يعيده {target} للجداول أو سياسات مستوى الخدمة',
  },
  'warn.importTimeZone': {
    en: '{name}: the time zone "{timezone}" is not one cs-policy knows; UTC is written, correct it',
    ar: '{name}: المنطقة الزمنية "{timezone}" غير معروفة لـ cs-policy؛ كُتبت UTC فصحّحها',
  },
  'warn.importHolidaysWhere': {
    en: '{file}: holidays, but several schedules: which one they belong to is unknown, so they are left out; import them with their schedule alone',
    ar: '{file}: فيه عطلات مع عدة جداول، ولا يُعرف لأيها هي، فتُركت؛ استوردها مع جدولها وحده',
  },
  'warn.importFilter': {
    en: 'SLA policy "{name}": its conditions {conditions} have no place in a policy; they are left out',
    ar: 'سياسة مستوى الخدمة "{name}": شروطها {conditions} لا مكان لها في السياسة؛ فتُركت',
  },
  'warn.importMetric': {
    en: 'SLA policy "{name}": the metric {metric} has no standard in a policy; it is left out',
    ar: 'سياسة مستوى الخدمة "{name}": المقياس {metric} لا معيار يقابله في السياسة؛ فتُرك',
  },
  'warn.importPausingMetric': {
    en: 'SLA policy "{name}": {metric} pauses while the ticket waits; it is written as a resolution standard, which does not pause',
    ar: 'سياسة مستوى الخدمة "{name}": يتوقف {metric} أثناء انتظار التذكرة؛ كُتب معيار حل لا يتوقف',
  },
  'warn.importUnreadable': {
    en: 'SLA policy "{name}": the target "{what}" is not one a policy can hold (a priority {target} does not have, or no positive time); it is left out',
    ar: 'سياسة مستوى الخدمة "{name}": الهدف "{what}" لا تحفظه السياسة (أولوية لا يعرفها {target}، أو وقت غير موجب)؛ فتُرك',
  },
  'warn.importEmptyCalendar': {
    en: 'schedule "{name}": no open hour could be read from {target}\'s answer; it is left out',
    ar: 'الجدول "{name}": تعذّرت قراءة أي ساعة عمل من جواب {target}؛ فتُرك',
  },
  'warn.importNoStandards': {
    en: 'no SLA policy among the files: the skeleton has calendars but no standards, and does not validate until you add one',
    ar: 'لا سياسة مستوى خدمة في الملفات: في الهيكل تقاويم بلا معايير، ولن يجتاز التحقق حتى تضيف معيارًا',
  },
  'warn.importWhichCalendar': {
    en: '{target} does not say which schedule a business-hours target runs on; every such standard is written on {calendar}: check them',
    ar: 'لا يذكر {target} أي جدول يُحسب عليه هدف ساعات العمل؛ كُتب كل معيار كهذا على {calendar}: راجعها',
  },
  'warn.importNoCalendar': {
    en: 'SLA policy "{name}": a business-hours target, but no schedule among the files; it is written on calendar time: add the calendar',
    ar: 'سياسة مستوى الخدمة "{name}": هدف بساعات العمل ولا جدول في الملفات؛ كُتب بالوقت التقويمي: أضف التقويم',
  },

  'plan.heading': { en: '{target} plan for {policy}: {requests}', ar: 'خطة {target} للسياسة {policy}: {requests}' },
  'plan.warnings': { en: 'Warnings: what {target} cannot hold', ar: 'تنبيهات: ما لا يستطيع {target} حفظه' },
  'plan.noWarnings': { en: 'No warnings: {target} holds the whole policy.', ar: 'لا تنبيهات: يحفظ {target} السياسة كلها.' },
  'plan.placeholders': { en: '{name} stands for the id the helpdesk gives when that object is created.', ar: '{name} يقوم مقام المعرّف الذي يعطيه نظام الدعم عند إنشاء ذلك الكائن.' },
  'plan.wrote': { en: 'Wrote the plan and {count} request bodies to {dir}.', ar: 'كُتبت الخطة و{count} جسم طلب في {dir}.' },
  'apply.reading': { en: 'Reading what {target} holds at {url}…', ar: 'قراءة ما يحفظه {target} في {url}…' },
  'apply.step.create': { en: 'create', ar: 'إنشاء' },
  'apply.step.update': { en: 'update', ar: 'تحديث' },
  'apply.step.unchanged': { en: 'unchanged', ar: 'بلا تغيير' },
  'apply.step.remove': { en: 'remove', ar: 'حذف' },
  'apply.step.left': { en: 'left', ar: 'متروك' },
  'apply.left': { en: '{count} made by cs-policy for this policy and no longer in it; --prune removes them (Freshdesk: deactivates).', ar: '{count} أنشأها cs-policy لهذه السياسة ولم تعد فيها؛ يحذفها --prune (في Freshdesk: يعطّلها).' },
  'apply.summary': { en: '{create} to create, {update} to update, {unchanged} unchanged.', ar: 'للإنشاء {create}، وللتحديث {update}، وبلا تغيير {unchanged}.' },
  'apply.summaryRemove': { en: '{remove} to remove.', ar: 'للحذف {remove}.' },
  'apply.nothing': { en: '{target} already matches the policy: nothing to send.', ar: 'يطابق {target} السياسة فعلًا: لا شيء لإرساله.' },
  'apply.confirm': { en: 'Send these {count} changes to {target}?', ar: 'هل تُرسل هذه التغييرات ({count}) إلى {target}؟' },
  'apply.declined': { en: 'Nothing was sent.', ar: 'لم يُرسل شيء.' },
  'apply.sent': { en: '{method} {path}: {status}', ar: '{method} {path}: {status}' },
  'apply.retrying': { en: '{target} limits the rate: waiting {seconds} s before trying again', ar: 'يحدّ {target} معدل الطلبات: انتظار {seconds} ثانية قبل المحاولة مجددًا' },
  'apply.nextElsewhere': {
    en: 'its next page is on {origin}, not under {base}; it is not followed, since the credentials go with every request',
    ar: 'صفحته التالية على {origin} لا تحت {base}؛ فلم تُتبع، لأن بيانات الاعتماد تُرسل مع كل طلب',
  },
  'apply.tooManyPages': {
    en: 'the list goes on past {pages} pages, more than cs-policy reads; with part of it unread, --apply could create again what is there',
    ar: 'تمتد القائمة إلى أكثر من {pages} صفحة، وهو أكثر مما يقرؤه cs-policy؛ ومع بقاء جزء منها غير مقروء قد يُنشئ --apply من جديد ما هو موجود',
  },
  'apply.timeout': {
    en: 'no whole answer within {seconds} s',
    ar: 'لم يصل جواب كامل خلال {seconds} ثانية',
  },
  'apply.tooLarge': {
    en: 'the answer is longer than {size} MiB, more than cs-policy reads',
    ar: 'الجواب أطول من {size} ميغابايت، وهو أكثر مما يقرؤه cs-policy',
  },
  'expect.zendeskSubdomain': {
    en: 'expected lower-case letters, digits and hyphens, the "acme" of acme.zendesk.com',
    ar: 'المتوقع حروف لاتينية صغيرة وأرقام وشرطات، مثل "acme" في acme.zendesk.com',
  },
  'expect.freshdeskDomain': {
    en: 'expected the account name, such as "acme", or "acme.freshdesk.com"',
    ar: 'المتوقع اسم الحساب مثل "acme"، أو "acme.freshdesk.com"',
  },
  'url.queryOrFragment': { en: 'it has a query, a fragment or a space; give an origin with at most a path', ar: 'فيه استعلام أو جزء (#) أو مسافة؛ أعطِ أصلًا مع مسار على الأكثر' },
  'url.notAddress': { en: 'it is not an address', ar: 'ليس عنوانًا' },
  'url.notHttp': { en: 'it is not http or https', ar: 'ليس http أو https' },
  'url.userInfo': { en: 'it holds a user name or password; credentials come only from the environment', ar: 'فيه اسم مستخدم أو كلمة مرور؛ بيانات الاعتماد تؤخذ من متغيرات البيئة فقط' },
  'apply.done': { en: 'Applied {count} changes to {target}.', ar: 'طُبّقت {count} تغييرات على {target}.' },
  'import.wrote': { en: 'Wrote {file}: calendars and standards from {target}; the parts marked TODO are yours to write. Next: cs-policy validate {file}', ar: 'كُتب {file}: التقاويم والمعايير من {target}؛ والأجزاء المعلَّمة TODO عليك كتابتها. التالي: cs-policy validate {file}' },
  'import.warnings': { en: 'Warnings:', ar: 'تنبيهات:' },
  'import.findings': { en: 'The skeleton still needs these before it passes every rule:', ar: 'ما زال الهيكل يحتاج إلى ما يلي ليجتاز كل القواعد:' },
  requests: {
    en: { one: '{count} request', other: '{count} requests' },
    ar: { zero: 'لا طلبات', one: 'طلب واحد', two: 'طلبان', few: '{count} طلبات', many: '{count} طلبًا', other: '{count} طلب' },
  },

  // Usage and input errors.
  'export.notExportable': { en: 'cannot export "{file}": fix the errors above first', ar: 'لا يمكن تصدير "{file}": أصلح الأخطاء أعلاه أولًا' },
  'export.badMap': { en: '{file}: {path}: expected {expected}', ar: '{file}: {path}: المتوقع {expected}' },
  'export.badMapFile': { en: 'cannot read the map "{file}": {reason}', ar: 'تعذّرت قراءة ملف الربط "{file}": {reason}' },
  'export.noCredentials': { en: '--apply to {target} needs {names} in the environment', ar: 'يحتاج --apply إلى {target} وجود {names} في متغيرات البيئة' },
  'export.needsYes': { en: '--apply without a terminal needs --yes: nothing was sent', ar: 'يحتاج --apply دون طرفية إلى --yes: لم يُرسل شيء' },
  'export.badBaseUrl': { en: '{source} "{value}" cannot be the helpdesk\'s address: {problem}; nothing was sent', ar: 'لا يصلح {source} "{value}" عنوانًا لنظام الدعم: {problem}؛ لم يُرسل شيء' },
  'export.badVariable': { en: '{name} cannot be used: {expected}; nothing was sent', ar: 'لا يمكن استخدام {name}: {expected}؛ لم يُرسل شيء' },
  'export.outIsInput': { en: '-o {dir} would overwrite {file}, which this command reads: choose another folder', ar: 'سيكتب -o {dir} فوق {file} الذي يقرؤه هذا الأمر: اختر مجلدًا آخر' },
  'import.outIsInput': { en: '--output {file} is one of the files being read: choose another name', ar: '--output {file} أحد الملفات المقروءة: اختر اسمًا آخر' },
  'export.httpFailed': { en: '{method} {path} failed: HTTP {status}{detail}. {done} of {total} changes were sent; run --apply again to finish: it picks up what was made', ar: 'فشل {method} {path}: HTTP {status}{detail}. أُرسل {done} من {total} تغييرًا؛ شغّل --apply مرة أخرى لإكمال العمل: فهو يبني على ما أُنشئ' },
  'export.networkFailed': { en: '{method} {path} failed: {reason}. {done} of {total} changes were sent; run --apply again to finish: it picks up what was made', ar: 'فشل {method} {path}: {reason}. أُرسل {done} من {total} تغييرًا؛ شغّل --apply مرة أخرى لإكمال العمل: فهو يبني على ما أُنشئ' },
  'export.readFailed': { en: 'reading {path} from {target} failed: HTTP {status}{detail}; nothing was sent', ar: 'فشلت قراءة {path} من {target}: HTTP {status}{detail}؛ لم يُرسل شيء' },
  'export.readNetworkFailed': { en: 'reading {path} from {target} failed: {reason}; nothing was sent', ar: 'فشلت قراءة {path} من {target}: {reason}؛ لم يُرسل شيء' },
  'export.rateLimited': { en: '{method} {path}: {target} still limits the rate after {tries} tries; {done} of {total} changes were sent; run --apply again later to finish', ar: '{method} {path}: ما زال {target} يحدّ معدل الطلبات بعد {tries} محاولات؛ أُرسل {done} من {total} تغييرًا؛ شغّل --apply لاحقًا لإكمال العمل' },
  'export.unfilled': { en: '{method} {path}: no id for {names}: an earlier request did not say what it made', ar: '{method} {path}: لا معرّف لـ {names}: طلب سابق لم يذكر ما أنشأه' },
  'import.exists': { en: '"{file}" exists: choose another name with --output, or add --force to overwrite it', ar: '"{file}" موجود: اختر اسمًا آخر بـ --output، أو أضف --force للكتابة فوقه' },
  'import.badJson': { en: 'cannot read "{file}" as JSON: {reason}', ar: 'تعذّرت قراءة "{file}" بصيغة JSON: {reason}' },
  'import.nothing': { en: 'found no schedules, business hours or SLA policies in the files given', ar: 'لم يُعثر على جداول أو ساعات عمل أو سياسات مستوى خدمة في الملفات المعطاة' },

  // --help.
  'help.export': { en: 'write the policy as a helpdesk\'s configuration: a plan of API requests, or --apply it', ar: 'اكتب السياسة إعداداتٍ لنظام الدعم: خطة من طلبات API، أو نفّذها بـ --apply' },
  'help.exportTarget': { en: 'the helpdesk', ar: 'نظام الدعم' },
  'help.exportPolicy': { en: 'the policy file to export', ar: 'ملف السياسة المراد تصديره' },
  'help.exportFormat': { en: 'how the plan is printed', ar: 'طريقة عرض الخطة' },
  'help.exportOut': { en: 'also write the plan and one JSON file per request body to this folder', ar: 'اكتب أيضًا الخطة وملف JSON لجسم كل طلب في هذا المجلد' },
  'help.exportMap': { en: 'a YAML or JSON file naming the helpdesk\'s ids for the policy\'s roles, priorities, segments and channels', ar: 'ملف YAML أو JSON يسمّي معرّفات نظام الدعم لأدوار السياسة وأولوياتها وشرائحها وقنواتها' },
  'help.apply': { en: 'send the plan to the helpdesk, with credentials from the environment', ar: 'أرسل الخطة إلى نظام الدعم، ببيانات الدخول من متغيرات البيئة' },
  'help.prune': { en: 'with --apply, also remove (Freshdesk: deactivate) what cs-policy made for this policy earlier and the policy no longer has', ar: 'مع --apply، احذف أيضًا (في Freshdesk: عطّل) ما أنشأه cs-policy سابقًا لهذه السياسة ولم تعد السياسة تتضمنه' },
  'help.applyYes': { en: 'apply without asking', ar: 'نفّذ دون سؤال' },
  'help.baseUrl': { en: 'send requests to this address instead of the helpdesk\'s own (for a test server)', ar: 'أرسل الطلبات إلى هذا العنوان بدل عنوان نظام الدعم (لخادم اختبار)' },
  'help.import': { en: 'write a policy skeleton from the JSON a helpdesk returns for its schedules and SLA policies', ar: 'اكتب هيكل سياسة من JSON الذي يعيده نظام الدعم لجداوله وسياسات مستوى الخدمة فيه' },
  'help.importFiles': { en: 'JSON files as the helpdesk\'s API returned them', ar: 'ملفات JSON كما أعادتها واجهة API لنظام الدعم' },
  'help.importOutput': { en: 'the policy file to write', ar: 'ملف السياسة المراد كتابته' },
  'help.importForce': { en: 'overwrite the file if it exists', ar: 'اكتب فوق الملف إن كان موجودًا' },
} as const satisfies Record<string, Localized | LocalizedPlural>;

/** The ids of export's messages that are plain text, not counts. */
export type ExportMessageId = { [K in keyof typeof EXPORT_MESSAGES]: (typeof EXPORT_MESSAGES)[K] extends Localized ? K : never }[keyof typeof EXPORT_MESSAGES];
