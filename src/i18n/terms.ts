import type { Terms } from './lang.js';

/**
 * Names of the policy format's enumerated values, for people: one table per enumeration, one entry
 * per value, each in both languages like every message (i18n/lang.ts, termFor and termChoices).
 */

export const STATUS_TERMS = {
  draft: { en: 'draft', ar: 'مسودة' },
  pilot: { en: 'pilot', ar: 'تجربة' },
  active: { en: 'in force', ar: 'سارية' },
  retired: { en: 'retired', ar: 'ملغاة' },
} as const satisfies Terms;

export const ROLE_KIND_TERMS = {
  'front-line': { en: 'front line', ar: 'الخط الأمامي' },
  'back-line': { en: 'back office', ar: 'المكتب الخلفي' },
  supervisor: { en: 'supervisor', ar: 'إشراف' },
  management: { en: 'management', ar: 'إدارة' },
  external: { en: 'external', ar: 'جهة خارجية' },
  other: { en: 'staff', ar: 'موظفون' },
} as const satisfies Terms;

export const CHANNEL_KIND_TERMS = {
  phone: { en: 'phone', ar: 'الهاتف' },
  email: { en: 'e-mail', ar: 'البريد الإلكتروني' },
  chat: { en: 'chat', ar: 'المحادثة' },
  social: { en: 'social media', ar: 'وسائل التواصل' },
  'in-person': { en: 'in person', ar: 'حضوريًا' },
  web: { en: 'web', ar: 'الموقع' },
  letter: { en: 'letter', ar: 'البريد' },
  other: { en: 'other', ar: 'أخرى' },
} as const satisfies Terms;

/** The customer-expectation checklist (seeds/002): what each is called, and what it asks of staff. */
export const EXPECTATION_TERMS = {
  availability: { en: 'Availability', ar: 'الحضور' },
  welcome: { en: 'A welcome', ar: 'الترحيب' },
  respect: { en: 'Respect', ar: 'الاحترام' },
  empathy: { en: 'Understanding and empathy', ar: 'التفهم والتعاطف' },
  fairness: { en: 'Fair procedure', ar: 'عدالة الإجراءات' },
  information: { en: 'Information', ar: 'المعلومات' },
  alternatives: { en: 'Alternatives and options', ar: 'البدائل والخيارات' },
  speed: { en: 'Speed', ar: 'السرعة' },
} as const satisfies Terms;

export const EXPECTATION_HINTS = {
  availability: { en: 'be there at the point of service, in the hours we publish', ar: 'كن موجودًا في نقطة الخدمة خلال الساعات المعلنة' },
  welcome: { en: 'greet every customer positively and introduce yourself', ar: 'رحّب بكل عميل بإيجابية وعرّف بنفسك' },
  respect: { en: 'treat every customer with courtesy, whatever the request', ar: 'عامل كل عميل بلباقة أيًا كان طلبه' },
  empathy: { en: 'listen to the end and show you understand', ar: 'استمع حتى النهاية وأظهر أنك تفهم' },
  fairness: { en: 'apply the same rules to every customer and explain them', ar: 'طبّق القواعد نفسها على كل عميل واشرحها له' },
  information: { en: 'say what happens next, and when', ar: 'أخبر العميل بما سيحدث بعد ذلك ومتى' },
  alternatives: { en: 'offer another way when the first answer is no', ar: 'اعرض طريقًا آخر حين يكون الجواب الأول بالرفض' },
  speed: { en: 'meet the targets in this briefing', ar: 'التزم بالأهداف الواردة في هذه الإحاطة' },
} as const satisfies Terms;

export const GOAL_CATEGORY_TERMS = {
  retention: { en: 'keep our customers', ar: 'الحفاظ على عملائنا' },
  inform: { en: 'inform customers of new products', ar: 'تعريف العملاء بالمنتجات الجديدة' },
  reviews: { en: 'collect reviews of our products', ar: 'جمع آراء العملاء في منتجاتنا' },
  acquisition: { en: 'win customers by the quality of our service', ar: 'جذب العملاء بجودة خدمتنا' },
  experience: { en: 'make the service easy and pleasant', ar: 'خدمة سهلة ومريحة' },
  relationship: { en: 'build long-term relationships', ar: 'بناء علاقات طويلة الأمد' },
  improvement: { en: 'improve continuously', ar: 'التحسين المستمر' },
  other: { en: 'another goal', ar: 'هدف آخر' },
} as const satisfies Terms;

export const METRIC_TERMS = {
  answer: { en: 'answer', ar: 'الإجابة' },
  acknowledgement: { en: 'acknowledge', ar: 'إشعار الاستلام' },
  'first-response': { en: 'first response', ar: 'الرد الأول' },
  'next-response': { en: 'each further reply', ar: 'كل رد لاحق' },
  update: { en: 'update the customer', ar: 'إطلاع العميل على المستجدات' },
  resolution: { en: 'resolve', ar: 'الحل' },
} as const satisfies Terms;

export const DIRECTION_TERMS = {
  'at-least': { en: 'at least (a minimum)', ar: 'على الأقل (حد أدنى)' },
  'at-most': { en: 'at most (a maximum)', ar: 'على الأكثر (حد أعلى)' },
} as const satisfies Terms;

export const CLOCK_TERMS = {
  business: { en: 'working hours', ar: 'ساعات العمل' },
  calendar: { en: 'calendar time (around the clock)', ar: 'الوقت الفعلي (على مدار الساعة)' },
} as const satisfies Terms;

export const BENCHMARK_KIND_TERMS = {
  competitor: { en: 'a competitor', ar: 'منافس' },
  industry: { en: 'an industry standard', ar: 'معيار القطاع' },
} as const satisfies Terms;

export const POSITION_TERMS = {
  ahead: { en: 'ahead of them', ar: 'متقدمون عليهم' },
  level: { en: 'level with them', ar: 'مساوون لهم' },
  behind: { en: 'behind them', ar: 'متأخرون عنهم' },
  'not-competitive': { en: 'not competitive at all', ar: 'غير منافسين إطلاقًا' },
} as const satisfies Terms;

export const DAY_TERMS = {
  mon: { en: 'Monday', ar: 'الاثنين' },
  tue: { en: 'Tuesday', ar: 'الثلاثاء' },
  wed: { en: 'Wednesday', ar: 'الأربعاء' },
  thu: { en: 'Thursday', ar: 'الخميس' },
  fri: { en: 'Friday', ar: 'الجمعة' },
  sat: { en: 'Saturday', ar: 'السبت' },
  sun: { en: 'Sunday', ar: 'الأحد' },
} as const satisfies Terms;

export const FEEDBACK_TOPIC_TERMS = {
  'delivery-time': { en: 'delivery time', ar: 'مدة التوصيل' },
  'response-speed': { en: 'speed of response to enquiries', ar: 'سرعة الرد على الاستفسارات' },
  complaints: { en: 'complaints', ar: 'الشكاوى' },
  satisfaction: { en: 'overall satisfaction', ar: 'الرضا العام' },
  product: { en: 'the products', ar: 'المنتجات' },
  other: { en: 'other', ar: 'أخرى' },
} as const satisfies Terms;

export const FEEDBACK_METHOD_TERMS = {
  survey: { en: 'survey', ar: 'استبيان' },
  call: { en: 'phone call', ar: 'مكالمة هاتفية' },
  email: { en: 'e-mail', ar: 'بريد إلكتروني' },
  sms: { en: 'text message', ar: 'رسالة نصية' },
  'in-person': { en: 'in person', ar: 'حضوريًا' },
  social: { en: 'social media', ar: 'وسائل التواصل' },
  'web-form': { en: 'web form', ar: 'نموذج على الموقع' },
  other: { en: 'other', ar: 'أخرى' },
} as const satisfies Terms;

export const FREQUENCY_TERMS = {
  'after-contact': { en: 'after every contact', ar: 'بعد كل تواصل' },
  daily: { en: 'daily', ar: 'يوميًا' },
  weekly: { en: 'weekly', ar: 'أسبوعيًا' },
  fortnightly: { en: 'every two weeks', ar: 'كل أسبوعين' },
  monthly: { en: 'monthly', ar: 'شهريًا' },
  quarterly: { en: 'quarterly', ar: 'كل ثلاثة أشهر' },
  yearly: { en: 'yearly', ar: 'سنويًا' },
} as const satisfies Terms;

/** How each kind of training reads. */
export const TRAINING_FORMAT_TERMS = {
  workshop: { en: 'workshop', ar: 'ورشة عمل' },
  briefing: { en: 'briefing', ar: 'إحاطة' },
  'e-learning': { en: 'e-learning', ar: 'تعلّم إلكتروني' },
  shadowing: { en: 'shadowing a colleague', ar: 'مرافقة زميل' },
  meeting: { en: 'team meeting', ar: 'اجتماع فريق' },
} as const satisfies Terms;

/** What one item of each section of a policy is called, as brief --since names a change. */
export const SECTION_TERMS = {
  roles: { en: 'role', ar: 'دور' },
  priorities: { en: 'priority', ar: 'أولوية' },
  segments: { en: 'customer segment', ar: 'شريحة عملاء' },
  calendars: { en: 'opening hours', ar: 'ساعات العمل' },
  channels: { en: 'channel', ar: 'قناة' },
  goals: { en: 'goal', ar: 'هدف' },
  kpis: { en: 'measure', ar: 'مؤشر' },
} as const satisfies Terms;
