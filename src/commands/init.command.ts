import { declare, defineCommand, flag, optional, text, type CommandInput } from './command.js';
import { today } from './options.js';
import { INIT_MESSAGES } from '../init/messages.js';

export const initSpec = declare({
  name: 'init',
  help: INIT_MESSAGES['help.init'],
  arguments: { file: optional(INIT_MESSAGES['help.initFile']) },
  options: {
    resume: flag('--resume', INIT_MESSAGES['help.resume']),
    step: text('--step <name>', INIT_MESSAGES['help.step']),
    answers: text('--answers <file>', INIT_MESSAGES['help.answers']),
    yes: flag('-y, --yes', INIT_MESSAGES['help.yes']),
    force: flag('--force', INIT_MESSAGES['help.initForce']),
    today,
  },
});
export type InitInput = CommandInput<typeof initSpec>;

export const initCommand = defineCommand(initSpec, async (input, context, globals) => {
  const { init } = await import('./init.js');
  return init({ ...input, ...globals }, context);
});
