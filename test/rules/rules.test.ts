import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/core/lint.js';
import { RULES } from '../../src/rules/index.js';
import { markedLines, policyText } from '../helpers/policy-text.js';
import { RULE_TABLES, TODAY } from './rule-cases.js';

const lint = (text: string, today = TODAY, lang: 'en' | 'ar' = 'en', off: readonly string[] = []) =>
  lintText(text, 'policy.yaml', { lang, today, rules: Object.fromEntries(off.map((id) => [id, 'off' as const])) });

describe('the base test policy', () => {
  it('is valid, so each case shows only what it changes', () => {
    expect(lint(policyText())).toEqual([]);
  });
});

describe('every registered rule', () => {
  it.each(RULES.map((rule) => rule.meta.id))('%s has a table with valid and invalid cases', (id) => {
    expect(RULE_TABLES[id]?.valid.length).toBeGreaterThan(0);
    expect(RULE_TABLES[id]?.invalid.length).toBeGreaterThan(0);
  });

  it.each(RULES.map((rule) => rule))('$meta.id has every message in Arabic and English', (rule) => {
    for (const text of [rule.meta.description, ...Object.values(rule.meta.messages)]) {
      expect(text.en.trim()).not.toBe('');
      expect(text.ar).toMatch(/[\u0600-\u06FF]/);
    }
  });
});

for (const [ruleId, table] of Object.entries(RULE_TABLES)) {
  describe(ruleId, () => {
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
