import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderBriefing } from '../../src/brief/render.js';
import { escapeMarkdown, tidyMarkdown } from '../../src/report/markdown.js';
import { briefingView } from '../../src/brief/view.js';
import { lintText } from '../../src/core/lint.js';
import type { Policy } from '../../src/core/policy.js';
import { parse } from 'yaml';
import { hostilePolicyText } from '../helpers/hostile.js';

const template = (kind: 'md' | 'html') => readFileSync(new URL(`../../templates/briefing.${kind}.eta`, import.meta.url), 'utf8');


describe('rendering', () => {
  const policy = parse(hostilePolicyText) as Policy;

  it('starts from a policy that validates', () => {
    expect(lintText(hostilePolicyText, 'p.yaml', { lang: 'en', today: '2026-06-01' })).toEqual([]);
  });

  it('never turns policy text into HTML markup', () => {
    const html = renderBriefing(template('html'), briefingView(policy, 'agent', 'en'), 'html');
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; **bold** [link](http://evil.example) &lt;img src=x onerror=alert(2)&gt;');
  });

  it('never turns policy text into Markdown or HTML syntax', () => {
    const md = renderBriefing(template('md'), briefingView(policy, 'agent', 'en'), 'md');
    expect(md).toContain('\\<script\\>alert(1)\\</script\\> \\*\\*bold\\*\\* \\[link\\](http\\://evil.example)');
    expect(md).not.toMatch(/(^|[^\\])<script>/);
    expect(md).not.toMatch(/(^|[^\\])\*\*bold/);
  });

  it('lays Arabic pages out right to left, with their language', () => {
    const html = renderBriefing(template('html'), briefingView(policy, 'agent', 'ar'), 'html');
    expect(html).toContain('<html lang="ar" dir="rtl">');
    expect(renderBriefing(template('html'), briefingView(policy, 'agent', 'en'), 'html')).toContain('<html lang="en" dir="ltr">');
  });

  it('is self-contained: no external resource, and a policy that forbids scripts and fetching', () => {
    const html = renderBriefing(template('html'), briefingView(policy, 'agent', 'en'), 'html');
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
    expect(html).not.toMatch(/<(link|script)\b|src="http|url\(/);
  });
});

describe('Markdown helpers', () => {
  it('escapes every character Markdown reads as syntax, and keeps addresses as text', () => {
    expect(escapeMarkdown('a*b_c`d[e]f<g>h#i|j~k\\l!m+n')).toBe('a\\*b\\_c\\`d\\[e\\]f\\<g\\>h\\#i\\|j\\~k\\\\l\\!m\\+n');
    expect(escapeMarkdown('mail me@example.org or www.example.org or https://x.org')).toBe('mail me\\@example.org or www\\.example.org or https\\://x.org');
    expect(escapeMarkdown('two\nlines')).toBe('two lines');
  });

  it('wraps long lines at 80 columns under their list marker, never starting a list', () => {
    const long = `- ${'word '.repeat(30).trim()}`;
    const out = tidyMarkdown(`${long}\n\n\n\nnext 1. - x`);
    for (const line of out.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
    expect(out.split('\n')[1]).toMatch(/^ {2}word/);
    expect(out).toContain('\n\nnext');
    const tricky = tidyMarkdown(`${'a'.repeat(76)} - b c`);
    expect(tricky.split('\n').every((line) => !/^- /.test(line))).toBe(true);
  });
});
