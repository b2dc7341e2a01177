import { declare, defineCommand, flag, requiredChoice, text, variadic, type CommandInput } from './command.js';
import { HELPDESKS } from './options.js';

export const importSpec = declare({
  name: 'import',
  help: 'help.import',
  arguments: { target: requiredChoice('help.exportTarget', HELPDESKS), files: variadic('help.importFiles') },
  options: {
    output: text('-o, --output <file>', 'help.importOutput', 'policy.yaml'),
    force: flag('--force', 'help.importForce'),
  },
});
export type ImportInput = CommandInput<typeof importSpec>;

export const importCommand = defineCommand(importSpec, async (input, context, globals) => {
  const { importPolicy } = await import('./import.js');
  return importPolicy({ ...input, ...globals }, context);
});
