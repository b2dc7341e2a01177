import { declare, defineCommand, required, type CommandInput } from './command.js';
import { defineFormats } from '../report/formats.js';
import { format, noColor, output } from './options.js';
import { DIFF_MESSAGES } from '../diff/messages.js';

/** diff's report formats, one module each in src/diff/format/. */
export const DIFF_FORMATS = defineFormats({
  stylish: () => import('../diff/format/stylish.js'),
  json: () => import('../diff/format/json.js'),
  md: () => import('../diff/format/md.js'),
  github: () => import('../diff/format/github.js'),
});

export const diffSpec = declare({
  name: 'diff',
  help: DIFF_MESSAGES['help.diff'],
  arguments: { old: required(DIFF_MESSAGES['help.diffOld']), new: required(DIFF_MESSAGES['help.diffNew']) },
  options: { format: format(DIFF_FORMATS.names, 'stylish', DIFF_MESSAGES['help.diffFormat']), output, color: noColor },
});
export type DiffInput = CommandInput<typeof diffSpec>;

export const diffCommand = defineCommand(diffSpec, async (input, context) => {
  const { diff } = await import('./diff.js');
  return diff(input, context);
});
