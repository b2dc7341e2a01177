import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

/**
 * The folder cs-policy is installed in, found from this module upwards: the module is dist/cli.cjs
 * when built and src/io/package-root.ts under the tests, and the package may sit anywhere in
 * node_modules.
 */
export function packageRoot(): string {
  if (cached) return cached;
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'cs-policy') return (cached = dir);
    if (dirname(dir) === dir) throw new Error('cs-policy could not find its own package folder');
  }
}
