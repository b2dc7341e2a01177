import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PILOT_FORMATS } from '../../src/commands/pilot.command.js';
import { pilotReport, type PilotReport } from '../../src/pilot/report.js';
import { applyScale, readResponses } from '../../src/pilot/responses.js';
import type { CriterionResult } from '../../src/pilot/criteria.js';
import { ROOT, tempProject } from '../helpers/run-cli.js';

const CSV = [
  'id,topic,expectation,performance,recommend,comment',
  'a,speed,4,2,3,slow',
  'b,speed,4,3,6,',
  'c,speed,3,3,8,',
  'd,<b>courtesy</b>,3,4,10,"kind, quick"',
  'e,<b>courtesy</b>,2,4,9,',
  'f,,3,3,,',
  'g,speed,x,3,,',
].join('\n');

const CRITERIA: CriterionResult[] = [
  { kpi: 'answered', name: 'Calls answered', unit: '%', direction: 'at-least', target: 80, actual: { value: 83, source: { kind: 'given' } }, met: true },
  { kpi: 'abandoned', name: 'Calls abandoned', unit: '%', direction: 'at-most', target: 5, actual: { value: 6.5, source: { kind: 'audit', standard: 'phone-abandon' } }, met: false },
  { kpi: 'csat', name: 'Satisfaction', unit: 'of 5', direction: 'at-least', target: 4, met: 'unknown' },
];

function report(criteria: CriterionResult[] = CRITERIA, locale?: string): PilotReport {
  const read = readResponses(CSV, 'r.csv');
  return pilotReport({
    policy: { id: 'demo', title: { en: 'Demo policy', ar: 'سياسة تجريبية' }, file: 'demo.yaml', ...(locale ? { locale } : {}) },
    date: '2026-03-02',
    files: ['r.csv'],
    scaled: applyScale(read.rows, read.bad),
    criteria,
    margin: 5,
    auditAsOf: '2026-03-01',
  });
}

describe('pilot report formats', () => {
  it('has one formatter per format name', async () => {
    expect(PILOT_FORMATS.names).toEqual(['stylish', 'json', 'md', 'html']);
    for (const name of PILOT_FORMATS.names) expect(await PILOT_FORMATS.load(name)).toBeTypeOf('function');
  });

  it('prints the stylish report in English', async () => {
    expect((await PILOT_FORMATS.load('stylish'))(report(), { lang: 'en', color: false })).toMatchInlineSnapshot(`
      "Pilot report: Demo policy
      Policy demo (demo.yaml), evaluated March 2, 2026
      Responses from r.csv; scale 1-5 (read from the data)

      How customers judged the service
        dissatisfied  2  33.3%  (95% CI 9.6–70.0%)
        satisfied     2  33.3%  (95% CI 9.6–70.0%)
        loyal         2  33.3%  (95% CI 9.6–70.0%)
        responses: 6
        Net Promoter Score 0.0 (5 answered: promoters 2, passives 1, detractors 2)
        To know every share within ±5 points: 339 responses in all, 333 more.

      Topics, worst first
        topic            responses  gap    dissatisfied  satisfied  loyal
        speed            3          -1.00  66.6%         33.3%      0.0%    needs work
        <b>courtesy</b>  2          +1.50  0.0%          0.0%       100.0%
        1 response names no topic.

      Success criteria
        ✔ met      answered   83%   (at least 80%)     --kpi
        ✖ not met  abandoned  6.5%  (at most 5%)       audit: phone-abandon
        ? unknown  csat       —     (at least 4 of 5)  no value (give --kpi csat=VALUE or --audit)
        Audit figures as of March 1, 2026.

      Rows not evaluated
        r.csv:8  expectation "x" is not a number

      Decision: revise; criteria to work on: abandoned and csat; topics to work on: speed
      "
    `);
  });

  it('prints the stylish report in Arabic', async () => {
    expect((await PILOT_FORMATS.load('stylish'))(report(), { lang: 'ar', color: false })).toMatchInlineSnapshot(`
      "تقرير التجربة: سياسة تجريبية
      السياسة ⁨demo⁩ (⁨demo.yaml⁩)، قُيّمت في 2 مارس 2026
      الردود من ⁨r.csv⁩؛ المقياس 1-5 (مستنتج من البيانات)

      كيف حكم العملاء على الخدمة
        غير راضٍ  2  33.3%  (فترة الثقة 95%: ⁨9.6–70.0%⁩)
        راضٍ      2  33.3%  (فترة الثقة 95%: ⁨9.6–70.0%⁩)
        موالٍ     2  33.3%  (فترة الثقة 95%: ⁨9.6–70.0%⁩)
        الردود: 6
        صافي نقاط الترويج 0.0 (عدد المجيبين 5: المروّجون 2، والمحايدون 1، والمنتقدون 2)
        لمعرفة كل نسبة في حدود ±5 نقطة مئوية يلزم من الردود 339 في المجموع، أي 333 أخرى.

      الموضوعات، الأسوأ أولًا
        الموضوع          الردود  الفجوة  غير راضٍ  راضٍ   موالٍ
        speed            3       -1.00   66.6%     33.3%  0.0%    يحتاج إلى عمل
        <b>courtesy</b>  2       +1.50   0.0%      0.0%   100.0%
        ردّ واحد لا يذكر موضوعًا.

      معايير النجاح
        ✔ متحقق      answered   83%   (80% على الأقل)     --kpi
        ✖ غير متحقق  abandoned  6.5%  (5% على الأكثر)     التدقيق: ⁨phone-abandon⁩
        ? غير معروف  csat       —     (⁨4 of 5⁩ على الأقل)  لا قيمة (أعطِ ‎--kpi ⁨csat⁩=VALUE‎ أو ‎--audit‎)
        أرقام التدقيق حتى 1 مارس 2026.

      صفوف لم تُقيَّم
        r.csv:8  قيمة ⁨expectation⁩ "⁨x⁩" ليست رقمًا

      القرار: مراجعة؛ معايير تحتاج إلى عمل: ⁨abandoned وcsat⁩؛ موضوعات تحتاج إلى عمل: ⁨speed⁩
      "
    `);
  });

  it('prints JSON in the documented shape, percentages 0-100', async () => {
    expect(JSON.parse((await PILOT_FORMATS.load('json'))(report(), { lang: 'en', color: false }))).toMatchInlineSnapshot(`
      {
        "audit_as_of": "2026-03-01",
        "bad_rows": [
          {
            "file": "r.csv",
            "line": 8,
            "message": "expectation "x" is not a number",
            "problem": "not-a-number",
          },
        ],
        "criteria": [
          {
            "actual": 83,
            "direction": "at-least",
            "kpi": "answered",
            "met": true,
            "source": "kpi",
            "target": 80,
          },
          {
            "actual": 6.5,
            "direction": "at-most",
            "kpi": "abandoned",
            "met": false,
            "source": "audit:phone-abandon",
            "target": 5,
          },
          {
            "actual": null,
            "direction": "at-least",
            "kpi": "csat",
            "met": "unknown",
            "source": null,
            "target": 4,
          },
        ],
        "date": "2026-03-02",
        "decision": "revise",
        "dissatisfied": 2,
        "file": "demo.yaml",
        "format": "cs-policy/pilot",
        "gap": 0,
        "loyal": 2,
        "nps": {
          "detractors": 2,
          "passives": 1,
          "promoters": 2,
          "responses": 5,
          "score": 0,
        },
        "policy": "demo",
        "precision": {
          "margin": 5,
          "more": 333,
          "needed": 339,
        },
        "responses": 6,
        "satisfied": 2,
        "scale": {
          "inferred": true,
          "max": 5,
          "min": 1,
        },
        "shares": {
          "dissatisfied": {
            "high": 70,
            "low": 9.7,
            "value": 33.3,
          },
          "loyal": {
            "high": 70,
            "low": 9.7,
            "value": 33.3,
          },
          "satisfied": {
            "high": 70,
            "low": 9.7,
            "value": 33.3,
          },
        },
        "topics": [
          {
            "dissatisfied": 2,
            "gap": -1,
            "loyal": 0,
            "needs_work": true,
            "responses": 3,
            "satisfied": 1,
            "shares": {
              "dissatisfied": {
                "high": 93.9,
                "low": 20.8,
                "value": 66.7,
              },
              "loyal": {
                "high": 56.1,
                "low": 0,
                "value": 0,
              },
              "satisfied": {
                "high": 79.2,
                "low": 6.1,
                "value": 33.3,
              },
            },
            "topic": "speed",
          },
          {
            "dissatisfied": 0,
            "gap": 1.5,
            "loyal": 2,
            "needs_work": false,
            "responses": 2,
            "satisfied": 0,
            "shares": {
              "dissatisfied": {
                "high": 65.8,
                "low": 0,
                "value": 0,
              },
              "loyal": {
                "high": 100,
                "low": 34.2,
                "value": 100,
              },
              "satisfied": {
                "high": 65.8,
                "low": 0,
                "value": 0,
              },
            },
            "topic": "<b>courtesy</b>",
          },
        ],
        "untopiced": 1,
        "version": 1,
      }
    `);
  });

  it('prints Markdown that passes markdownlint', async () => {
    const text = (await PILOT_FORMATS.load('md'))(report(), { lang: 'en', color: false });
    expect(text).toMatchInlineSnapshot(`
      "# Pilot report: Demo policy

      Policy demo (demo.yaml), evaluated March 2, 2026

      Responses from r.csv; scale 1-5 (read from the data)

      **Decision:** revise; criteria to work on: abandoned and csat; topics to work
      on: speed

      ## How customers judged the service

      Performance below expectation is dissatisfaction, equal is satisfaction, above
      is loyalty. Shares with their 95% Wilson score intervals.

      | | count | share | 95% |
      | --- | --- | --- | --- |
      | dissatisfied | 2 | 33.3% | 9.6–70.0% |
      | satisfied | 2 | 33.3% | 9.6–70.0% |
      | loyal | 2 | 33.3% | 9.6–70.0% |
      | responses | 6 | | |

      Net Promoter Score 0.0 (5 answered: promoters 2, passives 1, detractors 2)

      To know every share within ±5 points: 339 responses in all, 333 more.

      ## Topics, worst first

      Gap: mean of performance minus expectation, in scale points; below 0 needs work.

      | topic | responses | gap | dissatisfied | satisfied | loyal | |
      | --- | --- | --- | --- | --- | --- | --- |
      | speed | 3 | -1.00 | 66.6% | 33.3% | 0.0% | needs work |
      | \\<b\\>courtesy\\</b\\> | 2 | +1.50 | 0.0% | 0.0% | 100.0% | |

      1 response names no topic.

      ## Success criteria

      | KPI | target | actual | result | from |
      | --- | --- | --- | --- | --- |
      | \`answered\` | at least 80% | 83% | met | --kpi |
      | \`abandoned\` | at most 5% | 6.5% | not met | audit: phone-abandon |
      | \`csat\` | at least 4 of 5 | — | unknown | no value |

      A criterion without a value is unknown, never met: give it with --kpi KPI=VALUE
      or --audit.

      Audit figures as of March 1, 2026.

      ## Rows not evaluated

      - \`r.csv:8\`: expectation "x" is not a number
      "
    `);
    const dir = tempProject();
    for (const lang of ['en', 'ar'] as const) writeFileSync(join(dir, `${lang}.md`), (await PILOT_FORMATS.load('md'))(report(), { lang, color: false }));
    const lint = spawnSync(process.execPath, [join(ROOT, 'node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs'), 'en.md', 'ar.md'], { cwd: dir, encoding: 'utf8' });
    expect(lint.stdout + lint.stderr).toContain('Summary: 0 error(s)');
  });

  it('prints one self-contained HTML page with a bar per topic, escaping text from the data', async () => {
    for (const lang of ['en', 'ar'] as const) {
      const page = (await PILOT_FORMATS.load('html'))(report(), { lang, color: false });
      expect(page).toContain(`<html lang="${lang}" dir="${lang === 'ar' ? 'rtl' : 'ltr'}">`);
      expect(page).toContain("content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\"");
      expect(page).not.toMatch(/<script|<b>courtesy|src="http|href="http/);
      expect(page).toContain('&lt;b&gt;courtesy&lt;/b&gt;');
      // The whole pilot, then each topic: three bars.
      expect(page.match(/<text x="174" y="\d+" text-anchor="end">/g)).toHaveLength(3);
    }
  });

  it('says adopt when every criterion is met', async () => {
    const met = CRITERIA.map((c) => ({ ...c, actual: { value: 90, source: { kind: 'given' as const } }, met: true }));
    expect((await PILOT_FORMATS.load('stylish'))(report(met), { lang: 'en', color: false }).split('\n').at(-2)).toBe('Decision: adopt: every success criterion is met; topics to work on: speed');
  });

  it("writes figures as the policy's locale does: decimal comma in ar-MA, Arabic percent sign in ar-SA", async () => {
    expect((await PILOT_FORMATS.load('stylish'))(report(CRITERIA, 'ar-MA'), { lang: 'ar', color: false })).toMatchInlineSnapshot(`
      "تقرير التجربة: سياسة تجريبية
      السياسة ⁨demo⁩ (⁨demo.yaml⁩)، قُيّمت في 2 مارس 2026
      الردود من ⁨r.csv⁩؛ المقياس 1-5 (مستنتج من البيانات)

      كيف حكم العملاء على الخدمة
        غير راضٍ  2  33,3%  (فترة الثقة 95%: ⁨9,6–70,0%⁩)
        راضٍ      2  33,3%  (فترة الثقة 95%: ⁨9,6–70,0%⁩)
        موالٍ     2  33,3%  (فترة الثقة 95%: ⁨9,6–70,0%⁩)
        الردود: 6
        صافي نقاط الترويج ⁨0,0⁩ (عدد المجيبين 5: المروّجون 2، والمحايدون 1، والمنتقدون 2)
        لمعرفة كل نسبة في حدود ±5 نقطة مئوية يلزم من الردود 339 في المجموع، أي 333 أخرى.

      الموضوعات، الأسوأ أولًا
        الموضوع          الردود  الفجوة  غير راضٍ  راضٍ   موالٍ
        speed            3       -1,00   66,6%     33,3%  0,0%    يحتاج إلى عمل
        <b>courtesy</b>  2       +1,50   0,0%      0,0%   100,0%
        ردّ واحد لا يذكر موضوعًا.

      معايير النجاح
        ✔ متحقق      answered   83%   (80% على الأقل)     --kpi
        ✖ غير متحقق  abandoned  6,5%  (5% على الأكثر)     التدقيق: ⁨phone-abandon⁩
        ? غير معروف  csat       —     (⁨4 of 5⁩ على الأقل)  لا قيمة (أعطِ ‎--kpi ⁨csat⁩=VALUE‎ أو ‎--audit‎)
        أرقام التدقيق حتى 1 مارس 2026.

      صفوف لم تُقيَّم
        r.csv:8  قيمة ⁨expectation⁩ "⁨x⁩" ليست رقمًا

      القرار: مراجعة؛ معايير تحتاج إلى عمل: ⁨abandoned وcsat⁩؛ موضوعات تحتاج إلى عمل: ⁨speed⁩
      "
    `);
    expect((await PILOT_FORMATS.load('md'))(report(CRITERIA, 'ar-SA'), { lang: 'ar', color: false }).split('\n').filter((line) => line.startsWith('|'))).toMatchInlineSnapshot(`
      [
        "| | العدد | النسبة | 95٪ |",
        "| --- | --- | --- | --- |",
        "| غير راضٍ | 2 | 33.3٪ | 9.6–70.0٪ |",
        "| راضٍ | 2 | 33.3٪ | 9.6–70.0٪ |",
        "| موالٍ | 2 | 33.3٪ | 9.6–70.0٪ |",
        "| الردود | 6 | | |",
        "| الموضوع | الردود | الفجوة | غير راضٍ | راضٍ | موالٍ | |",
        "| --- | --- | --- | --- | --- | --- | --- |",
        "| speed | 3 | -1.00 | 66.6٪ | 33.3٪ | 0.0٪ | يحتاج إلى عمل |",
        "| \\<b\\>courtesy\\</b\\> | 2 | +1.50 | 0.0٪ | 0.0٪ | 100.0٪ | |",
        "| المؤشر | المستهدف | الفعلي | النتيجة | المصدر |",
        "| --- | --- | --- | --- | --- |",
        "| \`answered\` | 80٪ على الأقل | 83٪ | متحقق | --kpi |",
        "| \`abandoned\` | 5٪ على الأكثر | 6.5٪ | غير متحقق | التدقيق: ⁨phone-abandon⁩ |",
        "| \`csat\` | ⁨4 of 5⁩ على الأقل | — | غير معروف | لا قيمة |",
      ]
    `);
  });
});
