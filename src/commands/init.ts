import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { todayIso } from '../core/dates.js';
import { checkPolicyText, lintText } from '../core/lint.js';
import { quickCheckText } from '../core/quick-check.js';
import type { Policy } from '../core/policy.js';
import { readSmallYaml } from '../core/small-yaml.js';
import { decodeText, tooLargeProblem } from '../core/text.js';
import { CliError, EXIT } from '../errors.js';
import { say, isLang, joinList, type Lang } from '../i18n/index.js';
import { answerChecks } from '../init/answer-checks.js';
import { describeFindings } from '../init/finding-place.js';
import { draftPathFor, loadDraft, removeDraft, saveDraft, type DraftFile } from '../init/draft.js';
import { INIT_MESSAGES } from '../init/messages.js';
import { policyToYaml, replaceSections } from '../init/policy-yaml.js';
import { AnswerError, ScriptedPrompter, type Prompter } from '../init/prompter.js';
import { answerLine, RecordingPrompter, renameReferences } from '../init/recorder.js';
import { STEPS, STEP_NAMES, type Draft, type Step } from '../init/steps/index.js';
import { displayPath, readBoundedFile } from '../io/files.js';
import { packageRoot } from '../io/package-root.js';
import { ensureDir, writeEditedFile, writeFileAtomic } from '../io/write.js';
import { reportFindings, type CommandContext } from './context.js';
import type { InitInput } from './init.command.js';
import { CORE_MESSAGES } from '../core/messages.js';
import { IO_MESSAGES } from '../io/messages.js';

/** init's arguments and options, and --lang: the policy's language, asked for when not given. */
export type InitOptions = Partial<InitInput> & { lang?: Lang };

/** Replays a step from its record without a question chosen to change: see recheckAfter. */
const RECHECK = '=recheck';

/** A message of the wizard that ends the command with exit 2, printed in the user's language. */
class InitStop extends Error {
  constructor(readonly text: string) {
    super(text);
  }
}

/** Ctrl+C at an inquirer prompt rejects with this error; a closed input, too. */
const isPromptExit = (error: unknown) => error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError');

interface Answers { data: unknown; file: string; line: (path: (string | number)[]) => number }

async function readAnswers(path: string, cwd: string, lang: Lang): Promise<Answers> {
  const absolute = resolve(cwd, path);
  const read = readBoundedFile(absolute, path, IO_MESSAGES['io.notFound']);
  const fail = (message: string, line = 1, column = 1) => new CliError(CORE_MESSAGES['config.invalid'], { file: path, line, column, message });
  if ('tooLarge' in read) throw fail(tooLargeProblem(lang, read.tooLarge).message);
  const text = decodeText(read.bytes);
  if (text === undefined) throw fail(say(lang, CORE_MESSAGES['source.notText']));
  // YAML is a superset of JSON, so one parser reads both.
  const outcome = readSmallYaml(text, lang);
  if ('problem' in outcome) throw fail(outcome.problem.message, outcome.problem.line, outcome.problem.column);
  return { data: outcome.data, file: displayPath(cwd, absolute), line: (p) => outcome.locator.locate(p).line };
}

function answerStop(error: AnswerError, lang: Lang, answers: Answers | undefined): InitStop {
  if (error.reason === 'invalid') {
    const path = error.id.split(/\.|\[|\]/).filter(Boolean).map((part) => (/^\d+$/.test(part) ? Number(part) : part));
    return new InitStop(say(lang, INIT_MESSAGES.badAnswer, { file: answers?.file ?? '--yes', line: answers?.line(path) ?? 1, id: error.id, message: error.detail }));
  }
  if (error.reason === 'missing' && answers) return new InitStop(say(lang, INIT_MESSAGES.missingAnswer, { file: answers.file, id: error.id, question: error.question }));
  return new InitStop(say(lang, INIT_MESSAGES.missingAnswerNoDefault, { id: error.id, question: error.question }));
}

/** Fields every new policy has that no step asks about. */
function completePolicy(draft: Draft, lang: Lang, today: string): Partial<Policy> {
  const guidance = {
    en: ['Greet the customer positively and introduce yourself at once.', 'Ask how you can help, and listen to the end before answering.', 'Check the customer record before asking for details already given.'],
    ar: ['ابدأ بتحية إيجابية وعرّف بنفسك فورًا.', 'اسأل العميل كيف تستطيع مساعدته، واستمع إليه حتى النهاية.', 'راجع سجل العميل قبل أن تسأله عن معلومات سبق أن قدّمها.'],
  };
  return {
    'cs-policy': 1,
    version: '1.0.0',
    status: 'draft',
    effective_date: draft.rollout?.start ?? today,
    changes: [{ version: '1.0.0', date: today, summary: say(lang, INIT_MESSAGES.firstVersion) }],
    first_contact: guidance[lang],
    ...draft,
  };
}

/** The schema as the policy's modeline names it: relative to the policy's folder. */
function schemaPathFrom(target: string): string {
  return displayPath(dirname(target), join(packageRoot(), 'schema', 'policy.schema.json'));
}

export async function init(options: InitOptions, context: CommandContext): Promise<number> {
  const interactive = Boolean(context.stdin.isTTY && context.stdout.isTTY) && !options.answers;
  if (!interactive && !options.answers && !options.yes) {
    // Never wait for input that cannot come: say what to do instead, at once.
    context.stderr.write(`${say(options.lang ?? context.lang, INIT_MESSAGES.noTerminal)}\n`);
    return EXIT.failure;
  }
  const target = resolve(context.cwd, options.file ?? 'policy.yaml');
  const shown = displayPath(context.cwd, target);
  const draftPath = draftPathFor(target);
  const shownDraft = displayPath(context.cwd, draftPath);
  const today = options.today ?? todayIso();
  const answers = options.answers ? await readAnswers(options.answers, context.cwd, options.lang ?? context.lang) : undefined;

  let lang: Lang = options.lang ?? context.lang;
  const terminal = interactive ? new (await import('../init/interactive.js')).InquirerPrompter((text) => context.stdout.write(text), () => lang) : undefined;
  // At a terminal every answer is recorded, so that one can be changed without redoing its step.
  const recorder = terminal ? new RecordingPrompter(terminal, () => lang) : undefined;
  const prompter: Prompter = recorder ?? new ScriptedPrompter(answers?.data ?? {}, Boolean(options.yes), () => lang);
  /** The end-of-run menus are not answers of a step: they are asked without being recorded. */
  const menu: Prompter = terminal ?? prompter;
  /** At a terminal, lines are broken between words at its width (InquirerPrompter.fit). */
  const out = (text: string) => context.stdout.write(`${terminal ? terminal.fit(text) : text}\n`);
  /** At a terminal, a step starts with its number, title and introduction. */
  const announce = (step: Step, before = '') => {
    if (!interactive) return;
    out(`${before}${say(lang, INIT_MESSAGES.stepHeading, { number: STEPS.indexOf(step) + 1, total: STEPS.length, title: say(lang, INIT_MESSAGES[step.title]) })}`);
    prompter.say(say(lang, INIT_MESSAGES[step.intro]));
  };

  /**
   * From answers, the draft is written once, when the run stops before the policy is written (the
   * answers ran out, or the policy fails its check), rather than after every step as at a terminal:
   * the answers file already holds every answer, and a draft per step (YAML written and synced seven
   * times) was most of the time an answered run took beyond loading its code.
   */
  let unsavedDraft: DraftFile | undefined;
  try {
    if (options.step) return await rerunStep(options.step);

    let saved: DraftFile | undefined;
    if (options.resume) {
      try {
        saved = await loadDraft(draftPath);
      } catch (error) {
        throw new InitStop(say(lang, INIT_MESSAGES.badDraft, { draft: shownDraft, reason: error instanceof Error ? error.message : String(error) }));
      }
      if (!saved) throw new InitStop(say(lang, INIT_MESSAGES.noDraft, { draft: shownDraft }));
    }
    lang = options.lang ?? saved?.lang ?? (await prompter.select({
      id: ['lang'], message: `${say('en', INIT_MESSAGES.chooseLanguage)} / ${say('ar', INIT_MESSAGES.chooseLanguage)}`,
      choices: [{ value: 'en' as const, name: 'English' }, { value: 'ar' as const, name: 'العربية' }],
      default: context.lang,
    }));

    let overwriteAllowed = Boolean(options.force);
    if (existsSync(target) && !overwriteAllowed) {
      if (!interactive) throw new InitStop(say(lang, INIT_MESSAGES.exists, { file: shown }));
      overwriteAllowed = await prompter.confirm({ id: ['overwrite'], message: say(lang, INIT_MESSAGES.overwrite, { file: shown }), default: false });
      if (!overwriteAllowed) throw new InitStop(say(lang, INIT_MESSAGES.exists, { file: shown }));
    }

    await ensureDir(dirname(target), shown);
    const state: DraftFile = saved ?? { lang, done: [], policy: {} };
    if (saved?.answers) recorder?.load(saved.answers);
    // Suggestions come from what the user had when this run started: nothing for a new policy.
    const original = structuredClone(state.policy);
    const stepContext = { ask: prompter, lang, today, draft: state.policy, check: answerChecks(lang) };
    if (interactive) out(say(lang, INIT_MESSAGES.welcome, { draft: shownDraft }));
    if (saved) {
      const next = STEPS.find((step) => !saved.done.includes(step.name));
      if (next) out(say(lang, INIT_MESSAGES.resumed, { step: say(lang, INIT_MESSAGES[next.title]) }));
    }
    /** Runs a step; with `change`, replays its answers and asks only the one chosen to change. */
    const runStep = async (step: Step, previous: Draft, change?: string, onAsk?: () => void) => {
      if (change === undefined) announce(step, '\n');
      const before = recorder?.answersOf(step.name) ?? [];
      recorder?.begin(step.name, change, onAsk);
      await step.run({ ...stepContext, previous });
      // An id changed by hand: what other steps wrote with the old one follows it.
      for (const old of before.filter((entry) => entry.derived)) {
        const now = recorder?.answersOf(step.name).find((entry) => entry.key === old.key);
        if (!now || now.value === old.value) continue;
        recorder?.renameId(old.value as string, now.value as string);
        renameReferences(state.policy as Record<string, unknown>, Object.keys(state.policy).filter((key) => !(step.keys as readonly string[]).includes(key)), old.value as string, now.value as string);
      }
      if (!state.done.includes(step.name)) state.done.push(step.name);
      if (recorder) state.answers = recorder.save();
      if (interactive) await saveDraft(draftPath, state, shownDraft);
      else unsavedDraft = state;
    };
    /**
     * After an answer changed, the later steps run again from their record: an answer that no
     * longer passes its question's check (a benchmark position the new figures contradict, a date
     * now before the pilot ends, a role or KPI since renamed away or removed) is asked again, with
     * a line saying which step asks; every other answer stands.
     */
    const recheckAfter = async (changed: Step) => {
      for (const later of STEPS.slice(STEPS.indexOf(changed) + 1)) {
        if (!state.done.includes(later.name) || (recorder?.answersOf(later.name).length ?? 0) === 0) continue;
        await runStep(later, structuredClone(state.policy), RECHECK, () => out(`\n${say(lang, INIT_MESSAGES.recheckStep, { step: say(lang, INIT_MESSAGES[later.title]) })}`));
      }
    };
    /** The review's "change one answer": a step, then one of its answers; only that one is asked again. */
    const changeOne = async (suggested: string | undefined): Promise<void> => {
      const stepName = await menu.select({
        id: ['change', 'step'], message: say(lang, INIT_MESSAGES.changeWhichStep),
        choices: [...STEPS.map((step, i) => ({ value: step.name, name: `${i + 1}. ${say(lang, INIT_MESSAGES[step.title])}` })), { value: '=back', name: say(lang, INIT_MESSAGES.changeBack) }],
        default: suggested ?? STEPS[0]!.name,
      });
      const step = STEPS.find((candidate) => candidate.name === stepName);
      if (!step) return;
      const recorded = recorder?.answersOf(step.name) ?? [];
      // A step answered in an earlier run (--resume) has no record here: it is asked again whole.
      if (recorded.length === 0) {
        await runStep(step, structuredClone(state.policy));
        await recheckAfter(step);
        return;
      }
      const key = await menu.select({
        id: ['change', 'answer'], message: say(lang, INIT_MESSAGES.changeWhichAnswer, { step: say(lang, INIT_MESSAGES[step.title]) }),
        choices: [...recorded.map((entry) => ({ value: entry.key, name: answerLine(entry) })), { value: '=back', name: say(lang, INIT_MESSAGES.changeBack) }],
        default: recorded[0]!.key,
      });
      if (key === '=back') return;
      await runStep(step, structuredClone(state.policy), key);
      await recheckAfter(step);
    };
    for (const step of STEPS) if (!state.done.includes(step.name)) await runStep(step, original);

    // Check with the same rules as validate, and let the user go back before anything is written.
    if (interactive) out(`\n${say(lang, INIT_MESSAGES.checking)}`);
    for (;;) {
      const yamlText = policyToYaml(completePolicy(state.policy, lang, today), lang, schemaPathFrom(target));
      // The fast check first, as validate does: a clean policy is then never parsed again with positions.
      const findings = quickCheckText(yamlText, { lang, today }) ? [] : lintText(yamlText, shown, { lang, today });
      if (findings.length > 0) {
        // The file does not exist yet: each finding is named by its step and question, not a line.
        context.stderr.write(`${describeFindings(state.policy, findings, lang)}\n`);
      } else if (interactive) out(say(lang, INIT_MESSAGES.clean));
      const hasErrors = findings.some((finding) => finding.severity === 'error');
      if (hasErrors && !interactive) throw new InitStop(say(lang, INIT_MESSAGES.notWritten, { file: shown, draft: shownDraft }));
      // At a terminal the review always comes: write, change one answer, go back to a step, or stop.
      if (interactive) {
        const stepsToFix = STEPS.filter((step) => findings.some((finding) => (step.keys as readonly unknown[]).includes(finding.path[0])));
        const choice = await menu.select({
          id: ['fix'], message: say(lang, INIT_MESSAGES.fixWhat),
          choices: [
            ...stepsToFix.map((step) => ({ value: step.name, name: say(lang, INIT_MESSAGES.goBack, { step: say(lang, INIT_MESSAGES[step.title]) }) })),
            ...(hasErrors ? [] : [{ value: '=write', name: say(lang, INIT_MESSAGES[findings.length > 0 ? 'writeAnyway' : 'writeNow'], { file: shown }) }]),
            { value: '=change', name: say(lang, INIT_MESSAGES.changeOne) },
            { value: '=stop', name: say(lang, INIT_MESSAGES.stopHere) },
          ],
          default: stepsToFix[0]?.name ?? '=write',
        });
        if (choice === '=stop') throw new InitStop(say(lang, INIT_MESSAGES.interrupted, { draft: shownDraft, file: shown }));
        if (choice === '=change') {
          await changeOne(stepsToFix[0]?.name);
          continue;
        }
        const step = STEPS.find((candidate) => candidate.name === choice);
        if (step) {
          // Going back, the answers already given are the suggestions.
          await runStep(step, structuredClone(state.policy));
          await recheckAfter(step);
          continue;
        }
      }
      await writeFileAtomic(target, yamlText, shown);
      unsavedDraft = undefined;
      await removeDraft(draftPath);
      out(say(lang, INIT_MESSAGES.wrote, { file: shown }));
      return EXIT.clean;
    }
  } catch (error) {
    if (unsavedDraft) await saveDraft(draftPath, unsavedDraft, shownDraft);
    if (error instanceof InitStop) {
      context.stderr.write(`${error.text}\n`);
      return EXIT.failure;
    }
    if (error instanceof AnswerError) {
      context.stderr.write(`${answerStop(error, lang, answers).text}\n`);
      return EXIT.failure;
    }
    if (isPromptExit(error)) {
      // Answers are saved at the end of each step: before the first, there is no draft to resume.
      const message = existsSync(draftPath) ? say(lang, INIT_MESSAGES.interrupted, { draft: shownDraft, file: shown }) : say(lang, INIT_MESSAGES.interruptedBeforeSaving);
      context.stderr.write(`\n${message}\n`);
      // 128 + SIGINT, as shells and CI expect of a run the user stopped with Ctrl+C.
      return 130;
    }
    throw error;
  }

  async function rerunStep(name: string): Promise<number> {
    const step = STEPS.find((candidate) => candidate.name === name);
    if (!step) throw new InitStop(say(lang, INIT_MESSAGES.unknownStep, { step: name, steps: joinList(lang, STEP_NAMES) }));
    if (!options.file || !existsSync(target)) throw new InitStop(say(lang, INIT_MESSAGES.stepNeedsFile));
    // Read as validate reads: a huge or endless file costs bounded memory.
    const read = readBoundedFile(target, shown, IO_MESSAGES['io.notFound']);
    const source = 'bytes' in read ? decodeText(read.bytes) : undefined;
    if (source === undefined) throw new InitStop(say(lang, INIT_MESSAGES.stepPolicyInvalid, { file: shown }));
    const before = checkPolicyText(source, shown, { lang, today });
    if (!before.policy || before.findings.some((finding) => finding.ruleId.startsWith('yaml-'))) {
      throw new InitStop(say(lang, INIT_MESSAGES.stepPolicyInvalid, { file: shown }));
    }
    const { policy } = before;
    if (!options.lang && isLang(policy.languages[0])) lang = policy.languages[0];
    const draft: Draft = structuredClone(policy);
    announce(step);
    await step.run({ ask: prompter, lang, today, draft, previous: policy, check: answerChecks(lang) });
    const updated = replaceSections(source, policy, draft, step.keys, lang);
    if (updated === source) {
      // Nothing to write: the file keeps its bytes and its modification time.
      out(say(lang, INIT_MESSAGES.stepUnchanged, { step: say(lang, INIT_MESSAGES[step.title]), file: shown }));
      return EXIT.clean;
    }
    const findings = lintText(updated, shown, { lang, today });
    if (findings.length > 0) reportFindings(context, lang, [{ file: shown, findings }]);
    // A re-run step keeps no draft: the message says the file is unchanged, not where answers went.
    if (findings.some((finding) => finding.severity === 'error') && !interactive) throw new InitStop(say(lang, INIT_MESSAGES.stepNotWritten, { file: shown }));
    await writeEditedFile(target, (read as { bytes: Uint8Array }).bytes, updated, shown);
    out(say(lang, INIT_MESSAGES.stepDone, { step: say(lang, INIT_MESSAGES[step.title]), file: shown }));
    return EXIT.clean;
  }
}
