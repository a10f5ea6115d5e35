import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    globalSetup: ['test/setup/temp-folder.ts', 'test/setup/cache-home.ts'],
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'test/vitest-blog/**', 'node_modules/**'],
    testTimeout: 30_000,
  },
})
