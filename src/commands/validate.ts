import { resolve } from 'node:path';
import { todayIso } from '../core/dates.js';
import { severityRank, type FileResult, type Severity } from '../core/finding.js';
import { lintBytes } from '../core/lint.js';
import { sourceFinding, tooLargeProblem } from '../core/source.js';
import { EXIT } from '../errors.js';
import { FORMATTERS, type FormatName } from '../format/index.js';
import { loadConfig } from '../io/config-file.js';
import { displayPath, expandInputs, readPolicyFile } from '../io/files.js';
import { writeFileAtomic } from '../io/write.js';
import { TOOL_VERSION } from '../version.js';
import { wantsColor, type CommandContext } from './context.js';

export interface ValidateOptions {
  paths: string[];
  format: FormatName;
  output?: string;
  failOn?: Severity;
  config?: string;
  color?: boolean;
  /** Check dates against this day instead of the real one (YYYY-MM-DD). */
  today?: string;
  /** Set when --lang was given, so the config's lang does not override it. */
  langFromFlag: boolean;
}

export async function validate(options: ValidateOptions, context: CommandContext): Promise<number> {
  const config = await loadConfig(context.cwd, options.config, context.lang);
  const lang = options.langFromFlag ? context.lang : (config?.lang ?? context.lang);
  const failOn = options.failOn ?? config?.fail_on ?? 'error';
  const today = options.today ?? todayIso();
  const files = await expandInputs(options.paths, context.cwd);

  const results: FileResult[] = [];
  for (const absolute of files) {
    const file = displayPath(context.cwd, absolute);
    const read = await readPolicyFile(absolute, file);
    if ('tooLarge' in read) {
      results.push({ file, findings: [sourceFinding(tooLargeProblem(lang, read.tooLarge), file)] });
      continue;
    }
    results.push({ file, findings: lintBytes(read.bytes, file, { lang, today, rules: config?.rules ?? {} }) });
  }

  const toFile = options.output !== undefined;
  const text = FORMATTERS[options.format](results, {
    lang,
    color: !toFile && wantsColor(context.stdout, context.env, options.color),
    toolVersion: TOOL_VERSION,
  });
  if (toFile) await writeFileAtomic(resolve(context.cwd, options.output!), text, options.output);
  else context.stdout.write(text);

  const failing = results.some((r) => r.findings.some((f) => severityRank[f.severity] >= severityRank[failOn]));
  return failing ? EXIT.findings : EXIT.clean;
}
