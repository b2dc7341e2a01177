import { styleText } from 'node:util';
import { checkbox, confirm, input, select } from '@inquirer/prompts';
import type { Lang } from '../i18n/index.js';
import type { Choice, Prompter, Question } from './prompter.js';

/** Inquirer's key hints and yes/no, in the wizard's language. */
const KEY_ACTIONS: Record<Lang, Record<string, string>> = {
  en: {},
  ar: { navigate: 'تنقّل', select: 'اختيار', submit: 'تأكيد', all: 'الكل', invert: 'عكس التحديد' },
};
const YES_NO: Record<Lang, [string, string]> = { en: ['Yes', 'No'], ar: ['نعم', 'لا'] };

/** The wizard at a terminal, through @inquirer/prompts. Loaded only by init, when there is a terminal. */
export class InquirerPrompter implements Prompter {
  /** The language can change after the first question, which asks for it. */
  constructor(
    private readonly write: (text: string) => void,
    private readonly lang: () => Lang,
  ) {}

  private get theme() {
    const actions = KEY_ACTIONS[this.lang()];
    return {
      style: {
        keysHelpTip: (keys: [string, string][]) =>
          keys.map(([key, action]) => `${styleText('bold', key)} ${styleText('dim', actions[action] ?? action)}`).join(styleText('dim', ' • ')),
      },
    };
  }

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
      theme: this.theme,
    });
  }

  multi<T extends string>(question: Question<T[]> & { choices: Choice<T>[] }): Promise<T[]> {
    const checked = new Set(question.default ?? []);
    return checkbox<T>({
      message: question.message,
      choices: question.choices.map((choice) => ({ value: choice.value, name: choice.name, checked: checked.has(choice.value) })),
      validate: (items) => question.validate?.(items.map((item) => item.value)) ?? true,
      pageSize: 12,
      theme: this.theme,
    });
  }

  confirm(question: Question<boolean>): Promise<boolean> {
    return this.yesNo(question.message, question.default ?? false);
  }

  more(_list: unknown, _index: number, question: Omit<Question<boolean>, 'id'>): Promise<boolean> {
    return this.yesNo(question.message, question.default ?? false);
  }

  say(text: string): void {
    this.write(`\n${text}\n`);
  }

  private yesNo(message: string, defaultValue: boolean): Promise<boolean> {
    const [yes, no] = YES_NO[this.lang()];
    return confirm({ message, default: defaultValue, transformer: (value: boolean) => (value ? yes : no) });
  }
}
