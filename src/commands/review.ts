import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { todayIso } from '../core/dates.js';
import type { Finding } from '../core/finding.js';
import { decodeText } from '../core/text.js';
import { CliError, EXIT } from '../errors.js';
import { say } from '../i18n/index.js';
import { displayPath, expandInputs, readBoundedFile } from '../io/files.js';
import type { Bump } from '../review/cadence.js';
import { reviewRow, type ReviewRow } from '../review/status.js';
import { checkFile, checkRead, type CheckedFile } from './check-files.js';
import { reportColor, reportDestination, writeReport } from '../report/destination.js';
import { reportFindings, type CommandContext } from './context.js';
import { REVIEW_FORMATS, type ReviewInput } from './review.command.js';
import { REVIEW_MESSAGES } from '../review/messages.js';
import { IO_MESSAGES } from '../io/messages.js';

export type ReviewOptions = ReviewInput;

const errorKeys = (findings: readonly Finding[]) => new Set(findings.filter((f) => f.severity === 'error').map((f) => `${f.ruleId}\u0000${f.message}`));

/** Records one review in place: the file is rewritten whole or not at all, and only if it still validates. */
async function recordOne(path: string, options: ReviewOptions & { bump: Bump; summary: string }, today: string, context: CommandContext): Promise<number> {
  const absolute = resolve(context.cwd, path);
  const file = displayPath(context.cwd, absolute);
  const lintOptions = { lang: context.lang, today };
  // --bump edits one policy file; a folder would otherwise surface as the system's EISDIR.
  if (statSync(absolute, { throwIfNoEntry: false })?.isDirectory()) throw new CliError(REVIEW_MESSAGES['review.bumpFolder'], { file: path });
  const read = readBoundedFile(absolute, file, IO_MESSAGES['io.notFound']);
  const before = await checkRead(read, file, lintOptions);
  const text = 'bytes' in read && before.policy ? decodeText(read.bytes) : undefined;
  if (text === undefined) {
    reportFindings(context, context.lang, [before]);
    context.stderr.write(`${say(context.lang, REVIEW_MESSAGES['review.notReviewable'], { file })}\n`);
    return EXIT.failure;
  }
  // Loaded only for --bump: editing YAML in place needs the yaml package, which a review report
  // never touches. Imported with the command, its bundle started at every run: review of one
  // policy took 45.5 against 40.1 ms, timed in process (medians of 31 alternated runs).
  const { recordReview } = await import('../review/record.js');
  const outcome = recordReview(text, { bump: options.bump, summary: options.summary, today, ...(options.author ? { author: options.author } : {}) });
  if (!outcome.ok) {
    if (outcome.problem === 'badVersion') throw new CliError(REVIEW_MESSAGES['review.badVersion'], { file, version: outcome.detail });
    if (outcome.problem === 'badCadence') throw new CliError(REVIEW_MESSAGES['review.badCadence'], { file, cadence: outcome.detail });
    throw new CliError(REVIEW_MESSAGES['review.notEditable'], { file, reason: outcome.detail });
  }
  const after = await checkRead({ bytes: Buffer.from(outcome.text, 'utf8') }, file, lintOptions);
  const known = errorKeys(before.findings);
  const fresh = after.findings.filter((f) => f.severity === 'error' && !known.has(`${f.ruleId}\u0000${f.message}`));
  if (!after.policy || fresh.length > 0) {
    reportFindings(context, context.lang, [{ file, findings: fresh }]);
    throw new CliError(REVIEW_MESSAGES['review.stillInvalid'], { file });
  }
  const { writeEditedFile } = await import('../io/write.js');
  // Written only if the file still holds what was read: of two runs at once, one says to run again.
  await writeEditedFile(absolute, (read as { bytes: Uint8Array }).bytes, outcome.text, file);
  context.stdout.write(`${say(context.lang, REVIEW_MESSAGES['review.recorded'], { file, version: outcome.version, next: outcome.next })}\n`);
  return EXIT.clean;
}

export async function review(options: ReviewOptions, context: CommandContext): Promise<number> {
  const today = options.today ?? todayIso();
  if (options.bump) {
    if (options.paths.length !== 1) throw new CliError(REVIEW_MESSAGES['review.bumpOneFile']);
    if (!options.summary?.trim()) throw new CliError(REVIEW_MESSAGES['review.needsSummary']);
    return recordOne(options.paths[0]!, { ...options, bump: options.bump, summary: options.summary.trim() }, today, context);
  }
  if (options.summary !== undefined || options.author !== undefined) throw new CliError(REVIEW_MESSAGES['review.summaryWithoutBump']);

  const files = await expandInputs(options.paths, context.cwd);
  const destination = reportDestination(context, options.output, files);
  const rows: ReviewRow[] = [];
  const broken: CheckedFile[] = [];
  for (const absolute of files) {
    const file = displayPath(context.cwd, absolute);
    const checked = await checkFile({ absolute, file }, { lang: context.lang, today });
    if (checked.policy) rows.push(reviewRow(file, checked.policy, today, options.within, context.lang));
    else broken.push(checked);
  }
  if (broken.length > 0) {
    reportFindings(context, context.lang, broken);
    for (const checked of broken) context.stderr.write(`${say(context.lang, REVIEW_MESSAGES['review.notReviewable'], { file: checked.file })}\n`);
  }
  await writeReport(destination, (await REVIEW_FORMATS.load(options.format))(rows, { lang: context.lang, color: reportColor(destination, context, options.color), today }), context);
  // A policy that could not be read is a review not done, which outranks an overdue one.
  if (broken.length > 0) return EXIT.failure;
  return rows.some((row) => row.status === 'overdue') ? EXIT.findings : EXIT.clean;
}
