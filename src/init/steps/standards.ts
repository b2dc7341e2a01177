import type { Compensation, EscalationLevel, Metric, Standard } from '../../core/policy.js';
import { textIn } from '../../core/policy.js';
import { CLOCK_TERMS, METRIC_TERMS } from '../../i18n/terms.js';
import { toPercent, typed } from '../answer-checks.js';
import { INIT_MESSAGES } from '../messages.js';
import { inPreviousOrder, keptText } from './keep.js';
import { askList, type Step, type StepContext } from './step.js';
import { say, termChoices } from '../../i18n/index.js';

const METRICS: Metric[] = ['answer', 'acknowledgement', 'first-response', 'next-response', 'update', 'resolution'];
/** Typical standards: a first response and a resolution, as helpdesk SLAs set them. */
const SUGGESTED = [
  { metric: 'first-response', target: '1d', attainment: '95%' },
  { metric: 'resolution', target: '5d', attainment: '90%' },
] as const;

const EXTERNAL = '=external';
const NONE = '=none';
const CURRENCY: Record<'en' | 'ar', string> = { en: 'GBP', ar: 'SAR' };

/** What the customer is paid when a standard is missed; asked only for standards that pay. */
async function askCompensation(context: StepContext, id: (string | number)[], seed: Compensation | undefined, names: { action: string; metric: string }): Promise<Compensation | undefined> {
  const { ask, lang, check } = context;
  const pay = await ask.confirm({ id: [...id, 'pay'], message: say(lang, INIT_MESSAGES.compensationPay, names), default: seed !== undefined, optional: true });
  if (!pay) return undefined;
  const amount = await ask.text({ id: [...id, 'amount'], message: say(lang, INIT_MESSAGES.compensationAmount), ...(seed ? { default: String(seed.amount) } : {}), normalize: typed.money, validate: check.money });
  const currency = await ask.text({ id: [...id, 'currency'], message: say(lang, INIT_MESSAGES.compensationCurrency), default: seed?.currency ?? CURRENCY[lang], validate: check.currency });
  const payment = await ask.select({
    id: [...id, 'payment'], message: say(lang, INIT_MESSAGES.compensationPayment),
    choices: [{ value: 'automatic' as const, name: say(lang, INIT_MESSAGES.paidAutomatically) }, { value: 'on-claim' as const, name: say(lang, INIT_MESSAGES.paidOnClaim) }],
    default: seed?.payment ?? 'automatic',
  });
  const within = await ask.text({ id: [...id, 'within'], message: say(lang, INIT_MESSAGES.compensationWithin), default: seed ? seed.within ?? '' : '10d', optional: true, normalize: typed.duration, validate: check.durationOrEmpty });
  const late = await ask.text({ id: [...id, 'late_payment'], message: say(lang, INIT_MESSAGES.compensationLate), default: seed?.late_payment ? String(seed.late_payment.amount) : '', optional: true, normalize: typed.money, validate: check.moneyOrEmpty });
  // The text, when a late payment is due and anything else not asked about stay.
  const compensation: Compensation = { ...seed, amount: Number(amount), currency, payment, ...(within ? { within } : {}), ...(late ? { late_payment: { ...seed?.late_payment, amount: Number(late) } } : {}) };
  if (!within) delete compensation.within;
  if (!late) delete compensation.late_payment;
  return compensation;
}

export const standardsStep: Step = {
  name: 'standards',
  title: 'standards.title',
  intro: 'standards.intro',
  keys: ['standards', 'escalation'],
  async run(context) {
    const { ask, lang, draft, previous, check } = context;
    const calendar = draft.calendars?.[0]?.id;
    const built: { item: Standard; seed: Standard | undefined }[] = [];
    const priorities = draft.priorities ?? [];
    const segments = draft.segments ?? [];
    const offerCompensation = await ask.confirm({
      id: ['compensation'], message: say(lang, INIT_MESSAGES.offerCompensation), optional: true,
      default: previous.standards?.some((standard) => standard.compensation !== undefined) ?? false,
    });
    for (const action of draft.actions ?? []) {
      const actionTitle = textIn(action.title, lang);
      const seeds = previous.standards?.filter((standard) => standard.action === action.id) ?? [];
      const list = ['standards', action.id];
      const seedCount = seeds.length || SUGGESTED.length;
      await askList(context, list, { min: 1, seedCount, more: say(lang, INIT_MESSAGES.moreStandard, { action: actionTitle }) }, async (s): Promise<Standard> => {
        const seed = seeds[s] ?? (seeds.length === 0 ? SUGGESTED[s] : undefined);
        const id = [...list, s];
        const metric = await ask.select({
          id: [...id, 'metric'], message: say(lang, INIT_MESSAGES.standardMetric, { number: s + 1, action: actionTitle }),
          choices: termChoices(lang, METRIC_TERMS, METRICS),
          default: seed?.metric ?? 'first-response',
        });
        const existing = seeds[s];
        // A standard the policy has without a target or a share may stay without them.
        const noTarget = existing !== undefined && existing.target === undefined;
        const target = await ask.text({
          id: [...id, 'target'], message: say(lang, INIT_MESSAGES.standardTarget, { action: actionTitle, metric: say(lang, METRIC_TERMS[metric]) }),
          default: noTarget ? '' : seed?.target ?? '1d', ...(noTarget ? { optional: true, normalize: typed.duration, validate: check.durationOrEmpty } : { normalize: typed.duration, validate: check.duration }),
        });
        const clock = calendar
          ? await ask.select({
              id: [...id, 'clock'], message: say(lang, INIT_MESSAGES.standardClock),
              choices: (['business', 'calendar', 'working-days'] as const).map((value) => ({ value, name: value === 'working-days' ? say(lang, INIT_MESSAGES.clockWorkingDays) : say(lang, CLOCK_TERMS[value]) })),
              default: (seed && 'clock' in seed ? seed.clock : undefined) ?? 'business',
            })
          : existing?.clock ?? 'calendar';
        const noAttainment = existing !== undefined && existing.attainment === undefined;
        const attainment = await ask.text({
          id: [...id, 'attainment'], message: say(lang, INIT_MESSAGES.standardAttainment),
          default: noAttainment ? '' : seed?.attainment ?? '95%', normalize: typed.percent, ...(noAttainment ? { optional: true, validate: (value: string) => (value ? check.attainment(value) : undefined) } : { validate: check.attainment }),
        });
        const priority = priorities.length > 0
          ? await ask.select({
              id: [...id, 'priority'], message: say(lang, INIT_MESSAGES.standardPriority), optional: true,
              choices: [{ value: NONE, name: say(lang, INIT_MESSAGES.everyPriority) }, ...priorities.map((item) => ({ value: item.id, name: textIn(item.name, lang) }))],
              default: existing?.priority && priorities.some((item) => item.id === existing.priority) ? existing.priority : NONE,
            })
          : NONE;
        const segment = segments.length > 0
          ? await ask.select({
              id: [...id, 'segment'], message: say(lang, INIT_MESSAGES.standardSegment), optional: true,
              choices: [{ value: NONE, name: say(lang, INIT_MESSAGES.allCustomers) }, ...segments.map((item) => ({ value: item.id, name: textIn(item.name, lang) }))],
              default: existing?.segment && segments.some((item) => item.id === existing.segment) ? existing.segment : NONE,
            })
          : NONE;
        const compensation = offerCompensation ? await askCompensation(context, [...id, 'compensation'], existing?.compensation, { action: actionTitle, metric: say(lang, METRIC_TERMS[metric]) }) : undefined;
        const taken = new Set(built.map(({ item }) => item.id));
        let standardId = existing?.id ?? `${action.id}-${metric}`;
        for (let n = 2; taken.has(standardId); n++) standardId = `${action.id}-${metric}-${n}`;
        // A standard keeps its own calendar; one that starts counting working time takes the first.
        const standardCalendar = clock !== 'calendar' ? existing?.calendar ?? calendar : undefined;
        const standard: Standard = {
          ...existing,
          id: standardId, action: action.id, metric, ...(target ? { target } : {}), clock,
          ...(standardCalendar ? { calendar: standardCalendar } : {}),
          ...(priority !== NONE ? { priority } : {}),
          ...(segment !== NONE ? { segment } : {}),
          ...(attainment ? { attainment: toPercent(attainment)! } : {}),
          ...(compensation ? { compensation } : {}),
        };
        // Answers that leave a field out take it out; the channel, text and remedy stay as written.
        if (!target) delete standard.target;
        if (!standardCalendar) delete standard.calendar;
        if (priority === NONE) delete standard.priority;
        if (segment === NONE) delete standard.segment;
        if (!attainment) delete standard.attainment;
        if (!compensation) delete standard.compensation;
        built.push({ item: standard, seed: existing });
        return standard;
      });
    }
    draft.standards = inPreviousOrder(built, previous.standards);

    const roles = draft.roles ?? [];
    const byKind = (kind: string) => roles.find((role) => role.kind === kind)?.id;
    const suggestedLadder = [
      { owner: byKind('front-line') ?? roles[0]?.id, after: '0m' },
      { owner: byKind('supervisor') ?? roles[1]?.id ?? roles[0]?.id, after: '2d' },
      { owner: byKind('management') ?? roles.at(-1)?.id, after: '5d' },
    ];
    const seeds = previous.escalation?.levels ?? [];
    const levels: EscalationLevel[] = [];
    await askList(context, ['escalation'], { min: 1, seedCount: seeds.length || 3, more: say(lang, INIT_MESSAGES.moreLevel) }, async (l) => {
      const seed = seeds[l];
      const suggestion = seeds.length === 0 ? suggestedLadder[l] : undefined;
      const level = l + 1;
      const id = ['escalation', l];
      const ownerDefault = seed ? (seed.external ? EXTERNAL : seed.owner) : suggestion?.owner;
      const owner = await ask.select({
        id: [...id, 'owner'], message: say(lang, INIT_MESSAGES.levelOwner, { level }),
        choices: [...roles.map((role) => ({ value: role.id, name: textIn(role.name, lang) })), { value: EXTERNAL, name: say(lang, INIT_MESSAGES.outsideBody) }],
        ...(ownerDefault ? { default: ownerDefault } : {}),
      });
      const external = owner === EXTERNAL
        ? { name: await ask.text({ id: [...id, 'external'], message: say(lang, INIT_MESSAGES.levelExternal), ...(seed?.external ? { default: textIn(seed.external.name, lang) } : {}), validate: check.required }) }
        : undefined;
      // What brings a case to the level first, then the time by which it takes over at the latest.
      const when = await ask.text({ id: [...id, 'when'], message: say(lang, INIT_MESSAGES.levelWhen, { level }), default: seed?.when ? textIn(seed.when, lang) : '', optional: true });
      const previousAfter = levels.at(-1)?.after;
      const after = await ask.text({
        id: [...id, 'after'], message: say(lang, INIT_MESSAGES.levelAfter, { level }),
        default: seed?.after ?? suggestion?.after ?? (previousAfter ? `${l * 2}d` : '0m'),
        normalize: typed.duration, validate: check.durationAfter(previousAfter),
      });
      // A level keeps its clock, calendar and an outside body's contact and deadline.
      const entry: EscalationLevel = {
        ...seed, level,
        ...(external ? { external: { ...seed?.external, name: keptText(seed?.external?.name, external.name, lang) } } : { owner }),
        after,
        ...(when ? { when: keptText(seed?.when, when, lang) } : {}),
      };
      if (external) delete entry.owner;
      else delete entry.external;
      if (!when) delete entry.when;
      delete entry.final;
      levels.push(entry);
      return entry;
    });
    levels.at(-1)!.final = true;
    draft.escalation = { ...previous.escalation, levels };
  },
};
