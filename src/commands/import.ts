import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { todayIso } from '../core/dates.js';
import { CliError, EXIT } from '../errors.js';
import { EXPORT_MESSAGES } from '../export/messages.js';
import type { Lang } from '../i18n/index.js';
import { displayPath, readBoundedFile } from '../io/files.js';
import { packageRoot } from '../io/package-root.js';
import { writeFileAtomic } from '../io/write.js';
import { policySkeleton, TODO } from '../import/skeleton.js';
import { TARGETS } from '../helpdesks/index.js';
import { sameFile } from '../io/same-file.js';
import { reportFindings, type CommandContext } from './context.js';
import type { ImportInput } from './import.command.js';
import { say } from '../i18n/index.js';
import { IO_MESSAGES } from '../io/messages.js';

export type ImportOptions = ImportInput & { lang?: Lang };

export async function importPolicy(options: ImportOptions, context: CommandContext): Promise<number> {
  const target = TARGETS[options.target];
  const documents: { file: string; json: unknown }[] = [];
  const outAbsolute = resolve(context.cwd, options.output);
  const shown = displayPath(context.cwd, outAbsolute);
  // Even with --force, the skeleton never replaces a file it is made from.
  if (options.files.some((given) => sameFile(resolve(context.cwd, given), outAbsolute))) throw new CliError(EXPORT_MESSAGES['import.outIsInput'], { file: shown });
  for (const given of options.files) {
    const absolute = resolve(context.cwd, given);
    const file = displayPath(context.cwd, absolute);
    const read = readBoundedFile(absolute, file, IO_MESSAGES['io.notFound']);
    if ('tooLarge' in read) throw new CliError(EXPORT_MESSAGES['import.badJson'], { file, reason: `${read.tooLarge} bytes, over the 1 MiB limit` });
    try {
      documents.push({ file, json: JSON.parse(Buffer.from(read.bytes).toString('utf8').replace(/^\uFEFF/, '')) });
    } catch (error) {
      throw new CliError(EXPORT_MESSAGES['import.badJson'], { file, reason: (error as Error).message });
    }
  }
  if (existsSync(outAbsolute) && !options.force) throw new CliError(EXPORT_MESSAGES['import.exists'], { file: shown });

  const imported = target.import(documents);
  const lang = options.lang ?? context.lang;
  for (const warning of imported.warnings) context.stderr.write(`${say(lang, EXPORT_MESSAGES[warning.id], warning.params)}\n`);
  if ((imported.policy.calendars ?? []).length === 0 && imported.policy.standards.length === 0) throw new CliError(EXPORT_MESSAGES['import.nothing']);
  if (imported.policy.standards.length === 0) context.stderr.write(`${say(lang, EXPORT_MESSAGES['warn.importNoStandards'])}\n`);

  const today = todayIso();
  const policy = policySkeleton(imported.policy, target.title, lang, today);
  const { policyToYaml } = await import('../init/policy-yaml.js');
  const written = policyToYaml(policy, lang, displayPath(dirname(outAbsolute), join(packageRoot(), 'schema', 'policy.schema.json')));
  const firstLineEnd = written.indexOf('\n') + 1;
  const text = `${written.slice(0, firstLineEnd)}# Imported from ${target.title} by cs-policy import on ${today}: lines marked ${TODO} are yours to write.\n${written.slice(firstLineEnd)}`;
  await writeFileAtomic(outAbsolute, text, shown);

  // The skeleton is checked as validate would; what it still lacks is listed, not hidden.
  const { checkPolicyBytes } = await import('../core/lint.js');
  const checked = checkPolicyBytes(new TextEncoder().encode(text), shown, { lang, today });
  if (checked.findings.length > 0) {
    context.stderr.write(`${say(lang, EXPORT_MESSAGES['import.findings'])}\n`);
    reportFindings(context, lang, [{ file: shown, findings: checked.findings }]);
  }
  context.stdout.write(`${say(lang, EXPORT_MESSAGES['import.wrote'], { file: shown, target: target.title })}\n`);
  return EXIT.clean;
}
