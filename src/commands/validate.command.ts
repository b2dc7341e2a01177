import { choice, declare, defineCommand, text, variadic, type CommandInput } from './command.js';
import { defineFormats } from '../report/formats.js';
import { format, noColor, output, today } from './options.js';

/** validate's report formats, one module each in src/format/. */
export const VALIDATE_FORMATS = defineFormats({
  stylish: () => import('../format/stylish.js'),
  json: () => import('../format/json.js'),
  junit: () => import('../format/junit.js'),
  sarif: () => import('../format/sarif.js'),
  github: () => import('../format/github.js'),
});

export const validateSpec = declare({
  name: 'validate',
  help: 'help.validate',
  arguments: { paths: variadic('help.paths') },
  options: {
    format: format(VALIDATE_FORMATS.names, 'stylish'),
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
