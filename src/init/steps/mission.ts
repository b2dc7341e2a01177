import type { MissionLink } from '../../core/policy.js';
import { textIn } from '../../core/policy.js';
import { INIT_MESSAGES } from '../messages.js';
import { inPreviousOrder, keptText } from './keep.js';
import type { Step } from './step.js';
import { withoutIsolates } from '../../report/bidi.js';
import { say } from '../../i18n/index.js';

export const missionStep: Step = {
  name: 'mission',
  title: 'mission.title',
  intro: 'mission.intro',
  keys: ['mission'],
  async run({ ask, lang, draft, previous, check }) {
    const statement = await ask.text({
      id: ['mission', 'statement'], message: say(lang, INIT_MESSAGES.missionStatement),
      default: previous.mission ? textIn(previous.mission.statement, lang) : say(lang, INIT_MESSAGES.defaultMission),
      validate: check.required,
    });
    const links: { item: MissionLink; seed: MissionLink | undefined }[] = [];
    for (const goal of draft.goals ?? []) {
      const seed = previous.mission?.links.find((link) => link.goal === goal.id);
      const title = textIn(goal.title, lang);
      const rationale = await ask.text({
        id: ['mission', 'rationale', goal.id], message: say(lang, INIT_MESSAGES.rationale, { goal: title }),
        default: seed ? textIn(seed.rationale, lang) : withoutIsolates(say(lang, INIT_MESSAGES.defaultRationale, { goal: title })),
        validate: check.required,
      });
      links.push({ item: { ...seed, goal: goal.id, rationale: keptText(seed?.rationale, rationale, lang) }, seed });
    }
    draft.mission = { ...previous.mission, statement: keptText(previous.mission?.statement, statement, lang), links: inPreviousOrder(links, previous.mission?.links) };
  },
};
