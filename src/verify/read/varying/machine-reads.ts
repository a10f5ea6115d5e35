import { sizeCall } from './object-sizes.js'
import { withoutStrings } from './random-draws.js'

/** A value of the machine or the session a program prints, which differs from the author's. */
export type MachineRead =
  | 'process id'
  | 'time zone'
  | 'shell flags'
  | 'user name'
  | 'host name'
  | 'script name'
  | 'object size'
  | 'path separator'

/**
 * Where a command starts in shell code: a line's start, after `;`, `|`, `&`,
 * `(`, `$(` or a backquote.
 */
const commandStart = `(?:^|[;|&(${'`'}]\\s*|\\$\\(\\s*)`

/** Code printing a process id: `$$`, `$PPID`, `$BASHPID`, `$!`, `ps`, `pgrep`, `os.getpid()`, `process.pid`. */
const processId = new RegExp(
  String.raw`\$(?:\$|\{\$\}|\{?(?:PPID|BASHPID)\b\}?|!|\{!\})|${commandStart}(?:ps|pgrep|pidof)\b|\bos\.getp?pid\s*\(|\bprocess\.p?pid\b`,
  'mu',
)

/**
 * Code showing a given moment in the local time zone: `date -d @1602342382`,
 * `date -r file`, `date --date=...`, Python's `datetime.fromtimestamp(n)`,
 * `time.localtime(n)`, `time.ctime(n)`, or reading a local time back into
 * seconds since the epoch, `time.mktime(t)`. The author's zone is not this machine's.
 */
const localTime = new RegExp(
  String.raw`${commandStart}date\s[^\n;|&]*(?:-d|--date|-r|--reference)\b|\b(?:fromtimestamp|localtime|ctime|mktime)\s*\(\s*[^)\s]|\.astimezone\s*\(\s*\)`,
  'mu',
)

/** Shell code printing the shell's option flags, `$-` (`hB` in bash, nothing in dash). */
const shellFlags = /\$(?:-|\{-\})/u

/** Code printing the user's name: `whoami`, `$USER`, `id -un`, `getpass.getuser()`, `os.getlogin()`. */
const userName = new RegExp(
  String.raw`${commandStart}(?:whoami|logname|id\s+-un)\b|\$\{?(?:USER|LOGNAME)\b|\bgetpass\.getuser\s*\(|\bos\.getlogin\s*\(`,
  'mu',
)

/** Code printing the host's name: `hostname`, `uname -n`, `$HOSTNAME`, `socket.gethostname()`, `platform.node()`. */
const hostName = new RegExp(
  String.raw`${commandStart}(?:hostname|uname\s+-[a-z]*[an])\b|\$\{?HOSTNAME\b|\bsocket\.gethostname\s*\(|\bplatform\.node\s*\(|\bos\.uname\s*\(`,
  'mu',
)

/**
 * Code printing the name or path the program was run by: the shell's `$0`
 * (`./script.sh`, or `-bash` typed at a prompt), Python's `sys.argv[0]` and
 * `__file__`, Node's `process.argv[1]` and `__filename`. The author saved
 * and ran it under a name of their own.
 */
const scriptName =
  /(?<!\\)\$(?:0(?!\d)|\{0\})|\bsys\.argv\s*\[\s*0\s*\]|\b__file__\b|\bprocess\.argv\s*\[\s*1\s*\]|\b__filename\b/u

/**
 * Code building a path of the file system, whose separator is the system's:
 * Python's `os.path.join(...)` (`usr\\bin\\spam` on Windows), `os.sep`,
 * `Path(...)`, Node's `path.join(...)`, `path.resolve(...)`, `path.sep`.
 */
const pathBuild =
  /\bos\.path\.(?:join|normpath|abspath|relpath|dirname|split)\s*\(|\bos\.sep\b|\b(?:Pure)?(?:Windows)?Path\s*\(|\bpath\.(?:join|resolve|normalize|relative|dirname|sep)\b/u

/** The machine values a program prints, and the code lines printing each. */
export interface MachineReads {
  /** The kinds of value, each with the words of the code lines that read one (`echo "pid: $$"`: `pid`). */
  lines: ReadonlyMap<MachineRead, ReadonlyArray<ReadonlySet<string>>>
  /** Whether it lists processes (`ps`): each row's ids vary. */
  listsProcesses: boolean
}

const readers: ReadonlyArray<[MachineRead, RegExp]> = [
  ['process id', processId],
  ['time zone', localTime],
  ['shell flags', shellFlags],
  ['user name', userName],
  ['host name', hostName],
  ['script name', scriptName],
  // The bytes `sys.getsizeof(x)` counts: the Python build's, not the code's.
  ['object size', sizeCall],
  ['path separator', pathBuild],
]

/** Words of a code line that print and show nothing themselves: `echo`, `printf "%s\\n"`, `console.log`. */
const codeWords = new Set([
  'echo',
  'printf',
  'print',
  'console',
  'log',
  's',
  'n',
  'd',
  'f',
  'sep',
  'end',
])

/** The words of a code line, but for those that print or read (`echo "pid: $$"`: `pid`). */
export function lineWords(line: string): Set<string> {
  return new Set((line.match(/[\p{L}\p{N}_]+/gu) ?? []).filter((word) => !codeWords.has(word)))
}

/**
 * The machine values a program prints, read from its code (and the files it
 * runs), with the code lines that print them: a line of its output differing
 * from the author's only in such a value, with no word the printing line does
 * not have, is the author's machine, not a fault (see
 * compare/varying/printed-machine-values.ts). `undefined` when it prints none.
 */
export function machineReads(code: string): MachineReads | undefined {
  const lines = new Map<MachineRead, Set<string>[]>()
  for (const line of code.split('\n')) {
    const bare = withoutStrings(line)
    for (const [kind, pattern] of readers) {
      const reads = kind === 'time zone' ? pattern.test(bare) : pattern.test(line)
      if (!reads) continue
      // The words around what reads the value: `pid` in `echo "pid: $$"`, none in `print(os.getpid())`.
      const rest = line.replace(new RegExp(pattern.source, 'gmu'), ' ')
      lines.set(kind, [...(lines.get(kind) ?? []), lineWords(rest)])
    }
  }
  const listsProcesses = new RegExp(`${commandStart}(?:ps|pgrep|pidof)\\b`, 'mu').test(code)
  return lines.size > 0 ? { lines, listsProcesses } : undefined
}
