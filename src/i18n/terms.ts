import type { Lang } from './lang.js';

/** Names of the policy format's enumerated values, for people, in both languages. */
export const STATUS_LABELS: Record<Lang, Record<string, string>> = {
  en: { draft: 'draft', pilot: 'pilot', active: 'in force', retired: 'retired' },
  ar: { draft: 'مسودة', pilot: 'تجربة', active: 'سارية', retired: 'ملغاة' },
};

export const ROLE_KIND_LABELS: Record<Lang, Record<string, string>> = {
  en: { 'front-line': 'front line', 'back-line': 'back office', supervisor: 'supervisor', management: 'management', external: 'external', other: 'staff' },
  ar: { 'front-line': 'الخط الأمامي', 'back-line': 'المكتب الخلفي', supervisor: 'إشراف', management: 'إدارة', external: 'جهة خارجية', other: 'موظفون' },
};

export const CHANNEL_KIND_LABELS: Record<Lang, Record<string, string>> = {
  en: { phone: 'phone', email: 'e-mail', chat: 'chat', social: 'social media', 'in-person': 'in person', web: 'web', letter: 'letter', other: 'other' },
  ar: { phone: 'الهاتف', email: 'البريد الإلكتروني', chat: 'المحادثة', social: 'وسائل التواصل', 'in-person': 'حضوريًا', web: 'الموقع', letter: 'البريد', other: 'أخرى' },
};

/** The customer-expectation checklist (seeds/002), with what each asks of staff. */
export const EXPECTATION_LABELS: Record<Lang, Record<string, { label: string; hint: string }>> = {
  en: {
    availability: { label: 'Availability', hint: 'be there at the point of service, in the hours we publish' },
    welcome: { label: 'A welcome', hint: 'greet every customer positively and introduce yourself' },
    respect: { label: 'Respect', hint: 'treat every customer with courtesy, whatever the request' },
    empathy: { label: 'Understanding and empathy', hint: 'listen to the end and show you understand' },
    fairness: { label: 'Fair procedure', hint: 'apply the same rules to every customer and explain them' },
    information: { label: 'Information', hint: 'say what happens next, and when' },
    alternatives: { label: 'Alternatives and options', hint: 'offer another way when the first answer is no' },
    speed: { label: 'Speed', hint: 'meet the targets in this briefing' },
  },
  ar: {
    availability: { label: 'الحضور', hint: 'كن موجودًا في نقطة الخدمة خلال الساعات المعلنة' },
    welcome: { label: 'الترحيب', hint: 'رحّب بكل عميل بإيجابية وعرّف بنفسك' },
    respect: { label: 'الاحترام', hint: 'عامل كل عميل بلباقة أيًا كان طلبه' },
    empathy: { label: 'التفهم والتعاطف', hint: 'استمع حتى النهاية وأظهر أنك تفهم' },
    fairness: { label: 'عدالة الإجراءات', hint: 'طبّق القواعد نفسها على كل عميل واشرحها له' },
    information: { label: 'المعلومات', hint: 'أخبر العميل بما سيحدث بعد ذلك ومتى' },
    alternatives: { label: 'البدائل والخيارات', hint: 'اعرض طريقًا آخر حين يكون الجواب الأول بالرفض' },
    speed: { label: 'السرعة', hint: 'التزم بالأهداف الواردة في هذه الإحاطة' },
  },
};

export const GOAL_CATEGORY_LABELS: Record<Lang, Record<string, string>> = {
  en: { retention: 'keep our customers', inform: 'inform customers of new products', reviews: 'collect reviews of our products', acquisition: 'win customers by the quality of our service', experience: 'make the service easy and pleasant', relationship: 'build long-term relationships', improvement: 'improve continuously', other: 'another goal' },
  ar: { retention: 'الحفاظ على عملائنا', inform: 'تعريف العملاء بالمنتجات الجديدة', reviews: 'جمع آراء العملاء في منتجاتنا', acquisition: 'جذب العملاء بجودة خدمتنا', experience: 'خدمة سهلة ومريحة', relationship: 'بناء علاقات طويلة الأمد', improvement: 'التحسين المستمر', other: 'هدف آخر' },
};

export const METRIC_LABELS: Record<Lang, Record<string, string>> = {
  en: { answer: 'answer', acknowledgement: 'acknowledge', 'first-response': 'first response', 'next-response': 'each further reply', update: 'update the customer', resolution: 'resolve' },
  ar: { answer: 'الإجابة', acknowledgement: 'إشعار الاستلام', 'first-response': 'الرد الأول', 'next-response': 'كل رد لاحق', update: 'إطلاع العميل على المستجدات', resolution: 'الحل' },
};

export const DIRECTION_LABELS: Record<Lang, Record<string, string>> = {
  en: { 'at-least': 'at least (a minimum)', 'at-most': 'at most (a maximum)' },
  ar: { 'at-least': 'على الأقل (حد أدنى)', 'at-most': 'على الأكثر (حد أعلى)' },
};

export const CLOCK_LABELS: Record<Lang, Record<string, string>> = {
  en: { business: 'working hours', calendar: 'calendar time (around the clock)' },
  ar: { business: 'ساعات العمل', calendar: 'الوقت الفعلي (على مدار الساعة)' },
};

export const BENCHMARK_KIND_LABELS: Record<Lang, Record<string, string>> = {
  en: { competitor: 'a competitor', industry: 'an industry standard' },
  ar: { competitor: 'منافس', industry: 'معيار القطاع' },
};

export const POSITION_LABELS: Record<Lang, Record<string, string>> = {
  en: { ahead: 'ahead of them', level: 'level with them', behind: 'behind them', 'not-competitive': 'not competitive at all' },
  ar: { ahead: 'متقدمون عليهم', level: 'مساوون لهم', behind: 'متأخرون عنهم', 'not-competitive': 'غير منافسين إطلاقًا' },
};

export const DAY_LABELS: Record<Lang, Record<string, string>> = {
  en: { mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday', sat: 'Saturday', sun: 'Sunday' },
  ar: { mon: 'الاثنين', tue: 'الثلاثاء', wed: 'الأربعاء', thu: 'الخميس', fri: 'الجمعة', sat: 'السبت', sun: 'الأحد' },
};

export const FEEDBACK_TOPIC_LABELS: Record<Lang, Record<string, string>> = {
  en: { 'delivery-time': 'delivery time', 'response-speed': 'speed of response to enquiries', complaints: 'complaints', satisfaction: 'overall satisfaction', product: 'the products', other: 'other' },
  ar: { 'delivery-time': 'مدة التوصيل', 'response-speed': 'سرعة الرد على الاستفسارات', complaints: 'الشكاوى', satisfaction: 'الرضا العام', product: 'المنتجات', other: 'أخرى' },
};

export const FEEDBACK_METHOD_LABELS: Record<Lang, Record<string, string>> = {
  en: { survey: 'survey', call: 'phone call', email: 'e-mail', sms: 'text message', 'in-person': 'in person', social: 'social media', 'web-form': 'web form', other: 'other' },
  ar: { survey: 'استبيان', call: 'مكالمة هاتفية', email: 'بريد إلكتروني', sms: 'رسالة نصية', 'in-person': 'حضوريًا', social: 'وسائل التواصل', 'web-form': 'نموذج على الموقع', other: 'أخرى' },
};

export const FREQUENCY_LABELS: Record<Lang, Record<string, string>> = {
  en: { 'after-contact': 'after every contact', daily: 'daily', weekly: 'weekly', fortnightly: 'every two weeks', monthly: 'monthly', quarterly: 'quarterly', yearly: 'yearly' },
  ar: { 'after-contact': 'بعد كل تواصل', daily: 'يوميًا', weekly: 'أسبوعيًا', fortnightly: 'كل أسبوعين', monthly: 'شهريًا', quarterly: 'كل ثلاثة أشهر', yearly: 'سنويًا' },
};
