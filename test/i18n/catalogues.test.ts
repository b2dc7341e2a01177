import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/i18n/lang.js';
import { RULES } from '../../src/rules/index.js';

/**
 * Every message catalogue: a messages.ts in any folder of src, each of its exported records of
 * messages, and the names of the policy format's values (i18n/terms.ts).
 */
const SRC = join(import.meta.dirname, '../../src');
const files = (readdirSync(SRC, { recursive: true }) as string[]).filter((file) => /(^|\/)messages\.ts$/.test(file) || file === join('i18n', 'terms.ts')).sort();

const isMessage = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && LANGS.some((lang) => lang in value) && Object.keys(value).every((key) => (LANGS as readonly string[]).includes(key));

const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].filter((name) => name !== 'count').sort();

/** The problems of one message: a language missing or empty, or a placeholder in one language and not the other. */
function problems(message: Record<string, unknown>): string[] {
  const found: string[] = [];
  const texts: [string, string][] = [];
  for (const lang of LANGS) {
    const value = message[lang];
    if (typeof value === 'string') texts.push([lang, value]);
    else if (typeof value === 'object' && value !== null && typeof (value as Record<string, unknown>).other === 'string') {
      for (const [form, text] of Object.entries(value)) texts.push([`${lang}.${form}`, String(text)]);
    } else found.push(`no ${lang}`);
  }
  for (const [where, text] of texts) if (text.trim() === '') found.push(`${where} is empty`);
  const expected = texts[0] ? placeholders(texts[0][1]).join(',') : '';
  for (const [where, text] of texts) if (placeholders(text).join(',') !== expected) found.push(`${where} has {${placeholders(text).join('},{')}}, ${texts[0]![0]} has {${expected.replaceAll(',', '},{')}}`);
  return found;
}

async function catalogues(): Promise<[string, Record<string, unknown>][]> {
  const found: [string, Record<string, unknown>][] = [];
  for (const file of files) {
    const module = (await import(pathToFileURL(join(SRC, file)).href)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(module)) {
      if (typeof value !== 'object' || value === null) continue;
      const entries = Object.values(value);
      if (entries.length > 0 && entries.every(isMessage)) found.push([`${relative(SRC, join(SRC, file))} ${name}`, value as Record<string, unknown>]);
    }
  }
  for (const rule of RULES) found.push([`rule ${rule.meta.id}`, rule.meta.messages as Record<string, unknown>]);
  return found;
}

describe('message catalogues', () => {
  it('are found: every messages.ts exports at least one', async () => {
    const found = await catalogues();
    for (const file of files) expect(found.some(([name]) => name.startsWith(`${file} `)), file).toBe(true);
  });

  it('give every message in both languages, non-empty, with the same placeholders', async () => {
    const wrong: string[] = [];
    for (const [name, catalogue] of await catalogues()) {
      for (const [id, message] of Object.entries(catalogue)) for (const problem of problems(message as Record<string, unknown>)) wrong.push(`${name} ${id}: ${problem}`);
    }
    expect(wrong).toEqual([]);
  });
});
