import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { FileResult } from '../core/finding.js';
import { CliError } from '../errors.js';
import type { FormatOptions } from './formatter.js';
import { FORMAT_MESSAGES } from './messages.js';

/** A formatter of the user's own: the results and options a built-in format gets, the report's text back (or a promise of it). */
export type ModuleFormatter = (results: readonly FileResult[], options: FormatOptions) => string | Promise<string>;

const reasonOf = (error: unknown) => (error as NodeJS.ErrnoException | undefined)?.code ?? (error instanceof Error ? error.message : String(error));

/**
 * Loads a formatter module by its path from the working folder, as ESLint and Spectral load one.
 * `require` loads CommonJS and, on Node 20.19 and later, ES modules without top-level await;
 * import() is not available to code started from V8's code cache (see src/launch.ts).
 */
export function loadFormatterModule(path: string, cwd: string): (results: readonly FileResult[], options: FormatOptions) => Promise<string> {
  const absolute = resolve(cwd, path);
  let exported: unknown;
  try {
    exported = createRequire(resolve(cwd, 'noop.js'))(absolute);
  } catch (error) {
    throw new CliError(FORMAT_MESSAGES['format.unloadable'], { file: path, reason: reasonOf(error) });
  }
  const candidate = exported as { default?: unknown } | undefined;
  const formatter = typeof exported === 'function' ? exported : candidate?.default;
  if (typeof formatter !== 'function') throw new CliError(FORMAT_MESSAGES['format.notAFormatter'], { file: path });
  return async (results, options) => {
    let text: unknown;
    try {
      text = await (formatter as ModuleFormatter)(results, options);
    } catch (error) {
      throw new CliError(FORMAT_MESSAGES['format.failed'], { file: path, message: error instanceof Error ? error.message : String(error) });
    }
    if (typeof text !== 'string') throw new CliError(FORMAT_MESSAGES['format.notText'], { file: path, kind: text === null ? 'null' : typeof text });
    return text;
  };
}
