import { declare, defineCommand, flag, optional, text, type CommandInput } from './command.js';
import { today } from './options.js';

export const initSpec = declare({
  name: 'init',
  help: 'help.init',
  arguments: { file: optional('help.initFile') },
  options: {
    resume: flag('--resume', 'help.resume'),
    step: text('--step <name>', 'help.step'),
    answers: text('--answers <file>', 'help.answers'),
    yes: flag('-y, --yes', 'help.yes'),
    force: flag('--force', 'help.initForce'),
    today,
  },
});
export type InitInput = CommandInput<typeof initSpec>;

export const initCommand = defineCommand(initSpec, async (input, context, globals) => {
  const { init } = await import('./init.js');
  return init({ ...input, ...globals }, context);
});
