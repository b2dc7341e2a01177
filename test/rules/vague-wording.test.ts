import { describe, expect, it } from 'vitest';
import { ARABIC_PREFIXES, foldArabic } from '../../src/core/arabic.js';
import { VAGUE_AR, VAGUE_EN, findVaguePromise, findVagueWording, isWordCode } from '../../src/rules/vague-standard.js';
import { PROPERTY_OPTIONS, PROPERTY_TIMEOUT, fc } from '../helpers/fast-check.js';

/**
 * The definition the word-by-word matcher must agree with: one Unicode pattern over the folded
 * text with quoted spans blanked, the phrases whole, "no letter, mark, digit or joiner" either
 * side, and the Arabic prefixes allowed in front. Too slow to compile at start-up; fine in a test.
 */
const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const NOT_WORD_BEFORE = "(?<![\\p{L}\\p{M}\\p{N}_'’-])";
const NOT_WORD_AFTER = "(?![\\p{L}\\p{M}\\p{N}_'’-])";
const DEFINITION = new RegExp(
  `${NOT_WORD_BEFORE}(?:${ARABIC_PREFIXES.map(escape).join('|')})?(?:${[...VAGUE_EN, ...VAGUE_AR].map((p) => escape(foldArabic(p))).join('|')})${NOT_WORD_AFTER}`,
  'u',
);
const byDefinition = (text: string) => DEFINITION.test(foldArabic(text).replace(/"[^"]*"|“[^”]*”|«[^»]*»/g, '\u0001'));

describe('foldArabic', () => {
  it.each([
    ['أسرع', 'اسرع'],
    ['إبطاء', 'ابطاء'],
    ['آخر', 'اخر'],
    ['فوراً', 'فورا'],
    ['فورًا', 'فورا'],
    ['بِأَسْرَعِ وَقْتٍ', 'باسرع وقت'],
    ['بســرعة', 'بسرعه'],
    ['على', 'علي'],
    ['مسؤول', 'مسوول'],
    ['طارئة', 'طاريه'],
    ['ASAP', 'asap'],
    ['within 4h', 'within 4h'],
  ])('%j → %j', (text, expected) => {
    expect(foldArabic(text)).toBe(expected);
  });
});

describe('isWordCode', () => {
  it('agrees with \\p{L}, \\p{M}, \\p{N} and the joiners on every code point of Latin and Arabic, and on others', () => {
    const byRegex = /[\p{L}\p{M}\p{N}_'’-]/u;
    const codes = [...Array.from({ length: 0x700 }, (_, i) => i), 0x2019, 0x1d400, 0x1f600, 0x200f, 0x0905, 0x4e00, 0x3000];
    for (const code of codes) expect([code, isWordCode(code)]).toEqual([code, byRegex.test(String.fromCodePoint(code))]);
  });
});

describe('the English phrases', () => {
  it('are written folded, as the matcher takes them', () => {
    for (const phrase of VAGUE_EN) expect(foldArabic(phrase)).toBe(phrase);
  });
});

describe('findVagueWording', () => {
  it.each([
    ['We reply ASAP.', 'asap'],
    ['Complaints are handled Promptly', 'promptly'],
    ['as soon  as\tpossible', 'as soon as possible'],
    ['without undue delay', 'without undue delay'],
    ['Call back right away.', 'right away'],
    ['answered within a reasonable time', 'reasonable time'],
    ['a fastidious team', undefined],
    ['soonest', undefined],
    ['the fast-track team', undefined],
    ['x-soon', undefined],
    ['soon2', undefined],
    ['as soon, as possible', 'soon'],
    ['call the "Quick Pay" line', undefined],
    ['call the “Quick Pay” line', undefined],
    ['an unclosed "quote, answered quickly', 'quickly'],
    ['Faster Payments within 15 days', undefined],
    ['نرد بسرعة على الشكاوى', 'بسرعة'],
    ['نعالجها وفوراً', 'فورا'],
    ['نرد في أسرع وقت ممكن', 'أسرع وقت'],
    ['نرد باسرع وقت', 'أسرع وقت'],
    ['نرد بأسـرع وقـت', 'أسرع وقت'],
    ['في اقرب وقت', 'أقرب وقت'],
    ['على وجه السرعه', 'على وجه السرعة'],
    ['دون ابطاء', 'دون إبطاء'],
    ['بصوره فوريه', 'فورية'],
    ['فريق المسار السريع', undefined],
    ['خدمة الدفع الفوري', undefined],
    ['بسرعتنا المعهودة', undefined],
    ['على خط «الرد السريع» فورا', 'فورا'],
    ['within 4 working hours', undefined],
    ['we reply within a few days', 'a few days'],
    ['نرد خلال أيام قليلة', 'أيام قليلة'],
    ['within 3 days', undefined],
    ['𝐀soon', undefined],
  ])('%j → %j', (text, expected) => {
    expect(findVagueWording(text)).toBe(expected);
    expect(byDefinition(text)).toBe(expected !== undefined);
  });

  it('agrees with the Unicode pattern that defines it', { timeout: PROPERTY_TIMEOUT }, () => {
    const pieces = fc.constantFrom(
      ...VAGUE_EN, ...VAGUE_AR, 'SOON', 'Fast', 'و', 'ب', 'ال', ' ', '\t', '\n', '-', '_', "'", '.', '،', '"', '“', '”', '«', '»',
      'a', 'Z', '7', '٣', 'ع', 'ة', 'ه', 'أ', 'ا', 'ى', '\u064B', '\u0640', 'é', 'e\u0301', '𝐀', '😀', '\u200F',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        expect(findVagueWording(text) !== undefined).toBe(byDefinition(text));
      }),
      PROPERTY_OPTIONS,
    );
  });
});

describe('findVaguePromise: phrasing variants beyond the list, over folded Arabic', () => {
  it.each([
    ['نرد في أقرب فرصة متاحة', 'أقرب فرصة'],
    ['نرد في أقرب الآجال', 'اقرب الاجال'],
    ['نرد بأعجل ما يمكن', 'باعجل ما'],
    ['نُعالجها بأسرعِ ما نستطيع', 'باسرع ما'],
    ['نرد دون أي تأخير', 'دون اي تاخير'],
    ['نرد بـدون أدنى تأخـير', 'بدون ادني تاخير'],
    ['نرد خلال فترة وجيزة', 'فتره وجيزه'],
    ['نرد في غضون مدة قصيرة', 'مده قصيره'],
    ['نتابع بصورة منتظمة', 'بصوره منتظمه'],
    ['We reply without any delay.', 'without any delay'],
    ['We reply as early as is practicable.', 'as early as is practicable'],
    ['We reply as early as reasonably possible.', 'as early as reasonably'],
    ['We reply within a short period.', 'short period'],
    ['We reply as early as 8am, within 2 days.', undefined],
    ['نرد خلال مدة أقصاها يومان', undefined],
    ['نرد خلال ٣ أيام عمل دون تحميلك أي رسوم', undefined],
    ['فريق المسار السريع', undefined],
  ])('%j → %j', (text, expected) => {
    expect(findVaguePromise(text)).toBe(expected);
  });
});
