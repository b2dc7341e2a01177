import { FORMAT_NAMES } from '../format/index.js';
import { choice, declare, defineCommand, text, variadic, type CommandInput } from './command.js';
import { format, noColor, output, today } from './options.js';

export const validateSpec = declare({
  name: 'validate',
  help: 'help.validate',
  arguments: { paths: variadic('help.paths') },
  options: {
    format: format(FORMAT_NAMES, 'stylish'),
    output,
    failOn: choice('--fail-on <severity>', 'help.failOn', ['error', 'warning']),
    config: text('-c, --config <file>', 'help.config'),
    color: noColor,
    today,
  },
});
export type ValidateInput = CommandInput<typeof validateSpec>;

export const validateCommand = defineCommand(validateSpec, async (input, context, globals) => {
  const { validate } = await import('./validate.js');
  return validate({ ...input, langFromFlag: globals.lang !== undefined }, context);
});
