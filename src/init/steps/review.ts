import { addDays, addDuration } from '../../core/dates.js';
import { calendarDays } from '../../core/duration.js';
import type { FeedbackCollection } from '../../core/policy.js';
import { FEEDBACK_METHOD_LABELS, FEEDBACK_TOPIC_LABELS, FREQUENCY_LABELS } from '../../i18n/terms.js';
import { say } from '../messages.js';
import type { Step } from './step.js';

const CADENCES = { '3mo': { en: 'every 3 months', ar: 'كل 3 أشهر' }, '6mo': { en: 'every 6 months', ar: 'كل 6 أشهر' }, '1y': { en: 'every year', ar: 'كل سنة' } } as const;
const TOPICS = ['delivery-time', 'response-speed', 'complaints', 'satisfaction', 'product'] as const;

export const reviewStep: Step = {
  name: 'review',
  title: 'review.title',
  intro: 'review.intro',
  keys: ['review', 'feedback'],
  async run({ ask, lang, draft, previous, today, check }) {
    const cadence = await ask.select({
      id: ['review', 'cadence'], message: say(lang, 'reviewCadence'),
      choices: (Object.keys(CADENCES) as (keyof typeof CADENCES)[]).map((value) => ({ value, name: CADENCES[value][lang] })),
      default: previous.review?.cadence && previous.review.cadence in CADENCES ? (previous.review.cadence as keyof typeof CADENCES) : '6mo',
    });
    // The next review is a cycle after the policy takes effect, or after today when that has passed.
    const effective = draft.rollout?.start ?? today;
    const from = effective > today ? effective : today;
    const next = await ask.text({ id: ['review', 'next'], message: say(lang, 'reviewNext'), default: addDays(from, calendarDays(cadence) ?? 180), validate: check.date, optional: true });
    // A last review more than a cycle before the new next one no longer describes this cycle
    // (review-dates reports it): answering this step is the review, so it is dated today.
    const kept = previous.review?.last;
    const last = kept && next && (addDuration(kept, cadence) ?? next) < next ? today : kept;
    draft.review = { cadence, ...(last ? { last } : {}), next };

    const seeds = previous.feedback ?? [];
    const topics = await ask.multi({
      id: ['feedback', 'topics'], message: say(lang, 'feedbackTopics'),
      choices: TOPICS.map((value) => ({ value, name: FEEDBACK_TOPIC_LABELS[lang][value]! })),
      default: seeds.length > 0 ? seeds.map((item) => item.topic).filter((topic): topic is (typeof TOPICS)[number] => (TOPICS as readonly string[]).includes(topic)) : ['delivery-time', 'response-speed', 'complaints'],
    });
    const feedback: FeedbackCollection[] = [];
    for (const topic of topics) {
      const seed = seeds.find((item) => item.topic === topic);
      const method = await ask.select({
        id: ['feedback', topic, 'method'], message: say(lang, 'feedbackMethod', { topic: FEEDBACK_TOPIC_LABELS[lang][topic]! }),
        choices: Object.entries(FEEDBACK_METHOD_LABELS[lang]).map(([value, name]) => ({ value, name })),
        default: seed?.method ?? 'survey',
      });
      const frequency = await ask.select({
        id: ['feedback', topic, 'frequency'], message: say(lang, 'feedbackFrequency'),
        choices: Object.entries(FREQUENCY_LABELS[lang]).map(([value, name]) => ({ value, name })),
        default: seed?.frequency ?? (topic === 'complaints' ? 'monthly' : 'after-contact'),
      });
      feedback.push({ topic, method, frequency, ...(seed?.channels ? { channels: seed.channels } : {}) });
    }
    if (feedback.length > 0) draft.feedback = feedback;
    else delete draft.feedback;
  },
};
