import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { CliError } from '../errors.js';

/**
 * Writes a whole file or nothing: the content goes to a temporary file beside the target, is flushed
 * to disk, then renamed over it. An interrupted write leaves the old file as it was.
 */
export async function writeFileAtomic(path: string, content: string | Uint8Array, shown: string = path): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.cs-policy-${randomBytes(4).toString('hex')}.tmp`);
  try {
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(content);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new CliError('io.writeFailed', { file: shown, reason });
  }
}

/**
 * Creates a folder and its missing parents, one level at a time. Node's own recursive mkdir loops
 * forever under a parent that refuses new entries (such as /proc on Linux), so it is not used.
 */
export async function ensureDir(path: string, shown: string = path): Promise<void> {
  const missing: string[] = [];
  for (let dir = resolve(path); ; dir = dirname(dir)) {
    try {
      await mkdir(dir);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') break;
      if (code === 'ENOENT' && dirname(dir) !== dir) {
        missing.push(dir);
        continue;
      }
      throw new CliError('io.writeFailed', { file: shown, reason: code ?? String(error) });
    }
    break;
  }
  // The loop stopped at a level that exists or was just made; make the ones below it, top down.
  for (const dir of missing.reverse()) {
    try {
      await mkdir(dir);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'EEXIST') throw new CliError('io.writeFailed', { file: shown, reason: code ?? String(error) });
    }
  }
}
