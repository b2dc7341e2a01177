import { declare, defineCommand, type CommandInput } from './command.js';
import { output } from './options.js';
import { CLI_MESSAGES } from './messages.js';

export const schemaSpec = declare({ name: 'schema', help: CLI_MESSAGES['help.schema'], arguments: {}, options: { output } });
export type SchemaInput = CommandInput<typeof schemaSpec>;

export const schemaCommand = defineCommand(schemaSpec, async (input, context) => {
  const { schema } = await import('./schema.js');
  return schema(input, context);
});
