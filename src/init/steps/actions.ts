import type { Action } from '../../core/policy.js';
import { textIn } from '../../core/policy.js';
import { EXPECTATION_LABELS } from '../../i18n/terms.js';
import { idFrom } from '../checks.js';
import { say } from '../messages.js';
import { askList, type Step } from './step.js';

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
    const actions: Action[] = [];
    const frontLine = roles.find((role) => role.kind === 'front-line') ?? roles[0];
    for (const goal of draft.goals ?? []) {
      const goalTitle = textIn(goal.title, lang);
      const seeds = previous.actions?.filter((action) => action.goal === goal.id) ?? [];
      const list = ['actions', goal.id];
      const items = await askList(context, list, { min: 1, seedCount: Math.max(1, seeds.length), more: say(lang, 'moreAction', { goal: goalTitle }) }, async (a): Promise<Action> => {
        const seed = seeds[a];
        const id = [...list, a];
        const title = await ask.text({
          id: [...id, 'title'], message: say(lang, 'actionTitle', { goal: goalTitle }),
          default: seed ? textIn(seed.title, lang) : a === 0 && actions.length === 0 ? (lang === 'ar' ? 'الرد على العملاء عبر كل القنوات' : 'Answer customers on every channel') : (lang === 'ar' ? `العمل على: ${goalTitle}` : `Work towards: ${goalTitle}`),
          validate: check.required,
        });
        const chosenChannels = await ask.multi({
          id: [...id, 'channels'], message: say(lang, 'actionChannels'),
          choices: channels.map((channel) => ({ value: channel.id, name: textIn(channel.name, lang) || channel.id })),
          default: seed?.channels ?? channels.map((channel) => channel.id),
          validate: check.pickOne,
        });
        const owner = await ask.select({
          id: [...id, 'owner'], message: say(lang, 'actionOwner'),
          choices: roles.map((role) => ({ value: role.id, name: textIn(role.name, lang) })),
          ...(seed?.owner ?? frontLine?.id ? { default: seed?.owner ?? frontLine!.id } : {}),
        });
        const serves = await ask.multi({
          id: [...id, 'serves'], message: say(lang, 'actionServes'),
          choices: EXPECTATIONS.map((value) => ({ value, name: `${EXPECTATION_LABELS[lang][value]!.label}: ${EXPECTATION_LABELS[lang][value]!.hint}` })),
          default: (seed?.serves as (typeof EXPECTATIONS)[number][] | undefined) ?? ['availability', 'welcome', 'information', 'speed'],
        });
        const actionId = await ask.text({ id: [...id, 'id'], message: say(lang, 'actionId'), default: seed?.id ?? idFrom(title, `action-${actionIds.size + 1}`, actionIds), validate: check.id(actionIds), optional: true });
        actionIds.add(actionId);
        const action: Action = { id: actionId, goal: goal.id, title, channels: chosenChannels, owner, serves };
        if (seed?.steps) action.steps = seed.steps;
        if (seed?.description) action.description = seed.description;
        return action;
      });
      actions.push(...items);
    }
    draft.actions = actions;
  },
};
