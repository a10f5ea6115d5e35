import { chown, readdir } from 'node:fs/promises'
import path from 'node:path'
import type { Command } from '../runners.js'
import { fileSystemArgs } from './sandbox/file-system.js'
import { isRoot, setpriv, tools } from './sandbox/host-tools.js'
import { limitArgs } from './sandbox/limits.js'
import { namespaceArgs } from './sandbox/namespaces.js'
import type { SandboxSettings } from './sandbox/settings.js'
import { probeSandbox } from './sandbox/support.js'

export {
  currentSandbox,
  defaultLimits,
  defaultSandboxSettings,
  type SampleLimits,
  type SandboxMode,
  type SandboxSettings,
  withSandbox,
} from './sandbox/settings.js'
export { probeSandbox, type SandboxSupport, sandboxSupport } from './sandbox/support.js'

/** How a sample process is started. */
export interface SandboxedCommand {
  command: string
  args: string[]
  /** The sample ran in a sandbox (else under resource limits only, or none). */
  sandboxed: boolean
}

/** Sample users, when postdeck runs as root: one per run, so each has its own process count. */
let nextUser = 0
const firstUser = 1_000_000 + (process.pid % 1000) * 1000

/**
 * The command that runs `command` in `folder` under `settings`: in a
 * bubblewrap sandbox when one can be made (and the mode allows), else under
 * resource limits alone (`prlimit`), else as it is. `stdoutOnly` runs
 * unchanged: output capture is the caller's. Throws when the mode is
 * `required` and no sandbox can be made.
 */
export async function sandboxCommand(
  command: Command,
  folder: string,
  settings: SandboxSettings,
  timeoutSeconds: number,
): Promise<SandboxedCommand> {
  const limits = limitArgs(settings.limits, timeoutSeconds)
  const supported = settings.mode === 'off' ? undefined : await probeSandbox()
  if (!supported?.available) {
    if (settings.mode === 'required') {
      throw new Error(`no sandbox: ${supported?.reason ?? 'off'}`)
    }
    if (!tools.prlimit) return { ...command, sandboxed: false }
    // Note: outside a sandbox the kernel counts all the user's processes, so no process limit.
    return {
      command: tools.prlimit,
      args: [
        ...limits.filter((arg) => !arg.startsWith('--nproc')),
        '--',
        command.command,
        ...command.args,
      ],
      sandboxed: false,
    }
  }
  const user = isRoot ? firstUser + (nextUser++ % 1000) : undefined
  if (user !== undefined) await handOver(folder, user)
  const dropUser =
    user === undefined || !setpriv
      ? []
      : [
          setpriv,
          `--reuid=${user}`,
          `--regid=${user}`,
          '--clear-groups',
          '--inh-caps=-all',
          '--bounding-set=-all',
          '--no-new-privs',
        ]
  return {
    command: tools.bwrap ?? 'bwrap',
    args: [
      ...namespaceArgs(settings.network),
      ...(await fileSystemArgs(folder, settings)),
      '--chdir',
      folder,
      '--',
      ...dropUser,
      tools.prlimit ?? 'prlimit',
      ...limits,
      '--',
      command.command,
      ...command.args,
    ],
    sandboxed: true,
  }
}

/** Give the sample's user its folder and what the caller put in it. */
async function handOver(folder: string, user: number): Promise<void> {
  await chown(folder, user, user)
  for (const entry of await readdir(folder)) await chown(path.join(folder, entry), user, user)
}
