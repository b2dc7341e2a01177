import { describe, expect, it } from 'vitest';
import type { DocPath } from '../../src/core/finding.js';
import { pathToString } from '../../src/core/finding.js';
import { answerChecks } from '../../src/init/answer-checks.js';
import { ScriptedPrompter, type Choice, type Question } from '../../src/init/prompter.js';
import { RecordingPrompter } from '../../src/init/recorder.js';
import { comparisonStep } from '../../src/init/steps/comparison.js';
import type { Draft } from '../../src/init/steps/index.js';
import { rolloutStep } from '../../src/init/steps/rollout.js';

/*
 * Changing an answer replays the later steps from their record (commands/init.ts recheckAfter):
 * an answer that no longer passes its question's check, or names an id no longer offered, is asked
 * again; every other answer stands. These run the steps as the wizard runs them, through the
 * recorder, with scripted answers standing in for the terminal.
 */

/** Scripted answers that note which questions reached them. */
class Asked extends ScriptedPrompter {
  readonly ids: string[] = [];
  constructor(answers: unknown) {
    super(answers, true, () => 'en');
  }
  override text(question: Question<string>) { this.ids.push(pathToString(question.id)); return super.text(question); }
  override select<T extends string>(question: Question<T> & { choices: Choice<T>[] }) { this.ids.push(pathToString(question.id)); return super.select(question); }
  override multi<T extends string>(question: Question<T[]> & { choices: Choice<T>[] }) { this.ids.push(pathToString(question.id)); return super.multi(question); }
  override confirm(question: Question<boolean>) { this.ids.push(pathToString(question.id)); return super.confirm(question); }
  override more(list: DocPath, index: number, question: Omit<Question<boolean>, 'id'>) { this.ids.push(`more:${pathToString(list)}#${index}`); return super.more(list, index, question); }
}

/** A recorder whose terminal is swapped between runs, as the same user answers again. */
function wizard() {
  let inner = new Asked({});
  const recorder = new RecordingPrompter({
    text: (q) => inner.text(q), select: (q) => inner.select(q), multi: (q) => inner.multi(q), confirm: (q) => inner.confirm(q),
    derived: (q) => inner.derived(q), more: (l, i, q) => inner.more(l, i, q), say: () => undefined,
  }, () => 'en');
  return {
    recorder,
    answer(answers: unknown) {
      inner = new Asked(answers);
      return inner;
    },
  };
}

const context = (ask: RecordingPrompter, draft: Draft) => ({ ask, lang: 'en' as const, today: '2026-12-01', draft, previous: structuredClone(draft), check: answerChecks('en') });

const goals = (target: number): Draft['goals'] => [
  { id: 'reach', title: 'Easy to reach', category: 'access', kpis: [{ id: 'answered', name: 'Calls answered in 60 s', target, unit: '%', direction: 'at-least' }] },
] as Draft['goals'];

describe('changing an answer re-checks the later steps that depend on it', () => {
  const benchmark = { against: 'Rival', kind: 'competitor', value: 80, source: 'Annual report', date: '2026-10-01' };

  it('asks again where we stand against a benchmark when the KPI target changes sides, and nothing else', async () => {
    const { recorder, answer } = wizard();
    const draft: Draft = { goals: goals(90) };
    answer({ benchmarks: { answered: [{ ...benchmark, position: 'ahead' }] } });
    recorder.begin('comparison');
    await comparisonStep.run(context(recorder, draft));
    expect(draft.comparison?.benchmarks[0]?.position).toBe('ahead');

    // The target goes from 90% to 70%: the rival's 80% is now ahead of us.
    draft.goals = goals(70);
    const told: string[] = [];
    const again = answer({ benchmarks: { answered: [{ position: 'behind' }] } });
    recorder.begin('comparison', '=recheck', () => told.push('comparison'));
    await comparisonStep.run({ ...context(recorder, draft), previous: structuredClone(draft) });
    expect(again.ids).toEqual(['benchmarks.answered[0].position']);
    expect(told).toEqual(['comparison']);
    expect(draft.comparison?.benchmarks[0]).toMatchObject({ ...benchmark, position: 'behind' });
  });

  it('offers, when it asks again, the position the new figures give rather than the old answer they contradict', async () => {
    const { recorder, answer } = wizard();
    const draft: Draft = { goals: goals(90) };
    answer({ benchmarks: { answered: [{ ...benchmark, position: 'ahead' }] } });
    recorder.begin('comparison');
    await comparisonStep.run(context(recorder, draft));
    draft.goals = goals(70);
    // No answer given: the default offered is taken, and it must pass the question's own check.
    const again = answer({});
    recorder.begin('comparison', '=recheck', () => undefined);
    await comparisonStep.run({ ...context(recorder, draft), previous: structuredClone(draft) });
    expect(again.ids).toEqual(['benchmarks.answered[0].position']);
    expect(draft.comparison?.benchmarks[0]?.position).toBe('behind');
  });

  it('asks nothing, and says nothing, when every later answer still fits', async () => {
    const { recorder, answer } = wizard();
    const draft: Draft = { goals: goals(90) };
    answer({ benchmarks: { answered: [{ ...benchmark, position: 'ahead' }] } });
    recorder.begin('comparison');
    await comparisonStep.run(context(recorder, draft));
    draft.goals = goals(92);
    const told: string[] = [];
    const again = answer({});
    recorder.begin('comparison', '=recheck', () => told.push('comparison'));
    await comparisonStep.run({ ...context(recorder, draft), previous: structuredClone(draft) });
    expect(again.ids).toEqual([]);
    expect(told).toEqual([]);
    expect(draft.comparison?.benchmarks[0]?.position).toBe('ahead');
  });

  const roles = [{ id: 'agent', name: 'Agent' }, { id: 'lead', name: 'Team leader' }] as Draft['roles'];
  const rollout = { start: '2027-02-15', audiences: ['agent', 'lead'], acknowledgement: true, acknowledge_by: '2027-02-20', training: { plan: false } };

  it('asks again for the rollout start, then the sign-by date, when a longer pilot now runs past them', async () => {
    const { recorder, answer } = wizard();
    const draft: Draft = { roles, pilot: { start: '2027-01-04', duration: '4w' } as Draft['pilot'] };
    answer({ rollout });
    recorder.begin('rollout');
    await rolloutStep.run(context(recorder, draft));
    expect(draft.rollout).toMatchObject({ start: '2027-02-15', acknowledgement: { required: true, by: '2027-02-20' } });

    // Eight weeks from 4 January end on 1 March, after the rollout was to start.
    draft.pilot = { start: '2027-01-04', duration: '8w' } as Draft['pilot'];
    const again = answer({ rollout: { start: '2027-03-08', acknowledge_by: '2027-03-15' } });
    recorder.begin('rollout', '=recheck', () => undefined);
    await rolloutStep.run({ ...context(recorder, draft), previous: structuredClone(draft) });
    expect(again.ids).toEqual(['rollout.start', 'rollout.acknowledge_by']);
    expect(draft.rollout).toMatchObject({ start: '2027-03-08', audiences: ['agent', 'lead'], acknowledgement: { required: true, by: '2027-03-15' } });
  });

  it('asks again who is briefed when a role chosen there was removed', async () => {
    const { recorder, answer } = wizard();
    const draft: Draft = { roles };
    answer({ rollout });
    recorder.begin('rollout');
    await rolloutStep.run(context(recorder, draft));
    draft.roles = roles!.slice(0, 1);
    const again = answer({ rollout: { audiences: ['agent'] } });
    recorder.begin('rollout', '=recheck', () => undefined);
    await rolloutStep.run({ ...context(recorder, draft), previous: structuredClone(draft) });
    expect(again.ids).toEqual(['rollout.audiences']);
    expect(draft.rollout?.audiences).toEqual(['agent']);
  });
});

describe("validate's date checks, made at the question that gives the date", () => {
  it.each([
    // [answers, the question refused, its message]
    [{ rollout: { ...{ start: '2027-02-15', audiences: ['agent'], acknowledgement: true, training: { plan: false } }, acknowledge_by: '2027-02-10' } }, 'rollout.acknowledge_by', 'staff cannot sign before the rollout starts (2027-02-15): give that day or a later one'],
    [{ rollout: { start: '2027-01-20', audiences: ['agent'], acknowledgement: false, training: { plan: false } } }, 'rollout.start', 'the rollout must start after the pilot ends (2027-02-01)'],
  ])('%j is refused at %s', async (answers, id, message) => {
    const draft: Draft = { roles: [{ id: 'agent', name: 'Agent' }] as Draft['roles'], pilot: { start: '2027-01-04', duration: '4w' } as Draft['pilot'] };
    const ask = new ScriptedPrompter(answers, true, () => 'en');
    await expect(rolloutStep.run({ ask, lang: 'en', today: '2026-12-01', draft, previous: {}, check: answerChecks('en') })).rejects.toMatchObject({ id, detail: message });
  });
});
