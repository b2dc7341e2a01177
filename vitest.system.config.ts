import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

/** Tests that need tools from the system: headless Chromium (Debian's chromium) and tmux. */
export default defineConfig({
  define: { __CS_POLICY_VERSION__: JSON.stringify(version) },
  test: {
    include: ['test/system/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // A real terminal and a real browser depend on timing; one retry keeps a slow moment from failing CI.
    retry: 1,
  },
});
