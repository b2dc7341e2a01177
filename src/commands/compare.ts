import { policyLocale } from '../core/locale.js';
import { resolve } from 'node:path';
import { todayIso } from '../core/dates.js';
import { calendarDays } from '../core/duration.js';
import { CliError, EXIT } from '../errors.js';
import { displayPath } from '../io/files.js';
import { reportColor, reportDestination, writeReport } from '../report/destination.js';
import { compareBenchmarks } from '../compare/compare.js';
import { policyToUse } from './check-files.js';
import type { CommandContext } from './context.js';
import { COMPARE_FORMATS, type CompareInput } from './compare.command.js';
import { COMPARE_MESSAGES } from '../compare/messages.js';

export type CompareCommandOptions = CompareInput;

/** The report is the outcome: exit 0 whatever the positions; 2 for a policy with errors or bad usage. */
export async function compare(options: CompareCommandOptions, context: CommandContext): Promise<number> {
  const lang = context.lang;
  const maxAgeDays = calendarDays(options.maxAge);
  if (maxAgeDays === undefined) throw new CliError(COMPARE_MESSAGES['compare.badMaxAge'], { value: options.maxAge });
  // Without --tolerance, level is what validate calls level: one definition (core/level.ts).
  const tolerance = options.tolerance === undefined ? undefined : Number(options.tolerance);
  if (options.tolerance !== undefined && (options.tolerance.trim() === '' || !Number.isFinite(tolerance) || tolerance! < 0)) throw new CliError(COMPARE_MESSAGES['compare.badTolerance'], { value: options.tolerance });
  const absolute = resolve(context.cwd, options.policy);
  const file = displayPath(context.cwd, absolute);
  const destination = reportDestination(context, options.output, [absolute]);

  const today = options.today ?? todayIso();
  const policy = await policyToUse(context, { absolute, file }, today, 'refuse');
  if (!policy) throw new CliError(COMPARE_MESSAGES['compare.policyHasErrors'], { file });
  const comparison = compareBenchmarks(policy, { today, maxAgeDays, ...(tolerance !== undefined ? { tolerance } : {}) });
  const report = {
    ...comparison,
    policy: { id: policy.id, title: policy.title, file, locale: policyLocale(policy, lang) },
    date: today,
    maxAge: options.maxAge,
    maxAgeDays,
    ...(tolerance !== undefined ? { tolerance } : {}),
    ...(policy.comparison?.notes !== undefined ? { notes: policy.comparison.notes } : {}),
  };
  const text = (await COMPARE_FORMATS.load(options.format))(report, { lang, color: reportColor(destination, context, options.color) });
  await writeReport(destination, text, context);
  return EXIT.clean;
}
