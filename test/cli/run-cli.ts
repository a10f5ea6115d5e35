import { main } from '../../src/cli/main.js'

/** Run the CLI in-process from `cwd`, collecting what it prints and its exit code. */
export async function runCli(argv: string[], cwd: string, signal?: AbortSignal) {
  let stdout = ''
  let stderr = ''
  const code = await main(argv, {
    stdout: (text) => {
      stdout += text
    },
    stderr: (text) => {
      stderr += text
    },
    interactive: false,
    cwd,
    signal,
  })
  return { code, stdout, stderr }
}
