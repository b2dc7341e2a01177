import { typed } from '../answer-checks.js';
import { addDays } from '../../core/dates.js';
import { textIn } from '../../core/policy.js';
import { INIT_MESSAGES } from '../messages.js';
import { askKeptText, keptText } from './keep.js';
import type { Step } from './step.js';
import { say } from '../../i18n/index.js';

export const pilotStep: Step = {
  name: 'pilot',
  title: 'pilot.title',
  intro: 'pilot.intro',
  keys: ['pilot'],
  async run(context) {
    const { ask, lang, draft, previous, check, today } = context;
    const seed = previous.pilot;
    // Enter takes the four-week pilot the README promises, in a new policy and in a resumed one (no
    // rollout yet); a policy that is written (it has a rollout) without a pilot keeps none.
    const run = await ask.confirm({ id: ['pilot', 'run'], message: say(lang, INIT_MESSAGES.runPilot), default: seed !== undefined || previous.rollout === undefined });
    if (!run) {
      delete draft.pilot;
      return;
    }
    const roles = draft.roles ?? [];
    const start = await ask.text({ id: ['pilot', 'start'], message: say(lang, INIT_MESSAGES.pilotStart), default: seed?.start ?? addDays(today, 14), normalize: typed.date, validate: check.date });
    const duration = await ask.text({ id: ['pilot', 'duration'], message: say(lang, INIT_MESSAGES.pilotDuration), default: seed?.duration ?? '4w', normalize: typed.duration, validate: check.duration });
    const pilotRoles = await ask.multi({
      id: ['pilot', 'roles'], message: say(lang, INIT_MESSAGES.pilotRoles),
      choices: roles.map((role) => ({ value: role.id, name: textIn(role.name, lang) })),
      default: seed?.roles ?? roles.filter((role) => role.kind === 'front-line' || role.kind === 'supervisor').map((role) => role.id),
      validate: check.pickOne,
    });
    const customers = await ask.text({ id: ['pilot', 'customers'], message: say(lang, INIT_MESSAGES.pilotCustomers), default: seed ? textIn(seed.customers, lang) : say(lang, INIT_MESSAGES.pilotCustomersDefault), validate: check.required });
    const notice = await askKeptText(context, { id: ['pilot', 'notice'], message: say(lang, INIT_MESSAGES.pilotNotice), seeded: seed !== undefined, previous: seed?.notice, suggestion: say(lang, INIT_MESSAGES.pilotNoticeDefault), required: true });
    const kpis = (draft.goals ?? []).flatMap((goal) => goal.kpis ?? []);
    const judged = await ask.multi({
      id: ['pilot', 'criteria'], message: say(lang, INIT_MESSAGES.pilotCriteria),
      choices: kpis.map((kpi) => ({ value: kpi.id, name: textIn(kpi.name, lang) })),
      default: seed?.success_criteria.map((criterion) => criterion.kpi).filter((id) => kpis.some((kpi) => kpi.id === id)) ?? kpis.map((kpi) => kpi.id),
      validate: check.pickOne,
    });
    const successCriteria = [];
    for (const kpiId of judged) {
      const kpi = kpis.find((candidate) => candidate.id === kpiId)!;
      const target = await ask.text({
        id: ['pilot', 'targets', kpiId], message: say(lang, INIT_MESSAGES.pilotCriterionTarget, { kpi: textIn(kpi.name, lang) }),
        default: String(seed?.success_criteria.find((criterion) => criterion.kpi === kpiId)?.target ?? kpi.target), normalize: typed.number, validate: check.kpiValue(kpi),
      });
      successCriteria.push({ ...seed?.success_criteria.find((criterion) => criterion.kpi === kpiId), kpi: kpiId, target: Number(target) });
    }
    // What was found (results), how feedback is collected and anything else not asked about stay.
    draft.pilot = {
      ...seed, start, duration, roles: pilotRoles, customers: keptText(seed?.customers, customers, lang), customers_informed: seed?.customers_informed ?? true,
      ...(notice !== undefined ? { notice } : {}), success_criteria: successCriteria,
    };
    if (notice === undefined) delete draft.pilot.notice;
  },
};
