import { declare, defineCommand } from './command.js';

export const rulesSpec = declare({ name: 'rules', help: 'help.rules', arguments: {}, options: {} });

export const rulesCommand = defineCommand(rulesSpec, async (_input, context) => {
  const { rules } = await import('./rules.js');
  return rules(context);
});
