import { defineConfig } from 'vitest/config';

// Real-browser tests: Debian's Chromium with the built extension (.output/chrome-mv3) loaded.
// One browser at a time: the machine has two cores and the tests measure real behaviour.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    globalSetup: ['tests/e2e/global-setup.ts'],
  },
});
