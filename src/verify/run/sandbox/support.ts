import { execFile, spawnSync } from 'node:child_process'
import { isRoot, setpriv, tools } from './host-tools.js'
import { namespaceArgs } from './namespaces.js'

/** Whether a sandbox can be made here; when not, why. */
export type SandboxSupport = { available: true } | { available: false; reason: string }

let support: SandboxSupport | undefined

/**
 * Whether bubblewrap can make a sandbox on this machine, tried once with a
 * command that does nothing. Run as root, the sample also changes to a user
 * of its own (`setpriv`), the only way the kernel counts its processes.
 * `probeSandbox` finds the same without blocking.
 */
export function sandboxSupport(): SandboxSupport {
  if (support) return support
  const missing = missingTools()
  if (missing) {
    support = missing
  } else {
    const probe = spawnSync(tools.bwrap ?? 'bwrap', probeArgs(), {
      encoding: 'utf8',
      timeout: 5000,
    })
    support = probed(probe.status === 0, probe.stderr || probe.error?.message)
  }
  return support
}

let probing: Promise<SandboxSupport> | undefined

/**
 * `sandboxSupport` without blocking the event loop, so that it can run while
 * posts are read; samples wait for it.
 */
export function probeSandbox(): Promise<SandboxSupport> {
  if (support) return Promise.resolve(support)
  probing ??= new Promise((resolve) => {
    const settle = (found: SandboxSupport) => {
      support ??= found
      resolve(support)
    }
    const missing = missingTools()
    if (missing) return settle(missing)
    execFile(
      tools.bwrap ?? 'bwrap',
      probeArgs(),
      { encoding: 'utf8', timeout: 5000 },
      (error, _stdout, stderr) => settle(probed(!error, stderr || error?.message)),
    )
  })
  return probing
}

/** Why no sandbox can be made before trying one, if a tool is missing. */
function missingTools(): SandboxSupport | undefined {
  if (process.platform !== 'linux') {
    return { available: false, reason: `no sandbox exists for ${process.platform}` }
  }
  if (!tools.bwrap) return { available: false, reason: 'bubblewrap (`bwrap`) is not installed' }
  if (!tools.prlimit || (isRoot && !setpriv)) {
    return { available: false, reason: '`prlimit` or `setpriv` (util-linux) is not installed' }
  }
  return undefined
}

/** A sandbox that does nothing: what the probe runs. */
function probeArgs(): string[] {
  return [...namespaceArgs(false), '--ro-bind', '/', '/', 'true']
}

function probed(ok: boolean, error: string | undefined): SandboxSupport {
  return ok
    ? { available: true }
    : {
        available: false,
        reason: `bubblewrap cannot make a sandbox here (${(error || 'no reason given').trim()})`,
      }
}
