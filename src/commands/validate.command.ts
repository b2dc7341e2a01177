import { CliError } from '../errors.js';
import { defineFormats } from '../report/formats.js';
import { choice, declare, defineCommand, flag, parsed, repeatable, text, variadic, type CommandInput, type OptionSpec } from './command.js';
import { noColor, output, today } from './options.js';
import { CLI_MESSAGES } from './messages.js';

/** validate's report formats, one module each in src/format/. */
export const VALIDATE_FORMATS = defineFormats({
  stylish: () => import('../format/stylish.js'),
  json: () => import('../format/json.js'),
  junit: () => import('../format/junit.js'),
  sarif: () => import('../format/sarif.js'),
  github: () => import('../format/github.js'),
});
export type FormatName = (typeof VALIDATE_FORMATS.names)[number];

/** A formatter of the user's own, named by its path (as ESLint's and Spectral's --format take one). */
export interface FormatterModule { module: string }

/** A value of --format that names a file rather than a format: it has a slash or a JavaScript extension. */
export const isModulePath = (value: string): boolean => /[/\\]/.test(value) || /\.[cm]?js$/i.test(value);

/** `-f, --format`: a built-in format (commander checks and lists the choices) or a formatter module's path. */
const formatOrModule: OptionSpec<FormatName | FormatterModule> = {
  ...choice('-f, --format <format>', CLI_MESSAGES['help.formatOrModule'], VALIDATE_FORMATS.names, 'stylish'),
  beyondChoices: (value) => (isModulePath(value) ? { module: value } : undefined),
};

export const validateSpec = declare({
  name: 'validate',
  help: CLI_MESSAGES['help.validate'],
  arguments: { paths: variadic(CLI_MESSAGES['help.paths']) },
  options: {
    format: formatOrModule,
    output,
    failOn: choice('--fail-on <severity>', CLI_MESSAGES['help.failOn'], ['error', 'warning']),
    maxWarnings: parsed('--max-warnings <count>', CLI_MESSAGES['help.maxWarnings'], (value) => {
      if (!/^\d{1,9}$/.test(value.trim())) throw new CliError(CLI_MESSAGES['cli.badMaxWarnings'], { value });
      return Number(value);
    }),
    quiet: flag('--quiet', CLI_MESSAGES['help.quiet']),
    ignore: repeatable('--ignore <pattern>', CLI_MESSAGES['help.ignore']),
    config: text('-c, --config <file>', CLI_MESSAGES['help.config']),
    color: noColor,
    today,
  },
});
export type ValidateInput = CommandInput<typeof validateSpec>;

export const validateCommand = defineCommand(validateSpec, async (input, context, globals) => {
  const { validate } = await import('./validate.js');
  return validate({ ...input, langFromFlag: globals.lang !== undefined }, context);
});
