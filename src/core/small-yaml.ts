import { LineCounter, parseDocument } from 'yaml';
import { type Lang, say } from '../i18n/index.js';
import { readBlockYaml } from './block-yaml.js';
import { createLocator, type Locator } from './locate.js';
import { SOURCE_LIMITS, isAliasLimitError, tooDeepProblem, yamlErrorText } from './text.js';
import { CORE_MESSAGES } from './messages.js';

/** What is wrong with a file, where: the line and column a user's editor jumps to. */
export interface YamlProblem { line: number; column: number; message: string }

export type SmallYamlOutcome = { problem: YamlProblem } | { data: unknown; locator: Locator };

/**
 * Reads one of cs-policy's own small YAML (or JSON) files, the project config and init's answers,
 * with the guards policies have: brackets nested past the limit would overflow the parser's stack,
 * and aliases could expand without bound. The first problem is enough to act on.
 */
export function readSmallYaml(text: string, lang: Lang): SmallYamlOutcome {
  const deep = tooDeepProblem(text, lang);
  if (deep) return { problem: { line: deep.span.line, column: deep.span.column, message: deep.message } };
  // Read fast where the block reader can (core/block-yaml.ts); positions only when a message needs
  // one. init from an answers file took 256.5 against 272.5 ms (medians of 61 alternated runs).
  const fast = readBlockYaml(text);
  if (fast) return { data: fast.data, locator: locatorWhenAsked(text) };
  const { doc, lineCounter } = parsed(text);
  const locator = createLocator(doc, lineCounter);
  const [error] = doc.errors;
  if (error) {
    const span = locator.spanAt(error.pos[0], error.pos[1]);
    return { problem: { line: span.line, column: span.column, message: say(lang, CORE_MESSAGES['source.syntax'], { message: yamlErrorText(error) }) } };
  }
  try {
    return { data: doc.toJS({ maxAliasCount: SOURCE_LIMITS.maxAliasCount }), locator };
  } catch (thrown) {
    if (isAliasLimitError(thrown)) return { problem: { line: 1, column: 1, message: say(lang, CORE_MESSAGES['source.aliases']) } };
    throw thrown;
  }
}

function parsed(text: string) {
  const lineCounter = new LineCounter();
  return { doc: parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, logLevel: 'error' }), lineCounter };
}

/** A locator that parses the text with positions on its first question. */
function locatorWhenAsked(text: string): Locator {
  let locator: Locator | undefined;
  const made = () => {
    if (locator === undefined) {
      const { doc, lineCounter } = parsed(text);
      locator = createLocator(doc, lineCounter);
    }
    return locator;
  };
  return { locate: (path, anchor) => made().locate(path, anchor), spanAt: (start, end) => made().spanAt(start, end) };
}
