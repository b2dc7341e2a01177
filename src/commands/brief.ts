import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { renderBriefing, type TemplateKind } from '../brief/render.js';
import { briefingView } from '../brief/view.js';
import { todayIso } from '../core/dates.js';
import { didYouMean, didYouMeanHint } from '../core/suggest.js';
import { CliError, EXIT } from '../errors.js';
import { isLang, joinList, type Lang, say } from '../i18n/index.js';
import type { PdfPrinter } from '../io/chromium.js';
import { displayPath, statIfExamined } from '../io/files.js';
import { packageRoot } from '../io/package-root.js';
import { ensureDir, writeFileAtomic } from '../io/write.js';
import type { Policy } from '../core/policy.js';
import type { PolicyChange } from '../diff/diff.js';
import { checkFile } from './check-files.js';
import { reportFindings, type CommandContext } from './context.js';
import type { BriefInput } from './brief.command.js';
import { DIFF_MESSAGES } from '../diff/messages.js';
import { BRIEF_MESSAGES } from '../brief/messages.js';
import { IO_MESSAGES } from '../io/messages.js';

/** brief's arguments and options, and --lang: without it, every language the policy is written in. */
export type BriefOptions = BriefInput & { lang?: Lang };

const TEMPLATE_KIND: Record<BriefInput['format'], TemplateKind> = { md: 'md', html: 'html', pdf: 'html' };

/** A template from --templates when it has one of that name, else the built-in one. */
async function loadTemplate(kind: TemplateKind, overrideDir: string | undefined, cwd: string): Promise<{ text: string; file: string }> {
  const name = `briefing.${kind}.eta`;
  if (overrideDir) {
    const dir = resolve(cwd, overrideDir);
    // A mistyped folder would otherwise give the built-in briefing without a word.
    if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) throw new CliError(BRIEF_MESSAGES['brief.noTemplates'], { dir: overrideDir });
    const file = join(dir, name);
    // A named pipe would hold the run until something wrote to it, and a device has no end.
    const found = statIfExamined(file);
    if (found && !found.isFile() && !found.isDirectory()) throw new CliError(BRIEF_MESSAGES['brief.templateNotAFile'], { file: displayPath(cwd, file) });
    try {
      return { text: readFileSync(file, 'utf8'), file };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw new CliError(IO_MESSAGES['io.unreadable'], { file, reason: (error as NodeJS.ErrnoException).code ?? String(error) });
    }
  }
  const file = join(packageRoot(), 'templates', name);
  // Read at once, as the policy is: a run that reads and writes only regular files never starts
  // the file system's thread pool (io/write.ts), which cost the first asynchronous read 2 ms.
  return { text: readFileSync(file, 'utf8'), file };
}

export async function brief(options: BriefOptions, context: CommandContext): Promise<number> {
  const absolute = resolve(context.cwd, options.policy);
  const file = displayPath(context.cwd, absolute);
  // Fail before any work when the PDF printer is missing. Loaded for PDF only: starting Chromium
  // needs node:child_process and node:crypto, which Markdown and HTML briefings are spared.
  const pdf = options.format === 'pdf' ? await import('../io/chromium.js') : undefined;
  const chromium = pdf?.findChromium(context.env);
  if (pdf && !chromium) throw new CliError(BRIEF_MESSAGES['brief.noChromium']);

  const checked = await checkFile({ absolute, file, whenMissing: IO_MESSAGES['io.notFound'] }, { lang: context.lang, today: todayIso() });
  if (checked.findings.some((finding) => finding.severity === 'error')) {
    reportFindings(context, context.lang, [checked]);
    // Semantic errors can be overridden; a document the schema rejects has no shape to brief.
    const refusal = !checked.policy ? BRIEF_MESSAGES['brief.notBriefable'] : options.force ? undefined : BRIEF_MESSAGES['brief.hasErrors'];
    if (refusal) {
      context.stderr.write(`${say(context.lang, refusal, { file })}\n`);
      return EXIT.failure;
    }
  }
  const policy = checked.policy!;

  const roleIds = policy.roles.map((role) => role.id);
  const audiences = options.audience?.length ? options.audience : policy.rollout.audiences;
  for (const role of audiences) {
    if (roleIds.includes(role)) continue;
    throw new CliError(BRIEF_MESSAGES['brief.unknownAudience'], {
      role, suggestion: didYouMeanHint(context.lang, didYouMean(role, roleIds)), roles: joinList(context.lang, roleIds),
    });
  }
  const written = policy.languages.filter(isLang);
  // A briefing in a language the policy is not written in would put its sentences inside another
  // language's labels and direction, which the browser then scrambles: refused, not guessed at.
  if (options.lang && !policy.languages.includes(options.lang)) {
    throw new CliError(BRIEF_MESSAGES['brief.languageNotWritten'], { lang: options.lang, languages: joinList(context.lang, policy.languages) });
  }
  const languages: Lang[] = options.lang ? [options.lang] : written.length > 0 ? written : [context.lang];

  let sinceChanges: { changes: PolicyChange[]; before: Policy } | undefined;
  if (options.since) {
    const { loadVersion } = await import('./diff.js');
    const old = await loadVersion(options.since, context, context.lang);
    if (!old.checked.policy) {
      reportFindings(context, context.lang, [old.checked]);
      context.stderr.write(`${say(context.lang, DIFF_MESSAGES['diff.notComparable'], { file: old.shown })}\n`);
      return EXIT.failure;
    }
    const { diffPolicies } = await import('../diff/diff.js');
    sinceChanges = { changes: diffPolicies(old.checked.policy, policy), before: old.checked.policy };
  }
  const { changeSentences } = sinceChanges ? await import('../diff/sentences.js') : { changeSentences: undefined };

  const kind = TEMPLATE_KIND[options.format];
  const template = await loadTemplate(kind, options.templates, context.cwd);
  const outDir = resolve(context.cwd, options.out);
  await ensureDir(outDir, options.out);

  // One browser prints every role and language (starting Chromium is most of a page's cost), a
  // few pages at a time; the files are written, and named, in order.
  const printer: PdfPrinter | undefined = pdf && chromium ? await pdf.openPdfPrinter(chromium) : undefined;
  try {
    const jobs: { target: string; shown: string; content: Promise<string | Uint8Array> }[] = [];
    for (const role of audiences) {
      for (const lang of languages) {
        let rendered: string;
        try {
          const whatChanged = sinceChanges && changeSentences
            ? { since: String(sinceChanges.before.version), sentences: changeSentences(sinceChanges.changes, sinceChanges.before, policy, role, lang) }
            : undefined;
          rendered = renderBriefing(template.text, briefingView(policy, role, lang, { today: todayIso(), ...(whatChanged ? { whatChanged } : {}) }), kind);
        } catch (error) {
          throw new CliError(BRIEF_MESSAGES['brief.templateError'], { file: displayPath(context.cwd, template.file), message: error instanceof Error ? error.message.split('\n')[0]! : String(error) });
        }
        const target = join(outDir, `${policy.id}.${role}.${lang}.${options.format}`);
        const shown = displayPath(context.cwd, target);
        const content = printer ? printer.print(rendered, shown) : Promise.resolve(rendered);
        // Awaited below, in order; a failure is reported there, not as an unhandled rejection.
        content.catch(() => undefined);
        jobs.push({ target, shown, content });
      }
    }
    for (const { target, shown, content } of jobs) {
      await writeFileAtomic(target, await content, shown);
      context.stdout.write(`${say(context.lang, BRIEF_MESSAGES['brief.wrote'], { file: shown })}\n`);
    }
  } finally {
    await printer?.close();
  }
  return EXIT.clean;
}
