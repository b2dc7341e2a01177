import { declare, defineCommand, flag, optional, text, type CommandInput } from './command.js';
import { today } from './options.js';
import { CLI_MESSAGES } from './messages.js';

export const initSpec = declare({
  name: 'init',
  help: CLI_MESSAGES['help.init'],
  arguments: { file: optional(CLI_MESSAGES['help.initFile']) },
  options: {
    resume: flag('--resume', CLI_MESSAGES['help.resume']),
    step: text('--step <name>', CLI_MESSAGES['help.step']),
    answers: text('--answers <file>', CLI_MESSAGES['help.answers']),
    yes: flag('-y, --yes', CLI_MESSAGES['help.yes']),
    force: flag('--force', CLI_MESSAGES['help.initForce']),
    today,
  },
});
export type InitInput = CommandInput<typeof initSpec>;

export const initCommand = defineCommand(initSpec, async (input, context, globals) => {
  const { init } = await import('./init.js');
  return init({ ...input, ...globals }, context);
});
