import { declare, defineCommand, type CommandInput } from './command.js';
import { output } from './options.js';
import { CLI_MESSAGES } from './messages.js';

export const rulesSpec = declare({ name: 'rules', help: CLI_MESSAGES['help.rules'], arguments: {}, options: { output } });
export type RulesInput = CommandInput<typeof rulesSpec>;

export const rulesCommand = defineCommand(rulesSpec, async (input, context) => {
  const { rules } = await import('./rules.js');
  return rules(input, context);
});
