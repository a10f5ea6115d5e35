import { defineConfig } from 'vitest/config'

// Browser tests: they need Chromium (`apt-get install chromium`), see README.
export default defineConfig({
  test: {
    globalSetup: ['test/setup/temp-folder.ts', 'test/setup/cache-home.ts', 'test/e2e/pack.ts'],
    include: ['test/e2e/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
})
