import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

/** Tests that open briefings in a real headless Chromium (Debian's, at /usr/bin/chromium). */
export default defineConfig({
  define: { __CS_POLICY_VERSION__: JSON.stringify(version) },
  test: { include: ['test/browser/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 60_000 },
});
