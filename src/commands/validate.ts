import { todayIso } from '../core/dates.js';
import { isFailing } from '../core/finding.js';
import { EXIT } from '../errors.js';
import { loadConfig } from '../io/config-file.js';
import { displayPath, expandInputs } from '../io/files.js';
import { repositoryRoot } from '../io/repository-root.js';
import { TOOL_VERSION } from '../version.js';
import { checkFiles } from './check-files.js';
import { reportColor, reportDestination, writeReport } from '../report/destination.js';
import type { CommandContext } from './context.js';
import { VALIDATE_FORMATS, type ValidateInput } from './validate.command.js';

/** What validate is given: its arguments and options, and whether --lang was given, so the config's lang does not override it. */
export type ValidateOptions = ValidateInput & { langFromFlag: boolean };

export async function validate(options: ValidateOptions, context: CommandContext): Promise<number> {
  const config = await loadConfig(context.cwd, options.config, context.lang);
  const lang = options.langFromFlag ? context.lang : (config?.lang ?? context.lang);
  const failOn = options.failOn ?? config?.fail_on ?? 'error';
  const today = options.today ?? todayIso();
  const files = await expandInputs(options.paths, context.cwd);
  const destination = reportDestination(context, options.output, files, 'io.outputIsInput');

  const lintOptions = { lang, today, rules: config?.rules ?? {} };
  const startedAt = new Date();
  const results = await checkFiles(files.map((absolute) => ({ absolute, file: displayPath(context.cwd, absolute) })), lintOptions);

  const formatter = await VALIDATE_FORMATS.load(options.format);
  const text = formatter(results, {
    lang,
    color: reportColor(destination, context, options.color),
    toolVersion: TOOL_VERSION,
    failOn,
    startedAt,
    cwd: context.cwd,
    sourceRoot: repositoryRoot(context.cwd),
    ruleSettings: lintOptions.rules,
  });
  await writeReport(destination, text, context);

  const failing = results.some((r) => r.findings.some((f) => isFailing(f, failOn)));
  return failing ? EXIT.findings : EXIT.clean;
}
