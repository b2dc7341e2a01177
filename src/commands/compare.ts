import { resolve } from 'node:path';
import { todayIso } from '../core/dates.js';
import { calendarDays } from '../core/duration.js';
import { CliError, EXIT } from '../errors.js';
import { displayPath, sameFileAs } from '../io/files.js';
import { compareBenchmarks } from '../compare/compare.js';
import { COMPARE_FORMATTERS } from '../compare/format/index.js';
import { policyToUse } from './check-files.js';
import { wantsColor, type CommandContext } from './context.js';
import type { CompareInput } from './compare.command.js';

export type CompareCommandOptions = CompareInput;

/** The report is the outcome: exit 0 whatever the positions; 2 for a policy with errors or bad usage. */
export async function compare(options: CompareCommandOptions, context: CommandContext): Promise<number> {
  const lang = context.lang;
  const maxAgeDays = calendarDays(options.maxAge);
  if (maxAgeDays === undefined) throw new CliError('compare.badMaxAge', { value: options.maxAge });
  // Without --tolerance, level is what validate calls level: one definition (core/level.ts).
  const tolerance = options.tolerance === undefined ? undefined : Number(options.tolerance);
  if (options.tolerance !== undefined && (options.tolerance.trim() === '' || !Number.isFinite(tolerance) || tolerance! < 0)) throw new CliError('compare.badTolerance', { value: options.tolerance });
  const absolute = resolve(context.cwd, options.policy);
  const file = displayPath(context.cwd, absolute);
  const outputPath = options.output === undefined ? undefined : resolve(context.cwd, options.output);
  if (outputPath !== undefined && sameFileAs(outputPath, [absolute])) throw new CliError('pilot.outputIsInput', { file: options.output! });

  const today = options.today ?? todayIso();
  const policy = await policyToUse(context, { absolute, file }, today, 'refuse');
  if (!policy) throw new CliError('compare.policyHasErrors', { file });
  const comparison = compareBenchmarks(policy, { today, maxAgeDays, ...(tolerance !== undefined ? { tolerance } : {}) });
  const report = {
    ...comparison,
    policy: { id: policy.id, title: policy.title, file },
    date: today,
    maxAge: options.maxAge,
    maxAgeDays,
    ...(tolerance !== undefined ? { tolerance } : {}),
    ...(policy.comparison?.notes !== undefined ? { notes: policy.comparison.notes } : {}),
  };
  const toFile = outputPath !== undefined;
  const text = (await COMPARE_FORMATTERS[options.format]())(report, { lang, color: !toFile && wantsColor(context.stdout, context.env, options.color) });
  if (toFile) {
    const { writeFileAtomic } = await import('../io/write.js');
    await writeFileAtomic(outputPath, text, options.output);
  } else context.stdout.write(text);
  return EXIT.clean;
}
