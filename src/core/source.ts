import { LineCounter, isMap, isSeq, parseAllDocuments, type Document } from 'yaml';
import { messageAt, say, type Lang } from '../i18n/index.js';
import { createLocator, type Locator, type Span } from './locate.js';
import { SOURCE_LIMITS, decodeText, isAliasLimitError, problem, tooDeepProblem, tooLargeProblem, yamlErrorText, type SourceProblem } from './text.js';
import { CORE_MESSAGES } from './messages.js';

export { SOURCE_LIMITS, decodeText, sourceFinding, tooLargeProblem, type SourceProblem, type SourceProblemId } from './text.js';

export interface ParsedSource {
  data: Record<string, unknown>;
  locator: Locator;
}

export type ParseOutcome = { problems: SourceProblem[]; source?: ParsedSource };

export function parseSource(bytes: Uint8Array, lang: Lang): ParseOutcome {
  if (bytes.length > SOURCE_LIMITS.maxBytes) return { problems: [tooLargeProblem(lang, bytes.length)] };
  const text = decodeText(bytes);
  if (text === undefined) return { problems: [problem('file-not-text', say(lang, CORE_MESSAGES['source.notText']))] };
  return parseText(text, lang);
}

/**
 * The whole key a duplicate-key error points at: the parser's position covers its first character
 * only, so `title` would be reported as "t". A quoted key is named without its quotes.
 */
function duplicatedKey(text: string, at: number): string | undefined {
  const match = /^("(?:[^"\\\n]|\\.)*"|'(?:[^'\n]|'')*'|[^\n]*?)(?=[ \t]*:(?:[ \t\r\n]|$))/.exec(text.slice(at, at + 1024));
  const key = match?.[1]?.trim();
  if (!key) return undefined;
  // Named as the mapping holds it: "title" and title are the same key.
  if (key.startsWith("'")) return key.slice(1, -1).replace(/''/g, "'");
  if (key.startsWith('"')) {
    try {
      return String(JSON.parse(key));
    } catch {
      return key.slice(1, -1);
    }
  }
  return key;
}

/** Where a carriage return ends a line on its own (classic Mac OS files), which YAML does not read as a line end. */
function loneCarriageReturn(text: string): number | undefined {
  const at = text.search(/\r(?!\n)/);
  return at < 0 ? undefined : at;
}

export function parseText(input: string, lang: Lang): ParseOutcome {
  // A byte-order mark is invisible to the user; YAML would see it as content.
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const lone = loneCarriageReturn(text);
  if (lone !== undefined) {
    const line = text.slice(0, lone).split(/\r\n|\n/).length;
    return { problems: [problem('yaml-syntax', say(lang, CORE_MESSAGES['source.loneCarriageReturn']), { line, column: lone - Math.max(text.lastIndexOf('\n', lone - 1), -1), endLine: line, endColumn: lone - Math.max(text.lastIndexOf('\n', lone - 1), -1) + 1 })] };
  }
  const deep = tooDeepProblem(text, lang);
  if (deep) return { problems: [deep] };

  const lineCounter = new LineCounter();
  // logLevel 'error': the parser would otherwise print its own warnings (such as collection keys) to stderr.
  const parsed = parseAllDocuments(text, { lineCounter, uniqueKeys: true, prettyErrors: false, logLevel: 'error' });
  const docs: Document.Parsed[] = Array.isArray(parsed) ? parsed : [];
  const first = docs[0];
  if (!first || first.contents === null) return { problems: [problem('document-shape', say(lang, CORE_MESSAGES['source.empty']))] };
  const locator = createLocator(first, lineCounter);

  const problems: SourceProblem[] = [];
  for (const doc of docs) {
    for (const error of doc.errors) {
      const span = locator.spanAt(error.pos[0], error.pos[1]);
      if (error.code === 'DUPLICATE_KEY') {
        const key = duplicatedKey(text, error.pos[0]) || text.slice(error.pos[0], error.pos[1]).trim() || '?';
        problems.push(problem('yaml-duplicate-key', say(lang, CORE_MESSAGES['source.duplicateKey'], { key }), span));
      } else {
        const message = yamlErrorText(error);
        const specific = messageAt(CORE_MESSAGES, `source.syntax.${error.code}`);
        problems.push(problem('yaml-syntax', say(lang, specific ?? CORE_MESSAGES['source.syntax'], { message }), span));
      }
    }
    for (const warning of doc.warnings) {
      const message = warning.message.split('\n')[0] ?? warning.code;
      const span = locator.spanAt(warning.pos[0], warning.pos[1]);
      problems.push({ ...problem('yaml-syntax', say(lang, CORE_MESSAGES['source.warning'], { message }), span), severity: 'warning' });
    }
  }
  if (problems.some((p) => p.severity === 'error')) return { problems };

  const second = docs[1];
  if (second) {
    const offset = second.range[0];
    return { problems: [...problems, problem('document-shape', say(lang, CORE_MESSAGES['source.multipleDocuments']), locator.spanAt(offset, offset))] };
  }
  if (!isMap(first.contents)) {
    const kind = isSeq(first.contents) ? CORE_MESSAGES['kind.sequence'] : CORE_MESSAGES['kind.scalar'];
    const range = first.contents.range ?? [0, 0];
    const message = say(lang, CORE_MESSAGES['source.notMapping'], { kind: say(lang, kind) });
    return { problems: [...problems, problem('document-shape', message, locator.spanAt(range[0], range[1]))] };
  }

  let data: unknown;
  try {
    data = first.toJS({ maxAliasCount: SOURCE_LIMITS.maxAliasCount });
  } catch (error) {
    if (isAliasLimitError(error)) {
      return { problems: [...problems, problem('yaml-aliases', say(lang, CORE_MESSAGES['source.aliases']))] };
    }
    throw error;
  }
  return { problems, source: { data: data as Record<string, unknown>, locator } };
}
