import type { Action } from '../../core/policy.js';
import { textIn } from '../../core/policy.js';
import { EXPECTATION_HINTS, EXPECTATION_TERMS } from '../../i18n/terms.js';
import { idFrom } from '../answer-checks.js';
import { INIT_MESSAGES } from '../messages.js';
import { inPreviousOrder, keptText } from './keep.js';
import { askList, type Step } from './step.js';
import { withoutIsolates } from '../../report/bidi.js';
import { say } from '../../i18n/index.js';

const EXPECTATIONS = ['availability', 'welcome', 'respect', 'empathy', 'fairness', 'information', 'alternatives', 'speed'] as const;

export const actionsStep: Step = {
  name: 'actions',
  title: 'actions.title',
  intro: 'actions.intro',
  keys: ['actions'],
  async run(context) {
    const { ask, lang, draft, previous, check } = context;
    const roles = draft.roles ?? [];
    const channels = draft.channels ?? [];
    const actionIds = new Set<string>();
    const actions: { item: Action; seed: Action | undefined }[] = [];
    const frontLine = roles.find((role) => role.kind === 'front-line') ?? roles[0];
    for (const goal of draft.goals ?? []) {
      const goalTitle = textIn(goal.title, lang);
      const seeds = previous.actions?.filter((action) => action.goal === goal.id) ?? [];
      const list = ['actions', goal.id];
      await askList(context, list, { min: 1, seedCount: Math.max(1, seeds.length), more: say(lang, INIT_MESSAGES.moreAction, { goal: goalTitle }) }, async (a): Promise<Action> => {
        const seed = seeds[a];
        const id = [...list, a];
        const title = await ask.text({
          id: [...id, 'title'], message: say(lang, INIT_MESSAGES.actionTitle, { goal: goalTitle }),
          default: seed ? textIn(seed.title, lang) : a === 0 && actions.length === 0 ? say(lang, INIT_MESSAGES.defaultAction) : withoutIsolates(say(lang, INIT_MESSAGES.defaultActionFor, { goal: goalTitle })),
          validate: check.required,
        });
        // An action the policy has without channels or expectations may stay without them.
        const chosenChannels = await ask.multi({
          id: [...id, 'channels'], message: say(lang, INIT_MESSAGES.actionChannels),
          choices: channels.map((channel) => ({ value: channel.id, name: textIn(channel.name, lang) || channel.id })),
          default: seed ? seed.channels ?? [] : channels.map((channel) => channel.id),
          ...(seed && !seed.channels ? {} : { validate: check.pickOne }),
        });
        const owner = await ask.select({
          id: [...id, 'owner'], message: say(lang, INIT_MESSAGES.actionOwner),
          choices: roles.map((role) => ({ value: role.id, name: textIn(role.name, lang) })),
          ...(seed?.owner ?? frontLine?.id ? { default: seed?.owner ?? frontLine!.id } : {}),
        });
        const serves = await ask.multi({
          id: [...id, 'serves'], message: say(lang, INIT_MESSAGES.actionServes),
          choices: EXPECTATIONS.map((value) => ({ value, name: `${say(lang, EXPECTATION_TERMS[value])}: ${say(lang, EXPECTATION_HINTS[value])}` })),
          default: seed ? (seed.serves ?? []) as (typeof EXPECTATIONS)[number][] : ['availability', 'welcome', 'information', 'speed'],
        });
        const actionId = await ask.derived({ id: [...id, 'id'], message: say(lang, INIT_MESSAGES.actionId), default: seed?.id ?? idFrom(title, `action-${actionIds.size + 1}`, actionIds), validate: check.id(actionIds), optional: true });
        actionIds.add(actionId);
        // Steps, a description and anything else the step does not ask about stay.
        const action: Action = { ...seed, id: actionId, goal: goal.id, title: keptText(seed?.title, title, lang), channels: chosenChannels, owner, serves };
        if (chosenChannels.length === 0) delete action.channels;
        if (serves.length === 0 && !seed?.serves) delete action.serves;
        actions.push({ item: action, seed });
        return action;
      });
    }
    draft.actions = inPreviousOrder(actions, previous.actions);
  },
};
