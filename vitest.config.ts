import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

export default defineConfig({
  define: { __CS_POLICY_VERSION__: JSON.stringify(version) },
  test: {
    include: ['test/**/*.test.ts'],
    // Tests that need Chromium or tmux run with `npm run test:system`.
    exclude: ['test/system/**', 'node_modules/**'],
    testTimeout: 30_000,
  },
});
