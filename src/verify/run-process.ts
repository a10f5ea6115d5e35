import { spawn } from 'node:child_process'
import type { Command } from './runners.js'

/** What running a sample gave, whatever happened: failures are data, not exceptions. */
export interface RunResult {
  /** Exit code, or `null` when killed by a signal or never started. */
  exitCode: number | null
  signal: NodeJS.Signals | null
  /** stdout and stderr as a terminal shows them (stdout only with `stdoutOnly`), up to the cap. */
  output: string
  timedOut: boolean
  /** The output passed the cap and the process was stopped. */
  truncated: boolean
  durationMs: number
  /** Why the process could not start (`ENOENT` for a missing interpreter), or `undefined` if it started. */
  startError: string | undefined
}

/** Limits and place of a run. */
export interface RunOptions {
  /** Working folder, also the sample's `HOME` and `TMPDIR`. */
  cwd: string
  timeoutMs: number
  /** Bytes of output kept; more stops the process. */
  outputCap: number
  /** Capture stdout only (stderr is discarded). */
  stdoutOnly?: boolean | undefined
  /** Aborting kills the process group at once. */
  signal?: AbortSignal | undefined
}

/** Time left for the pipes to drain once the process group is gone. */
const drainMs = 2000

/**
 * Run `command` as untrusted code: in a process group of its own, with stdin
 * closed, an allow-listed environment, a timeout and an output cap. The whole
 * group is killed when the process ends, times out, prints too much or the
 * run is aborted, so no background child in it outlives it. A child that
 * leaves the group (`setsid`) escapes the kill; the pipe it holds open is
 * abandoned after two seconds rather than waited for.
 *
 * Note: stdout and stderr share one pipe (`2>&1` through `/bin/sh`), so their
 * lines keep the order a terminal shows.
 */
export function runProcess(command: Command, options: RunOptions): Promise<RunResult> {
  const started = performance.now()
  const [file, args] = options.stdoutOnly
    ? [command.command, command.args]
    : ['/bin/sh', ['-c', 'exec "$@" 2>&1', 'sh', command.command, ...command.args]]

  return new Promise((resolve) => {
    const chunks: Buffer[] = []
    let size = 0
    let truncated = false
    let timedOut = false
    let settled = false
    let exit: { code: number | null; signal: NodeJS.Signals | null } | undefined

    const child = spawn(file, args, {
      cwd: options.cwd,
      env: sampleEnvironment(options.cwd),
      stdio: ['ignore', 'pipe', 'ignore'],
      detached: true,
      windowsHide: true,
    })

    const killGroup = () => {
      if (child.pid === undefined) return
      try {
        process.kill(-child.pid, 'SIGKILL')
      } catch {
        // The group is already gone.
      }
    }
    const finish = (startError?: string) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      clearTimeout(drainTimer)
      killGroup()
      child.stdout?.destroy()
      options.signal?.removeEventListener('abort', killGroup)
      resolve({
        exitCode: exit?.code ?? null,
        signal: exit?.signal ?? null,
        output: Buffer.concat(chunks).toString('utf8'),
        timedOut,
        truncated,
        durationMs: performance.now() - started,
        startError,
      })
    }

    const timer = setTimeout(() => {
      timedOut = true
      killGroup()
    }, options.timeoutMs)
    let drainTimer: NodeJS.Timeout | undefined
    options.signal?.addEventListener('abort', killGroup, { once: true })
    if (options.signal?.aborted) killGroup()

    child.stdout?.on('data', (chunk: Buffer) => {
      if (truncated) return
      const room = options.outputCap - size
      if (chunk.length > room) {
        chunks.push(chunk.subarray(0, room))
        size = options.outputCap
        truncated = true
        killGroup()
        return
      }
      chunks.push(chunk)
      size += chunk.length
    })
    child.on('error', (error: NodeJS.ErrnoException) => finish(error.code ?? error.message))
    child.on('exit', (code, signal) => {
      exit = { code, signal }
      clearTimeout(timer)
      // Background children of the sample die with its group; the pipe then closes.
      killGroup()
      drainTimer = setTimeout(() => finish(), drainMs)
    })
    child.on('close', () => finish())
  })
}

/** Variables a sample may see from the tool's environment: where interpreters are, nothing secret. */
const inherited = ['PATH', 'PYENV_ROOT', 'PYENV_VERSION', 'VIRTUAL_ENV', 'SYSTEMROOT']

/** The environment of a sample: an allow-list, never the tool's own, with UTF-8 and unbuffered output. */
export function sampleEnvironment(home: string): NodeJS.ProcessEnv {
  const environment: NodeJS.ProcessEnv = {
    HOME: home,
    TMPDIR: home,
    LANG: 'C.UTF-8',
    LC_ALL: 'C.UTF-8',
    PYTHONUTF8: '1',
    PYTHONIOENCODING: 'utf-8',
    PYTHONUNBUFFERED: '1',
    PYTHONDONTWRITEBYTECODE: '1',
    PYTHONHASHSEED: '0',
    NO_COLOR: '1',
    TERM: 'dumb',
  }
  for (const name of inherited) {
    const value = process.env[name]
    if (value !== undefined) environment[name] = value
  }
  return environment
}
