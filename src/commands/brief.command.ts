import { declare, defineCommand, flag, list, required, text, type CommandInput } from './command.js';
import { format } from './options.js';

export const BRIEF_FORMATS = ['md', 'html', 'pdf'] as const;

export const briefSpec = declare({
  name: 'brief',
  help: 'help.brief',
  arguments: { policy: required('help.policy') },
  options: {
    audience: list('-a, --audience <roles...>', 'help.audience'),
    format: format(BRIEF_FORMATS, 'html', 'help.briefFormat'),
    out: text('-o, --out <dir>', 'help.out', 'briefings'),
    templates: text('-t, --templates <dir>', 'help.templates'),
    force: flag('--force', 'help.force'),
    since: text('--since <old>', 'help.since'),
  },
});
export type BriefInput = CommandInput<typeof briefSpec>;

export const briefCommand = defineCommand(briefSpec, async (input, context, globals) => {
  const { brief } = await import('./brief.js');
  return brief({ ...input, ...globals }, context);
});
