import { DIFF_FORMAT_NAMES } from '../diff/format/names.js';
import { declare, defineCommand, required, type CommandInput } from './command.js';
import { format, noColor, output } from './options.js';

export const diffSpec = declare({
  name: 'diff',
  help: 'help.diff',
  arguments: { old: required('help.diffOld'), new: required('help.diffNew') },
  options: { format: format(DIFF_FORMAT_NAMES, 'stylish', 'help.diffFormat'), output, color: noColor },
});
export type DiffInput = CommandInput<typeof diffSpec>;

export const diffCommand = defineCommand(diffSpec, async (input, context) => {
  const { diff } = await import('./diff.js');
  return diff(input, context);
});
