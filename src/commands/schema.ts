import policySchema from '../../schema/policy.schema.json' with { type: 'json' };
import { EXIT } from '../errors.js';
import { reportDestination, writeReport } from '../report/destination.js';
import type { CommandContext } from './context.js';
import type { SchemaInput } from './schema.command.js';

/** Prints the JSON Schema of the policy format, for editors and other tools. */
export async function schema(options: SchemaInput, context: CommandContext): Promise<number> {
  await writeReport(reportDestination(context, options.output, []), `${JSON.stringify(policySchema, null, 2)}\n`, context);
  return EXIT.clean;
}
