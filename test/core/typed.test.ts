import { describe, expect, it } from 'vitest';
import { amountsIn, durationsIn, isLetterOrMark, parseTypedDuration, parseTypedMoney, parseTypedNumber, parseTypedShare, sharesIn, tokens } from '../../src/core/typed.js';
import { PROPERTY_OPTIONS, PROPERTY_TIMEOUT, fc } from '../helpers/fast-check.js';

describe('tokens', () => {
  it('isLetterOrMark agrees with \\p{L} and \\p{M} on every code point of Latin and Arabic, and on others', () => {
    const byRegex = /[\p{L}\p{M}]/u;
    const codes = [...Array.from({ length: 0x700 }, (_, i) => i), 0x2019, 0x1d400, 0x1f600, 0x200f, 0x0905, 0x4e00, 0x3000, 0xd800, 0xdc00];
    for (const code of codes) expect([code, isLetterOrMark(code)]).toEqual([code, byRegex.test(String.fromCodePoint(code))]);
  });

  it('reads a text as the regex it stands for does', () => {
    const byRegex = (text: string) => [...text.matchAll(/\d+(?:[.,]\d+)*|[%£$€]|[\p{L}\p{M}]+/gu)].map((match) => ({ text: match[0], start: match.index, end: match.index + match[0].length }));
    const pieces = fc.constantFrom(
      '1', '25', '.', ',', '%', '£', '$', '€', ' ', '\n', '-', 'a', 'Z', 'hours', 'é', 'e\u0301', 'ساعة', 'و', '\u064B', '\u0640', '٣', '،',
      '𝐀', '😀', '\ud800', '\udc00', '\u200F', 'ß', 'ŉ', 'Ω', 'ж', '中', '_', "'",
    );
    fc.assert(fc.property(fc.array(pieces, { maxLength: 16 }), (parts) => {
      const text = parts.join('');
      expect(tokens(text)).toEqual(byRegex(text));
    }), PROPERTY_OPTIONS);
  }, PROPERTY_TIMEOUT);
});

describe('parseTypedDuration', () => {
  it.each([
    ['2h', '2h'], ['2 h', '2h'], ['PT4H', 'PT4H'], ['2 hours', '2h'], ['2 Hours', '2h'], ['an hour', '1h'], ['one hour', '1h'],
    ['half an hour', '30m'], ['1.5 hours', '90m'], ['1 hour 30 minutes', '90m'], ['90 seconds', '90s'], ['3 working days', '3d'],
    ['two weeks', '2w'], ['6 months', '6mo'], ['a year', '1y'], ['twenty five minutes', '25m'],
    ['ساعتان', '2h'], ['ساعتين', '2h'], ['ساعة', '1h'], ['٣ أيام', '3d'], ['3 أيام', '3d'], ['٣ ايام عمل', '3d'], ['يومان', '2d'],
    ['أسبوعين', '2w'], ['خمس دقائق', '5m'], ['٤ أسابيع', '4w'], ['نصف ساعة', '30m'], ['ساعة ونصف', '90m'], ['٢ س', undefined],
    ['٢h', '2h'], ['خمسة عشر يومًا', '15d'], ['عشرة أيام', '10d'], ['٩٠ ثانية', '90s'], ['سنة', '1y'],
    ['soon', undefined], ['2 apples', undefined], ['', undefined], ['hours', undefined],
  ])('%j → %j', (typed, expected) => {
    expect(parseTypedDuration(typed)).toBe(expected);
  });
});

describe('parseTypedShare', () => {
  it.each([
    ['90', 90], ['90%', 90], ['90 %', 90], ['٩٠', 90], ['٩٠٪', 90], ['٩٠ ٪', 90], ['95.5%', 95.5], ['٩٥٫٥٪', 95.5],
    ['90 per cent', 90], ['90 percent', 90], ['٩٠ بالمئة', 90], ['90 في المائة', 90], ['ninety', 90], ['تسعون', 90],
    ['0', 0], ['100%', 100], ['101%', undefined], ['-5', undefined], ['most', undefined], ['', undefined],
  ])('%j → %j', (typed, expected) => {
    expect(parseTypedShare(typed)).toBe(expected);
  });
});

describe('parseTypedNumber and parseTypedMoney', () => {
  it.each([
    ['42', 42], ['٤٢', 42], ['۴۲', 42], ['1,250', 1250], ['٣٫٥', 3.5], ['forty two', 42], ['خمسة وعشرون', 25], ['مئة', 100], ['x', undefined],
  ])('number %j → %j', (typed, expected) => {
    expect(parseTypedNumber(typed)).toBe(expected);
  });
  it.each([['10', 10], ['£10', 10], ['١٠', 10], ['10.50', 10.5], ['10.555', undefined], ['0', undefined], ['ten', 10]])('money %j → %j', (typed, expected) => {
    expect(parseTypedMoney(typed)).toBe(expected);
  });
});

describe('figures in a text', () => {
  const durations = (text: string) => durationsIn(text).map((figure) => `${figure.value.value}${figure.value.unit}`);
  it.each([
    ['Reply in full within 5 working days.', ['5d']],
    ['We resolve within one working day and keep you updated.', ['1d']],
    ['We answer within an hour.', ['1h']],
    ['Open 24 hours a day, 7 days a week; we answer within 60 seconds.', ['60s']],
    ['نرد خلال ٣ أيام عمل.', ['3d']],
    ['نرد خلال يوم عمل واحد.', ['1d']],
    ['نرد خلال ساعتين على مدار الساعة.', ['2h']],
    ['نجيب خلال خمس دقائق', ['5m']],
    ['في غضون ثلاثة أيام', ['3d']],
    ['Our office hours are on the website.', []],
    ['The constructor toString hasOwnProperty of __proto__ days', []],
    ['ساعات العمل من ٩ إلى ٥', []],
  ])('durations in %j', (text, expected) => {
    expect(durations(text)).toEqual(expected);
  });
  it.each([
    ['in 90% of cases', [90]], ['في ٩٠٪ من الحالات', [90]], ['nine in ten', []], ['95 per cent of calls', [95]], ['٨٥ بالمئة', [85]],
  ])('shares in %j', (text, expected) => {
    expect(sharesIn(text).map((figure) => figure.value)).toEqual(expected);
  });
  it.each([
    ['we pay £10 if we are late', [10]], ['we pay 10 GBP', [10]], ['نعوضك بمبلغ ٥٠ ريالا', [50]], ['ten pounds', [10]], ['within 10 days', []],
  ])('amounts in %j', (text, expected) => {
    expect(amountsIn(text).map((figure) => figure.value)).toEqual(expected);
  });
  it('quotes a figure as the text writes it', () => {
    expect(durationsIn('خلال ٣ أيام عمل')[0]!.written).toBe('٣ أيام');
  });
});
