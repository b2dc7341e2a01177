/**
 * What the property tests of the commands share: the CLI run in-process (a thousand cases in one
 * process, where spawning would take minutes), the contract every run must keep, and generators of
 * arbitrary and mutated input files.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { main } from '../../src/cli.js';
import { PROPERTY_OPTIONS, fc } from '../helpers/fast-check.js';

export interface InProcessRun { status: number; stdout: string; stderr: string }

/** A run that takes longer than this has hung: a case is a handful of small files. */
const HANG_MS = 20_000;

/** Runs `cs-policy <argv>` through main, in `cwd`, with a neutral environment and no terminal. */
export async function runMain(argv: string[], cwd: string, env: Record<string, string> = {}): Promise<InProcessRun> {
  let stdout = '';
  let stderr = '';
  const io = {
    cwd, env: { LANG: 'C', ...env }, stdin: { isTTY: false },
    stdout: { write: (text: string) => { stdout += text; return true; } },
    stderr: { write: (text: string) => { stderr += text; return true; } },
  };
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error(`cs-policy ${argv.join(' ')} hung for ${HANG_MS} ms`)), HANG_MS); });
  try {
    const status = await Promise.race([main(argv, io), hang]);
    return { status, stdout, stderr };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The contract for any input: the report (exit 0 or 1), or a message saying what is wrong (exit 1
 * or 2); never an internal error. `located` is a word each exit-2 message must hold (the input's
 * file name, or a line), when the command promises to say where.
 */
export function expectWellBehaved(run: InProcessRun, located?: RegExp): void {
  const context = `exit ${run.status}\nstdout: ${run.stdout.slice(0, 800)}\nstderr: ${run.stderr.slice(0, 800)}`;
  expect([0, 1, 2], context).toContain(run.status);
  expect(`${run.stdout}\n${run.stderr}`, context).not.toMatch(/internal error|خطأ داخلي|\n\s+at /);
  if (run.status === 2) {
    expect(run.stderr.trim(), context).not.toBe('');
    if (located) expect(run.stderr, context).toMatch(located);
  }
}

/** A scratch folder for one property: its files are rewritten for each case. */
export function scratch(): { dir: string; write(name: string, content: string | Uint8Array): string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'cs-policy-property-'));
  return {
    dir,
    write: (name, content) => {
      writeFileSync(join(dir, name), content);
      return join(dir, name);
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Every file in a folder (not below), with its bytes and mode, to tell that a run changed none it was not asked to write. */
export function snapshot(dir: string): Map<string, string> {
  return new Map(readdirSync(dir).sort().map((name) => {
    const path = join(dir, name);
    const stat = statSync(path);
    return [name, stat.isFile() ? `${stat.mode} ${readFileSync(path).toString('base64')}` : `${stat.mode} dir`];
  }));
}

/** The folder holds the files it held, byte for byte, apart from `written`. */
export function expectUnchanged(before: Map<string, string>, dir: string, written: readonly string[] = []): void {
  const after = snapshot(dir);
  for (const name of written) {
    before.delete(name);
    after.delete(name);
  }
  expect([...after.keys()]).toEqual([...before.keys()]);
  for (const [name, content] of before) expect(after.get(name), `${name} changed`).toBe(content);
}

/** Text pieces that trouble readers of CSV and JSON: quotes, separators, line ends, odd dates and numbers, marks, controls. */
export const HOSTILE_PIECES = [
  ',', ';', '\t', '"', '""', "'", '\n', '\r\n', '\r', '\uFEFF', '\u0000', '\u001b]0;x\u0007', '\u202E', 'ع', 'é', ' ', '',
  '{', '}', '[', ']', ':', 'null', 'true', '-1', '0', '1e308', '-0', 'NaN', 'Infinity', '99999999999999999999',
  '2026-02-30', '2026-03-18T25:99:99Z', '9999-12-31', '0000-01-01', '2026-03-10 garbage', '2026-04-01T03:06:07Z',
  '2026-04-01 03:06:07', '01/04/2026', '99999999y', '=1+1', '__proto__', 'constructor',
];

/** Text made of hostile pieces and ordinary words. */
export const arbitraryText = (words: readonly string[] = []) =>
  fc.array(fc.constantFrom(...HOSTILE_PIECES, ...words), { maxLength: 80 }).map((pieces) => pieces.join(''));

type TextEdit =
  | { kind: 'insert'; at: number; piece: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'duplicateLine'; line: number }
  | { kind: 'dropLine'; line: number }
  | { kind: 'truncate'; at: number };

function applyEdit(text: string, edit: TextEdit): string {
  const at = (fraction: number) => Math.floor(fraction * (text.length + 1));
  const lines = text.split('\n');
  switch (edit.kind) {
    case 'insert': return text.slice(0, at(edit.at)) + edit.piece + text.slice(at(edit.at));
    case 'delete': return text.slice(0, at(edit.at)) + text.slice(at(edit.at) + edit.length);
    case 'truncate': return text.slice(0, at(edit.at));
    case 'duplicateLine': {
      const i = Math.floor(edit.line * lines.length);
      return [...lines.slice(0, i + 1), ...lines.slice(i)].join('\n');
    }
    case 'dropLine': {
      const i = Math.floor(edit.line * lines.length);
      return [...lines.slice(0, i), ...lines.slice(i + 1)].join('\n');
    }
  }
}

const fraction = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });
const textEdit: fc.Arbitrary<TextEdit> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('insert' as const), at: fraction, piece: fc.constantFrom(...HOSTILE_PIECES) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: fraction, length: fc.integer({ min: 1, max: 12 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('duplicateLine' as const), line: fraction }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('dropLine' as const), line: fraction }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('truncate' as const), at: fraction }) },
);

/** A real file with one to four edits: what a hand-edited or half-copied export looks like. */
export const mutatedText = (base: string) => fc.array(textEdit, { minLength: 1, maxLength: 4 }).map((edits) => edits.reduce(applyEdit, base));

/** The first `count` lines of a file (its header and a few rows), so that a case stays small and quick. */
export const headLines = (text: string, count: number) => text.split('\n').slice(0, count).join('\n') + '\n';

/** A path inside a JSON value, and a value to put there or a key to remove. */
export type Mutation = { kind: 'set'; path: (string | number)[]; value: unknown } | { kind: 'delete'; path: (string | number)[] };

export function pathsOf(node: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(prefix);
  if (Array.isArray(node)) node.forEach((item, i) => pathsOf(item, [...prefix, i], out));
  else if (node && typeof node === 'object') for (const [key, value] of Object.entries(node)) pathsOf(value, [...prefix, key], out);
  return out;
}

export function applyMutation(data: unknown, mutation: Mutation): unknown {
  const root = structuredClone(data);
  const last = mutation.path.at(-1);
  if (last === undefined) return mutation.kind === 'set' ? mutation.value : root;
  let parent: any = root;
  for (const segment of mutation.path.slice(0, -1)) parent = parent?.[segment];
  if (!parent || typeof parent !== 'object') return root;
  if (mutation.kind === 'set') parent[last] = mutation.value;
  else if (Array.isArray(parent)) parent.splice(Number(last), 1);
  else delete parent[last];
  return root;
}

/** Values that trouble a reader of JSON answers: wrong types, odd strings and numbers, deep nesting. */
export const hostileJsonValue = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom<unknown>(null, '', 'x', -1, 0, 1e308, 2 ** 53 + 1, '2026-02-30', '25:99', '9999-12-31T25:99:99Z', 'Etc/Nowhere', [], {}, [[]], { id: null }, '\u001b]0;x\u0007'),
);

/** A JSON value with one to three structural mutations (a field set to anything, or removed). */
export const mutatedJson = (base: unknown) => {
  const paths = pathsOf(base);
  const mutation: fc.Arbitrary<Mutation> = fc.oneof(
    fc.record({ kind: fc.constant('set' as const), path: fc.constantFrom(...paths), value: hostileJsonValue }),
    fc.record({ kind: fc.constant('delete' as const), path: fc.constantFrom(...paths) }),
  );
  return fc.array(mutation, { minLength: 1, maxLength: 3 }).map((mutations) => mutations.reduce<unknown>(applyMutation, base));
};

/**
 * Time a command property may take: each case runs the whole command (export --apply a whole
 * exchange with a helpdesk), so a thousand cases took up to three minutes on two busy cores.
 */
export const COMMAND_PROPERTY_TIMEOUT = Math.max(300_000, (PROPERTY_OPTIONS.numRuns ?? 1000) * 600);
