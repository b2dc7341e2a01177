import { resolve } from 'node:path';
import type { CommandContext } from '../commands/context.js';
import { wantsColor } from '../commands/context.js';
import { CliError } from '../errors.js';
import { sameFileAs } from '../io/files.js';
import { IO_MESSAGES } from '../io/messages.js';
import { AUDIT_MESSAGES } from '../audit/messages.js';

/** The messages a command may refuse an --output with; each says which inputs it would have overwritten. */
export type OutputRefusal = (typeof IO_MESSAGES)['io.outputIsInput' | 'report.outputIsInput'] | (typeof AUDIT_MESSAGES)['audit.outputIsInput'];

/**
 * Where a command's report goes: standard output, or the file --output names. Settled before the
 * command does any work, so that an --output naming one of the command's own inputs (through a
 * link too) is refused at once and never replaces the user's file with a report.
 */
export interface ReportDestination {
  /** Absolute path of the --output file; absent for standard output. */
  readonly path?: string;
  /** The file as the user named it, for messages. */
  readonly shown?: string;
}

export function reportDestination(
  context: Pick<CommandContext, 'cwd'>,
  output: string | undefined,
  inputs: readonly string[],
  refusal: OutputRefusal = IO_MESSAGES['report.outputIsInput'],
): ReportDestination {
  if (output === undefined) return {};
  const path = resolve(context.cwd, output);
  if (sameFileAs(path, inputs.map((input) => resolve(context.cwd, input)))) throw new CliError(refusal, { file: output });
  return { path, shown: output };
}

/** Colour only on a terminal that wants it, never in a file. */
export function reportColor(destination: ReportDestination, context: CommandContext, flag: boolean | undefined): boolean {
  return destination.path === undefined && wantsColor(context.stdout, context.env, flag);
}

/** Writes the report: to standard output, or to the --output file whole or not at all. */
export async function writeReport(destination: ReportDestination, text: string, context: Pick<CommandContext, 'stdout'>): Promise<void> {
  if (destination.path === undefined) {
    context.stdout.write(text);
    return;
  }
  // Loaded only here: writing safely needs node:crypto and node:fs/promises, which a run to standard output spares.
  const { writeFileAtomic } = await import('../io/write.js');
  await writeFileAtomic(destination.path, text, destination.shown);
}
