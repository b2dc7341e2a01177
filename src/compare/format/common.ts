import { reportDay } from '../../core/locale.js';
import { textIn } from '../../core/policy.js';
import { integer, num, numberLocale, withUnit } from '../../report/numbers.js';
import { humanizeDuration } from '../../brief/humanize.js';
import type { Lang } from '../../i18n/index.js';
import type { BenchmarkComparison, KpiComparison } from '../compare.js';
import { ageText, COMPARE_MESSAGES } from '../messages.js';
import type { CompareReport } from '../report.js';
import { MESSAGES } from '../../i18n/messages.js';
import { say } from '../../i18n/index.js';

export interface CompareFormatOptions { lang: Lang; color: boolean }
/** A formatter is pure: the report in, text out. */
export type CompareFormatter = (report: CompareReport, options: CompareFormatOptions) => string;


/** A gap with its sign, in `locale`: +4%, −2 seconds. */
export function gapText(locale: string, gap: number, unit: string): string {
  const text = withUnit(locale, Math.abs(gap), unit);
  return gap > 0 ? `+${text}` : gap < 0 ? `−${text}` : text;
}

/** Age, and the flags a reader should see: old, dated in the future, stated otherwise. */
export function flags(lang: Lang, b: BenchmarkComparison, report: CompareReport): string[] {
  return [
    ...(b.ageDays < 0 ? [say(lang, COMPARE_MESSAGES.future)] : [say(lang, COMPARE_MESSAGES.age, { age: ageText(lang, b.ageDays) })]),
    ...(b.old ? [say(lang, COMPARE_MESSAGES.old, { age: humanizeDuration(report.maxAge, lang) })] : []),
    ...(b.stated ? [say(lang, COMPARE_MESSAGES.stated, { position: say(lang, COMPARE_MESSAGES[b.stated]) })] : []),
  ];
}

/** The list separator of the language: Arabic has its own comma. */
export const comma = (lang: Lang) => say(lang, MESSAGES.comma);

export const policyTitle = (lang: Lang, report: CompareReport) => textIn(report.policy.title, lang) || report.policy.id;

/** The KPI ids in each position, and the old benchmarks, as summary lines. */
export function summaryLines(lang: Lang, report: CompareReport): string[] {
  const kpis = report.goals.flatMap((g) => g.kpis);
  const list = (position: KpiComparison['position']) => kpis.filter((k) => k.position === position).map((k) => k.kpi.id);
  const join = (items: string[]) => items.join(comma(lang));
  const locale = numberLocale(report, lang);
  const counts = Object.fromEntries(Object.entries({ ...report.counts, old: report.old }).map(([key, n]) => [key, integer(locale, n)]));
  const lines = [say(lang, COMPARE_MESSAGES.counts, counts)];
  for (const [position, id] of [['behind', 'listBehind'], ['level', 'listLevel'], ['ahead', 'listAhead'], ['none', 'listNone']] as const) {
    const items = list(position);
    if (items.length) lines.push(say(lang, COMPARE_MESSAGES[id], { list: join(items) }));
  }
  const old = kpis.flatMap((k) => k.benchmarks.filter((b) => b.old).map((b) => `${k.kpi.id} (${textIn(b.against, lang)}${comma(lang)}${reportDay(report.policy.locale, lang, b.date)})`));
  if (old.length) lines.push(say(lang, COMPARE_MESSAGES.listOld, { list: join(old) }));
  return lines;
}

/** How old is old and what counts as level: the tolerance given, else validate's definition. */
export function ageRule(lang: Lang, report: CompareReport): string {
  const age = humanizeDuration(report.maxAge, lang);
  return report.tolerance === undefined ? say(lang, COMPARE_MESSAGES.ageRuleLevel, { age }) : say(lang, COMPARE_MESSAGES.ageRule, { age, tolerance: num(numberLocale(report, lang), report.tolerance) });
}
