import { declare, defineCommand, type CommandInput } from './command.js';
import { output } from './options.js';

export const schemaSpec = declare({ name: 'schema', help: 'help.schema', arguments: {}, options: { output } });
export type SchemaInput = CommandInput<typeof schemaSpec>;

export const schemaCommand = defineCommand(schemaSpec, async (input, context) => {
  const { schema } = await import('./schema.js');
  return schema(input, context);
});
