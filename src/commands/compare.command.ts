import { declare, defineCommand, required, text, type CommandInput } from './command.js';
import { defineFormats } from '../report/formats.js';
import { format, noColor, output, today } from './options.js';
import { CLI_MESSAGES } from './messages.js';
import { COMPARE_MESSAGES } from '../compare/messages.js';

/** compare's report formats, one module each in src/compare/format/. */
export const COMPARE_FORMATS = defineFormats({
  stylish: () => import('../compare/format/stylish.js'),
  json: () => import('../compare/format/json.js'),
  md: () => import('../compare/format/md.js'),
  html: () => import('../compare/format/html.js'),
});

export const compareSpec = declare({
  name: 'compare',
  help: COMPARE_MESSAGES['help.compare'],
  arguments: { policy: required(CLI_MESSAGES['help.policy']) },
  options: {
    maxAge: text('--max-age <duration>', COMPARE_MESSAGES['help.maxAge'], '2y'),
    tolerance: text('--tolerance <units>', COMPARE_MESSAGES['help.tolerance']),
    format: format(COMPARE_FORMATS.names, 'stylish', CLI_MESSAGES['help.reportFormat']),
    output,
    today,
    color: noColor,
  },
});
export type CompareInput = CommandInput<typeof compareSpec>;

export const compareCommand = defineCommand(compareSpec, async (input, context) => {
  const { compare } = await import('./compare.js');
  return compare(input, context);
});
