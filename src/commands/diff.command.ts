import { declare, defineCommand, required, type CommandInput } from './command.js';
import { defineFormats } from '../report/formats.js';
import { format, noColor, output } from './options.js';

/** diff's report formats, one module each in src/diff/format/. */
export const DIFF_FORMATS = defineFormats({
  stylish: () => import('../diff/format/stylish.js'),
  json: () => import('../diff/format/json.js'),
  md: () => import('../diff/format/md.js'),
  github: () => import('../diff/format/github.js'),
});

export const diffSpec = declare({
  name: 'diff',
  help: 'help.diff',
  arguments: { old: required('help.diffOld'), new: required('help.diffNew') },
  options: { format: format(DIFF_FORMATS.names, 'stylish', 'help.diffFormat'), output, color: noColor },
});
export type DiffInput = CommandInput<typeof diffSpec>;

export const diffCommand = defineCommand(diffSpec, async (input, context) => {
  const { diff } = await import('./diff.js');
  return diff(input, context);
});
