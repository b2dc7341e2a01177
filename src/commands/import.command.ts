import { declare, defineCommand, flag, requiredChoice, text, variadic, type CommandInput } from './command.js';
import { HELPDESKS } from './options.js';
import { CLI_MESSAGES } from './messages.js';

export const importSpec = declare({
  name: 'import',
  help: CLI_MESSAGES['help.import'],
  arguments: { target: requiredChoice(CLI_MESSAGES['help.exportTarget'], HELPDESKS), files: variadic(CLI_MESSAGES['help.importFiles']) },
  options: {
    output: text('-o, --output <file>', CLI_MESSAGES['help.importOutput'], 'policy.yaml'),
    force: flag('--force', CLI_MESSAGES['help.importForce']),
  },
});
export type ImportInput = CommandInput<typeof importSpec>;

export const importCommand = defineCommand(importSpec, async (input, context, globals) => {
  const { importPolicy } = await import('./import.js');
  return importPolicy({ ...input, ...globals }, context);
});
