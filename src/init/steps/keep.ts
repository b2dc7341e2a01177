import { textIn, type LocalText } from '../../core/policy.js';
import type { Lang } from '../../i18n/index.js';
import type { DocPath } from '../../core/finding.js';
import type { StepContext } from './step.js';

/**
 * Re-running a step must not lose what the user wrote. A question shows a text in the wizard's
 * language; an answer that is that text keeps the text as the policy has it, in every language it
 * is written in. A changed answer is the new text, in the one language it was given in (validate
 * then says which translation is missing, rather than keeping a translation of the old text).
 */
export function keptText(previous: LocalText | undefined, answer: string, lang: Lang): LocalText {
  return previous !== undefined && textIn(previous, lang) === answer ? previous : answer;
}

/**
 * A text of an item that may already be in the policy. For an item the policy has, its text is the
 * suggestion, and an item without that (optional) text suggests none: an empty answer leaves it out.
 * A new item suggests `suggestion`.
 */
export async function askKeptText(
  context: StepContext,
  question: { id: DocPath; message: string; seeded: boolean; previous: LocalText | undefined; suggestion?: string; required?: boolean },
): Promise<LocalText | undefined> {
  const { ask, lang, check } = context;
  const absent = question.seeded && question.previous === undefined;
  const suggestion = question.previous !== undefined ? textIn(question.previous, lang) : absent ? '' : question.suggestion;
  const answer = await ask.text({
    id: question.id, message: question.message,
    ...(suggestion !== undefined ? { default: suggestion } : {}),
    ...(absent || !question.required ? { optional: true } : { validate: check.required }),
  });
  if (answer === '' && (absent || !question.required)) return undefined;
  return keptText(question.previous, answer, lang);
}

/** The policy's languages, with the wizard's language first when the policy did not have it. */
export const languagesWith = (previous: readonly string[] | undefined, lang: Lang): string[] =>
  previous?.includes(lang) ? [...previous] : [lang, ...(previous ?? [])];

/**
 * Items built group by group (the actions of each goal, the standards of each action) in the
 * order the policy had them: an item from the policy takes its old place, and a new item follows
 * the one built just before it.
 */
export function inPreviousOrder<T>(built: readonly { item: T; seed: unknown }[], previous: readonly unknown[] | undefined): T[] {
  let place = -1;
  const placed = built.map(({ item, seed }, rank) => {
    const index = seed === undefined ? -1 : (previous ?? []).indexOf(seed);
    if (index >= 0) place = index;
    return { item, place: index >= 0 ? index : place + 0.5, rank };
  });
  return placed.sort((a, b) => a.place - b.place || a.rank - b.rank).map(({ item }) => item);
}
