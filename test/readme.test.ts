import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SOURCE_CHECKS } from '../src/core/checks.js';
import { lintText } from '../src/core/lint.js';
import { VALIDATE_FORMATS } from '../src/commands/validate.command.js';
import { RULES } from '../src/rules/index.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

describe('the README', () => {
  it('shows an annotated example that validates clean', () => {
    const example = /```yaml\n(# yaml-language-server[\s\S]*?)```/.exec(readme)?.[1];
    expect(example).toBeDefined();
    expect(lintText(example!, 'README.md', { lang: 'en', today: '2026-06-01' })).toEqual([]);
  });

  it('documents every rule and every format', () => {
    for (const id of [...SOURCE_CHECKS.map((c) => c.id), ...RULES.map((r) => r.meta.id)]) expect(readme).toContain(`| \`${id}\` |`);
    for (const format of VALIDATE_FORMATS.names) expect(readme).toContain(`\`${format}\``);
  });

  it('starts with the two set-up commands', () => {
    expect(readme.indexOf('npm install')).toBeLessThan(readme.indexOf('npm test'));
    expect(readme.indexOf('npm test')).toBeLessThan(readme.indexOf('npx cs-policy init'));
  });
});
