import type { EscalationLevel, Metric, Standard } from '../../core/policy.js';
import { textIn } from '../../core/policy.js';
import { CLOCK_LABELS, METRIC_LABELS } from '../../i18n/terms.js';
import { toPercent } from '../checks.js';
import { say } from '../messages.js';
import { askList, type Step } from './step.js';

const METRICS: Metric[] = ['answer', 'acknowledgement', 'first-response', 'next-response', 'update', 'resolution'];
/** Typical standards: a first response and a resolution, as helpdesk SLAs set them. */
const SUGGESTED = [
  { metric: 'first-response', target: '1d', attainment: '95%' },
  { metric: 'resolution', target: '5d', attainment: '90%' },
] as const;

const EXTERNAL = '=external';

export const standardsStep: Step = {
  name: 'standards',
  title: 'standards.title',
  intro: 'standards.intro',
  keys: ['standards', 'escalation'],
  async run(context) {
    const { ask, lang, draft, previous, check } = context;
    const calendar = draft.calendars?.[0]?.id;
    const standards: Standard[] = [];
    for (const action of draft.actions ?? []) {
      const actionTitle = textIn(action.title, lang);
      const seeds = previous.standards?.filter((standard) => standard.action === action.id) ?? [];
      const list = ['standards', action.id];
      const seedCount = seeds.length || SUGGESTED.length;
      await askList(context, list, { min: 1, seedCount, more: say(lang, 'moreStandard', { action: actionTitle }) }, async (s): Promise<Standard> => {
        const seed = seeds[s] ?? (seeds.length === 0 ? SUGGESTED[s] : undefined);
        const id = [...list, s];
        const metric = await ask.select({
          id: [...id, 'metric'], message: say(lang, 'standardMetric'),
          choices: METRICS.map((value) => ({ value, name: METRIC_LABELS[lang][value]! })),
          default: seed?.metric ?? 'first-response',
        });
        const target = await ask.text({
          id: [...id, 'target'], message: say(lang, 'standardTarget', { action: actionTitle, metric: METRIC_LABELS[lang][metric]! }),
          default: seed?.target ?? '1d', validate: check.duration,
        });
        const clock = calendar
          ? await ask.select({
              id: [...id, 'clock'], message: say(lang, 'standardClock'),
              choices: (['business', 'calendar'] as const).map((value) => ({ value, name: CLOCK_LABELS[lang][value]! })),
              default: (seed && 'clock' in seed ? seed.clock : undefined) ?? 'business',
            })
          : 'calendar';
        const attainment = await ask.text({ id: [...id, 'attainment'], message: say(lang, 'standardAttainment'), default: seed?.attainment ?? '95%', validate: check.percent });
        const existing = seeds[s];
        const taken = new Set(standards.map((standard) => standard.id));
        let standardId = existing?.id ?? `${action.id}-${metric}`;
        for (let n = 2; taken.has(standardId); n++) standardId = `${action.id}-${metric}-${n}`;
        const standard: Standard = {
          id: standardId, action: action.id, metric, target, clock,
          ...(clock === 'business' && calendar ? { calendar } : {}),
          attainment: toPercent(attainment)!,
        };
        if (existing?.text) standard.text = existing.text;
        if (existing?.remedy) standard.remedy = existing.remedy;
        standards.push(standard);
        return standard;
      });
    }
    draft.standards = standards;

    const roles = draft.roles ?? [];
    const byKind = (kind: string) => roles.find((role) => role.kind === kind)?.id;
    const suggestedLadder = [
      { owner: byKind('front-line') ?? roles[0]?.id, after: '0m' },
      { owner: byKind('supervisor') ?? roles[1]?.id ?? roles[0]?.id, after: '2d' },
      { owner: byKind('management') ?? roles.at(-1)?.id, after: '5d' },
    ];
    const seeds = previous.escalation?.levels ?? [];
    const levels: EscalationLevel[] = [];
    await askList(context, ['escalation'], { min: 1, seedCount: seeds.length || 3, more: say(lang, 'moreLevel') }, async (l) => {
      const seed = seeds[l];
      const suggestion = seeds.length === 0 ? suggestedLadder[l] : undefined;
      const level = l + 1;
      const id = ['escalation', l];
      const ownerDefault = seed ? (seed.external ? EXTERNAL : seed.owner) : suggestion?.owner;
      const owner = await ask.select({
        id: [...id, 'owner'], message: say(lang, 'levelOwner', { level }),
        choices: [...roles.map((role) => ({ value: role.id, name: textIn(role.name, lang) })), { value: EXTERNAL, name: say(lang, 'outsideBody') }],
        ...(ownerDefault ? { default: ownerDefault } : {}),
      });
      const external = owner === EXTERNAL
        ? { name: await ask.text({ id: [...id, 'external'], message: say(lang, 'levelExternal'), ...(seed?.external ? { default: textIn(seed.external.name, lang) } : {}), validate: check.required }) }
        : undefined;
      const previousAfter = levels.at(-1)?.after;
      const after = await ask.text({
        id: [...id, 'after'], message: say(lang, 'levelAfter', { level }),
        default: seed?.after ?? suggestion?.after ?? (previousAfter ? `${l * 2}d` : '0m'),
        validate: check.durationAfter(previousAfter),
      });
      const when = await ask.text({ id: [...id, 'when'], message: say(lang, 'levelWhen', { level }), default: seed?.when ? textIn(seed.when, lang) : '', optional: true });
      const entry: EscalationLevel = { level, ...(external ? { external: { ...seed?.external, ...external } } : { owner }), after };
      if (when) entry.when = when;
      levels.push(entry);
      return entry;
    });
    levels.at(-1)!.final = true;
    draft.escalation = { levels };
  },
};
