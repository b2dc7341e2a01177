import { interpolate, type Lang, type Localized, type Params } from '../i18n/index.js';

/** Every word the wizard says, in both languages. Step intros say what a step is for and why. */
export const INIT_MESSAGES = {
  chooseLanguage: { en: 'Language of the policy and of this wizard', ar: 'لغة السياسة ولغة هذا المعالج' },
  welcome: {
    en: 'cs-policy init walks you through the seven steps of a customer-service policy. Press Enter to take a suggestion; your answers are saved after every step to {draft}.',
    ar: 'يأخذك cs-policy init في الخطوات السبع لسياسة خدمة العملاء. اضغط Enter لقبول الاقتراح؛ وتُحفظ إجاباتك بعد كل خطوة في {draft}.',
  },
  stepHeading: { en: 'Step {number} of {total}: {title}', ar: 'الخطوة {number} من {total}: {title}' },

  // Identity
  'identity.title': { en: 'Who the policy is for', ar: 'لمن هذه السياسة' },
  'identity.intro': {
    en: 'First, the organisation, the policy owner, the staff roles it speaks to and the channels customers use. Later steps pick from these lists, so references are right by construction.',
    ar: 'أولًا: المؤسسة ومسؤول السياسة وأدوار الموظفين الذين تخاطبهم والقنوات التي يستخدمها العملاء. تختار الخطوات اللاحقة من هذه القوائم، فتصح الإشارات من البداية.',
  },
  organisation: { en: 'Organisation name', ar: 'اسم المؤسسة' },
  policyTitle: { en: 'Title of the policy', ar: 'عنوان السياسة' },
  policyTitleDefault: { en: 'Customer Service Policy', ar: 'سياسة خدمة العملاء' },
  policyId: { en: 'Short id of the policy (lower-case letters, digits, hyphens; used in file names)', ar: 'معرّف قصير للسياسة (حروف لاتينية صغيرة وأرقام وشرطات؛ يُستخدم في أسماء الملفات)' },
  owner: { en: 'Who owns the policy (name or job title)', ar: 'من المسؤول عن السياسة (الاسم أو المسمى الوظيفي)' },
  ownerDefault: { en: 'Customer Service Manager', ar: 'مدير خدمة العملاء' },
  roles: { en: 'Which staff roles does the policy speak to?', ar: 'ما أدوار الموظفين التي تخاطبها السياسة؟' },
  moreRole: { en: 'Add a role of your own?', ar: 'هل تضيف دورًا خاصًا بكم؟' },
  roleName: { en: 'Name of the role', ar: 'اسم الدور' },
  roleId: { en: 'Id of the role', ar: 'معرّف الدور' },
  roleKind: { en: 'What kind of role is it?', ar: 'ما نوع هذا الدور؟' },
  channels: { en: 'Which channels do customers use to reach you?', ar: 'ما القنوات التي يتواصل عبرها العملاء معكم؟' },
  workingDays: { en: 'Working days', ar: 'أيام العمل' },
  workingHours: { en: 'Opening hours on working days (HH:MM-HH:MM)', ar: 'ساعات العمل في أيام العمل (HH:MM-HH:MM)' },
  timezone: { en: 'Time zone (IANA, e.g. Asia/Riyadh)', ar: 'المنطقة الزمنية (من IANA، مثل Asia/Riyadh)' },
  channelHours: { en: 'Is "{channel}" open only in working hours?', ar: 'هل قناة "{channel}" متاحة في ساعات العمل فقط؟' },

  // Goals
  'goals.title': { en: 'Goals', ar: 'الأهداف' },
  'goals.intro': {
    en: 'Goals are the base everything else hangs on. Besides keeping customers, a service can inform them of new products, collect their reviews, and win new customers. Give each goal a KPI you can measure.',
    ar: 'الأهداف هي الأساس الذي يقوم عليه كل ما بعدها. فإلى جانب الحفاظ على العملاء، قد تهدف الخدمة إلى تعريفهم بالمنتجات الجديدة وجمع آرائهم وجذب عملاء جدد. أعطِ كل هدف مؤشرًا يمكن قياسه.',
  },
  goalTitle: { en: 'Goal {number}: what do you want to achieve?', ar: 'الهدف {number}: ما الذي تريد تحقيقه؟' },
  goalId: { en: 'Id of the goal (other sections refer to it)', ar: 'معرّف الهدف (تشير إليه الأقسام الأخرى)' },
  kpiId: { en: 'Id of the KPI', ar: 'معرّف المؤشر' },
  actionId: { en: 'Id of the action', ar: 'معرّف الإجراء' },
  goalCategory: { en: 'What kind of goal is it?', ar: 'ما نوع هذا الهدف؟' },
  kpiName: { en: 'KPI that measures it', ar: 'مؤشر الأداء الذي يقيسه' },
  kpiTarget: { en: 'Target value', ar: 'القيمة المستهدفة' },
  kpiUnit: { en: 'Unit (%, s, min, points…)', ar: 'الوحدة (%، s، min، نقاط…)' },
  kpiDirection: { en: 'Is the target a minimum or a maximum?', ar: 'هل الهدف حد أدنى أم حد أعلى؟' },
  moreKpi: { en: 'Add another KPI to this goal?', ar: 'هل تضيف مؤشرًا آخر لهذا الهدف؟' },
  moreGoal: { en: 'Add another goal?', ar: 'هل تضيف هدفًا آخر؟' },

  // Comparison
  'comparison.title': { en: 'Competitor comparison', ar: 'المقارنة بالمنافسين' },
  'comparison.intro': {
    en: 'Compare your goals with your main competitors and the industry standard, to align with it and to see where you are not competitive at all.',
    ar: 'قارن أهدافك بأهداف أبرز المنافسين وبمعيار القطاع، لتتوافق معه وتعرف الجوانب التي لا تنافس فيها أصلًا.',
  },
  benchmarkFor: { en: 'Benchmark for "{kpi}" (target {target}): compare against whom?', ar: 'مقارنة "{kpi}" (الهدف {target}): بمن تقارن؟' },
  benchmarkKind: { en: 'Is that a competitor or an industry standard?', ar: 'هل هو منافس أم معيار للقطاع؟' },
  benchmarkValue: { en: 'Their value', ar: 'قيمتهم' },
  benchmarkSource: { en: 'Source of the figure', ar: 'مصدر الرقم' },
  benchmarkDate: { en: 'Date of the figure (YYYY-MM-DD)', ar: 'تاريخ الرقم (YYYY-MM-DD)' },
  benchmarkPosition: { en: 'Where do you stand?', ar: 'أين موقعكم؟' },
  moreBenchmark: { en: 'Add another benchmark?', ar: 'هل تضيف مقارنة أخرى؟' },
  competitorDefault: { en: 'Industry average', ar: 'متوسط القطاع' },

  // Mission
  'mission.title': { en: 'Mission link', ar: 'الربط بالرسالة' },
  'mission.intro': {
    en: "Tie each goal to the company's core mission, so that staff see why it matters.",
    ar: 'اربط كل هدف برسالة الشركة الأساسية، ليرى الموظفون سبب أهميته.',
  },
  missionStatement: { en: 'Your core mission, in one sentence', ar: 'رسالتكم الأساسية في جملة واحدة' },
  rationale: { en: 'How does "{goal}" serve the mission?', ar: 'كيف يخدم "{goal}" الرسالة؟' },

  // Actions
  'actions.title': { en: 'Actions', ar: 'الإجراءات' },
  'actions.intro': {
    en: 'Concrete procedures that reach each goal: who does what, on which channels. A goal such as "simple contact" becomes phone, e-mail and chat, each a way to serve the customer.',
    ar: 'إجراءات محددة تحقق كل هدف: من يفعل ماذا وعبر أي القنوات. فهدف مثل "سهولة التواصل" يصبح هاتفًا وبريدًا ومحادثة، كل منها طريق لخدمة العميل.',
  },
  actionTitle: { en: 'An action for the goal "{goal}"', ar: 'إجراء للهدف "{goal}"' },
  actionChannels: { en: 'On which channels?', ar: 'عبر أي القنوات؟' },
  actionOwner: { en: 'Which role carries it out?', ar: 'أي دور يتولاه؟' },
  actionServes: { en: 'Which customer expectations does it serve?', ar: 'أي توقعات العملاء يخدم؟' },
  moreAction: { en: 'Add another action for "{goal}"?', ar: 'هل تضيف إجراءً آخر للهدف "{goal}"؟' },

  // Standards and escalation
  'standards.title': { en: 'Standards and escalation', ar: 'المعايير والتصعيد' },
  'standards.intro': {
    en: 'A standard is a number, a unit and a clock: "reply within 1 working day, 95% of the time". Then the escalation ladder: who takes over a case, in order, and after how long.',
    ar: 'المعيار رقم ووحدة وساعة: "الرد خلال يوم عمل واحد في 95% من الحالات". ثم سلم التصعيد: من يتولى الحالة بالترتيب وبعد كم من الوقت.',
  },
  standardTarget: { en: '"{action}": {metric} within (e.g. 90s, 15m, 4h, 1d, 2w)', ar: '"{action}": {metric} خلال (مثل 90s أو 15m أو 4h أو 1d أو 2w)' },
  standardClock: { en: 'Does it run on working hours or calendar time?', ar: 'هل يُحسب بساعات العمل أم بالوقت الفعلي؟' },
  standardAttainment: { en: 'Share of cases that must meet it (e.g. 95%)', ar: 'نسبة الحالات التي يجب أن تحققه (مثل 95%)' },
  moreStandard: { en: 'Add another standard for "{action}"?', ar: 'هل تضيف معيارًا آخر للإجراء "{action}"؟' },
  standardMetric: { en: 'What does it measure?', ar: 'ماذا يقيس؟' },
  levelOwner: { en: 'Escalation level {level}: who handles it?', ar: 'مستوى التصعيد {level}: من يتولاه؟' },
  levelExternal: { en: 'Name of the outside body (ombudsman, regulator)', ar: 'اسم الجهة الخارجية (أمين المظالم، الجهة التنظيمية)' },
  levelAfter: { en: 'Level {level} takes over how long after the case opened? (e.g. 0m, 2d)', ar: 'بعد كم من فتح الحالة يتولاها المستوى {level}؟ (مثل 0m أو 2d)' },
  levelWhen: { en: 'When does a case reach level {level}? (optional)', ar: 'متى تصل الحالة إلى المستوى {level}؟ (اختياري)' },
  moreLevel: { en: 'Add another escalation level?', ar: 'هل تضيف مستوى تصعيد آخر؟' },
  outsideBody: { en: 'an outside body (ombudsman, regulator)', ar: 'جهة خارجية (أمين المظالم، الجهة التنظيمية)' },

  // Pilot
  'pilot.title': { en: 'Pilot', ar: 'التجربة' },
  'pilot.intro': {
    en: 'Test the policy on a chosen group of staff and customers first, to catch gross design errors before rollout. Every customer in it must know it is a trial and that their comments will shape the final procedures.',
    ar: 'جرّب السياسة أولًا على مجموعة مختارة من الموظفين والعملاء، لتكشف أخطاء التصميم الجسيمة قبل التعميم. ويجب أن يعلم كل عميل فيها أنها تجربة وأن ملاحظاته ستشكّل الإجراءات النهائية.',
  },
  runPilot: { en: 'Run a pilot before rollout?', ar: 'هل تجري تجربة قبل التعميم؟' },
  pilotStart: { en: 'Pilot start date (YYYY-MM-DD)', ar: 'تاريخ بدء التجربة (YYYY-MM-DD)' },
  pilotDuration: { en: 'How long does it run? (e.g. 4w)', ar: 'كم تستمر؟ (مثل 4w)' },
  pilotRoles: { en: 'Which roles take part?', ar: 'أي الأدوار تشارك؟' },
  pilotCustomers: { en: 'Which customers take part?', ar: 'أي العملاء يشاركون؟' },
  pilotCustomersDefault: { en: 'Customers served by the pilot team', ar: 'العملاء الذين يخدمهم فريق التجربة' },
  pilotNotice: { en: 'What are customers told?', ar: 'ماذا يُقال للعملاء؟' },
  pilotNoticeDefault: {
    en: 'We are trying out new service standards. Please tell us what you think: your comments will shape our final procedures.',
    ar: 'نجرّب معايير خدمة جديدة. أخبرنا برأيك من فضلك، فملاحظاتك ستحدد إجراءاتنا النهائية.',
  },
  pilotCriteria: { en: 'Which KPIs judge the pilot?', ar: 'أي مؤشرات الأداء يُحكم بها على التجربة؟' },
  pilotCriterionTarget: { en: 'Pilot target for "{kpi}"', ar: 'هدف التجربة لمؤشر "{kpi}"' },

  // Rollout
  'rollout.title': { en: 'Rollout', ar: 'التعميم' },
  'rollout.intro': {
    en: 'Tell every member of staff the details of the new policy, so that customers are treated consistently.',
    ar: 'أبلغ كل الموظفين بتفاصيل السياسة الجديدة، ليُعامَل العملاء بطريقة متسقة.',
  },
  rolloutStart: { en: 'Rollout start date (YYYY-MM-DD)', ar: 'تاريخ بدء التعميم (YYYY-MM-DD)' },
  rolloutAudiences: { en: 'Which roles are briefed?', ar: 'أي الأدوار تُبلَّغ بالسياسة؟' },
  rolloutAck: { en: 'Must staff sign that they have read it?', ar: 'هل يجب أن يوقّع الموظفون بأنهم اطلعوا عليها؟' },
  rolloutAckBy: { en: 'Sign by (YYYY-MM-DD)', ar: 'آخر موعد للتوقيع (YYYY-MM-DD)' },

  // Review and feedback
  'review.title': { en: 'Review and customer feedback', ar: 'المراجعة وآراء العملاء' },
  'review.intro': {
    en: 'No policy stays right: review it regularly against customers’ needs and industry standards, and always invite customer feedback on the service.',
    ar: 'لا سياسة تبقى صالحة دائمًا: راجعها بانتظام في ضوء حاجات العملاء ومعايير القطاع، واطلب دائمًا آراء العملاء في الخدمة.',
  },
  reviewCadence: { en: 'How often is the policy reviewed?', ar: 'كم مرة تُراجع السياسة؟' },
  reviewNext: { en: 'Date of the next review (YYYY-MM-DD)', ar: 'تاريخ المراجعة التالية (YYYY-MM-DD)' },
  feedbackTopics: { en: 'Which customer feedback do you collect?', ar: 'ما آراء العملاء التي تجمعونها؟' },
  feedbackMethod: { en: 'How do you collect feedback on "{topic}"?', ar: 'كيف تجمعون الآراء حول "{topic}"؟' },
  feedbackFrequency: { en: 'How often?', ar: 'كم مرة؟' },

  // Finish
  checking: { en: 'Checking the policy with the same rules as cs-policy validate…', ar: 'يجري فحص السياسة بالقواعد نفسها التي يستخدمها cs-policy validate…' },
  clean: { en: 'The policy passes every rule.', ar: 'تجتاز السياسة كل القواعد.' },
  fixWhat: { en: 'What now?', ar: 'ماذا الآن؟' },
  goBack: { en: 'Go back to step "{step}"', ar: 'الرجوع إلى خطوة "{step}"' },
  writeAnyway: { en: 'Write the file as it is', ar: 'اكتب الملف كما هو' },
  stopHere: { en: 'Stop here (your answers stay in the draft)', ar: 'توقف هنا (تبقى إجاباتك في المسودة)' },
  overwrite: { en: '"{file}" exists. Overwrite it?', ar: 'الملف "{file}" موجود. هل تستبدله؟' },
  wrote: { en: 'Wrote {file}. Next: cs-policy validate {file}, then cs-policy brief {file}.', ar: 'كُتب {file}. بعد ذلك: cs-policy validate {file} ثم cs-policy brief {file}.' },
  stepDone: { en: 'Step "{step}" updated in {file}.', ar: 'حُدّثت خطوة "{step}" في {file}.' },
  resumed: { en: 'Resuming from step "{step}".', ar: 'استئناف من خطوة "{step}".' },

  // Errors
  noTerminal: {
    en: 'init needs a terminal to ask its questions; without one, give the answers with --answers FILE, or take the suggested defaults with --yes',
    ar: 'يحتاج init إلى طرفية ليطرح أسئلته؛ ومن دونها قدّم الإجابات عبر ‎--answers FILE‎، أو اقبل الاقتراحات الافتراضية عبر ‎--yes‎',
  },
  exists: { en: '"{file}" already exists; use --force to overwrite it, or --step to change one step of it', ar: 'الملف "{file}" موجود؛ استخدم ‎--force‎ لاستبداله، أو ‎--step‎ لتعديل خطوة منه' },
  interruptedBeforeSaving: {
    en: 'Stopped before the first step was done, so nothing was saved; answers are saved at the end of each step.',
    ar: 'توقف المعالج قبل إتمام الخطوة الأولى، فلم يُحفظ شيء؛ تُحفظ الإجابات عند نهاية كل خطوة.',
  },
  interrupted: { en: 'Stopped. Your answers so far are saved in {draft}; run cs-policy init --resume {file} to go on.', ar: 'توقف المعالج. حُفظت إجاباتك حتى الآن في {draft}؛ شغّل cs-policy init --resume {file} للمتابعة.' },
  noDraft: { en: 'there is no draft to resume at {draft}', ar: 'لا توجد مسودة للاستئناف في {draft}' },
  badDraft: { en: 'the draft {draft} cannot be read: {reason}', ar: 'تعذّرت قراءة المسودة {draft}: {reason}' },
  missingAnswer: { en: '{file}: no answer for {id} ({question}); add it, or use --yes to take the suggestion', ar: '{file}: لا إجابة عن {id} ({question})؛ أضفها، أو استخدم ‎--yes‎ لقبول الاقتراح' },
  missingAnswerNoDefault: { en: 'no answer for {id} ({question}), and it has no suggested default; give it in --answers FILE', ar: 'لا إجابة عن {id} ({question})، ولا اقتراح افتراضي لها؛ قدّمها في ‎--answers FILE‎' },
  badAnswer: { en: '{file}:{line}: {id}: {message}', ar: '{file}:{line}: {id}: {message}' },
  stepNeedsFile: { en: '--step needs the policy file to change, and it must exist', ar: 'يحتاج ‎--step‎ إلى ملف السياسة المراد تعديله، ويجب أن يكون موجودًا' },
  unknownStep: { en: 'unknown step "{step}"; the steps are {steps}', ar: 'خطوة غير معروفة "{step}"؛ الخطوات هي {steps}' },
  notWritten: { en: 'The policy has errors, so {file} was not written; your answers are in {draft}.', ar: 'في السياسة أخطاء، لذا لم يُكتب {file}؛ وإجاباتك محفوظة في {draft}.' },
  stepPolicyInvalid: { en: '"{file}" does not match the policy schema; fix it with cs-policy validate before re-running a step', ar: '"{file}" لا يطابق مخطط السياسة؛ أصلحه بمساعدة cs-policy validate قبل إعادة أي خطوة' },

  // Answer checks
  required: { en: 'an answer is needed', ar: 'الإجابة مطلوبة' },
  notDuration: { en: 'write a duration: a number and a unit, such as 90s, 15m, 4h, 1d or 2w', ar: 'اكتب مدة: رقمًا ووحدة، مثل 90s أو 15m أو 4h أو 1d أو 2w' },
  notDate: { en: 'write a date as YYYY-MM-DD', ar: 'اكتب تاريخًا بالصيغة YYYY-MM-DD' },
  notNumber: { en: 'write a number, such as 85 or 4.5', ar: 'اكتب رقمًا، مثل 85 أو 4.5' },
  notPercent: { en: 'write a share from 0% to 100%, such as 95%', ar: 'اكتب نسبة من 0% إلى 100%، مثل 95%' },
  notId: { en: 'use lower-case letters, digits and hyphens, such as front-desk', ar: 'استخدم حروفًا لاتينية صغيرة وأرقامًا وشرطات، مثل front-desk' },
  idTaken: { en: 'the id "{id}" is already used', ar: 'المعرّف "{id}" مستخدم من قبل' },
  notHours: { en: 'write hours as HH:MM-HH:MM, such as 09:00-17:00', ar: 'اكتب الساعات بالصيغة HH:MM-HH:MM، مثل 09:00-17:00' },
  notTimezone: { en: 'write an IANA time zone, such as Europe/London or Asia/Riyadh', ar: 'اكتب منطقة زمنية من IANA، مثل Europe/London أو Asia/Riyadh' },
  notLater: { en: 'must be later than the level before ({after})', ar: 'يجب أن يكون بعد المستوى السابق ({after})' },
  notAfterPilot: { en: 'the rollout must start after the pilot ends ({end})', ar: 'يجب أن يبدأ التعميم بعد انتهاء التجربة ({end})' },
  pickOne: { en: 'pick at least one', ar: 'اختر واحدًا على الأقل' },
  expectedText: { en: 'expected text', ar: 'يُنتظر نص' },
  expectedList: { en: 'expected a list of {choices}', ar: 'تُنتظر قائمة من {choices}' },
  expectedBoolean: { en: 'expected true or false', ar: 'يُنتظر true أو false' },
  notChoice: { en: '"{value}" is not one of {choices}', ar: '"{value}" ليس من بين {choices}' },
} satisfies Record<string, Localized>;

export type InitMessageId = keyof typeof INIT_MESSAGES;

export function say(lang: Lang, id: InitMessageId, params?: Params): string {
  return interpolate(INIT_MESSAGES[id][lang], params);
}
