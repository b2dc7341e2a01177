import { SOURCE_CHECKS } from '../core/checks.js';
import { say } from '../i18n/index.js';
import { RULES } from '../rules/index.js';
import { EXIT } from '../errors.js';
import { reportDestination, writeReport } from '../report/destination.js';
import type { CommandContext } from './context.js';
import type { RulesInput } from './rules.command.js';
import { FORMAT_MESSAGES } from '../format/messages.js';

/** Lists every check with its default severity and what it asks of a policy. */
export async function rules(options: RulesInput, context: CommandContext): Promise<number> {
  const destination = reportDestination(context, options.output, []);
  const all = [...SOURCE_CHECKS, ...RULES.map((rule) => rule.meta)];
  const severityOf = (meta: (typeof all)[number]) => say(context.lang, meta.severity === 'error' ? FORMAT_MESSAGES['severity.error'] : FORMAT_MESSAGES['severity.warning']);
  const idWidth = Math.max(...all.map((meta) => meta.id.length));
  const severityWidth = Math.max(...all.map((meta) => severityOf(meta).length));
  const lines = all.map((meta) => `${meta.id.padEnd(idWidth)}  ${severityOf(meta).padEnd(severityWidth)}  ${meta.description[context.lang]}`);
  await writeReport(destination, `${lines.join('\n')}\n`, context);
  return EXIT.clean;
}
