import { typed } from '../answer-checks.js';
import { addDays } from '../../core/dates.js';
import { acknowledgementBeforeRollout, pilotEnd, pilotOverlapsRollout } from '../../core/date-order.js';
import { textIn, type Training } from '../../core/policy.js';
import { TRAINING_FORMAT_TERMS } from '../../i18n/terms.js';
import { INIT_MESSAGES } from '../messages.js';
import { sameValue } from '../../core/yaml-edit.js';
import type { Step, StepContext } from './step.js';
import { MESSAGES } from '../../i18n/messages.js';
import { say, termChoices } from '../../i18n/index.js';

const FORMATS = ['briefing', 'workshop', 'e-learning', 'shadowing', 'meeting'] as const;

/** Training per role briefed: asked only when the user plans it; otherwise what was there stays. */
async function askTraining(context: StepContext, audiences: string[], seeds: Training[] | undefined): Promise<Training[]> {
  const { ask, lang, check, draft } = context;
  const kept = (seeds ?? []).filter((training) => audiences.includes(training.role));
  // Training already entered is planned: Enter keeps it, and No takes it out.
  const plan = await ask.confirm({ id: ['rollout', 'training', 'plan'], message: say(lang, INIT_MESSAGES.trainingPlan), default: kept.length > 0, optional: true });
  if (!plan) return [];
  const training: Training[] = [];
  // Going back, Enter keeps the training as it was: the roles it names, with their own details.
  for (const role of kept.length > 0 ? kept.map((item) => item.role) : audiences) {
    const seed = kept.find((item) => item.role === role);
    const name = textIn(draft.roles?.find((item) => item.id === role)?.name, lang) || role;
    const id = ['rollout', 'training', role];
    const format = await ask.select({
      id: [...id, 'format'], message: say(lang, INIT_MESSAGES.trainingFormat, { role: name }),
      choices: termChoices(lang, TRAINING_FORMAT_TERMS, FORMATS),
      default: (FORMATS as readonly string[]).includes(seed?.format ?? '') ? (seed!.format as (typeof FORMATS)[number]) : 'briefing',
    });
    const duration = await ask.text({ id: [...id, 'duration'], message: say(lang, INIT_MESSAGES.trainingDuration), default: seed ? seed.duration ?? '' : '2h', optional: true, normalize: typed.duration, validate: check.durationOrEmpty });
    const topics = await ask.text({
      id: [...id, 'topics'], message: say(lang, INIT_MESSAGES.trainingTopics), optional: true,
      default: (seed?.topics ?? []).map((topic) => textIn(topic, lang)).join(say(lang, MESSAGES.comma)),
    });
    const refresher = await ask.text({ id: [...id, 'refresher'], message: say(lang, INIT_MESSAGES.trainingRefresher), default: seed ? seed.refresher ?? '' : '1y', optional: true, normalize: typed.duration, validate: check.durationOrEmpty });
    const list = topics.split(/[,\u060c]/).map((topic) => topic.trim()).filter(Boolean);
    // Topics as the policy has them, in every language, unless the answer changed them.
    const sameTopics = seed?.topics !== undefined && sameValue(seed.topics.map((topic) => textIn(topic, lang)), list);
    const item: Training = {
      ...seed, role, format,
      ...(duration ? { duration } : {}),
      ...(list.length > 0 ? { topics: sameTopics ? seed!.topics! : list } : {}),
      ...(refresher ? { refresher } : {}),
    };
    if (!duration) delete item.duration;
    if (list.length === 0) delete item.topics;
    if (!refresher) delete item.refresher;
    training.push(item);
  }
  return training;
}

export const rolloutStep: Step = {
  name: 'rollout',
  title: 'rollout.title',
  intro: 'rollout.intro',
  keys: ['rollout'],
  async run(context) {
    const { ask, lang, draft, previous, check, today } = context;
    const seed = previous.rollout;
    const pilot = draft.pilot;
    const end = pilot ? pilotEnd(pilot) : undefined;
    // The checks validate makes on these dates (core/date-order.ts), made at the question.
    const afterPilot = (value: string) => {
      const overlap = pilotOverlapsRollout(pilot, value);
      return overlap ? say(lang, INIT_MESSAGES.notAfterPilot, { end: overlap }) : undefined;
    };
    const start = await ask.text({
      id: ['rollout', 'start'], message: say(lang, INIT_MESSAGES.rolloutStart),
      default: seed?.start && !afterPilot(seed.start) ? seed.start : addDays(end ?? today, 14),
      normalize: typed.date, validate: (value) => check.date(value) ?? afterPilot(value),
    });
    const notBeforeStart = (value: string) => (acknowledgementBeforeRollout(value, start) ? say(lang, INIT_MESSAGES.ackBeforeRollout, { start }) : undefined);
    const roles = draft.roles ?? [];
    const audiences = await ask.multi({
      id: ['rollout', 'audiences'], message: say(lang, INIT_MESSAGES.rolloutAudiences),
      choices: roles.map((role) => ({ value: role.id, name: textIn(role.name, lang) })),
      default: seed?.audiences.filter((id) => roles.some((role) => role.id === id)) ?? roles.map((role) => role.id),
      validate: check.pickOne,
    });
    const acknowledge = await ask.confirm({ id: ['rollout', 'acknowledgement'], message: say(lang, INIT_MESSAGES.rolloutAck), default: seed ? seed.acknowledgement?.required ?? false : true });
    // A rollout the policy has without a sign-by date may stay without one.
    const noDate = seed?.acknowledgement?.required === true && seed.acknowledgement.by === undefined;
    const by = acknowledge
      ? await ask.text({
          id: ['rollout', 'acknowledge_by'], message: say(lang, INIT_MESSAGES.rolloutAckBy),
          default: noDate ? '' : seed?.acknowledgement?.by && !notBeforeStart(seed.acknowledgement.by) ? seed.acknowledgement.by : addDays(start, 14),
          ...(noDate
            ? { optional: true, normalize: typed.date, validate: (value: string) => (value ? check.date(value) ?? notBeforeStart(value) : undefined) }
            : { normalize: typed.date, validate: (value: string) => check.date(value) ?? notBeforeStart(value) }),
        })
      : undefined;
    const training = await askTraining(context, audiences, seed?.training);
    // A rollout keeps what the step does not ask about; no sign-off asked of a rollout that had none adds none.
    const acknowledgement = acknowledge || seed?.acknowledgement || !seed ? { ...seed?.acknowledgement, required: acknowledge, ...(by ? { by } : {}) } : undefined;
    if (acknowledgement && !by) delete acknowledgement.by;
    draft.rollout = {
      ...seed, start, audiences,
      ...(training.length > 0 ? { training } : {}),
      ...(acknowledgement ? { acknowledgement } : {}),
    };
    if (training.length === 0) delete draft.rollout.training;
    if (!acknowledgement) delete draft.rollout.acknowledgement;
  },
};
