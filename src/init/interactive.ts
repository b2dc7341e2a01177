import { styleText } from 'node:util';
import { checkbox, confirm, input, select } from '@inquirer/prompts';
import { wrapAnsi } from 'fast-wrap-ansi';
import { say, type Lang, termFor } from '../i18n/index.js';
import { MESSAGES } from '../i18n/messages.js';

import { INIT_MESSAGES, KEY_ACTION_TERMS } from './messages.js';
import type { Choice, Prompter, Question } from './prompter.js';

/** The wizard at a terminal, through @inquirer/prompts. Loaded only by init, when there is a terminal. */
export class InquirerPrompter implements Prompter {
  /** The language can change after the first question, which asks for it. */
  constructor(
    private readonly write: (text: string) => void,
    private readonly lang: () => Lang,
    /** The terminal's width, as inquirer reads it for its own lines. */
    private readonly width: () => number = () => process.stdout.columns || 80,
  ) {}

  private get theme() {
    const lang = this.lang();
    return {
      style: {
        keysHelpTip: (keys: [string, string][]) =>
          keys.map(([key, action]) => `${styleText('bold', key)} ${styleText('dim', termFor(lang, KEY_ACTION_TERMS, action))}`).join(styleText('dim', ' • ')),
      },
    };
  }

  text(question: Question<string>): Promise<string> {
    const read = (value: string) => (question.normalize ? question.normalize(value.trim()) : value.trim());
    return input({
      message: question.message,
      ...(question.default !== undefined && question.default !== '' ? { default: question.default } : {}),
      validate: (value: string) => question.validate?.(read(value)) ?? true,
    }).then(read);
  }

  /** A choice its check refuses is said under the question, which is asked again. */
  async select<T extends string>(question: Question<T> & { choices: Choice<T>[] }): Promise<T> {
    let chosen = question.default;
    for (;;) {
      chosen = await select<T>({
        message: question.message,
        choices: question.choices.map((choice) => ({ value: choice.value, name: choice.name })),
        ...(chosen !== undefined ? { default: chosen } : {}),
        pageSize: 12,
        theme: this.theme,
      });
      const problem = question.validate?.(chosen);
      if (!problem) return chosen;
      this.write(`${styleText('red', '>')} ${problem}\n`);
    }
  }

  multi<T extends string>(question: Question<T[]> & { choices: Choice<T>[] }): Promise<T[]> {
    const checked = new Set(question.default ?? []);
    const comma = say(this.lang(), MESSAGES.comma);
    return checkbox<T>({
      message: question.message,
      choices: question.choices.map((choice) => ({ value: choice.value, name: choice.name, checked: checked.has(choice.value) })),
      validate: (items) => question.validate?.(items.map((item) => item.value)) ?? true,
      pageSize: 12,
      // The answer is echoed as a list in the wizard's language: "أ، ب" in Arabic.
      theme: { ...this.theme, style: { ...this.theme.style, renderSelectedChoices: (selected: readonly { short: string }[]) => selected.map((choice) => choice.short).join(comma) } },
    });
  }

  confirm(question: Question<boolean>): Promise<boolean> {
    return this.yesNo(question.message, question.default ?? false);
  }

  /** Not asked: the suggestion stands unless it fails its check (an id already taken), then it is asked. */
  derived(question: Question<string> & { default: string }): Promise<string> {
    const value = question.normalize ? question.normalize(question.default) : question.default;
    return question.validate?.(value) ? this.text(question) : Promise.resolve(value);
  }

  more(_list: unknown, _index: number, question: Omit<Question<boolean>, 'id'>): Promise<boolean> {
    return this.yesNo(question.message, question.default ?? false);
  }

  say(text: string): void {
    this.write(`\n${this.fit(text)}\n`);
  }

  /**
   * Text broken between words at the terminal's width, as inquirer breaks its own lines. Left to
   * the terminal, a step's introduction was cut wherever the width ran out, inside a word, in
   * Arabic as in English.
   */
  fit(text: string): string {
    return wrapAnsi(text, this.width(), { hard: true });
  }

  /**
   * Yes or no in the wizard's language: the hint is "ن/ل" in Arabic rather than "(Y/n)", and
   * نعم, ن, لا and ل are answers (inquirer matches the start of its keywords; y and n still work).
   */
  private yesNo(message: string, defaultValue: boolean): Promise<boolean> {
    const lang = this.lang();
    const [yes, no] = [say(lang, INIT_MESSAGES.yes), say(lang, INIT_MESSAGES.no)];
    return confirm({
      message, default: defaultValue, transformer: (value: boolean) => (value ? yes : no),
      theme: { keywords: { yes, no, error: ({ yes: y, no: n }: { yes: string; no: string }) => say(lang, INIT_MESSAGES.yesNoError, { yes: y, no: n }) } },
    });
  }
}
