import { resolve } from 'node:path';
import policySchema from '../../schema/policy.schema.json' with { type: 'json' };
import { EXIT } from '../errors.js';
import { writeFileAtomic } from '../io/write.js';
import type { CommandContext } from './context.js';
import type { SchemaInput } from './schema.command.js';

/** Prints the JSON Schema of the policy format, for editors and other tools. */
export async function schema(options: SchemaInput, context: CommandContext): Promise<number> {
  const text = `${JSON.stringify(policySchema, null, 2)}\n`;
  if (options.output) await writeFileAtomic(resolve(context.cwd, options.output), text, options.output);
  else context.stdout.write(text);
  return EXIT.clean;
}
