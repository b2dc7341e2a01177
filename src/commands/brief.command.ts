import { declare, defineCommand, flag, list, required, text, type CommandInput } from './command.js';
import { format } from './options.js';
import { CLI_MESSAGES } from './messages.js';
import { BRIEF_MESSAGES } from '../brief/messages.js';

export const BRIEF_FORMATS = ['md', 'html', 'pdf'] as const;

export const briefSpec = declare({
  name: 'brief',
  help: BRIEF_MESSAGES['help.brief'],
  arguments: { policy: required(CLI_MESSAGES['help.policy']) },
  options: {
    audience: list('-a, --audience <roles...>', BRIEF_MESSAGES['help.audience']),
    format: format(BRIEF_FORMATS, 'html', BRIEF_MESSAGES['help.briefFormat']),
    out: text('-o, --out <dir>', BRIEF_MESSAGES['help.out'], 'briefings'),
    templates: text('-t, --templates <dir>', BRIEF_MESSAGES['help.templates']),
    force: flag('--force', BRIEF_MESSAGES['help.force']),
    since: text('--since <old>', BRIEF_MESSAGES['help.since']),
  },
});
export type BriefInput = CommandInput<typeof briefSpec>;

export const briefCommand = defineCommand(briefSpec, async (input, context, globals) => {
  const { brief } = await import('./brief.js');
  return brief({ ...input, ...globals }, context);
});
