import { describe, expect, it } from 'vitest';
import type { Policy } from '../../src/core/policy.js';
import { compareBenchmarks } from '../../src/compare/compare.js';
import { COMPARE_FORMATS } from '../../src/commands/compare.command.js';
import type { CompareReport } from '../../src/compare/report.js';

const policy = {
  goals: [
    { id: 'reach', title: { en: 'Easy to reach', ar: 'سهولة الوصول' }, kpis: [
      { id: 'answered', name: { en: 'Calls answered in 30 s', ar: 'مكالمات يُجاب عنها خلال 30 ثانية' }, target: 80, unit: '%', direction: 'at-least' },
      { id: 'abandoned', name: { en: 'Calls abandoned', ar: 'مكالمات متروكة' }, target: 5, unit: '%', direction: 'at-most' },
    ] },
    { id: 'listen', title: { en: 'We listen', ar: 'نصغي' }, kpis: [{ id: 'csat', name: 'CSAT <b>', target: 4.2, unit: 'of 5', direction: 'at-least' }] },
  ],
  comparison: { benchmarks: [
    { kpi: 'answered', kind: 'industry', against: { en: 'Sector median', ar: 'وسيط القطاع' }, value: 70, source: { en: 'Benchmark report', ar: 'تقرير معياري' }, date: '2023-11-01', position: 'level' },
    { kpi: 'abandoned', kind: 'competitor', against: { en: 'Rival', ar: 'المنافس' }, value: 4, source: { en: 'Annual report', ar: 'التقرير السنوي' }, date: '2026-01-01' },
  ] },
} as unknown as Policy;

function report(locale?: string): CompareReport {
  return {
    ...compareBenchmarks(policy, { today: '2026-06-01', maxAgeDays: 730, tolerance: 0 }),
    policy: { id: 'demo', title: { en: 'Demo', ar: 'تجربة' }, file: 'demo.yaml', ...(locale ? { locale } : {}) },
    date: '2026-06-01', maxAge: '2y', maxAgeDays: 730, tolerance: 0,
  };
}

describe('compare report formats', () => {
  it('has one formatter per format name', async () => {
    expect(COMPARE_FORMATS.names).toEqual(['stylish', 'json', 'md', 'html']);
    for (const name of COMPARE_FORMATS.names) expect(await COMPARE_FORMATS.load(name)).toBeTypeOf('function');
  });

  it('prints the stylish report in English', async () => {
    expect((await COMPARE_FORMATS.load('stylish'))(report(), { lang: 'en', color: false })).toMatchInlineSnapshot(`
      "Benchmarks: Demo
      Policy demo (demo.yaml), compared June 1, 2026
      Benchmarks older than 2 years are flagged as old; a gap within ±0 is level.

      Easy to reach (reach)
        ahead  answered: Calls answered in 30 s; our target at least 80%
          ahead   +10%  industry  Sector median  70%  Benchmark report, November 1, 2023 (2 years old, older than 2 years, the policy says level)
        behind  abandoned: Calls abandoned; our target at most 5%
          behind  −1%  competitor  Rival  4%  Annual report, January 1, 2026 (4 months old)

      We listen (listen)
        no benchmark  csat: CSAT <b>; our target at least 4.2 of 5

      Summary
        ahead 1, level 0, behind 1, without a benchmark 1; old benchmarks 1
        Behind: abandoned
        Ahead: answered
        No benchmark at all: csat
        Old benchmarks to refresh: answered (Sector median, November 1, 2023)
      "
    `);
  });

  it('prints the stylish report in Arabic', async () => {
    expect((await COMPARE_FORMATS.load('stylish'))(report(), { lang: 'ar', color: false })).toMatchInlineSnapshot(`
      "المقارنة المعيارية: تجربة
      السياسة ⁨demo⁩ (⁨demo.yaml⁩)، قُورنت في 1 يونيو 2026
      أقصى عمر لمعيار المقارنة: سنتان، وما تجاوزه يُميَّز بأنه قديم؛ والفجوة في حدود ±0 تعادل.

      سهولة الوصول (reach)
        متقدّم  answered: مكالمات يُجاب عنها خلال 30 ثانية؛ مستهدفنا 80% على الأقل
          متقدّم  +10%  القطاع  وسيط القطاع  70%  تقرير معياري، 1 نوفمبر 2023 (عمره سنتان، تجاوز أقصى عمر (سنتان)، تقول السياسة: متعادل)
        متأخر  abandoned: مكالمات متروكة؛ مستهدفنا 5% على الأكثر
          متأخر   −1%  منافس  المنافس  4%  التقرير السنوي، 1 يناير 2026 (عمره 4 أشهر)

      نصغي (listen)
        بلا معيار مقارنة  csat: CSAT <b>؛ مستهدفنا ⁨4.2 of 5⁩ على الأقل

      الخلاصة
        متقدّم: 1، متعادل: 0، متأخر: 1، بلا معيار: 1؛ معايير قديمة: 1
        متأخر في: ⁨abandoned⁩
        متقدّم في: ⁨answered⁩
        بلا أي معيار مقارنة: ⁨csat⁩
        معايير قديمة تحتاج إلى تحديث: ⁨answered (وسيط القطاع، 1 نوفمبر 2023)⁩
      "
    `);
  });

  it('prints JSON for scripts', async () => {
    expect(JSON.parse((await COMPARE_FORMATS.load('json'))(report(), { lang: 'en', color: false }))).toMatchInlineSnapshot(`
      {
        "counts": {
          "ahead": 1,
          "behind": 1,
          "level": 0,
          "none": 1,
        },
        "date": "2026-06-01",
        "file": "demo.yaml",
        "format": "cs-policy/compare",
        "goals": [
          {
            "goal": "reach",
            "kpis": [
              {
                "benchmarks": [
                  {
                    "against": {
                      "ar": "وسيط القطاع",
                      "en": "Sector median",
                    },
                    "age_days": 943,
                    "date": "2023-11-01",
                    "gap": 10,
                    "kind": "industry",
                    "old": true,
                    "position": "ahead",
                    "source": {
                      "ar": "تقرير معياري",
                      "en": "Benchmark report",
                    },
                    "stated": "level",
                    "tolerance": 0,
                    "value": 70,
                  },
                ],
                "direction": "at-least",
                "kpi": "answered",
                "position": "ahead",
                "target": 80,
                "unit": "%",
              },
              {
                "benchmarks": [
                  {
                    "against": {
                      "ar": "المنافس",
                      "en": "Rival",
                    },
                    "age_days": 151,
                    "date": "2026-01-01",
                    "gap": -1,
                    "kind": "competitor",
                    "old": false,
                    "position": "behind",
                    "source": {
                      "ar": "التقرير السنوي",
                      "en": "Annual report",
                    },
                    "tolerance": 0,
                    "value": 4,
                  },
                ],
                "direction": "at-most",
                "kpi": "abandoned",
                "position": "behind",
                "target": 5,
                "unit": "%",
              },
            ],
          },
          {
            "goal": "listen",
            "kpis": [
              {
                "benchmarks": [],
                "direction": "at-least",
                "kpi": "csat",
                "position": "none",
                "target": 4.2,
                "unit": "of 5",
              },
            ],
          },
        ],
        "max_age": "2y",
        "old": 1,
        "policy": "demo",
        "tolerance": 0,
        "version": 1,
      }
    `);
  });

  it('prints Markdown', async () => {
    expect((await COMPARE_FORMATS.load('md'))(report(), { lang: 'en', color: false })).toMatchInlineSnapshot(`
      "# Benchmarks: Demo

      Policy demo (demo.yaml), compared June 1, 2026

      Benchmarks older than 2 years are flagged as old; a gap within ±0 is level.

      ## Summary

      - ahead 1, level 0, behind 1, without a benchmark 1; old benchmarks 1
      - Behind: abandoned
      - Ahead: answered
      - No benchmark at all: csat
      - Old benchmarks to refresh: answered (Sector median, November 1, 2023)

      ## Easy to reach

      ### Calls answered in 30 s

      \`answered\`: our target at least 80%; **ahead**

      - ahead (\\+10%) against Sector median (industry): 70%; Benchmark report,
        November 1, 2023; 2 years old, older than 2 years, the policy says level

      ### Calls abandoned

      \`abandoned\`: our target at most 5%; **behind**

      - behind (−1%) against Rival (competitor): 4%; Annual report, January 1, 2026; 4
        months old

      ## We listen

      ### CSAT \\<b\\>

      \`csat\`: our target at least 4.2 of 5; **no benchmark**

      Gap: how far our target is better (\\+) or worse (−) than the benchmark, in the
      KPI's direction.
      "
    `);
  });

  it('prints one HTML page with one chart per goal, text escaped', async () => {
    for (const lang of ['en', 'ar'] as const) {
      const page = (await COMPARE_FORMATS.load('html'))(report(), { lang, color: false });
      expect(page).toContain(`<html lang="${lang}" dir="${lang === 'ar' ? 'rtl' : 'ltr'}">`);
      expect(page.match(/<svg /g)).toHaveLength(2);
      expect(page).not.toMatch(/<script|CSAT <b>/);
      expect(page).toContain('CSAT &lt;b&gt;');
    }
  });

  it("writes figures as the policy's locale does: Arabic percent sign in ar-SA, decimal comma in en-ZA", async () => {
    expect((await COMPARE_FORMATS.load('md'))(report('ar-SA'), { lang: 'ar', color: false })).toMatchInlineSnapshot(`
      "# المقارنة المعيارية: تجربة

      السياسة ⁨demo⁩ (⁨demo.yaml⁩)، قُورنت في 1 يونيو 2026

      أقصى عمر لمعيار المقارنة: سنتان، وما تجاوزه يُميَّز بأنه قديم؛ والفجوة في حدود
      ±0 تعادل.

      ## الخلاصة

      - متقدّم: 1، متعادل: 0، متأخر: 1، بلا معيار: 1؛ معايير قديمة: 1
      - متأخر في: ⁨abandoned⁩
      - متقدّم في: ⁨answered⁩
      - بلا أي معيار مقارنة: ⁨csat⁩
      - معايير قديمة تحتاج إلى تحديث: ⁨answered (وسيط القطاع، 1 نوفمبر 2023)⁩

      ## سهولة الوصول

      ### مكالمات يُجاب عنها خلال 30 ثانية

      \`answered\`: مستهدفنا 80٪ على الأقل; **متقدّم**

      - متقدّم (\\+10٪) مقارنةً بـوسيط القطاع (القطاع): 70٪؛ تقرير معياري، 1 نوفمبر
        2023؛ عمره سنتان، تجاوز أقصى عمر (سنتان)، تقول السياسة: متعادل

      ### مكالمات متروكة

      \`abandoned\`: مستهدفنا 5٪ على الأكثر; **متأخر**

      - متأخر (−1٪) مقارنةً بـالمنافس (منافس): 4٪؛ التقرير السنوي، 1 يناير 2026؛ عمره
        4 أشهر

      ## نصغي

      ### CSAT \\<b\\>

      \`csat\`: مستهدفنا ⁨4.2 of 5⁩ على الأقل; **بلا معيار مقارنة**

      الفجوة: بكم يفضُل مستهدفنا (\\+) أو يقل (−) عن المعيار، في اتجاه المؤشر.
      "
    `);
    expect((await COMPARE_FORMATS.load('stylish'))(report('en-ZA'), { lang: 'en', color: false })).toMatchInlineSnapshot(`
      "Benchmarks: Demo
      Policy demo (demo.yaml), compared 01 June 2026
      Benchmarks older than 2 years are flagged as old; a gap within ±0 is level.

      Easy to reach (reach)
        ahead  answered: Calls answered in 30 s; our target at least 80%
          ahead   +10%  industry  Sector median  70%  Benchmark report, 01 November 2023 (2 years old, older than 2 years, the policy says level)
        behind  abandoned: Calls abandoned; our target at most 5%
          behind  −1%  competitor  Rival  4%  Annual report, 01 January 2026 (4 months old)

      We listen (listen)
        no benchmark  csat: CSAT <b>; our target at least 4,2 of 5

      Summary
        ahead 1, level 0, behind 1, without a benchmark 1; old benchmarks 1
        Behind: abandoned
        Ahead: answered
        No benchmark at all: csat
        Old benchmarks to refresh: answered (Sector median, 01 November 2023)
      "
    `);
  });
});
