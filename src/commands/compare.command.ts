import { COMPARE_FORMAT_NAMES } from '../compare/format/names.js';
import { declare, defineCommand, required, text, type CommandInput } from './command.js';
import { format, noColor, output, today } from './options.js';

export const compareSpec = declare({
  name: 'compare',
  help: 'help.compare',
  arguments: { policy: required('help.policy') },
  options: {
    maxAge: text('--max-age <duration>', 'help.maxAge', '2y'),
    tolerance: text('--tolerance <units>', 'help.tolerance'),
    format: format(COMPARE_FORMAT_NAMES, 'stylish', 'help.reportFormat'),
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
