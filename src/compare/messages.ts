import { NUMBER_LOCALE, type Lang, type Localized } from '../i18n/index.js';
import { unitText } from '../report/numbers.js';

/** Every word of a compare report, in both languages. */
export const COMPARE_MESSAGES = {
  title: { en: 'Benchmarks: {policy}', ar: 'المقارنة المعيارية: {policy}' },
  subtitle: { en: 'Policy {id} ({file}), compared {date}', ar: 'السياسة {id} ({file})، قُورنت في {date}' },
  ageRule: { en: 'Benchmarks older than {age} are flagged as old; a gap within ±{tolerance} is level.', ar: 'أقصى عمر لمعيار المقارنة: {age}، وما تجاوزه يُميَّز بأنه قديم؛ والفجوة في حدود ±{tolerance} تعادل.' },
  ageRuleLevel: { en: 'Benchmarks older than {age} are flagged as old; a gap within 5 points (5% of the benchmark for other units) is level, as validate counts it.', ar: 'أقصى عمر لمعيار المقارنة: {age}، وما تجاوزه يُميَّز بأنه قديم؛ والفجوة في حدود 5 نقاط (أو 5% من قيمة المقارنة لغير النسب المئوية) تعادل، كما يعدّها validate.' },
  ahead: { en: 'ahead', ar: 'متقدّم' },
  level: { en: 'level', ar: 'متعادل' },
  behind: { en: 'behind', ar: 'متأخر' },
  none: { en: 'no benchmark', ar: 'بلا معيار مقارنة' },
  competitor: { en: 'competitor', ar: 'منافس' },
  industry: { en: 'industry', ar: 'القطاع' },
  target: { en: 'our target {target}', ar: 'مستهدفنا {target}' },
  old: { en: 'older than {age}', ar: 'تجاوز أقصى عمر ({age})' },
  future: { en: 'dated in the future', ar: 'مؤرخ بتاريخ لم يأتِ' },
  stated: { en: 'the policy says {position}', ar: 'تقول السياسة: {position}' },
  age: { en: '{age} old', ar: 'عمره {age}' },
  kpi: { en: 'KPI', ar: 'المؤشر' },
  ours: { en: 'ours', ar: 'مستهدفنا' },
  against: { en: 'against', ar: 'المقارَن به' },
  kind: { en: 'kind', ar: 'النوع' },
  value: { en: 'value', ar: 'القيمة' },
  gap: { en: 'gap', ar: 'الفجوة' },
  position: { en: 'position', ar: 'الموقع' },
  source: { en: 'source', ar: 'المصدر' },
  date: { en: 'date', ar: 'التاريخ' },
  ageHeading: { en: 'age', ar: 'العمر' },
  summary: { en: 'Summary', ar: 'الخلاصة' },
  counts: { en: 'ahead {ahead}, level {level}, behind {behind}, without a benchmark {none}; old benchmarks {old}', ar: 'متقدّم: {ahead}، متعادل: {level}، متأخر: {behind}، بلا معيار: {none}؛ معايير قديمة: {old}' },
  listBehind: { en: 'Behind: {list}', ar: 'متأخر في: {list}' },
  listLevel: { en: 'Level: {list}', ar: 'متعادل في: {list}' },
  listAhead: { en: 'Ahead: {list}', ar: 'متقدّم في: {list}' },
  listNone: { en: 'No benchmark at all: {list}', ar: 'بلا أي معيار مقارنة: {list}' },
  listOld: { en: 'Old benchmarks to refresh: {list}', ar: 'معايير قديمة تحتاج إلى تحديث: {list}' },
  noKpis: { en: 'This goal has no KPI.', ar: 'لا مؤشر لهذا الهدف.' },
  noGoals: { en: 'The policy has no goals.', ar: 'لا أهداف في السياسة.' },
  against_line: { en: '{position} ({gap}) against {against} ({kind}): {value}; {source}, {date}; {flags}', ar: '{position} ({gap}) مقارنةً بـ{against} ({kind}): {value}؛ {source}، {date}؛ {flags}' },
  chart: { en: '{goal}: our targets and the benchmarks', ar: '{goal}: مستهدفاتنا ومعايير المقارنة' },
  gapNote: { en: 'Gap: how far our target is better (+) or worse (−) than the benchmark, in the KPI\'s direction.', ar: 'الفجوة: بكم يفضُل مستهدفنا (+) أو يقل (−) عن المعيار، في اتجاه المؤشر.' },

  // Usage and input errors.
  'compare.policyHasErrors': { en: '"{file}" has errors (listed above); fix them first: benchmarks are compared only in a valid policy', ar: 'في "{file}" أخطاء (مذكورة أعلاه)؛ أصلحها أولًا: لا تُقارن المعايير إلا في سياسة صحيحة' },
  'compare.badMaxAge': { en: '--max-age "{value}": write a duration such as 18mo, 2y or 365d', ar: '‎--max-age‎ "{value}": اكتب مدة مثل 18mo أو 2y أو 365d' },
  'compare.badTolerance': { en: '--tolerance "{value}": write a number of the KPI\'s units, 0 or more', ar: '‎--tolerance‎ "{value}": اكتب عددًا من وحدات المؤشر، صفرًا أو أكثر' },

  // --help.
  'help.compare': { en: 'compare each KPI\'s target with its competitor and industry benchmarks', ar: 'مقارنة مستهدف كل مؤشر بمعايير المنافسين والقطاع' },
  'help.maxAge': { en: 'flag benchmarks older than this duration (such as 18mo or 2y)', ar: 'تمييز المعايير المقارنة الأقدم من هذه المدة (مثل 18mo أو 2y)' },
  'help.tolerance': { en: 'a gap this small or smaller counts as level (in the KPI\'s units)', ar: 'الفجوة التي لا تزيد على هذا تُعدّ تعادلًا (بوحدات المؤشر)' },
} as const satisfies Record<string, Localized>;

/** A benchmark's age in whole months under two years, in years after that: "7 months", "3 years". */
export function ageText(lang: Lang, days: number): string {
  const months = Math.floor(days / 30.4375);
  const [value, unit] = months < 24 ? [Math.max(0, months), 'month'] : [Math.floor(days / 365.25), 'year'];
  return unitText(NUMBER_LOCALE[lang], value, unit);
}
