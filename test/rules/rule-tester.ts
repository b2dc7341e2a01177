/**
 * What every rule's test file shares, as ESLint's RuleTester: a table of valid cases, which the
 * rule must accept, and invalid ones, whose `#!` marks are every line it must report, in English
 * and in Arabic. test/rules/rules.test.ts requires a <rule-id>.test.ts for every registered rule.
 */
import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/core/lint.js';
import { markedLines, policyText, SECTIONS, type Section } from '../helpers/policy-text.js';

export { SECTIONS };

export const PILOT = SECTIONS.pilot;
export const pilotWithCriteria = (criteria: string) => PILOT.replace(/ {2}success_criteria:\n[\s\S]*$/, `  success_criteria:\n${criteria}`);

export interface RuleCase {
  name: string;
  sections: Partial<Record<Section, string>>;
  /** Date rules compare against; a fixed day keeps the cases stable. */
  today?: string;
  /** Rules turned off, for a case another rule would also report. */
  off?: string[];
}

export interface RuleTable {
  valid: RuleCase[];
  /** Each invalid case marks every line the rule must report with `#!`, and nothing else. */
  invalid: RuleCase[];
}

export const TODAY = '2026-06-01';

/** The base policy written in English and Arabic: every section that holds a text, in both. */
export const BILINGUAL: Partial<Record<Section, string>> = {
  head: SECTIONS.head
    .replace('languages: [en]', 'languages: [en, ar]')
    .replace('title: Mini policy', 'title: { en: Mini policy, ar: سياسة مصغرة }')
    .replace('organisation: Example Ltd', 'organisation: { en: Example Ltd, ar: شركة المثال }')
    .replace('  name: Service lead', '  name: { en: Service lead, ar: قائد الخدمة }'),
  roles: `roles:\n  - { id: agent, name: { en: Agent, ar: موظف }, kind: front-line }\n  - { id: lead, name: { en: Team lead, ar: قائد الفريق }, kind: supervisor }\n`,
  goals: `goals:\n  - id: fast\n    category: retention\n    title: { en: Fast answers, ar: إجابات في الموعد }\n    kpis:\n      - { id: answered-1h, name: { en: Answered within 1 hour, ar: يُجاب خلال ساعة }, target: 90, unit: "%", direction: at-least }\n`,
  comparison: `comparison:\n  benchmarks:\n    - { kpi: answered-1h, kind: industry, against: { en: Sector, ar: القطاع }, value: 85, source: { en: Survey, ar: استطلاع }, date: 2025-01-01 }\n`,
  mission: `mission:\n  statement: { en: Serve well., ar: نخدم جيدًا. }\n  links:\n    - { goal: fast, rationale: { en: Speed keeps customers., ar: السرعة تحفظ العملاء. } }\n`,
  actions: `actions:\n  - { id: answer, goal: fast, title: { en: Answer enquiries, ar: الرد على الاستفسارات }, channels: [phone, email], owner: agent }\n`,
  pilot: PILOT.replace('customers: Callers to team A', 'customers: { en: Callers to team A, ar: متصلو الفريق أ }').replace(
    'notice: This is a trial; your comments shape the final policy.',
    'notice: { en: This is a trial; your comments shape the final policy., ar: هذه تجربة؛ ملاحظاتك تحدد السياسة النهائية. }',
  ),
};

/** The base head of a policy written in Arabic. */
export const ARABIC_HEAD = SECTIONS.head.replace('languages: [en]', 'languages: [ar]');

export const lint = (text: string, today = TODAY, lang: 'en' | 'ar' = 'en', off: readonly string[] = []) =>
  lintText(text, 'policy.yaml', { lang, today, rules: Object.fromEntries(off.map((id) => [id, 'off' as const])) });

/** The cases of one rule: each valid one clean, each invalid one reported on its marked lines only. */
export function testRule(ruleId: string, table: RuleTable): void {
  describe(ruleId, () => {
    it('has valid and invalid cases', () => {
      expect(table.valid.length).toBeGreaterThan(0);
      expect(table.invalid.length).toBeGreaterThan(0);
    });

    it.each(table.valid)('accepts $name', ({ sections, today, off }) => {
      expect(lint(policyText(sections), today, 'en', off)).toEqual([]);
    });

    it.each(table.invalid)('reports $name on the marked lines', ({ sections, today, off }) => {
      const text = policyText(sections);
      const expected = markedLines(text);
      expect(expected.length).toBeGreaterThan(0);
      const findings = lint(text, today, 'en', off);
      expect(findings.filter((f) => f.ruleId !== ruleId)).toEqual([]);
      expect(findings.map((f) => f.line)).toEqual(expected);
      for (const finding of findings) {
        expect(finding.message).not.toMatch(/\{\w+\}/);
        expect(finding.column).toBeGreaterThanOrEqual(1);
      }
    });

    it.each(table.invalid)('says $name in Arabic too', ({ sections, today, off }) => {
      const findings = lint(policyText(sections), today, 'ar', off);
      expect(findings.length).toBeGreaterThan(0);
      for (const finding of findings) {
        expect(finding.message).toMatch(/[\u0600-\u06FF]/);
        expect(finding.message).not.toMatch(/\{\w+\}/);
      }
    });
  });
}
