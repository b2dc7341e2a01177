import { statSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * Whether two paths name the same file on disk (through links and case-insensitive file systems
 * alike), or the same path where either does not exist yet: an output must never be an input.
 */
export function sameFile(a: string, b: string): boolean {
  try {
    const [x, y] = [statSync(a), statSync(b)];
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return resolve(a) === resolve(b);
  }
}
