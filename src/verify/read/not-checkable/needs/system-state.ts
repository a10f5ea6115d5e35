import { isShellRunner } from '../../../runner-id.js'
import type { Sample } from '../../remark-extract-samples.js'

/**
 * Commands whose output describes the machine they run on rather than the
 * code: who is logged in, what runs, since when, how full the disks are, the
 * system calls a program makes there (`strace`, `ltrace`, `dtruss`: its
 * libc, paths and addresses), and its network: the interfaces, namespaces,
 * routes, bridges, firewall rules and open ports that `ip`, `bridge`,
 * `route`, `arp`, `iptables` and `nmap` show or change (as root, at a `#`
 * prompt, on the author's machine).
 */
const stateCommands = [
  'w',
  'who',
  'users',
  'last',
  'uptime',
  'ps',
  'pstree',
  'pgrep',
  'top',
  'htop',
  'df',
  'free',
  'vmstat',
  'iostat',
  'lsof',
  'netstat',
  'ss',
  'ifconfig',
  'tty',
  'strace',
  'ltrace',
  'dtruss',
  'ip',
  'bridge',
  'route',
  'arp',
  'iptables',
  'nmap',
]

/** A command name where a command starts: at a line's start, after `|`, `;`, `&&`, `(`, `$(` or `sudo`. */
const commandStart = String.raw`(?:^|[|;&(]|\$\()\s*(?:sudo\s+)?`

/** A check of whether output goes to a terminal: `process.stdout.isTTY`, `sys.stdout.isatty()`, `[ -t 1 ]`. */
const terminalCheck = /\bisTTY\b|\.isatty\s*\(|\[\[?\s+-t\s+\d|\btest\s+-t\s+\d/u

/** A glob over a folder of the home folder: `~/Downloads/*`, `"$HOME"/Pictures/*.jpg`. */
const homeGlob = /(?:~|"?\$(?:HOME|\{HOME\})"?)\/[^\s'"|;&]*[*?[][^\s'"|;&]*/u

/**
 * What of the author's machine a sample that failed shows, decided by its
 * command rather than its output: a command reporting the machine's state
 * (`w`, `ps -x`, `uptime`, `df -h`), a check of whether output is a
 * terminal (here it never is), or a glob over the author's home folder
 * (`count ~/Downloads/*`). A function of the sample's own under such a name
 * is its code, not the machine.
 */
export function systemStateNeed(sample: Sample): string | undefined {
  const code = sample.code
  if (terminalCheck.test(code)) {
    return "needs the author's machine: it checks for a terminal, which a run here has not"
  }
  if (!isShellRunner(sample.runner)) return undefined
  for (const name of stateCommands) {
    const command = new RegExp(`${commandStart}${name}(?=\\s|$)`, 'mu')
    const ownFunction = new RegExp(`(?:^|\\s)(?:function\\s+)?${name}\\s*\\(\\)`, 'mu')
    if (command.test(code) && !ownFunction.test(code)) {
      return `needs the author's machine: \`${name}\` describes its state`
    }
  }
  const glob = homeGlob.exec(code)?.[0]
  if (glob) return `needs the author's machine: the files \`${glob}\` finds in its home folder`
  return undefined
}
