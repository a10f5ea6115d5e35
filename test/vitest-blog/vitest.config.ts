import path from 'node:path'
import { defineConfig } from 'vitest/config'

// A blog's own Vitest set-up, with Vitest's default 5 s test timeout; `postdeck/vitest` is the one in this repository.
export default defineConfig({
  root: import.meta.dirname,
  resolve: {
    alias: { 'postdeck/vitest': path.join(import.meta.dirname, '..', '..', 'src', 'vitest.ts') },
  },
  test: { include: ['test/**/*.test.ts'] },
})
