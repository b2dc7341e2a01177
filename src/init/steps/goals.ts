import type { Goal, Kpi } from '../../core/policy.js';
import { textIn } from '../../core/policy.js';
import { DIRECTION_TERMS, GOAL_CATEGORY_TERMS } from '../../i18n/terms.js';
import { idFrom, typed } from '../answer-checks.js';
import { INIT_MESSAGES } from '../messages.js';
import { keptText } from './keep.js';
import { askList, type Step } from './step.js';
import { say, termChoices } from '../../i18n/index.js';

const DEFAULT_GOAL = {
  category: 'retention',
  title: { en: 'Keep our customers with a service they can rely on', ar: 'الحفاظ على عملائنا بخدمة يعتمدون عليها' },
  kpi: { name: { en: 'Customers satisfied with the service', ar: 'العملاء الراضون عن الخدمة' }, target: 85, unit: '%', direction: 'at-least' },
} as const;

export const goalsStep: Step = {
  name: 'goals',
  title: 'goals.title',
  intro: 'goals.intro',
  keys: ['goals'],
  async run(context) {
    const { ask, lang, draft, previous, check } = context;
    const seeds = previous.goals ?? [];
    const goalIds = new Set<string>();
    const kpiIds = new Set<string>();
    draft.goals = await askList(context, ['goals'], { min: 1, seedCount: Math.max(1, seeds.length), more: say(lang, INIT_MESSAGES.moreGoal) }, async (g) => {
      const seed = seeds[g];
      const firstDefault = g === 0 && !seed;
      const title = await ask.text({
        id: ['goals', g, 'title'], message: say(lang, INIT_MESSAGES.goalTitle, { number: g + 1 }),
        ...(seed ? { default: textIn(seed.title, lang) } : firstDefault ? { default: DEFAULT_GOAL.title[lang] } : {}),
        validate: check.required,
      });
      const category = await ask.select({
        id: ['goals', g, 'category'], message: say(lang, INIT_MESSAGES.goalCategory),
        choices: termChoices(lang, GOAL_CATEGORY_TERMS),
        default: seed?.category ?? DEFAULT_GOAL.category,
      });
      const id = await ask.derived({ id: ['goals', g, 'id'], message: say(lang, INIT_MESSAGES.goalId), default: seed?.id ?? idFrom(title, `goal-${g + 1}`, goalIds), validate: check.id(goalIds), optional: true });
      goalIds.add(id);
      const kpiSeeds = seed?.kpis ?? [];
      const kpis = await askList(context, ['goals', g, 'kpis'], { min: 1, seedCount: Math.max(1, kpiSeeds.length), more: say(lang, INIT_MESSAGES.moreKpi) }, async (k): Promise<Kpi> => {
        const kpiSeed = kpiSeeds[k];
        const fallback = g === 0 && k === 0 && !kpiSeed ? DEFAULT_GOAL.kpi : undefined;
        const name = await ask.text({
          id: ['goals', g, 'kpis', k, 'name'], message: say(lang, INIT_MESSAGES.kpiName),
          ...(kpiSeed ? { default: textIn(kpiSeed.name, lang) } : fallback ? { default: fallback.name[lang] } : {}),
          validate: check.required,
        });
        const target = await ask.text({ id: ['goals', g, 'kpis', k, 'target'], message: say(lang, INIT_MESSAGES.kpiTarget), default: String(kpiSeed?.target ?? fallback?.target ?? 90), normalize: typed.number, validate: check.number });
        // The target's range is known once its unit is: 120 is a fine number of calls but no percentage.
        const unit = await ask.text({ id: ['goals', g, 'kpis', k, 'unit'], message: say(lang, INIT_MESSAGES.kpiUnit), default: kpiSeed?.unit ?? '%', validate: (value: string) => check.required(value) ?? check.percentTarget(target)(value) });
        const direction = await ask.select({
          id: ['goals', g, 'kpis', k, 'direction'], message: say(lang, INIT_MESSAGES.kpiDirection),
          choices: termChoices(lang, DIRECTION_TERMS),
          default: kpiSeed?.direction ?? 'at-least',
        });
        const kpiId = await ask.derived({ id: ['goals', g, 'kpis', k, 'id'], message: say(lang, INIT_MESSAGES.kpiId), default: kpiSeed?.id ?? idFrom(name, `kpi-${kpiIds.size + 1}`, kpiIds), validate: check.id(kpiIds), optional: true });
        kpiIds.add(kpiId);
        return { ...kpiSeed, id: kpiId, name: keptText(kpiSeed?.name, name, lang), target: Number(target), unit, direction };
      });
      // A goal keeps what the step does not ask about, its description first.
      const goal: Goal = { ...seed, id, category, title: keptText(seed?.title, title, lang), kpis };
      return goal;
    });
  },
};
