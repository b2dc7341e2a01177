import { effectiveAfterNextReview } from '../../core/date-order.js';
import { typed } from '../answer-checks.js';
import { addDays, addDuration } from '../../core/dates.js';
import { calendarDays } from '../../core/duration.js';
import { textIn, type FeedbackCollection, type Holiday } from '../../core/policy.js';
import { HOLIDAY_COUNTRIES, publicHolidays, type HolidayCountry } from '../holidays.js';
import { holidayChoiceName } from './calendar.js';
import { FEEDBACK_METHOD_TERMS, FEEDBACK_TOPIC_TERMS, FREQUENCY_TERMS } from '../../i18n/terms.js';
import { INIT_MESSAGES } from '../messages.js';
import type { Step, StepContext } from './step.js';
import { say, termChoices } from '../../i18n/index.js';

const CADENCES = { '3mo': { en: 'every 3 months', ar: 'كل 3 أشهر' }, '6mo': { en: 'every 6 months', ar: 'كل 6 أشهر' }, '1y': { en: 'every year', ar: 'كل سنة' } } as const;
const NOBODY = '=nobody';
const TOPICS = ['delivery-time', 'response-speed', 'complaints', 'satisfaction', 'product'] as const;

/**
 * Holidays were offered for the coming year; the review may come later. For a calendar that names
 * its country, offer that country's holidays from where the list ends up to the first one on or
 * after the review, so that the list still holds when the policy is next looked at.
 */
async function topUpHolidays(context: StepContext, next: string): Promise<void> {
  const { ask, lang } = context;
  for (const calendar of context.draft.calendars ?? []) {
    if (!calendar.country || !(HOLIDAY_COUNTRIES as readonly string[]).includes(calendar.country)) continue;
    const holidays = calendar.holidays ?? [];
    const last = holidays.reduce((end, holiday) => ((holiday.until ?? holiday.date) > end ? holiday.until ?? holiday.date : end), '');
    if (last >= next) continue;
    const from = last ? addDays(last, 1) : context.today;
    const candidates = await publicHolidays(calendar.country as HolidayCountry, from, addDays(next, 400), lang);
    const cut = candidates.findIndex((holiday) => (holiday.until ?? holiday.date) >= next);
    const offered = cut === -1 ? candidates : candidates.slice(0, cut + 1);
    if (offered.length === 0) continue;
    const chosen = await ask.multi({
      id: ['calendar', 'more_holidays'], message: say(lang, INIT_MESSAGES.moreHolidays, { calendar: textIn(calendar.name, lang) || calendar.id }), optional: true,
      choices: offered.map((holiday) => ({ value: holiday.date, name: holidayChoiceName(holiday, lang) })),
      default: offered.map((holiday) => holiday.date),
    });
    calendar.holidays = [...holidays, ...offered.filter((holiday) => chosen.includes(holiday.date)).map(({ rule: _rule, ...holiday }): Holiday => holiday)];
  }
}

export const reviewStep: Step = {
  name: 'review',
  title: 'review.title',
  intro: 'review.intro',
  // calendars too: the step tops up their public holidays to the next review.
  keys: ['review', 'feedback', 'calendars'],
  async run(context) {
    const { ask, lang, draft, previous, today, check } = context;
    const cadence = await ask.select({
      id: ['review', 'cadence'], message: say(lang, INIT_MESSAGES.reviewCadence),
      choices: (Object.keys(CADENCES) as (keyof typeof CADENCES)[]).map((value) => ({ value, name: CADENCES[value][lang] })),
      default: previous.review?.cadence && previous.review.cadence in CADENCES ? (previous.review.cadence as keyof typeof CADENCES) : '6mo',
    });
    // The next review is a cycle after the policy takes effect, or after today when that has passed.
    const effective = draft.rollout?.start ?? today;
    const from = effective > today ? effective : today;
    // With the cadence unchanged, the next review the policy already has stays the suggestion:
    // re-running the step with --yes must not move it (and postpone a review) unasked.
    const keptNext = previous.review?.cadence === cadence ? previous.review.next : undefined;
    // validate's check (core/date-order.ts), made here: the first review comes once the policy is in effect.
    const afterEffective = (value: string) => (effectiveAfterNextReview(effective, value) ? say(lang, INIT_MESSAGES.reviewBeforeEffective, { effective }) : undefined);
    const next = await ask.text({
      id: ['review', 'next'], message: say(lang, INIT_MESSAGES.reviewNext), default: keptNext && !afterEffective(keptNext) ? keptNext : addDays(from, calendarDays(cadence) ?? 180),
      normalize: typed.date, validate: (value) => check.date(value) ?? afterEffective(value), optional: true,
    });
    // A last review more than a cycle before the new next one no longer describes this cycle
    // (review-dates reports it): answering this step is the review, so it is dated today.
    const kept = previous.review?.last;
    const last = kept && next && (addDuration(kept, cadence) ?? next) < next ? today : kept;
    draft.review = { cadence, ...(last ? { last } : {}), next };
    // Holidays were offered up to the next review when it was set; only a new one needs more.
    if (next !== previous.review?.next) await topUpHolidays(context, next);

    const seeds = previous.feedback ?? [];
    const topics = await ask.multi({
      id: ['feedback', 'topics'], message: say(lang, INIT_MESSAGES.feedbackTopics),
      choices: termChoices(lang, FEEDBACK_TOPIC_TERMS, TOPICS),
      default: seeds.length > 0 ? seeds.map((item) => item.topic).filter((topic): topic is (typeof TOPICS)[number] => (TOPICS as readonly string[]).includes(topic)) : ['delivery-time', 'response-speed', 'complaints'],
    });
    const feedback: FeedbackCollection[] = [];
    const roles = draft.roles ?? [];
    const owners = topics.length > 0
      ? await ask.confirm({ id: ['feedback', 'owners'], message: say(lang, INIT_MESSAGES.feedbackOwners), default: false, optional: true })
      : false;
    for (const topic of topics) {
      const seed = seeds.find((item) => item.topic === topic);
      const method = await ask.select({
        id: ['feedback', topic, 'method'], message: say(lang, INIT_MESSAGES.feedbackMethod, { topic: say(lang, FEEDBACK_TOPIC_TERMS[topic]) }),
        choices: termChoices(lang, FEEDBACK_METHOD_TERMS),
        default: seed?.method ?? 'survey',
      });
      const frequency = await ask.select({
        id: ['feedback', topic, 'frequency'], message: say(lang, INIT_MESSAGES.feedbackFrequency),
        choices: termChoices(lang, FREQUENCY_TERMS),
        default: seed?.frequency ?? (topic === 'complaints' ? 'monthly' : 'after-contact'),
      });
      const entry: FeedbackCollection = { topic, method, frequency, ...(seed?.channels ? { channels: seed.channels } : {}) };
      if (owners) {
        const owner = await ask.select({
          id: ['feedback', topic, 'owner'], message: say(lang, INIT_MESSAGES.feedbackOwner, { topic: say(lang, FEEDBACK_TOPIC_TERMS[topic]) }),
          choices: [{ value: NOBODY, name: say(lang, INIT_MESSAGES.nobody) }, ...roles.map((role) => ({ value: role.id, name: textIn(role.name, lang) }))],
          default: seed?.owner && roles.some((role) => role.id === seed.owner) ? seed.owner : roles.find((role) => role.kind === 'supervisor')?.id ?? NOBODY,
        });
        const followUp = await ask.text({ id: ['feedback', topic, 'follow_up'], message: say(lang, INIT_MESSAGES.feedbackFollowUp), default: seed?.follow_up ? textIn(seed.follow_up, lang) : '', optional: true });
        if (owner !== NOBODY) entry.owner = owner;
        if (followUp) entry.follow_up = followUp;
      } else {
        // Not asked this time: what the policy said stays, if its role is still there.
        if (seed?.owner && roles.some((role) => role.id === seed.owner)) entry.owner = seed.owner;
        if (seed?.follow_up) entry.follow_up = seed.follow_up;
      }
      feedback.push(entry);
    }
    if (feedback.length > 0) draft.feedback = feedback;
    else delete draft.feedback;
  },
};
