import { flagValue, type OptionTable, type OptionValues, textValue } from './option-spec.js'
import type { PostsCommand } from './shared-options.js'
import { readThreads, threadsOption } from './threads-option.js'

/** `postdeck build`: a page and a deck for every post. */
export interface BuildCommand extends PostsCommand {
  name: 'build'
  outDir: string
  verify: boolean
  pdf: boolean
  /** Render every post, even those the build cache has unchanged. */
  force: boolean
  /** Threads that read and render posts; `undefined` lets the build decide. */
  threads: number | undefined
}

/** The options of `postdeck build` alone, in the order of the help. */
export const buildOptions = {
  out: {
    type: 'string',
    value: 'DIR',
    help: 'output folder, replaced whole on success (default: dist)',
  },
  verify: { type: 'boolean', flag: '--no-verify', help: 'do not run the code samples' },
  pdf: { type: 'boolean', help: 'also print each changed deck to slides.pdf (needs Chromium)' },
  force: {
    type: 'boolean',
    help: 'render every post, even those unchanged since the last build',
  },
  threads: threadsOption,
} as const satisfies OptionTable

/** `postdeck build` with the shared options `common`. */
export function readBuildCommand(common: PostsCommand, values: OptionValues): BuildCommand {
  const threads = readThreads(values)
  return {
    ...common,
    name: 'build',
    outDir: textValue(values, 'out') ?? 'dist',
    verify: flagValue(values, 'verify') ?? true,
    pdf: flagValue(values, 'pdf') ?? false,
    force: flagValue(values, 'force') ?? false,
    threads,
  }
}
