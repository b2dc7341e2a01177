import type { MissionLink } from '../../core/policy.js';
import { textIn } from '../../core/policy.js';
import { say } from '../messages.js';
import { inPreviousOrder, keptText } from './keep.js';
import type { Step } from './step.js';

export const missionStep: Step = {
  name: 'mission',
  title: 'mission.title',
  intro: 'mission.intro',
  keys: ['mission'],
  async run({ ask, lang, draft, previous, check }) {
    const statement = await ask.text({
      id: ['mission', 'statement'], message: say(lang, 'missionStatement'),
      default: previous.mission ? textIn(previous.mission.statement, lang) : lang === 'ar' ? 'عملاء نخدمهم جيدًا يبقون معنا ويوصون بنا.' : 'Customers we serve well stay with us and recommend us.',
      validate: check.required,
    });
    const links: { item: MissionLink; seed: MissionLink | undefined }[] = [];
    for (const goal of draft.goals ?? []) {
      const seed = previous.mission?.links.find((link) => link.goal === goal.id);
      const title = textIn(goal.title, lang);
      const rationale = await ask.text({
        id: ['mission', 'rationale', goal.id], message: say(lang, 'rationale', { goal: title }),
        default: seed ? textIn(seed.rationale, lang) : lang === 'ar' ? `يخدم هدف "${title}" رسالتنا مباشرة.` : `"${title}" serves our mission directly.`,
        validate: check.required,
      });
      links.push({ item: { ...seed, goal: goal.id, rationale: keptText(seed?.rationale, rationale, lang) }, seed });
    }
    draft.mission = { ...previous.mission, statement: keptText(previous.mission?.statement, statement, lang), links: inPreviousOrder(links, previous.mission?.links) };
  },
};
