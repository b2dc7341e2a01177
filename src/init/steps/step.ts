import type { Policy } from '../../core/policy.js';
import type { Lang } from '../../i18n/index.js';
import { answerChecks } from '../answer-checks.js';
import type { InitMessageId } from '../messages.js';
import type { Prompter } from '../prompter.js';

export type Draft = Partial<Policy>;

export interface StepContext {
  ask: Prompter;
  lang: Lang;
  today: string;
  /** The policy being built; each step writes its own sections. */
  draft: Draft;
  /** The sections as they were before this run (--step, --resume), used as defaults. */
  previous: Draft;
  check: ReturnType<typeof answerChecks>;
}

export interface Step {
  name: string;
  title: InitMessageId;
  intro: InitMessageId;
  /** Top-level keys of the policy this step writes. */
  keys: readonly (keyof Policy)[];
  run(context: StepContext): Promise<void>;
}

export const ids = (items: readonly { id: string }[] | undefined): Set<string> => new Set((items ?? []).map((item) => item.id));

/** Asks for list items while the user (or the answers file) wants more, at least `min`. */
export async function askList<T>(
  context: StepContext,
  list: (string | number)[],
  options: { min: number; seedCount: number; more: string },
  askItem: (index: number) => Promise<T>,
): Promise<T[]> {
  const items: T[] = [];
  for (let i = 0; ; i++) {
    if (i >= options.min) {
      const goOn = await context.ask.more(list, i, { message: options.more, default: i < options.seedCount });
      if (!goOn) break;
    }
    items.push(await askItem(i));
  }
  return items;
}
