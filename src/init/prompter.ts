import type { DocPath } from '../core/finding.js';
import { pathToString } from '../core/finding.js';
import { say, joinList, type Lang } from '../i18n/index.js';
import { INIT_MESSAGES } from './messages.js';

export interface Choice<T extends string> {
  value: T;
  name: string;
}

/** A question; `id` is where its answer lives in an answers file, e.g. goals[0].title. */
export interface Question<T> {
  id: DocPath;
  message: string;
  default?: T;
  /** May be left unanswered (an answers file may leave it out even without --yes). */
  optional?: boolean;
  /**
   * Puts an answer as typed into the policy's form before it is checked and kept ("2 hours" → 2h,
   * "٩٠٪" → 90%); an answer it cannot read is left as typed, for `validate` to refuse.
   */
  normalize?: (value: T) => T;
  /** Returns a message saying what is expected, or undefined when the answer is fine. */
  validate?: (value: T) => string | undefined;
}

/**
 * Every question the wizard asks goes through this interface, so the same steps run at a
 * terminal (inquirer) and from an answers file (scripts, tests, CI).
 */
export interface Prompter {
  text(question: Question<string>): Promise<string>;
  select<T extends string>(question: Question<T> & { choices: Choice<T>[] }): Promise<T>;
  multi<T extends string>(question: Question<T[]> & { choices: Choice<T>[] }): Promise<T[]>;
  confirm(question: Question<boolean>): Promise<boolean>;
  /**
   * An answer the wizard works out itself, such as an id made from a name: read from an answers
   * file like any text, but taken without asking at a terminal (the review's "change one answer"
   * shows it for whoever wants to change it).
   */
  derived(question: Question<string> & { default: string }): Promise<string>;
  /** Whether a list goes on past `index` items: asked at a terminal, read from the answers' list length. */
  more(list: DocPath, index: number, question: Omit<Question<boolean>, 'id'>): Promise<boolean>;
  /** Prints a step's introduction; silent when answers come from a file. */
  say(text: string): void;
}

/** An answer that is missing or wrong in an answers file. */
export class AnswerError extends Error {
  constructor(
    readonly id: string,
    readonly question: string,
    readonly reason: 'missing' | 'missing-no-default' | 'invalid',
    readonly detail = '',
  ) {
    super(`${id}: ${detail || reason}`);
    this.name = 'AnswerError';
  }
}

function lookup(root: unknown, path: DocPath): unknown {
  let node = root;
  for (const segment of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[segment];
  }
  return node;
}

/**
 * Answers from a parsed answers file. With `useDefaults` (--yes) a missing answer takes the
 * question's suggestion; without it, every question needs an answer.
 */
/**
 * An answer as text, to compare with choices and to quote in messages. A mapping or list is not
 * text, and String() on one can even throw (a mapping with a "toString" key).
 */
function scalarText(raw: unknown): string | undefined {
  return typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean' ? String(raw) : undefined;
}

const shown = (raw: unknown) => scalarText(raw) ?? (Array.isArray(raw) ? '[…]' : '{…}');

export class ScriptedPrompter implements Prompter {
  constructor(
    private readonly answers: unknown,
    private readonly useDefaults: boolean,
    private readonly lang: () => Lang = () => 'en',
  ) {}

  private answer<T>(question: Question<T>, coerce: (raw: unknown) => T | undefined, describe: (raw: unknown) => string): T {
    const id = pathToString(question.id);
    const raw = lookup(this.answers, question.id);
    let value: T | undefined;
    if ((raw === undefined || raw === null) && question.optional && question.default !== undefined) {
      value = question.default;
    } else if (raw === undefined || raw === null) {
      if (question.default === undefined) throw new AnswerError(id, question.message, this.useDefaults ? 'missing-no-default' : 'missing');
      if (!this.useDefaults) throw new AnswerError(id, question.message, 'missing');
      value = question.default;
    } else {
      value = coerce(raw);
      if (value === undefined) throw new AnswerError(id, question.message, 'invalid', describe(raw));
    }
    if (question.normalize) value = question.normalize(value);
    const problem = question.validate?.(value);
    if (problem) throw new AnswerError(id, question.message, 'invalid', problem);
    return value;
  }

  async text(question: Question<string>): Promise<string> {
    return this.answer(question, (raw) => (typeof raw === 'string' || typeof raw === 'number' ? String(raw).trim() : undefined), () => say(this.lang(), INIT_MESSAGES.expectedText));
  }

  async select<T extends string>(question: Question<T> & { choices: Choice<T>[] }): Promise<T> {
    const values = question.choices.map((choice) => choice.value);
    return this.answer(
      question,
      (raw) => values.find((value) => value === scalarText(raw)),
      (raw) => say(this.lang(), INIT_MESSAGES.notChoice, { value: shown(raw), choices: joinList(this.lang(), values, 'disjunction') }),
    );
  }

  async multi<T extends string>(question: Question<T[]> & { choices: Choice<T>[] }): Promise<T[]> {
    const values = question.choices.map((choice) => choice.value);
    return this.answer(
      question,
      (raw) => {
        const list = Array.isArray(raw) ? raw.map(scalarText) : undefined;
        return list && list.every((item) => values.includes(item as T)) ? [...new Set(list)] as T[] : undefined;
      },
      () => say(this.lang(), INIT_MESSAGES.expectedList, { choices: joinList(this.lang(), values) }),
    );
  }

  async derived(question: Question<string> & { default: string }): Promise<string> {
    return this.text(question);
  }

  async confirm(question: Question<boolean>): Promise<boolean> {
    return this.answer(question, (raw) => (typeof raw === 'boolean' ? raw : undefined), () => say(this.lang(), INIT_MESSAGES.expectedBoolean));
  }

  async more(list: DocPath, index: number, question: Omit<Question<boolean>, 'id'>): Promise<boolean> {
    const items = lookup(this.answers, list);
    if (Array.isArray(items)) return index < items.length;
    if (items !== undefined && items !== null) throw new AnswerError(pathToString(list), question.message, 'invalid', say(this.lang(), INIT_MESSAGES.expectedList, { choices: '…' }));
    if (!this.useDefaults) throw new AnswerError(pathToString(list), question.message, 'missing');
    return question.default ?? false;
  }

  say(): void {}
}
