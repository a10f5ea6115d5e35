import { spawn } from 'node:child_process'
import {
  accessSync,
  constants as fsConstants,
  openSync,
  readdirSync,
  readFileSync,
  statSync,
} from 'node:fs'
import { type FileHandle, mkdtemp, open, rm } from 'node:fs/promises'
import { constants, tmpdir } from 'node:os'
import path from 'node:path'
import type { Command } from '../runners.js'
import { currentSandbox, type SandboxSettings, sandboxCommand } from './sandbox.js'

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
  /** The resource limit the run exceeded, in words (`exceeded the memory limit of 1024 MiB`), if it failed on one. */
  exceededLimit?: string | undefined
}

/** Limits and place of a run. */
export interface RunOptions {
  /** Working folder, also the sample's `HOME`, and its `TMPDIR` outside a sandbox. */
  cwd: string
  timeoutMs: number
  /** Bytes of output kept; more stops the process. */
  outputCap: number
  /** Capture stdout only (stderr is discarded). */
  stdoutOnly?: boolean | undefined
  /** Aborting kills the process group at once. */
  signal?: AbortSignal | undefined
  /** Sandbox and limits; by default those of the job being run (`withSandbox`). */
  sandbox?: SandboxSettings | undefined
  /** Executables to run for command names, found before (`python3`: the interpreter behind a launcher). */
  executables?: ReadonlyMap<string, string> | undefined
  /** Variables the post sets in its sentences for the sample, added to its environment (never over one it has). */
  variables?: Readonly<Record<string, string>> | undefined
}

/** How often the output file is measured against the cap. */
const capCheckMs = 20

/**
 * Run `command` as untrusted code: in a sandbox where one can be made (see
 * `sandboxCommand`: its own namespaces, a read-only file system but for its
 * folder, no network unless allowed, resource limits), in a process group
 * of its own, with stdin closed, an allow-listed environment, a timeout and
 * an output cap. The whole group is killed when the process ends, times
 * out, prints too much or the run is aborted; in the sandbox, every process
 * of the sample dies with it (`setsid` or not) and with postdeck.
 *
 * Note: stdout and stderr go to one file, not a pipe, so their lines keep
 * the order a terminal shows and a program that never yields to its event
 * loop (node's writes to a full pipe queue in memory) still reaches the cap,
 * which is checked every few milliseconds.
 */
export async function runProcess(command: Command, options: RunOptions): Promise<RunResult> {
  const started = performance.now()
  const settings = options.sandbox ?? currentSandbox()
  const environment = { ...options.variables, ...sampleEnvironment(options.cwd) }
  const notStarted = (startError: string): RunResult => ({
    exitCode: null,
    signal: null,
    output: '',
    timedOut: false,
    truncated: false,
    durationMs: performance.now() - started,
    startError,
    exceededLimit: undefined,
  })
  const executable =
    options.executables?.get(command.command) ??
    findCommand(command.command, environment.PATH ?? '')
  if (!executable) return notStarted('ENOENT')
  for (let attempt = 1; ; attempt++) {
    let spawned: Awaited<ReturnType<typeof sandboxCommand>>
    try {
      spawned = await sandboxCommand(
        { command: executable, args: command.args },
        options.cwd,
        settings,
        options.timeoutMs / 1000,
      )
    } catch (error) {
      return notStarted(error instanceof Error ? error.message : String(error))
    }
    // In a sandbox `/tmp` is the sample's own, so temporary files are named as on any machine.
    if (spawned.sandboxed) environment.TMPDIR = '/tmp'
    const result = await runSpawned(spawned, options, environment, settings)
    if (attempt < 2 && spawned.sandboxed && isSandboxSetupFailure(result)) continue
    return { ...result, durationMs: performance.now() - started }
  }
}

/**
 * Whether the sandbox failed to set up, before the sample started: a
 * socket of the host that it covers went away between being listed and
 * being covered (bubblewrap then cannot make the place to cover). Worth
 * one more try with the sockets listed again.
 *
 * Note: a sample printing the same line only makes itself run twice.
 */
function isSandboxSetupFailure(result: RunResult): boolean {
  return result.exitCode === 1 && /^bwrap: Can't [^\n]*\n?$/.test(result.output)
}

/** Run a started command to its end, with its output read back from a file. */
async function runSpawned(
  spawned: Command,
  options: RunOptions,
  environment: NodeJS.ProcessEnv,
  settings: SandboxSettings,
): Promise<RunResult> {
  const started = performance.now()
  const outputFolder = await mkdtemp(path.join(tmpdir(), 'postdeck-output-'))
  const output = await open(path.join(outputFolder, 'output'), 'w+')
  try {
    const run = await watch(spawned, output, options, environment)
    const size = (await output.stat()).size
    const truncated = run.truncated || size > options.outputCap
    const buffer = Buffer.alloc(Math.min(size, options.outputCap))
    await output.read(buffer, 0, buffer.length, 0)
    // Output cut at the cap may end inside a character: its first bytes are left out, not shown as `�`.
    const text = truncated
      ? new TextDecoder('utf-8', { ignoreBOM: true }).decode(buffer, { stream: true })
      : buffer.toString('utf8')
    return {
      ...run,
      output: text,
      truncated,
      durationMs: performance.now() - started,
      startError: undefined,
      exceededLimit: run.timedOut || truncated ? undefined : exceededLimit(run, text, settings),
    }
  } finally {
    await output.close()
    await rm(outputFolder, { recursive: true, force: true })
  }
}

type Watched = Pick<RunResult, 'exitCode' | 'signal' | 'timedOut' | 'truncated'>

/** Start the process with its output going to `output`, and stop it at a limit. */
function watch(
  command: Command,
  output: FileHandle,
  options: RunOptions,
  environment: NodeJS.ProcessEnv,
): Promise<Watched> {
  return new Promise((resolve) => {
    let truncated = false
    let timedOut = false
    let settled = false
    const stdio: (number | 'ignore')[] = [
      'ignore',
      output.fd,
      options.stdoutOnly ? 'ignore' : output.fd,
    ]
    // Note: a descriptor postdeck inherited without close-on-exec (a CI runner's pipe) would pass on
    // to the sample; it gets /dev/null in its place.
    for (const fd of inheritedDescriptors()) stdio[fd] = nullDevice()
    const child = spawn(command.command, command.args, {
      cwd: options.cwd,
      env: environment,
      stdio: Array.from(stdio, (entry) => entry ?? 'ignore'),
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
    const finish = (exit: Pick<Watched, 'exitCode' | 'signal'>) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      clearInterval(capTimer)
      // Background children of the sample die with its group.
      killGroup()
      options.signal?.removeEventListener('abort', killGroup)
      resolve({ ...exit, timedOut, truncated })
    }
    const timer = setTimeout(() => {
      timedOut = true
      killGroup()
    }, options.timeoutMs)
    const capTimer = setInterval(() => {
      output.stat().then(
        (stats) => {
          if (stats.size <= options.outputCap || settled) return
          truncated = true
          killGroup()
        },
        () => {},
      )
    }, capCheckMs)
    options.signal?.addEventListener('abort', killGroup, { once: true })
    if (options.signal?.aborted) killGroup()
    child.on('error', () => finish({ exitCode: null, signal: null }))
    child.on('exit', (code, signal) => finish({ exitCode: code, signal }))
  })
}

const closeOnExec = 0o2000000

/**
 * Descriptors above stderr that postdeck's process holds without
 * close-on-exec (so a child would inherit them), read from
 * `/proc/self/fdinfo`; none where there is no such folder.
 */
function inheritedDescriptors(): number[] {
  let entries: string[]
  try {
    entries = readdirSync('/proc/self/fdinfo')
  } catch {
    return []
  }
  return entries.map(Number).filter((fd) => {
    if (!(fd > 2)) return false
    try {
      const flags = /^flags:\s*([0-7]+)/m.exec(readFileSync(`/proc/self/fdinfo/${fd}`, 'utf8'))
      return flags?.[1] !== undefined && (Number.parseInt(flags[1], 8) & closeOnExec) === 0
    } catch {
      return false
    }
  })
}

let devNull: number | undefined

/** A descriptor of `/dev/null`, opened once (with close-on-exec, as node opens files). */
function nullDevice(): number {
  devNull ??= openSync('/dev/null', 'r+')
  return devNull
}

/** What the limits did to a run that failed, in words, if the run shows it hit one. */
function exceededLimit(
  run: Watched,
  output: string,
  { limits }: SandboxSettings,
): string | undefined {
  if (run.exitCode === 0) return undefined
  const signal = run.signal ?? signalOfExit(run.exitCode)
  if (signal === 'SIGXFSZ' || /\bFile too large\b/.test(output)) {
    return `wrote a file larger than the limit of ${limits.fileSizeMiB} MiB`
  }
  if (/No space left on device|\bENOSPC\b/.test(output)) {
    return `wrote more than the limit of ${limits.fileSizeMiB} MiB to a folder`
  }
  if (signal === 'SIGXCPU') return `used more CPU time than the limit of ${limits.cpuSeconds} s`
  if (
    /\bMemoryError\b|std::bad_alloc|out of memory|Cannot allocate memory|allocation failed|cannot allocate \d+ bytes/i.test(
      output,
    )
  ) {
    return `exceeded the memory limit of ${limits.memoryMiB} MiB`
  }
  if (
    /Resource temporarily unavailable|Cannot fork|fork: retry|BlockingIOError|EAGAIN/.test(output)
  ) {
    return `exceeded the limit of ${limits.processes} processes`
  }
  return undefined
}

/** The signal a shell-style exit code (128 + N) stands for. */
function signalOfExit(code: number | null): NodeJS.Signals | undefined {
  if (code === null || code <= 128) return undefined
  const entry = Object.entries(constants.signals).find(([, number]) => number === code - 128)
  return entry?.[0] as NodeJS.Signals | undefined
}

/** The file `name` runs, found on `searchPath` as a shell would; `undefined` when there is none. */
export function findCommand(name: string, searchPath: string): string | undefined {
  const candidates = name.includes('/')
    ? [name]
    : searchPath
        .split(path.delimiter)
        .filter(Boolean)
        .map((folder) => path.join(folder, name))
  return candidates.find((candidate) => {
    try {
      accessSync(candidate, fsConstants.X_OK)
      return statSync(candidate).isFile()
    } catch {
      return false
    }
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
  // The reader's login shell, which `$SHELL` names in the terminal they type into: bash, where
  // there is one (`echo $SHELL` shows `/bin/bash`), not the shell bash guesses with none set.
  const bash = findCommand('bash', '/bin') ?? findCommand('bash', environment.PATH ?? '')
  if (bash) environment.SHELL = bash
  return environment
}
