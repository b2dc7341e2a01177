import { addDays } from '../../core/dates.js';
import { calendarDays } from '../../core/duration.js';
import { textIn } from '../../core/policy.js';
import { say } from '../messages.js';
import type { Step } from './step.js';

export const rolloutStep: Step = {
  name: 'rollout',
  title: 'rollout.title',
  intro: 'rollout.intro',
  keys: ['rollout'],
  async run({ ask, lang, draft, previous, check, today }) {
    const seed = previous.rollout;
    const pilot = draft.pilot;
    const pilotEnd = pilot ? addDays(pilot.start, calendarDays(pilot.duration) ?? 0) : undefined;
    const start = await ask.text({
      id: ['rollout', 'start'], message: say(lang, 'rolloutStart'),
      default: seed?.start && (!pilotEnd || seed.start >= pilotEnd) ? seed.start : addDays(pilotEnd ?? today, 14),
      validate: (value) => check.date(value) ?? (pilotEnd && value < pilotEnd ? say(lang, 'notAfterPilot', { end: pilotEnd }) : undefined),
    });
    const roles = draft.roles ?? [];
    const audiences = await ask.multi({
      id: ['rollout', 'audiences'], message: say(lang, 'rolloutAudiences'),
      choices: roles.map((role) => ({ value: role.id, name: textIn(role.name, lang) })),
      default: seed?.audiences.filter((id) => roles.some((role) => role.id === id)) ?? roles.map((role) => role.id),
      validate: check.pickOne,
    });
    const acknowledge = await ask.confirm({ id: ['rollout', 'acknowledgement'], message: say(lang, 'rolloutAck'), default: seed?.acknowledgement?.required ?? true });
    const by = acknowledge
      ? await ask.text({ id: ['rollout', 'acknowledge_by'], message: say(lang, 'rolloutAckBy'), default: seed?.acknowledgement?.by ?? addDays(start, 14), validate: check.date })
      : undefined;
    draft.rollout = {
      start, audiences,
      ...(seed?.training ? { training: seed.training.filter((training) => audiences.includes(training.role)) } : {}),
      acknowledgement: { required: acknowledge, ...(by ? { by } : {}) },
    };
  },
};
