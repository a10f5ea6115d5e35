/** The languages postdeck runs, by runner id: part of the cache key. */
export type RunnerId = 'python' | 'javascript' | 'typescript' | 'bash' | 'sh' | 'zsh' | 'dash'

const shellIds: ReadonlySet<RunnerId> = new Set(['bash', 'sh', 'zsh', 'dash'])

/** Whether a runner is a shell's (bash, sh, zsh, dash): one family for the state samples share. */
export function isShellRunner(runner: { id: RunnerId } | undefined): boolean {
  return runner !== undefined && shellIds.has(runner.id)
}
