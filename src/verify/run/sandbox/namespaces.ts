import { isRoot } from './host-tools.js'

/**
 * New namespaces for everything but the network (unless asked), a session of
 * its own (no terminal to write into), and death with postdeck.
 *
 * Note: as root, bubblewrap makes no user namespace: the sample then runs
 * as a user of its own, whose processes the kernel counts (it counts none
 * of root's).
 */
export function namespaceArgs(network: boolean): string[] {
  return [
    ...(isRoot ? [] : ['--unshare-user']),
    '--unshare-pid',
    '--unshare-ipc',
    '--unshare-uts',
    '--unshare-cgroup-try',
    ...(network ? [] : ['--unshare-net']),
    '--die-with-parent',
    '--new-session',
  ]
}
