import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/rules/index.js';
import { policyText } from '../helpers/policy-text.js';
import { lint } from './rule-tester.js';

describe('the base test policy', () => {
  it('is valid, so each case shows only what it changes', () => {
    expect(lint(policyText())).toEqual([]);
  });
});

describe('every registered rule', () => {
  it.each(RULES.map((rule) => rule.meta.id))('%s has its own test file with a table of cases', (id) => {
    const file = join(import.meta.dirname, `${id}.test.ts`);
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file, 'utf8')).toContain(`testRule('${id}', {`);
  });

  it.each(RULES.map((rule) => rule))('$meta.id has every message in Arabic and English', (rule) => {
    for (const text of [rule.meta.description, ...Object.values(rule.meta.messages)]) {
      expect(text.en.trim()).not.toBe('');
      expect(text.ar).toMatch(/[\u0600-\u06FF]/);
    }
  });
});
