/**
 * Folds the ways one Arabic word is typed into one spelling, so that a word list matches what
 * people write: tashkeel and tatweel dropped; أ إ آ ٱ written ا; ة written ه; ى and ئ written ي;
 * ؤ written و; the Persian ی and ک written ي and ك. Latin letters are lower-cased. A loop over code
 * units rather than a Unicode regex: it runs on every text of every policy validate reads.
 */
export function foldArabic(text: string): string {
  let out = '';
  let plainFrom = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x0622 || code > 0x06cc) continue;
    const folded = FOLD.get(code);
    if (folded === undefined) continue;
    out += text.slice(plainFrom, i) + folded;
    plainFrom = i + 1;
  }
  return (plainFrom === 0 ? text : out + text.slice(plainFrom)).toLowerCase();
}

const DROPPED = [0x0640, 0x0670];
for (let code = 0x064b; code <= 0x065f; code++) DROPPED.push(code);
const FOLD = new Map<number, string>([
  ...DROPPED.map((code): [number, string] => [code, '']),
  [0x0622, 'ا'], [0x0623, 'ا'], [0x0625, 'ا'], [0x0671, 'ا'],
  [0x0629, 'ه'],
  [0x0649, 'ي'], [0x0626, 'ي'], [0x06cc, 'ي'],
  [0x0624, 'و'],
  [0x06a9, 'ك'],
]);

/** Letters a word can carry in front in Arabic: و and ف (and, so), then ب ل ك (with, for, as). */
export const ARABIC_PREFIXES: readonly string[] = ['وب', 'ول', 'وك', 'فب', 'فل', 'فك', 'و', 'ف', 'ب', 'ل', 'ك'];

/** The letters ARABIC_PREFIXES begin with. */
const PREFIX_LETTERS = new Set(ARABIC_PREFIXES.map((prefix) => prefix.charCodeAt(0)));

/**
 * A word, then the word without each prefix it carries that leaves at least `shortest` letters:
 * "وبسرعة" gives وبسرعة, بسرعة, سرعة. The rules call this for every word of every text validate
 * reads, in code not yet optimised, where a for-of loop allocates at each step: a word that begins
 * with no prefix letter, as every English word, costs one array and no loop. With a for-of over the
 * prefixes in each rule, vague-standard alone allocated 426 KB on the example policy (118 KB now),
 * and every young-generation collection of a start costs 3 to 6 ms here.
 */
export function withPrefixesDropped(word: string, shortest: number): string[] {
  const forms = [word];
  if (!PREFIX_LETTERS.has(word.charCodeAt(0))) return forms;
  for (let i = 0; i < ARABIC_PREFIXES.length; i++) {
    const prefix = ARABIC_PREFIXES[i]!;
    if (word.length >= prefix.length + shortest && word.startsWith(prefix)) forms.push(word.slice(prefix.length));
  }
  return forms;
}
