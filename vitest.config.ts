import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit and DOM tests live beside the code (`foo.ts` + `foo.test.ts`); real-browser tests in
// tests/e2e/ run through vitest.e2e.config.ts after a build.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['**/*.test.{ts,tsx}'],
    exclude: ['node_modules/**', 'tests/e2e/**', '.output/**'],
  },
});
