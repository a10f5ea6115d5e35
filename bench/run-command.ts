/** Run a command to its end as a child process, timing it and failing on a non-zero exit. */
import { spawn } from 'node:child_process'

/** Where and with what environment the command runs. */
export interface RunOptions {
  cwd?: string
  env?: NodeJS.ProcessEnv
}

/** What a finished command gave back: its wall time (ms, spawn to exit) and its output. */
export interface CommandResult {
  ms: number
  stdout: string
  stderr: string
}

/** Run `command` to its end; rejects with its status and output unless it exits with 0. */
export function runCommand(
  command: string,
  args: readonly string[],
  options: RunOptions = {},
): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    const started = performance.now()
    let ended = started
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk
    })
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk
    })
    child.on('exit', () => {
      ended = performance.now()
    })
    child.on('error', reject)
    child.on('close', (code, signal) => {
      if (code === 0) {
        resolve({ ms: ended - started, stdout, stderr })
        return
      }
      const status = signal === null ? `exit code ${code}` : `signal ${signal}`
      const output = [stderr.trim().slice(-2000), stdout.trim().slice(-2000)]
        .filter(Boolean)
        .join('\n')
      reject(new Error(`${command} ${args.join(' ')} failed (${status})\n${output}`))
    })
  })
}
