import { declare, defineCommand, flag, requiredChoice, text, variadic, type CommandInput } from './command.js';
import { HELPDESKS } from './options.js';
import { EXPORT_MESSAGES } from '../export/messages.js';

export const importSpec = declare({
  name: 'import',
  help: EXPORT_MESSAGES['help.import'],
  arguments: { target: requiredChoice(EXPORT_MESSAGES['help.exportTarget'], HELPDESKS), files: variadic(EXPORT_MESSAGES['help.importFiles']) },
  options: {
    output: text('-o, --output <file>', EXPORT_MESSAGES['help.importOutput'], 'policy.yaml'),
    force: flag('--force', EXPORT_MESSAGES['help.importForce']),
  },
});
export type ImportInput = CommandInput<typeof importSpec>;

export const importCommand = defineCommand(importSpec, async (input, context, globals) => {
  const { importPolicy } = await import('./import.js');
  return importPolicy({ ...input, ...globals }, context);
});
