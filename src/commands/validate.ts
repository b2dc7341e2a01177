import { resolve } from 'node:path';
import { todayIso } from '../core/dates.js';
import { isFailing } from '../core/finding.js';
import { CliError, EXIT } from '../errors.js';
import { FORMATTERS } from '../format/index.js';
import { loadConfig } from '../io/config-file.js';
import { displayPath, expandInputs, sameFileAs } from '../io/files.js';
import { repositoryRoot } from '../io/repository-root.js';
import { TOOL_VERSION } from '../version.js';
import { checkFiles } from './check-files.js';
import { wantsColor, type CommandContext } from './context.js';
import type { ValidateInput } from './validate.command.js';

/** What validate is given: its arguments and options, and whether --lang was given, so the config's lang does not override it. */
export type ValidateOptions = ValidateInput & { langFromFlag: boolean };

export async function validate(options: ValidateOptions, context: CommandContext): Promise<number> {
  const config = await loadConfig(context.cwd, options.config, context.lang);
  const lang = options.langFromFlag ? context.lang : (config?.lang ?? context.lang);
  const failOn = options.failOn ?? config?.fail_on ?? 'error';
  const today = options.today ?? todayIso();
  const files = await expandInputs(options.paths, context.cwd);
  const outputPath = options.output === undefined ? undefined : resolve(context.cwd, options.output);
  // `--output` naming a policy would replace the user's policy with the report.
  if (outputPath !== undefined && sameFileAs(outputPath, files)) throw new CliError('io.outputIsInput', { file: options.output! });

  const lintOptions = { lang, today, rules: config?.rules ?? {} };
  const startedAt = new Date();
  const results = await checkFiles(files.map((absolute) => ({ absolute, file: displayPath(context.cwd, absolute) })), lintOptions);

  const toFile = outputPath !== undefined;
  const text = FORMATTERS[options.format](results, {
    lang,
    color: !toFile && wantsColor(context.stdout, context.env, options.color),
    toolVersion: TOOL_VERSION,
    failOn,
    startedAt,
    cwd: context.cwd,
    sourceRoot: repositoryRoot(context.cwd),
    ruleSettings: lintOptions.rules,
  });
  if (toFile) {
    // Loaded only here: writing safely needs node:crypto and node:fs/promises, which a plain run spares.
    const { writeFileAtomic } = await import('../io/write.js');
    await writeFileAtomic(outputPath, text, options.output);
  }
  else context.stdout.write(text);

  const failing = results.some((r) => r.findings.some((f) => isFailing(f, failOn)));
  return failing ? EXIT.findings : EXIT.clean;
}
