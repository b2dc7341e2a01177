import { todayIso } from '../core/dates.js';
import { diffPolicies, type PolicyChange } from '../diff/diff.js';
import { EXIT } from '../errors.js';
import { type Lang, say } from '../i18n/index.js';
import { readPolicyVersion } from '../io/policy-version.js';
import { checkRead, type CheckedFile } from './check-files.js';
import { reportColor, reportDestination, writeReport } from '../report/destination.js';
import { reportFindings, type CommandContext } from './context.js';
import type { Policy } from '../core/policy.js';
import { DIFF_FORMATS, type DiffInput } from './diff.command.js';
import { DIFF_MESSAGES } from '../diff/messages.js';

export type DiffOptions = DiffInput;

/**
 * Reads and checks one version for comparison. A version the schema rejects has its findings
 * printed and gives no policy; semantic findings do not stop a comparison (validate reports them).
 */
export async function loadVersion(spec: string, context: CommandContext, lang: Lang): Promise<{ shown: string; checked: CheckedFile }> {
  const version = await readPolicyVersion(spec, context.cwd);
  return { shown: version.shown, checked: await checkRead(version.read, version.shown, { lang, today: todayIso() }) };
}

/** Both versions, or the exit code when one cannot be compared. */
export async function loadPair(oldSpec: string, newSpec: string, context: CommandContext): Promise<{ before: Policy; after: Policy; shown: [string, string] } | number> {
  const versions = [await loadVersion(oldSpec, context, context.lang), await loadVersion(newSpec, context, context.lang)];
  const broken = versions.filter((version) => !version.checked.policy);
  if (broken.length > 0) {
    reportFindings(context, context.lang, broken.map((version) => version.checked));
    for (const version of broken) context.stderr.write(`${say(context.lang, DIFF_MESSAGES['diff.notComparable'], { file: version.shown })}\n`);
    return EXIT.failure;
  }
  return { before: versions[0]!.checked.policy!, after: versions[1]!.checked.policy!, shown: [versions[0]!.shown, versions[1]!.shown] };
}

export async function diff(options: DiffOptions, context: CommandContext): Promise<number> {
  // A version from git (`HEAD~1:p.yaml`) is no file to overwrite; one on disk is.
  const destination = reportDestination(context, options.output, [options.old, options.new]);
  const pair = await loadPair(options.old, options.new, context);
  if (typeof pair === 'number') return pair;
  const changes: PolicyChange[] = diffPolicies(pair.before, pair.after);
  await writeReport(destination, (await DIFF_FORMATS.load(options.format))(changes, {
    lang: context.lang, color: reportColor(destination, context, options.color), old: pair.shown[0], new: pair.shown[1],
  }), context);
  return EXIT.clean;
}
