import { todayIso } from '../core/dates.js';
import { countBySeverity, isFailing, type FileResult } from '../core/finding.js';
import { EXIT } from '../errors.js';
import { say } from '../i18n/index.js';
import { loadConfig } from '../io/config-file.js';
import { displayPath, findInputs, type IgnoreList } from '../io/files.js';
import { repositoryRoot } from '../io/repository-root.js';
import { TOOL_VERSION } from '../version.js';
import { checkFiles } from './check-files.js';
import { reportColor, reportDestination, writeReport } from '../report/destination.js';
import type { CommandContext } from './context.js';
import { VALIDATE_FORMATS, type ValidateInput } from './validate.command.js';
import { FORMAT_MESSAGES } from '../format/messages.js';
import { IO_MESSAGES } from '../io/messages.js';

/** What validate is given: its arguments and options, and whether --lang was given, so the config's lang does not override it. */
export type ValidateOptions = ValidateInput & { langFromFlag: boolean };

export async function validate(options: ValidateOptions, context: CommandContext): Promise<number> {
  const config = await loadConfig(context.cwd, options.config, context.lang);
  const lang = options.langFromFlag ? context.lang : (config?.lang ?? context.lang);
  const failOn = options.failOn ?? config?.fail_on ?? 'error';
  const today = options.today ?? todayIso();
  // A formatter module is loaded before any file is read, so that a wrong path fails at once.
  const format = typeof options.format === 'string'
    ? await VALIDATE_FORMATS.load(options.format)
    : (await import('../format/module.js')).loadFormatterModule(options.format.module, context.cwd);
  const root = repositoryRoot(context.cwd);
  const ignore: IgnoreList[] = [
    ...(config?.ignore ? [{ base: config.folder, patterns: config.ignore }] : []),
    { base: context.cwd, patterns: options.ignore ?? [] },
  ];
  const found = await findInputs(options.paths, context.cwd, { ignore, gitRoot: root });
  const files = found.map((file) => file.absolute);
  // `--output` naming a policy would replace the user's policy with the report.
  const destination = reportDestination(context, options.output, files, IO_MESSAGES['io.outputIsInput']);

  const lintOptions = { lang, today, rules: config?.rules ?? {} };
  const startedAt = new Date();
  const { results, skipped } = await checkFiles(
    found.map(({ absolute, listed }) => ({ absolute, listed, file: displayPath(context.cwd, absolute) })),
    lintOptions,
  );
  // --quiet shows errors only; the warnings still count for --fail-on and --max-warnings, as ESLint counts them.
  const shown: FileResult[] = options.quiet ? results.map((result) => ({ ...result, findings: result.findings.filter((f) => f.severity === 'error') })) : results;

  const text = await format(shown, {
    lang,
    color: reportColor(destination, context, options.color),
    toolVersion: TOOL_VERSION,
    failOn,
    startedAt,
    cwd: context.cwd,
    sourceRoot: root,
    ruleSettings: lintOptions.rules,
    skipped: skipped.length,
  });
  await writeReport(destination, text, context);

  const { warnings } = countBySeverity(results);
  const tooManyWarnings = options.maxWarnings !== undefined && warnings > options.maxWarnings;
  const failing = tooManyWarnings || results.some((r) => r.findings.some((f) => isFailing(f, failOn)));
  // Said on standard error, so that a JSON, SARIF or JUnit report stays what its reader expects.
  if (failing && options.quiet && warnings > 0) context.stderr.write(`${say(lang, FORMAT_MESSAGES['summary.hiddenWarnings'], { count: warnings })}\n`);
  if (tooManyWarnings) context.stderr.write(`${say(lang, FORMAT_MESSAGES['summary.tooManyWarnings'], { count: String(warnings), max: String(options.maxWarnings) })}\n`);
  return failing ? EXIT.findings : EXIT.clean;
}
