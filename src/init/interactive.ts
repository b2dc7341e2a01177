import { checkbox, confirm, input, select } from '@inquirer/prompts';
import type { Choice, Prompter, Question } from './prompter.js';

/** The wizard at a terminal, through @inquirer/prompts. Loaded only by init, when there is a terminal. */
export class InquirerPrompter implements Prompter {
  constructor(private readonly write: (text: string) => void) {}

  text(question: Question<string>): Promise<string> {
    return input({
      message: question.message,
      ...(question.default !== undefined && question.default !== '' ? { default: question.default } : {}),
      validate: (value: string) => question.validate?.(value.trim()) ?? true,
    }).then((value) => value.trim());
  }

  select<T extends string>(question: Question<T> & { choices: Choice<T>[] }): Promise<T> {
    return select<T>({
      message: question.message,
      choices: question.choices.map((choice) => ({ value: choice.value, name: choice.name })),
      ...(question.default !== undefined ? { default: question.default } : {}),
      pageSize: 12,
    });
  }

  multi<T extends string>(question: Question<T[]> & { choices: Choice<T>[] }): Promise<T[]> {
    const checked = new Set(question.default ?? []);
    return checkbox<T>({
      message: question.message,
      choices: question.choices.map((choice) => ({ value: choice.value, name: choice.name, checked: checked.has(choice.value) })),
      validate: (items) => question.validate?.(items.map((item) => item.value)) ?? true,
      pageSize: 12,
    });
  }

  confirm(question: Question<boolean>): Promise<boolean> {
    return confirm({ message: question.message, default: question.default ?? false });
  }

  more(_list: unknown, _index: number, question: Omit<Question<boolean>, 'id'>): Promise<boolean> {
    return confirm({ message: question.message, default: question.default ?? false });
  }

  say(text: string): void {
    this.write(`\n${text}\n`);
  }
}
