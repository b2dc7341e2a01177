import { typed } from '../answer-checks.js';
import type { Benchmark } from '../../core/policy.js';
import { figuresPosition, positionAgrees, type Position } from '../../core/level.js';
import { textIn } from '../../core/policy.js';
import { BENCHMARK_KIND_TERMS, POSITION_TERMS } from '../../i18n/terms.js';
import { INIT_MESSAGES } from '../messages.js';
import { inPreviousOrder, keptText } from './keep.js';
import { askList, type Step } from './step.js';
import { say, termChoices } from '../../i18n/index.js';

/** A benchmark the policy has without saying where we stand keeps saying nothing. */
const NOT_SAID = '=none';

export const comparisonStep: Step = {
  name: 'comparison',
  title: 'comparison.title',
  intro: 'comparison.intro',
  keys: ['comparison'],
  async run(context) {
    const { ask, lang, draft, previous, check, today } = context;
    const built: { item: Benchmark; seed: Benchmark | undefined }[] = [];
    const kpis = (draft.goals ?? []).flatMap((goal) => goal.kpis ?? []);
    for (const kpi of kpis) {
      const seeds = previous.comparison?.benchmarks.filter((benchmark) => benchmark.kpi === kpi.id) ?? [];
      const list = ['benchmarks', kpi.id];
      await askList(context, list, { min: 1, seedCount: Math.max(1, seeds.length), more: say(lang, INIT_MESSAGES.moreBenchmark) }, async (b): Promise<Benchmark> => {
        const seed = seeds[b];
        const id = [...list, b];
        const against = await ask.text({
          id: [...id, 'against'], message: say(lang, INIT_MESSAGES.benchmarkFor, { kpi: textIn(kpi.name, lang), target: `${kpi.target}${kpi.unit === '%' ? '%' : ` ${kpi.unit}`}` }),
          default: seed ? textIn(seed.against, lang) : say(lang, INIT_MESSAGES.competitorDefault), validate: check.required,
        });
        const kind = await ask.select({
          id: [...id, 'kind'], message: say(lang, INIT_MESSAGES.benchmarkKind),
          choices: termChoices(lang, BENCHMARK_KIND_TERMS),
          default: seed?.kind ?? 'industry',
        });
        const value = await ask.text({ id: [...id, 'value'], message: say(lang, INIT_MESSAGES.benchmarkValue), default: String(seed?.value ?? kpi.target), normalize: typed.number, validate: check.kpiValue(kpi) });
        const source = await ask.text({ id: [...id, 'source'], message: say(lang, INIT_MESSAGES.benchmarkSource), default: seed ? textIn(seed.source, lang) : say(lang, INIT_MESSAGES.sourceDefault), validate: check.required });
        const date = await ask.text({ id: [...id, 'date'], message: say(lang, INIT_MESSAGES.benchmarkDate), default: seed?.date ?? today, normalize: typed.date, validate: check.date });
        const unsaid = seed !== undefined && seed.position === undefined;
        // What the figures just typed say, by the definition validate and compare share; the position
        // given before only while it still agrees with them (a changed target or value can turn it).
        const figures = figuresPosition(kpi, Number(value));
        const kept = seed?.position;
        const stillAgrees = kept !== undefined && (!['ahead', 'level', 'behind'].includes(kept) || positionAgrees(kpi, Number(value), kept as Position));
        const position = await ask.select({
          id: [...id, 'position'], message: say(lang, INIT_MESSAGES.benchmarkPosition),
          choices: [...termChoices<string>(lang, POSITION_TERMS), ...(unsaid ? [{ value: NOT_SAID, name: say(lang, INIT_MESSAGES.notSaid) }] : [])],
          default: unsaid ? NOT_SAID : stillAgrees ? kept : figures,
          // Said here, at the question, rather than as a finding once the whole policy is written.
          validate: (chosen: string) => {
            if (!['ahead', 'level', 'behind'].includes(chosen) || positionAgrees(kpi, Number(value), chosen as Position)) return undefined;
            return say(lang, INIT_MESSAGES.positionDisagrees, {
              target: `${kpi.target}${kpi.unit === '%' ? '%' : ` ${kpi.unit}`}`, value, chosen: say(lang, POSITION_TERMS[chosen as Position]), figures: say(lang, POSITION_TERMS[figures]),
            });
          },
        });
        const benchmark: Benchmark = {
          ...seed, kpi: kpi.id, kind, against: keptText(seed?.against, against, lang), value: Number(value), source: keptText(seed?.source, source, lang), date,
          ...(position !== NOT_SAID ? { position } : {}),
        };
        if (position === NOT_SAID) delete benchmark.position;
        built.push({ item: benchmark, seed });
        return benchmark;
      });
    }
    // Notes and anything else the step does not ask about stay.
    draft.comparison = { ...previous.comparison, benchmarks: inPreviousOrder(built, previous.comparison?.benchmarks) };
  },
};
