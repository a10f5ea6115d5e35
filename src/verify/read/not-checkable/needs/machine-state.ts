import { isShellRunner } from '../../../runner-id.js'
import type { OutputPart } from '../../outputs/documented-output.js'
import type { Sample } from '../../remark-extract-samples.js'

/**
 * What of the author's machine a sample that failed read, judged from its
 * code and what the post shows it printed: a path of the author's home folder
 * the code does not name (`Path.cwd()`, `abspath('x')` shown as
 * `/home/ann/code/demo/x`), the files of a folder it lists or tests without
 * writing any (`glob('src/*.py')`, `Path('src').is_dir()`), or an environment
 * variable the shell does not set and the sample does not assign or unset (`echo "$HOST"`),
 * or the aliases its shell has (`alias` alone, where the sample sets none),
 * or, in a shell, its system logs (`grep -r x /var/log/`) and the entries of
 * its root folder (`ls / | wc -l`).
 * `undefined` when it read none of these, so a sample whose own files make its
 * output still fails when that output is wrong. In a shell sample of several
 * commands, each command whose documented output differs must have read one
 * (`differing`: the post lines that differ), as a command copied wrong beside
 * one printing `$EDITOR` is still wrong.
 */
export function machineStateNeed(
  sample: Sample,
  code: string,
  differing?: readonly number[],
): string | undefined {
  // In a shell session or a shell sample's value comments, the commands whose output differs:
  // each must read the author's machine, as others around them may (`echo "$EDITOR"`) while
  // one copied wrong fails (`echo $((2 ** 10))` / `1000`).
  const parts = differingCommands(sample, differing)
  if (!parts) return stateRead(sample, code, undefined, differing)
  const needs = parts.map((part) => stateRead(sample, code, part))
  return needs.every((need) => need !== undefined) ? needs[0] : undefined
}

/**
 * What of the author's machine `code`, or one command of its shell session, read; a call on a
 * `differing` line (of a `>>>` session's examples) named before the others.
 */
function stateRead(
  sample: Sample,
  code: string,
  part: OutputPart | undefined,
  differing?: readonly number[],
): string | undefined {
  // A traceback's `File "/Users/ann/x.py"` names where the author kept the file, not what the code read.
  const documented = (part?.lines ?? sample.expected?.lines ?? [])
    .filter((line) => !frameLine.test(line))
    .join('\n')
  const home = homePath.exec(documented)
  // A sample that names the home folder itself (`~/x`, `$HOME`) prints the reader's: the comparison
  // took the home folder as varying already, so what still differs is the sample's own.
  if (home && !code.includes(home[1] ?? '') && !namesHome.test(code)) {
    return `needs the author's machine: its path \`${home[0]}\``
  }
  const folderRead = folderReads[sample.runner.id] ?? anyFolderRead
  const lines = sample.code.split('\n')
  const atDiffering = (differing ?? [])
    .map((line) => lines[line - sample.line - 1] ?? '')
    .join('\n')
  const reads = (folderRead.exec(atDiffering) ?? folderRead.exec(code))?.[0]
  if (reads && !writesFiles.test(code)) {
    const call = reads.endsWith(')') ? reads : `${reads})`
    return `needs the author's machine: the files that \`${call}\` finds`
  }
  if (isShellRunner(sample.runner)) {
    const command = part
      ? sample.code
          .split('\n')
          .slice(part.from - 1, part.to)
          .join('\n')
      : code
    // `alias` alone lists the aliases of the author's shell (zsh's own `run-help=man`, the ones
    // the author's rc files set), unless the sample sets the ones it lists.
    if (aliasListing.test(command) && !/\balias\s+[\w.-]+=/u.test(code)) {
      return "needs the author's machine: the aliases its shell has"
    }
    const variable = unsetVariable(command, code)
    if (variable) return `needs the author's machine: its environment variable \`$${variable}\``
    // The logs its system wrote (`grep -r '10.0.0.1' /var/log/`), and the entries of its root
    // folder (`ls / | wc -l`): every machine has its own.
    if (systemLogs.test(command)) return "needs the author's machine: its system logs in `/var/log`"
    if (rootListing.test(command))
      return "needs the author's machine: the entries of its root folder"
  }
  return undefined
}

/** A path into the system's logs: `/var/log/`, `/var/log/syslog`, `/var/log/*`. */
const systemLogs = /(?<![\w.~-])\/var\/log(?:\/|\b)/u

/** `ls /`, options and all: the listing of the machine's root folder. */
const rootListing = /(?:^|[;&|(`]\s*|\$\(\s*)ls(?:\s+-[\w-]+)*\s+\/(?=\s*(?:$|[|;&)`]))/mu

/** `alias` alone on its command (after a `$ ` or `% ` prompt): the listing of the shell's aliases. */
const aliasListing = /(?:^|[;&|]|\$\()\s*(?:[$%❯➜]\s+)?alias\s*(?:$|[;&|)])/mu

/** Code naming the user's home folder: `~/x`, `cd ~`, `$HOME`, `expanduser(...)`, `Path.home()`, `os.homedir()`. */
const namesHome =
  /(?<![\w~])~(?=\/|\s|$)|\$\{?HOME\b|\bexpanduser\s*\(|\bPath\.home\s*\(|\bhomedir\s*\(/

/** A frame of a traceback: `  File "/Users/ann/x.py", line 4`. */
const frameLine = /^\s*File "[^"]+", line \d+/

/** A path in a home folder (`/home/ann/code`, `/Users/ann`), capturing the home folder. */
const homePath = /(?<![\w/.~-])(\/(?:home|Users)\/[\w.-]+)(?:\/[\w.-]+)*/

/**
 * Calls that list or test files on disk, by language: Python's `glob(`, `.rglob(`,
 * `os.listdir(`, `.is_dir()`, `os.path.exists('setup.py')`; Node's `fs.readdirSync(`. A JavaScript method of
 * the sample's own named like Python's (`walker.walk()`) reads no folder.
 */
const folderReads: Record<string, RegExp> = {
  python:
    /\b(?:glob|iglob|rglob|listdir|scandir|walk|iterdir|isdir|isfile|is_dir|is_file|exists|lexists|getsize|stat)\s*\(\s*(?:['"][^'"\n]*['"]|\))/,
  javascript:
    /\b(?:readdirSync|readdir|statSync|stat|globSync|glob)\s*\(\s*(?:['"][^'"\n]*['"]|\))/,
}
folderReads.typescript = folderReads.javascript as RegExp
/** Either language's, for a shell sample running one of them (`python3 -c "..."`). */
const anyFolderRead =
  /\b(?:glob|iglob|rglob|listdir|scandir|walk|iterdir|readdirSync|readdir|isdir|isfile|is_dir|is_file|statSync|stat)\s*\(\s*(?:['"][^'"\n]*['"]|\))/

/** Code that writes files, after which what it lists may be its own. */
const writesFiles =
  /\bopen\s*\([^)\n]*,\s*['"][^'"]*[wax]|\bwrite_(?:text|bytes)\s*\(|\btouch\s*\(|\bwriteFileSync\s*\(|\bwriteFile\s*\(|\bcopy(?:file)?\s*\(|\bmkstemp\b/

/**
 * Variables bash or the sandbox sets itself, whose value is the run's own.
 * Not `SHELL`, which bash sets to the account's login shell: the author's
 * (`/bin/zsh`), not the run's.
 */
const shellSet = new Set(
  `BASH BASHOPTS BASHPID BASH_ARGC BASH_ARGV BASH_COMMAND BASH_LINENO BASH_SOURCE BASH_SUBSHELL BASH_VERSINFO
BASH_VERSION BASH_REMATCH COLUMNS DIRSTACK EPOCHREALTIME EPOCHSECONDS EUID FUNCNAME GROUPS HISTCMD HOME HOSTNAME
HOSTTYPE IFS LANG LC_ALL LINENO LINES MACHTYPE OLDPWD OPTARG OPTERR OPTIND OSTYPE PATH PIPESTATUS PPID PS1 PS2 PS3
PS4 PWD RANDOM REPLY SECONDS SHELLOPTS SHLVL SRANDOM TMPDIR UID`.split(/\s+/),
)

/**
 * The commands of a shell sample whose documented output holds a line that
 * differs, or is followed by it (a session's commands, lines with their
 * value comments); `undefined` for a sample of a single command.
 */
function differingCommands(
  sample: Sample,
  differing: readonly number[] | undefined,
): OutputPart[] | undefined {
  const parts = isShellRunner(sample.runner) ? sample.expected?.parts : undefined
  if (!differing?.length || !parts || parts.length < 2) return undefined
  const commands = new Set<OutputPart>()
  for (const line of differing) {
    const part = parts.findLast((each) => (each.lineNumbers[0] ?? Number.POSITIVE_INFINITY) <= line)
    if (part) commands.add(part)
  }
  return commands.size > 0 ? [...commands] : undefined
}

/** The first upper-case variable a shell command expands that neither the shell nor the sample (`code`) sets. */
function unsetVariable(command: string, code: string): string | undefined {
  const text = command.replace(/'[^'\n]*'/g, "''")
  for (const match of text.matchAll(/\$\{?([A-Z][A-Z\d_]*)(\}|:?[-=?+])?/g)) {
    const name = match[1] ?? ''
    if (shellSet.has(name) || (match[2] && match[2] !== '}')) continue
    const assigned = new RegExp(
      `(?:^|[\\s;&|(])${name}\\+?=|\\b(?:read|for|export|declare|local|typeset|readonly|getopts|unset)\\b[^\\n;]*\\b${name}\\b`,
      'm',
    )
    if (!assigned.test(code)) return name
  }
  return undefined
}
