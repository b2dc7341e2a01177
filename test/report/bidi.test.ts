import { describe, expect, it } from 'vitest';
import { isolate, isolatesToBdi } from '../../src/report/bidi.js';

const FSI = '\u2068';
const PDI = '\u2069';

describe('isolating left-to-right runs in Arabic text', () => {
  it.each([
    // [language, value, as interpolated]
    ['ar', 'phone-answer', `${FSI}phone-answer${PDI}`],
    ['ar', '2026-07-01T00:00:00.000Z', `${FSI}2026-07-01T00:00:00.000Z${PDI}`],
    ['ar', 'calls.csv, more.csv', `${FSI}calls.csv, more.csv${PDI}`],
    ['ar', '2026-06-01', `${FSI}2026-06-01${PDI}`],
    ['ar', '9.6–70.0%', `${FSI}9.6–70.0%${PDI}`],
    ['ar', '5', '5'],
    ['ar', '33.3%', '33.3%'],
    ['ar', '−1%', '−1%'],
    ['ar', '87 سجلًا', '87 سجلًا'],
    ['ar', 'سجل واحد', 'سجل واحد'],
    ['ar', `${FSI}id${PDI} و${FSI}x${PDI}`, `${FSI}id${PDI} و${FSI}x${PDI}`],
    ['ar', '\u2066demo\u2069', '\u2066demo\u2069'],
    ['en', 'phone-answer', 'phone-answer'],
    ['en', '2026-06-01', '2026-06-01'],
  ] as const)('%s %j → %j', (lang, value, expected) => {
    expect(isolate(lang, value)).toBe(expected);
  });

  it.each([
    ['حتى ⁨2026⁩', 'حتى <bdi>2026</bdi>'],
    ['⁨a⁩ و⁨b⁩', '<bdi>a</bdi> و<bdi>b</bdi>'],
    ['⁨outer ⁨inner⁩⁩', '<bdi>outer <bdi>inner</bdi></bdi>'],
    // An isolate that does not pair up is left as a character, never an unclosed tag.
    ['stray ⁨ only', 'stray ⁨ only'],
    ['no isolates', 'no isolates'],
    ['\u2066demo.yaml\u2069 \u2067نص\u2069', '<bdi dir="ltr">demo.yaml</bdi> <bdi dir="rtl">نص</bdi>'],
  ])('HTML: %j → %j', (text, expected) => {
    expect(isolatesToBdi(text)).toBe(expected);
  });
});
