import { describe, expect, it } from 'vitest';
import type { PolicyChange } from '../../src/diff/diff.js';
import github from '../../src/diff/format/github.js';
import json from '../../src/diff/format/json.js';
import md from '../../src/diff/format/md.js';
import stylish from '../../src/diff/format/stylish.js';

const DIFF_FORMATTERS = { stylish, json, md, github };

const CHANGES: PolicyChange[] = [
  { kind: 'changed', path: 'standards.email-answered.target', section: 'standards', id: 'email-answered', field: 'target', before: '5d', after: '3d', effect: 'tightened', roles: ['contact-centre'] },
  { kind: 'added', path: 'channels.social', section: 'channels', id: 'social', after: { id: 'social', kind: 'social', name: 'Social | media' }, roles: [] },
  { kind: 'removed', path: 'standards.chat-answered', section: 'standards', id: 'chat-answered', before: { id: 'chat-answered', target: '2m' }, roles: ['contact-centre', 'reception'] },
];
const options = { lang: 'en' as const, color: false, old: 'HEAD~1:policies/x.yaml', new: 'policies/x.yaml' };

describe('diff formats', () => {
  it('stylish: one line per change, then the count', () => {
    expect(DIFF_FORMATTERS.stylish(CHANGES, options)).toBe(`HEAD~1:policies/x.yaml → policies/x.yaml
  changed  standards.email-answered.target: 5d → 3d (tightened; roles: contact-centre)
  added    channels.social
  removed  standards.chat-answered (roles: contact-centre, reception)

3 changes (1 added, 1 removed, 1 changed)
`);
  });

  it('stylish in Arabic, with colour for a terminal', () => {
    expect(DIFF_FORMATTERS.stylish(CHANGES.slice(0, 1), { ...options, lang: 'ar', color: true })).toBe(`\u2068HEAD~1:policies/x.yaml\u2069 → \u2068policies/x.yaml\u2069
  \u001b[33mتغيّر\u001b[39m  standards.email-answered.target: 5d → 3d (شُدِّد؛ الأدوار: contact-centre)

تغيير واحد (تغيّر 1)
`);
  });

  it('says so when nothing changed', () => {
    expect(DIFF_FORMATTERS.stylish([], options)).toBe('HEAD~1:policies/x.yaml → policies/x.yaml\nNo changes.\n');
    expect(DIFF_FORMATTERS.md([], options)).toBe('## Policy changes\n\n`HEAD~1:policies/x.yaml` → `policies/x.yaml`\n\nNo changes.\n');
    expect(JSON.parse(DIFF_FORMATTERS.json([], options))).toEqual({ format: 'cs-policy/diff', version: 1, changes: [] });
  });

  it('json: every change with every key, null where a side has none', () => {
    expect(JSON.parse(DIFF_FORMATTERS.json(CHANGES, options))).toEqual({
      format: 'cs-policy/diff',
      version: 1,
      changes: [
        { kind: 'changed', path: 'standards.email-answered.target', before: '5d', after: '3d', effect: 'tightened', roles: ['contact-centre'] },
        { kind: 'added', path: 'channels.social', before: null, after: { id: 'social', kind: 'social', name: 'Social | media' }, effect: null, roles: [] },
        { kind: 'removed', path: 'standards.chat-answered', before: { id: 'chat-answered', target: '2m' }, after: null, effect: null, roles: ['contact-centre', 'reception'] },
      ],
    });
  });

  it('md: a table for a pull request, pipes in values escaped', () => {
    expect(DIFF_FORMATTERS.md(CHANGES, options)).toBe(`## Policy changes

\`HEAD~1:policies/x.yaml\` → \`policies/x.yaml\`

3 changes (1 added, 1 removed, 1 changed)

| Change | Where | Before | After | Effect | Roles |
| --- | --- | --- | --- | --- | --- |
| changed | \`standards.email-answered.target\` | 5d | 3d | tightened | \`contact-centre\` |
| added | \`channels.social\` | | \\{ id: social, kind: social, name: Social \\| media \\} | | |
| removed | \`standards.chat-answered\` | \\{ id: chat-answered, target: 2m \\} | | | \`contact-centre\`, \`reception\` |
`);
  });

  it('github: a job summary with the count up front', () => {
    expect(DIFF_FORMATTERS.github(CHANGES.slice(0, 1), options)).toBe(`### Policy changes

\`HEAD~1:policies/x.yaml\` → \`policies/x.yaml\`: 1 change (1 changed)

| Change | Where | Before | After | Effect | Roles |
| --- | --- | --- | --- | --- | --- |
| 🟡 changed | \`standards.email-answered.target\` | 5d | 3d | tightened | \`contact-centre\` |
`);
    const many = Array.from({ length: 11 }, () => CHANGES[0]!);
    expect(DIFF_FORMATTERS.github(many, options)).toContain('<details><summary>11 changes (11 changed)</summary>\n\n| Change |');
  });
});
