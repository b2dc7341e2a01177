import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/core/lint.js';
import { formatDate, formatInstant, policyLocale } from '../../src/core/locale.js';
import type { Policy } from '../../src/core/policy.js';

const calendar = (country?: string) => ({ id: 'c', timezone: 'UTC', ...(country ? { country } : {}) });

describe('the locale dates follow', () => {
  it.each([
    // [policy's locale, calendars' countries, language, locale used]
    [undefined, ['GB-ENG'], 'en', 'en-GB'],
    [undefined, ['GB-ENG'], 'ar', 'ar-GB'],
    [undefined, [undefined, 'SA'], 'ar', 'ar-SA'],
    [undefined, [], 'en', 'en'],
    [undefined, [undefined], 'en', 'en'],
    ['en-US', ['GB-ENG'], 'en', 'en-US'],
    ['en-GB', ['SA'], 'ar', 'ar-GB'],
    ['es-419', [], 'en', 'en-419'],
  ] as const)('locale %j, calendars in %j: %s → %s', (locale, countries, lang, expected) => {
    const policy = { ...(locale ? { locale } : {}), calendars: countries.map(calendar) } as Pick<Policy, 'locale' | 'calendars'>;
    expect(policyLocale(policy, lang)).toBe(expected);
  });

  it.each([
    ['en-GB', '2027-02-22', '22 February 2027'],
    ['en-US', '2027-02-22', 'February 22, 2027'],
    ['en', '2027-02-22', 'February 22, 2027'],
    // Gregorian and Western digits in Arabic too, as the policy writes its dates.
    ['ar-SA', '2027-02-22', '22 فبراير 2027'],
    ['ar', '2026-07-01', '1 يوليو 2026'],
  ])('date in %s: %s → %s', (locale, iso, expected) => {
    expect(formatDate(locale, iso)).toBe(expected);
  });

  it.each([
    ['en-GB', '2026-07-01T00:00:00.000Z', 'Europe/London', '1 July 2026 at 01:00 (Europe/London)'],
    ['en-US', '2026-07-01T00:00:00.000Z', 'America/New_York', 'June 30, 2026 at 20:00 (America/New_York)'],
    ['ar-SA', '2026-07-01T00:00:00.000Z', 'Asia/Riyadh', '1 يوليو 2026 في 03:00 (\u2068Asia/Riyadh\u2069)'],
    ['en', 'not a time', 'UTC', 'not a time'],
  ])('instant in %s: %s in %s → %s', (locale, instant, zone, expected) => {
    expect(formatInstant(locale, instant, zone)).toBe(expected);
  });
});

describe('the policy\'s locale field', () => {
  const council = readFileSync(new URL('../../policies/council-customer-service.en.yaml', import.meta.url), 'utf8');
  const withLocale = (value: string) => council.replace(/^languages: .*$/m, (line) => `${line}\nlocale: ${value}`);
  const errors = (text: string) => lintText(text, 'p.yaml', { lang: 'en', today: '2026-06-01' }).filter((f) => f.severity === 'error');

  it.each(['en-GB', 'en-US', 'ar-SA', 'es-419', 'zh-Hant-TW'])('accepts %s', (value) => {
    expect(errors(withLocale(value))).toEqual([]);
  });

  it.each(['en', 'english', 'en_GB', 'en-gb', 'GB'])('refuses %s, saying what to write', (value) => {
    expect(errors(withLocale(value)).map((f) => f.message)).toEqual([expect.stringContaining('must be a language and a region such as "en-GB", "en-US" or "ar-SA"')]);
  });
});
