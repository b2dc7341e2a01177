import { describe, expect, it } from 'vitest';
import { lintBytes, lintText } from '../src/core/lint.js';
import { SOURCE_LIMITS } from '../src/core/source.js';
import { policyText } from './helpers/policy-text.js';

const options = { lang: 'en' as const, today: '2026-06-01' };
const lint = (text: string) => lintText(text, 'p.yaml', options);
const lintRaw = (bytes: Uint8Array) => lintBytes(bytes, 'p.yaml', options);
/** Line and column of `token` inside the first occurrence of `context` in `text`. */
function locate(text: string, context: string, token: string): string {
  const offset = text.indexOf(context) + context.indexOf(token);
  const before = text.slice(0, offset).split('\n');
  return `${before.length}:${before.at(-1)!.length + 1}`;
}

const summary = (findings: ReturnType<typeof lint>) => findings.map((f) => `${f.ruleId}@${f.line}:${f.column}`);

const aliasBomb = (() => {
  let text = 'a: &a [x, x, x, x, x, x, x, x, x]\n';
  let previous = 'a';
  for (let i = 0; i < 12; i++) {
    text += `l${i}: &l${i} [${Array(9).fill(`*${previous}`).join(', ')}]\n`;
    previous = `l${i}`;
  }
  return text;
})();

describe('reading hostile or broken files', () => {
  it.each([
    { name: 'a YAML syntax error, located', text: 'cs-policy: 1\nid: [a, b\ntitle: x\n', expected: ['yaml-syntax@3:1'] },
    { name: 'a duplicate key, at the second one', text: 'cs-policy: 1\nid: a\nid: b\n', expected: ['yaml-duplicate-key@3:1'] },
    { name: 'a tab used for indentation', text: 'owner:\n\tname: x\n', expected: ['yaml-syntax@2:1'] },
    { name: 'an empty file', text: '', expected: ['document-shape@1:1'] },
    { name: 'a file of comments only', text: '# nothing here\n', expected: ['document-shape@1:1'] },
    { name: 'a list instead of a mapping', text: '- a\n- b\n', expected: ['document-shape@1:1'] },
    { name: 'a bare scalar', text: 'hello\n', expected: ['document-shape@1:1'] },
    { name: 'two documents in one file', text: 'a: 1\n---\nb: 2\n', expected: ['document-shape@2:1'] },
    { name: 'an alias bomb', text: aliasBomb, expected: ['yaml-aliases@1:1'] },
    { name: 'flow nesting beyond the limit', text: `a: ${'['.repeat(100)}${']'.repeat(100)}\n`, expected: [`yaml-too-deep@1:${4 + SOURCE_LIMITS.maxFlowDepth}`] },
    { name: 'flow nesting one past the limit', text: `a: ${'['.repeat(SOURCE_LIMITS.maxFlowDepth + 1)}${']'.repeat(SOURCE_LIMITS.maxFlowDepth + 1)}\n`, expected: [`yaml-too-deep@1:${4 + SOURCE_LIMITS.maxFlowDepth}`] },
    { name: 'flow nesting one past the limit, of both kinds', text: `a: ${'[{a: '.repeat(SOURCE_LIMITS.maxFlowDepth / 2)}[1]${'}]'.repeat(SOURCE_LIMITS.maxFlowDepth / 2)}\n`, expected: ['yaml-too-deep@1:' + (4 + 5 * (SOURCE_LIMITS.maxFlowDepth / 2))] },
  ])('$name', ({ text, expected }) => {
    expect(summary(lint(text))).toEqual(expected);
  });

  it('accepts nesting at the limit, and many flow collections side by side', () => {
    const deepest = `${'['.repeat(SOURCE_LIMITS.maxFlowDepth)}1${']'.repeat(SOURCE_LIMITS.maxFlowDepth)}`;
    const text = `a: ${deepest}\nb: [${Array.from({ length: 500 }, (_, i) => `[${i}]`).join(', ')}]\n`;
    expect(summary(lint(text)).filter((found) => found.startsWith('yaml-'))).toEqual([]);
  });

  it('does not count brackets inside quotes or comments as nesting', () => {
    const text = policyText().replace('title: Mini policy', `title: "${'['.repeat(200)}" # ${'{'.repeat(200)}`);
    expect(lint(text)).toEqual([]);
  });

  it('refuses binary data and invalid UTF-8', () => {
    expect(summary(lintRaw(new Uint8Array([0x63, 0x73, 0x00, 0x01])))).toEqual(['file-not-text@1:1']);
    expect(summary(lintRaw(new Uint8Array([0x61, 0x3a, 0x20, 0xff, 0xfe, 0x0a])))).toEqual(['file-not-text@1:1']);
  });

  it('refuses a file over the size limit without parsing it', () => {
    const big = new Uint8Array(SOURCE_LIMITS.maxBytes + 1).fill(0x61);
    expect(summary(lintRaw(big))).toEqual(['file-too-large@1:1']);
  });

  it('reads a byte-order mark and CRLF line ends with the same lines as plain LF', () => {
    const broken = policyText().replace('status: active', 'status: activ');
    const plain = summary(lint(broken));
    const withBom = new TextEncoder().encode(`\uFEFF${broken.replace(/\n/g, '\r\n')}`);
    expect(plain).toEqual(['schema@7:9']);
    expect(summary(lintRaw(withBom))).toEqual(plain);
  });

  it('treats a __proto__ key as an unknown key, without touching any prototype', () => {
    const findings = lint(policyText().replace('id: mini', 'id: mini\n__proto__: { polluted: true }'));
    expect(summary(findings)).toEqual(['schema@3:1']);
    expect(findings[0]?.message).toBe('unknown key "__proto__"');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('the schema stage', () => {
  it.each([
    { name: 'an unknown key, with a suggestion', edit: ['organisation:', 'organization:'], token: 'organization', message: 'unknown key "organization" (did you mean "organisation"?)' },
    { name: 'a wrong format version', edit: ['cs-policy: 1', 'cs-policy: 2'], token: '2', message: '"cs-policy" must be 1, the format version this tool reads' },
    { name: 'a vague target', edit: ['target: 1h', 'target: soon'], token: 'soon', message: 'must be a duration: a number and a unit (90s, 15m, 4h, 5d, 2w, 6mo, 1y) or ISO 8601 (PT4H, P5D)' },
    { name: 'an unknown status, with a suggestion', edit: ['status: active', 'status: activ'], token: 'activ', message: 'must be one of: "draft", "pilot", "active", or "retired" (did you mean "active"?)' },
    { name: 'an impossible date', edit: ['effective_date: 2026-03-01', 'effective_date: 2026-02-30'], token: '2026', message: '"2026-02-30" is written YYYY-MM-DD but is not a real date: no such day is on the calendar' },
    { name: 'a wrong type', edit: ['target: 90,', 'target: ninety,'], token: 'ninety', message: 'must be a number' },
    { name: 'a missing required key, at its parent key', edit: ['owner:\n  name: Service lead\n', 'owner:\n'], token: 'owner', message: 'missing required key "name"' },
    { name: 'a text map with a key that is no language', edit: ['title: Mini policy', 'title: { en: Mini, english: Mini }'], token: 'english', message: 'the key "english" is not a language code such as "ar" or "en"' },
  ])('$name', ({ edit, token, message }) => {
    const text = policyText().replace(edit[0]!, edit[1]!);
    expect(text).not.toBe(policyText());
    const findings = lint(text);
    expect(summary(findings)).toEqual([`schema@${locate(text, edit[1]!, token)}`]);
    expect(findings[0]?.message).toBe(message);
  });

  it('reports at most 50 schema findings per file, and says how many more there are', () => {
    const roles = Array.from({ length: 80 }, (_, i) => `  - { id: r${i}, name: R, kind: nobody }`).join('\n');
    const findings = lint(policyText({ roles: `roles:\n${roles}\n` }));
    expect(findings).toHaveLength(51);
    expect(findings.some((f) => f.message === '30 more schema problems in this file are not shown')).toBe(true);
  });

  it('does not run semantic rules on a document the schema rejects', () => {
    const text = policyText({ rollout: 'rollout:\n  start: 2026-02-02\n  audiences: []\n' });
    expect(lint(text).map((f) => f.ruleId)).toEqual(['schema']);
  });
});
