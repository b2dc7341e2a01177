import type { Lang, PluralForms } from '../i18n/index.js';

export { CHANNEL_KIND_LABELS, EXPECTATION_LABELS, ROLE_KIND_LABELS, STATUS_LABELS } from '../i18n/terms.js';

/** Everything a briefing says that does not come from the policy, in both languages. */
export interface BriefingLabels {
  /** The list separator of the language: ", " or "، ". */
  comma: string;
  briefingFor: string;
  version: string;
  status: string;
  effective: string;
  nextReview: string;
  owner: string;
  why: string;
  mission: string;
  goalsYouServe: string;
  kpis: string;
  yourActions: string;
  channels: string;
  steps: string;
  standards: string;
  standard: string;
  target: string;
  clock: string;
  attainment: string;
  remedy: string;
  noStandards: string;
  noActions: string;
  channelsAndHours: string;
  alwaysOpen: string;
  escalation: string;
  level: string;
  handledBy: string;
  after: string;
  atStart: string;
  afterDuration: string;
  escalateTo: string;
  passTo: string;
  lastLevel: string;
  when: string;
  you: string;
  final: string;
  customerDeadline: string;
  expectations: string;
  firstContact: string;
  pilot: string;
  pilotIntro: string;
  pilotCustomers: string;
  pilotTell: string;
  pilotFeedback: string;
  pilotCriteria: string;
  changes: string;
  noChanges: string;
  whatChanged: string;
  nothingChanged: string;
  acknowledgement: string;
  acknowledgementIntro: string;
  acknowledgeBy: string;
  name: string;
  date: string;
  signature: string;
  reviewNote: string;
}

export const LABELS: Record<Lang, BriefingLabels> = {
  en: {
    comma: ', ',
    briefingFor: 'Briefing for {role}', version: 'Version', status: 'Status', effective: 'In force from', nextReview: 'Next review',
    owner: 'Policy owner', why: 'Why this policy exists', mission: 'Our mission', goalsYouServe: 'The goals your work serves',
    kpis: 'How we measure it', yourActions: 'What you do', channels: 'Channels', steps: 'How', standards: 'Standards',
    standard: 'Standard', target: 'Target', clock: 'Clock', attainment: 'Of cases', remedy: 'If we miss it',
    noStandards: 'No standards are set for this action yet.', noActions: 'No action of this policy is yours to carry out; your part is on the escalation ladder below.', channelsAndHours: 'Channels and opening hours', alwaysOpen: 'always open',
    escalation: 'Escalation', level: 'Level', handledBy: 'Handled by', after: 'Reached', atStart: 'at the start', afterDuration: 'after {duration}', escalateTo: 'If the case is still open {after} after it was opened, escalate it to {owner}.', passTo: 'Cases you cannot resolve go to {owner}.', lastLevel: 'You are the last level of the ladder inside the organisation.', when: 'When', you: 'you', final: 'final',
    customerDeadline: 'The customer has {deadline} to turn to them.',
    expectations: 'What customers expect from you', firstContact: 'First contact',
    pilot: 'This is a pilot', pilotIntro: 'From {start} for {duration} the policy is being tried out before it is rolled out to everyone.',
    pilotCustomers: 'Who takes part', pilotTell: 'What to tell customers', pilotFeedback: 'What feedback to collect',
    pilotCriteria: 'How the pilot will be judged',
    changes: 'What changed in this version', noChanges: 'No changes are recorded for this version.',
    whatChanged: 'What changed for you since version {since}', nothingChanged: 'Nothing that concerns your role has changed.',
    acknowledgement: 'Acknowledgement', acknowledgementIntro: 'I have read this briefing and will work to the standards in it.',
    acknowledgeBy: 'Please sign by {date}.', name: 'Name', date: 'Date', signature: 'Signature',
    reviewNote: 'Review cycle: {cadence}. Next review due on {date}.',
  },
  ar: {
    comma: '، ',
    briefingFor: 'إحاطة موجهة إلى {role}', version: 'الإصدار', status: 'الحالة', effective: 'سارية من', nextReview: 'المراجعة التالية',
    owner: 'مسؤول السياسة', why: 'لماذا وُضعت هذه السياسة', mission: 'رسالتنا', goalsYouServe: 'الأهداف التي يخدمها عملك',
    kpis: 'كيف نقيسها', yourActions: 'ما تقوم به', channels: 'القنوات', steps: 'الخطوات', standards: 'المعايير',
    standard: 'المعيار', target: 'الهدف', clock: 'الحساب', attainment: 'من الحالات', remedy: 'إن أخفقنا',
    noStandards: 'لم تُحدد معايير لهذا الإجراء بعد.', noActions: 'لا تتولى أي إجراء في هذه السياسة؛ ودورك في سلم التصعيد أدناه.', channelsAndHours: 'القنوات وساعات العمل', alwaysOpen: 'متاحة دائمًا',
    escalation: 'التصعيد', level: 'المستوى', handledBy: 'يتولاه', after: 'موعد الوصول', atStart: 'عند فتح الحالة', afterDuration: 'بعد {duration}', escalateTo: 'إن بقيت الحالة مفتوحة بعد {after} من فتحها، فصعّدها إلى {owner}.', passTo: 'الحالات التي لا تستطيع حلها تُحال إلى {owner}.', lastLevel: 'أنت آخر مستوى في سلم التصعيد داخل المؤسسة.', when: 'متى', you: 'أنت', final: 'نهائي',
    customerDeadline: 'للعميل مهلة {deadline} للجوء إليها.',
    expectations: 'ما يتوقعه العملاء منك', firstContact: 'التواصل الأول',
    pilot: 'هذه تجربة', pilotIntro: 'تُجرَّب السياسة ابتداءً من {start} لمدة {duration} قبل تعميمها على الجميع.',
    pilotCustomers: 'من يشارك', pilotTell: 'ما يُقال للعملاء', pilotFeedback: 'الملاحظات التي تُجمع',
    pilotCriteria: 'كيف يُحكم على التجربة',
    changes: 'ما الذي تغيّر في هذا الإصدار', noChanges: 'لا تغييرات مسجلة لهذا الإصدار.',
    whatChanged: 'ما الذي تغيّر بالنسبة إليك منذ الإصدار {since}', nothingChanged: 'لم يتغير شيء يخص دورك.',
    acknowledgement: 'الإقرار', acknowledgementIntro: 'اطلعت على هذه الإحاطة وسألتزم بالمعايير الواردة فيها.',
    acknowledgeBy: 'يرجى التوقيع قبل {date}.', name: 'الاسم', date: 'التاريخ', signature: 'التوقيع',
    reviewNote: 'دورة المراجعة: {cadence}. موعد المراجعة التالية: {date}.',
  },
};

/** How each metric reads as the start of a sentence: "{verb} within {target}". */
export const METRIC_SENTENCES: Record<Lang, Record<string, string>> = {
  en: {
    answer: 'Answer within {target}',
    acknowledgement: 'Acknowledge within {target}',
    'first-response': 'Give a first response within {target}',
    'next-response': 'Reply to each further message within {target}',
    update: 'Update the customer at least every {target}',
    resolution: 'Resolve within {target}',
  },
  ar: {
    answer: 'أجب خلال {target}',
    acknowledgement: 'أشعر العميل بالاستلام خلال {target}',
    'first-response': 'قدّم الرد الأول خلال {target}',
    'next-response': 'رد على كل رسالة لاحقة خلال {target}',
    update: 'أطلع العميل على المستجدات كل {target} على الأكثر',
    resolution: 'حُلّ الطلب خلال {target}',
  },
};

export const SENTENCE_PARTS: Record<Lang, { channel: string; priority: string; attainment: string; calendar: string; business: string }> = {
  en: { channel: ' on {channel}', priority: ' ({priority} priority)', attainment: ', {share} of the time', calendar: 'calendar time', business: 'working hours ({calendar})' },
  ar: { channel: ' عبر {channel}', priority: ' (أولوية {priority})', attainment: '، في {share} من الحالات', calendar: 'الوقت الفعلي', business: 'ساعات العمل ({calendar})' },
};

/** Working-time units, which Intl does not name: "5 working days", "5 أيام عمل". */
export const WORKING_UNITS: Record<Lang, Record<'h' | 'd' | 'w', PluralForms>> = {
  en: {
    h: { one: '{count} working hour', other: '{count} working hours' },
    d: { one: '{count} working day', other: '{count} working days' },
    w: { one: '{count} working week', other: '{count} working weeks' },
  },
  ar: {
    h: { one: 'ساعة عمل واحدة', two: 'ساعتا عمل', few: '{count} ساعات عمل', many: '{count} ساعة عمل', other: '{count} ساعة عمل' },
    d: { one: 'يوم عمل واحد', two: 'يوما عمل', few: '{count} أيام عمل', many: '{count} يوم عمل', other: '{count} يوم عمل' },
    w: { one: 'أسبوع عمل واحد', two: 'أسبوعا عمل', few: '{count} أسابيع عمل', many: '{count} أسبوع عمل', other: '{count} أسبوع عمل' },
  },
};

/** The "What changed" sentences of brief --since; `{was}` is the old value as the briefing says it. */
export const CHANGE_SENTENCES: Record<Lang, Record<'was' | 'newStandard' | 'goneStandard' | 'changedStandard' | 'newAction' | 'goneAction' | 'changedAction' | 'levelAfter' | 'levelOwner' | 'newLevel' | 'goneLevel' | 'changedLevel' | 'kpiTarget' | 'newItem' | 'goneItem' | 'changedItem', string>> = {
  en: {
    was: '{now} (was {was}).',
    newStandard: 'New: {sentence}.',
    goneStandard: 'No longer asked: {sentence}.',
    changedStandard: 'Changed: {sentence}.',
    newAction: 'New for you: {title}.',
    goneAction: 'No longer yours: {title}.',
    changedAction: 'Changed: {title}.',
    levelAfter: 'Escalation level {level} ({owner}) is reached after {now} (was {was}).',
    levelOwner: 'Escalation level {level} is handled by {now} (was {was}).',
    newLevel: 'New escalation level {level}: {owner}, after {after}.',
    goneLevel: 'Escalation level {level} ({owner}) is gone.',
    changedLevel: 'Escalation level {level} ({owner}) has changed.',
    kpiTarget: '{kpi}: the target is {now} (was {was}).',
    newItem: 'New {section}: {name}.',
    goneItem: 'No longer in the policy ({section}): {name}.',
    changedItem: 'Changed ({section}): {name}.',
  },
  ar: {
    was: '{now} (بعد أن كان {was}).',
    newStandard: 'جديد: {sentence}.',
    goneStandard: 'لم يعد مطلوبًا: {sentence}.',
    changedStandard: 'تغيّر: {sentence}.',
    newAction: 'جديد عليك: {title}.',
    goneAction: 'لم يعد من مهامك: {title}.',
    changedAction: 'تغيّر: {title}.',
    levelAfter: 'يُبلغ مستوى التصعيد {level} ({owner}) بعد {now} (بعد أن كان {was}).',
    levelOwner: 'يتولى مستوى التصعيد {level} الآن {now} (بعد أن كان {was}).',
    newLevel: 'مستوى تصعيد جديد {level}: {owner}، بعد {after}.',
    goneLevel: 'أُلغي مستوى التصعيد {level} ({owner}).',
    changedLevel: 'تغيّر مستوى التصعيد {level} ({owner}).',
    kpiTarget: '{kpi}: الهدف {now} (بعد أن كان {was}).',
    newItem: '{section} جديد: {name}.',
    goneItem: 'لم يعد في السياسة ({section}): {name}.',
    changedItem: 'تغيّر ({section}): {name}.',
  },
};

export const SECTION_NAMES: Record<Lang, Record<string, string>> = {
  en: { roles: 'role', priorities: 'priority', segments: 'customer segment', calendars: 'opening hours', channels: 'channel', goals: 'goal', kpis: 'measure' },
  ar: { roles: 'دور', priorities: 'أولوية', segments: 'شريحة عملاء', calendars: 'ساعات العمل', channels: 'قناة', goals: 'هدف', kpis: 'مؤشر' },
};
