import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { ProjectConfig } from '../core/config.js';
import { CliError } from '../errors.js';
import type { Lang } from '../i18n/index.js';
import { displayPath } from './files.js';
import { IO_MESSAGES } from './messages.js';
import { CORE_MESSAGES } from '../core/messages.js';

/** Names of the project config, nearest first; kept here so finding it needs no parser. */
const CONFIG_FILE_NAMES = ['.cs-policy.yaml', '.cs-policy.yml'] as const;

/** Synchronous: start-up waits for it either way, and a dozen awaited misses add up. */
function readIfExists(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw new CliError(IO_MESSAGES['io.unreadable'], { file: path, reason: code ?? String(error) });
  }
}

/**
 * The config named by --config, else the nearest .cs-policy.yaml from the working directory up,
 * as ESLint finds its config. No config file is fine: every rule keeps its default severity.
 */
/** A project config, with the folder it is in (its ignore patterns are relative to it). */
export type LoadedConfig = ProjectConfig & { folder: string };

export async function loadConfig(cwd: string, explicit: string | undefined, lang: Lang): Promise<LoadedConfig | undefined> {
  let path: string | undefined;
  let text: string | undefined;
  if (explicit) {
    path = resolve(cwd, explicit);
    text = readIfExists(path);
    if (text === undefined) throw new CliError(CORE_MESSAGES['config.notFound'], { file: explicit });
  } else {
    for (let dir = resolve(cwd); ; dir = dirname(dir)) {
      for (const name of CONFIG_FILE_NAMES) {
        text = readIfExists(join(dir, name));
        if (text !== undefined) {
          path = join(dir, name);
          break;
        }
      }
      if (text !== undefined || dirname(dir) === dir) break;
    }
  }
  if (text === undefined || path === undefined) return undefined;
  // The YAML parser with positions is loaded only when there is a config to read.
  const { parseConfig } = await import('../core/config.js');
  const outcome = parseConfig(text, lang);
  if ('problem' in outcome) throw new CliError(CORE_MESSAGES['config.invalid'], { file: displayPath(cwd, path), ...outcome.problem });
  return { ...outcome.config, folder: dirname(path) };
}
