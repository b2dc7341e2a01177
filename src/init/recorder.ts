import type { DocPath } from '../core/finding.js';
import { pathToString } from '../core/finding.js';
import { say, type Lang } from '../i18n/index.js';
import { MESSAGES } from '../i18n/messages.js';
import { INIT_MESSAGES } from './messages.js';
import type { Choice, Prompter, Question } from './prompter.js';

type Value = string | string[] | boolean;

/** One answer as given at a terminal: enough to show it in a menu and to give it again. */
export interface Recorded {
  key: string;
  id: DocPath;
  message: string;
  value: Value;
  /** How the answer reads: a choice's name rather than its value. */
  shown: string;
  /** Worked out by the wizard (an id) rather than asked. */
  derived?: boolean;
}


/**
 * Records the answers of each step as they are given, so that one of them can be changed later
 * without answering the whole step again: the step runs once more, every other answer it asks for
 * is given back from the record, and only the chosen question (and any question the new answer
 * brings up) is asked.
 */
export class RecordingPrompter implements Prompter {
  private readonly steps = new Map<string, Map<string, Recorded>>();
  private current = new Map<string, Recorded>();
  private replay: { kept: Map<string, Recorded>; change: string; onAsk?: (() => void) | undefined } | undefined;

  constructor(
    private readonly inner: Prompter,
    private readonly lang: () => Lang,
  ) {}

  /**
   * Starts recording a step; with `change`, replays its record and asks only that question, and any
   * whose recorded answer no longer passes its check. `onAsk` is called before the first such
   * question, so the user is told why a step they finished asks something again.
   */
  begin(step: string, change?: string, onAsk?: () => void): void {
    const kept = this.steps.get(step);
    this.replay = change !== undefined && kept ? { kept, change, onAsk } : undefined;
    this.current = new Map();
    this.steps.set(step, this.current);
  }

  /** Every step's answers, for the draft. */
  save(): Record<string, Recorded[]> {
    return Object.fromEntries([...this.steps].map(([step, answers]) => [step, [...answers.values()]]));
  }

  /** Answers saved in a draft by an earlier run. */
  load(saved: Record<string, Recorded[]>): void {
    for (const [step, answers] of Object.entries(saved)) this.steps.set(step, new Map(answers.map((entry) => [entry.key, entry])));
  }

  /** The answers of a step, in the order they were given. */
  answersOf(step: string): Recorded[] {
    return [...(this.steps.get(step)?.values() ?? [])];
  }

  /**
   * An id changed from `from` to `to`: the record of every step follows, so that a later step
   * replayed finds its answers under the new id.
   */
  renameId(from: string, to: string): void {
    const rename = <T>(value: T): T => (value === from ? to : Array.isArray(value) ? value.map(rename) : value) as T;
    for (const [step, answers] of this.steps) {
      const renamed = new Map<string, Recorded>();
      for (const entry of answers.values()) {
        const id = entry.id.map(rename);
        const key = entry.key.startsWith('more:') ? `more:${pathToString(id.slice(0, -1))}#${String(id.at(-1))}` : pathToString(id);
        renamed.set(key, { ...entry, id, key, value: rename(entry.value) });
      }
      this.steps.set(step, renamed);
      if (answers === this.current) this.current = renamed;
    }
  }

  private keep<T extends Value>(key: string, fits: (value: Value) => value is T): { value: T } | undefined {
    const replay = this.replay;
    if (!replay || replay.change === key) return undefined;
    const entry = replay.kept.get(key);
    return entry && fits(entry.value) ? { value: entry.value } : undefined;
  }

  /** The question chosen to be changed suggests the answer it had. */
  private defaultFor<Q extends { default?: unknown }>(key: string, question: Q): Q {
    const entry = this.replay?.kept.get(key);
    return entry && this.replay?.change === key ? ({ ...question, default: entry.value } as Q) : question;
  }

  /** A replayed step is about to ask a question it was not told to: say why, once. */
  private asking(key: string): void {
    const replay = this.replay;
    if (!replay?.onAsk || replay.change === key) return;
    const onAsk = replay.onAsk;
    replay.onAsk = undefined;
    onAsk();
  }

  private record(key: string, id: DocPath, message: string, value: Value, shown: string, derived = false): void {
    this.current.set(key, { key, id, message, value, shown, ...(derived ? { derived } : {}) });
  }

  async text(question: Question<string>): Promise<string> {
    const key = pathToString(question.id);
    const kept = this.keep(key, (value): value is string => typeof value === 'string' && !question.validate?.(value));
    if (!kept) this.asking(key);
    const value = kept ? kept.value : await this.inner.text(this.defaultFor(key, question));
    this.record(key, question.id, question.message, value, value);
    return value;
  }

  async derived(question: Question<string> & { default: string }): Promise<string> {
    const key = pathToString(question.id);
    const kept = this.keep(key, (value): value is string => typeof value === 'string' && !question.validate?.(value));
    // Chosen to be changed, it is asked as a question; otherwise it is worked out as before.
    if (!kept) this.asking(key);
    const value = kept ? kept.value : this.replay?.change === key ? await this.inner.text(this.defaultFor(key, question)) : await this.inner.derived(question);
    this.record(key, question.id, question.message, value, value, true);
    return value;
  }

  async select<T extends string>(question: Question<T> & { choices: Choice<T>[] }): Promise<T> {
    const key = pathToString(question.id);
    const kept = this.keep(key, (value): value is T => question.choices.some((choice) => choice.value === value) && !question.validate?.(value as T));
    if (!kept) this.asking(key);
    const value = kept ? kept.value : await this.inner.select(this.defaultFor(key, question));
    this.record(key, question.id, question.message, value, question.choices.find((choice) => choice.value === value)?.name ?? value);
    return value;
  }

  async multi<T extends string>(question: Question<T[]> & { choices: Choice<T>[] }): Promise<T[]> {
    const key = pathToString(question.id);
    const kept = this.keep(key, (value): value is T[] => Array.isArray(value) && value.every((item) => question.choices.some((choice) => choice.value === item)) && !question.validate?.(value as T[]));
    if (!kept) this.asking(key);
    const value = kept ? kept.value : await this.inner.multi(this.defaultFor(key, question));
    const names = value.map((item) => question.choices.find((choice) => choice.value === item)?.name ?? item);
    this.record(key, question.id, question.message, value, names.length > 0 ? names.join(say(this.lang(), MESSAGES.comma)) : '—');
    return value;
  }

  async confirm(question: Question<boolean>): Promise<boolean> {
    const key = pathToString(question.id);
    const kept = this.keep(key, (value): value is boolean => typeof value === 'boolean');
    if (!kept) this.asking(key);
    const value = kept ? kept.value : await this.inner.confirm(this.defaultFor(key, question));
    this.record(key, question.id, question.message, value, say(this.lang(), value ? INIT_MESSAGES.yes : INIT_MESSAGES.no));
    return value;
  }

  async more(list: DocPath, index: number, question: Omit<Question<boolean>, 'id'>): Promise<boolean> {
    const key = `more:${pathToString(list)}#${index}`;
    const kept = this.keep(key, (value): value is boolean => typeof value === 'boolean');
    const entry = this.replay?.kept.get(key);
    if (!kept) this.asking(key);
    const value = kept ? kept.value : await this.inner.more(list, index, entry && this.replay?.change === key ? { ...question, default: entry.value as boolean } : question);
    this.record(key, [...list, index], question.message, value, say(this.lang(), value ? INIT_MESSAGES.yes : INIT_MESSAGES.no));
    return value;
  }

  say(text: string): void {
    // A replayed step does not introduce itself again.
    if (!this.replay) this.inner.say(text);
  }
}

/** An answer as a menu shows it: the question, then the answer, cut short when long. */
export function answerLine(entry: Recorded): string {
  const shown = entry.shown.length > 60 ? `${entry.shown.slice(0, 59)}…` : entry.shown;
  return `${entry.message}: ${shown || '—'}`;
}

/** Fields that hold ids of other parts of the policy, singly or as lists. */
const REFERENCE_FIELDS = new Set(['goal', 'kpi', 'action', 'owner', 'role', 'roles', 'audiences', 'calendar', 'channels', 'priority', 'segment']);

/** Points every reference to the id `from` at `to`, in the sections given. */
export function renameReferences(policy: Record<string, unknown>, sections: readonly string[], from: string, to: string): void {
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach(walk);
      return;
    }
    if (node === null || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    for (const [key, value] of Object.entries(record)) {
      if (REFERENCE_FIELDS.has(key) && value === from) record[key] = to;
      else if (REFERENCE_FIELDS.has(key) && Array.isArray(value)) record[key] = value.map((item) => (item === from ? to : item));
      else walk(value);
    }
  };
  for (const section of sections) walk(policy[section]);
}
