/**
 * The options many commands share, declared once. A command lists the ones it honours in its own
 * declaration; --lang and --debug are the program's own (every command honours them, and its
 * --help shows them as global options).
 */
import { isIsoDate } from '../core/dates.js';
import { CliError } from '../errors.js';
import { choice, negation, parsed, text, type OptionSpec } from './command.js';
import { CLI_MESSAGES } from './messages.js';

/** `-f, --format`, whose choices are the names of a command's formats. */
export const format = <const F extends string>(names: readonly F[], fallback: NoInfer<F>, help: Parameters<typeof choice>[1] = CLI_MESSAGES['help.format']): OptionSpec<F> =>
  choice('-f, --format <format>', help, names, fallback);

/** `-o, --output`: the report goes to this file instead of standard output (src/report/destination.ts). */
export const output: OptionSpec<string | undefined> = text('-o, --output <file>', CLI_MESSAGES['help.output']);

/** `--output` for a command whose `-o` already means its folder of files (export's `--out`). */
export const outputLongOnly: OptionSpec<string | undefined> = text('--output <file>', CLI_MESSAGES['help.output']);

export const noColor: OptionSpec<boolean> = negation('--no-color', CLI_MESSAGES['help.noColor']);

/** Every command that judges dates takes --today the same way, so runs are reproducible. */
export const today: OptionSpec<string | undefined> = parsed('--today <date>', CLI_MESSAGES['help.today'], (value) => {
  if (!isIsoDate(value)) throw new CliError(CLI_MESSAGES['cli.badToday'], { value });
  return value;
});

/** The helpdesks export and import know, kept here so that --help needs no target code (src/helpdesks/index.ts is the registry). */
export const HELPDESKS = ['zendesk', 'freshdesk'] as const;
