import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
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
