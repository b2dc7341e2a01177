import { say, type Lang, type Localized, type LocalizedPlural, type Params } from '../i18n/index.js';
import type { RowProblem } from './responses.js';

/** Every word of a pilot report, in both languages. */
export const PILOT_MESSAGES = {
  title: { en: 'Pilot report: {policy}', ar: 'تقرير التجربة: {policy}' },
  subtitle: { en: 'Policy {id} ({file}), evaluated {date}', ar: 'السياسة {id} ({file})، قُيّمت في {date}' },
  source: { en: 'Responses from {files}; scale {scale}', ar: 'الردود من {files}؛ المقياس {scale}' },
  scaleGiven: { en: '1-{max}', ar: '1-{max}' },
  scaleInferred: { en: '1-{max} (read from the data)', ar: '1-{max} (مستنتج من البيانات)' },
  judgement: { en: 'How customers judged the service', ar: 'كيف حكم العملاء على الخدمة' },
  judgementNote: {
    en: 'Performance below expectation is dissatisfaction, equal is satisfaction, above is loyalty. Shares with their 95% Wilson score intervals.',
    ar: 'الأداء دون التوقع عدم رضا، ومساويه رضا، وفوقه ولاء. النسب مع فترات ثقة ويلسون بمستوى 95%.',
  },
  dissatisfied: { en: 'dissatisfied', ar: 'غير راضٍ' },
  satisfied: { en: 'satisfied', ar: 'راضٍ' },
  loyal: { en: 'loyal', ar: 'موالٍ' },
  interval: { en: '95% CI {range}', ar: 'فترة الثقة 95%: {range}' },
  responses: { en: 'responses', ar: 'الردود' },
  count: { en: 'count', ar: 'العدد' },
  share: { en: 'share', ar: 'النسبة' },
  nps: { en: 'Net Promoter Score {score} ({count} answered: promoters {promoters}, passives {passives}, detractors {detractors})', ar: 'صافي نقاط الترويج {score} (عدد المجيبين {count}: المروّجون {promoters}، والمحايدون {passives}، والمنتقدون {detractors})' },
  precision: {
    en: 'To know every share within ±{margin} points: {needed} responses in all, {more} more.',
    ar: 'لمعرفة كل نسبة في حدود ±{margin} نقطة مئوية يلزم من الردود {needed} في المجموع، أي {more} أخرى.',
  },
  precisionMet: { en: 'Every share is known within ±{margin} points ({needed} responses are enough).', ar: 'كل نسبة معروفة في حدود ±{margin} نقطة مئوية (يكفي من الردود {needed}).' },
  topics: { en: 'Topics, worst first', ar: 'الموضوعات، الأسوأ أولًا' },
  topicsNote: { en: 'Gap: mean of performance minus expectation, in scale points; below 0 needs work.', ar: 'الفجوة: متوسط الأداء ناقص التوقع بنقاط المقياس؛ وما دون الصفر يحتاج إلى عمل.' },
  topic: { en: 'topic', ar: 'الموضوع' },
  gap: { en: 'gap', ar: 'الفجوة' },
  needsWork: { en: 'needs work', ar: 'يحتاج إلى عمل' },
  noTopics: { en: 'No response names a topic.', ar: 'لا يذكر أي رد موضوعًا.' },
  untopiced: {
    en: { one: '{count} response names no topic.', other: '{count} responses name no topic.' },
    ar: { zero: 'لا ردود بلا موضوع.', one: 'ردّ واحد لا يذكر موضوعًا.', two: 'ردّان لا يذكران موضوعًا.', few: '{count} ردود لا تذكر موضوعًا.', many: '{count} ردًّا لا يذكر موضوعًا.', other: '{count} ردّ لا يذكر موضوعًا.' },
  },
  criteria: { en: 'Success criteria', ar: 'معايير النجاح' },
  kpi: { en: 'KPI', ar: 'المؤشر' },
  target: { en: 'target', ar: 'المستهدف' },
  actual: { en: 'actual', ar: 'الفعلي' },
  result: { en: 'result', ar: 'النتيجة' },
  from: { en: 'from', ar: 'المصدر' },
  met: { en: 'met', ar: 'متحقق' },
  notMet: { en: 'not met', ar: 'غير متحقق' },
  unknown: { en: 'unknown', ar: 'غير معروف' },
  fromGiven: { en: '--kpi', ar: '--kpi' },
  fromAudit: { en: 'audit: {standard}', ar: 'التدقيق: {standard}' },
  noValue: { en: 'no value (give --kpi {kpi}=VALUE or --audit)', ar: 'لا قيمة (أعطِ \u200E--kpi {kpi}=VALUE\u200E أو \u200E--audit\u200E)' },
  noValueShort: { en: 'no value', ar: 'لا قيمة' },
  noValueHint: { en: 'A criterion without a value is unknown, never met: give it with --kpi KPI=VALUE or --audit.', ar: 'المعيار بلا قيمة غير معروف، ولا يُعدّ متحققًا أبدًا: أعطِ قيمته بالخيار \u200E--kpi KPI=VALUE\u200E أو \u200E--audit\u200E.' },
  auditAsOf: { en: 'Audit figures as of {date}.', ar: 'أرقام التدقيق حتى {date}.' },
  noCriteria: { en: 'The pilot has no success criteria.', ar: 'لا معايير نجاح للتجربة.' },
  badRows: { en: 'Rows not evaluated', ar: 'صفوف لم تُقيَّم' },
  noBadRows: { en: 'Every row was evaluated.', ar: 'قُيّمت كل الصفوف.' },
  decision: { en: 'Decision', ar: 'القرار' },
  adopt: { en: 'adopt: every success criterion is met', ar: 'اعتماد: تحققت كل معايير النجاح' },
  revise: { en: 'revise', ar: 'مراجعة' },
  reviseCriteria: { en: 'criteria to work on: {list}', ar: 'معايير تحتاج إلى عمل: {list}' },
  reviseTopics: { en: 'topics to work on: {list}', ar: 'موضوعات تحتاج إلى عمل: {list}' },
  chartTitle: { en: 'Dissatisfied, satisfied and loyal customers by topic', ar: 'العملاء غير الراضين والراضون والموالون حسب الموضوع' },
  allTopics: { en: 'all responses', ar: 'كل الردود' },
  recorded: { en: 'recorded the results and the decision ({decision}) in {file}', ar: 'سُجّلت النتائج والقرار ({decision}) في {file}' },
  'row.not-a-number': { en: '{column} "{value}" is not a number', ar: 'قيمة {column} "{value}" ليست رقمًا' },
  'row.out-of-scale': { en: '{column} {value} is outside the scale 1-{max}', ar: 'قيمة {column} {value} خارج المقياس 1-{max}' },
  'row.out-of-scale.recommend': { en: 'recommend "{value}" is not a whole number from 0 to 10', ar: 'قيمة recommend "{value}" ليست عددًا صحيحًا من 0 إلى 10' },
  'row.missing-value': { en: '{column} is empty', ar: 'الخانة {column} فارغة' },
  'row.short-row': { en: 'the row has {cells} cells, the header {expected}', ar: 'في الصف {cells} خانات وفي العنوان {expected}' },
  'row.long-row': { en: 'the row has {cells} cells, the header {expected} (is a comma in a value not quoted?)', ar: 'في الصف {cells} خانات وفي العنوان {expected} (هل في قيمةٍ فاصلة بلا علامات تنصيص؟)' },
  'row.duplicate-id': { en: 'id "{id}" already answered on line {firstLine}; the first answer counts', ar: 'المعرّف "{id}" أجاب من قبل في السطر {firstLine}؛ ويُحتسب الرد الأول' },
  'row.bad-csv': { en: 'a quoted value is not closed, or text follows its closing quote', ar: 'قيمة بين علامات تنصيص لم تُغلق، أو يتبعها نص بعد علامة الإغلاق' },
  'row.not-an-object': { en: 'a response is an object with id, expectation and performance', ar: 'الرد كائن فيه id وexpectation وperformance' },
} as const satisfies Record<string, Localized | LocalizedPlural>;

/** What is wrong with a row of responses, in words. */
export function rowProblemText(lang: Lang, problem: RowProblem): string {
  if (problem.kind === 'out-of-scale' && problem.column === 'recommend') return say(lang, PILOT_MESSAGES['row.out-of-scale.recommend'], { value: problem.value });
  const { kind, ...params } = problem;
  return say(lang, PILOT_MESSAGES[`row.${kind}`], params as Params);
}
