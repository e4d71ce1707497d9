import { defineConfig } from 'vitest/config';

// Browser tests: one Chromium per file, files one after another (a 2-core CI machine).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // Browser state settles at the pace of a loaded 2-core machine: polls wait up to 10 s, never a fixed sleep.
    expect: { poll: { timeout: 10_000 } },
  },
});
