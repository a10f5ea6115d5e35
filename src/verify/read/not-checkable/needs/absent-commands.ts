import { accessSync, constants } from 'node:fs'
import path from 'node:path'
import escapeStringRegexp from 'escape-string-regexp'
import leven from 'leven'
import { isShellRunner } from '../../../runner-id.js'
import type { Sample } from '../../remark-extract-samples.js'
import { versionShown } from './version-commands.js'

/**
 * Shell transcripts of the author's machine, decided by what the command
 * needs rather than by the text it printed: a program this machine does not
 * have (`$ lpq`, `$ mypy x.py`: "command not found"), a lookup of one
 * (`which php`, `whereis php`), or the accounts and settings files of the
 * system (`grep admin /etc/passwd`), which differ from machine to machine
 * (but a kernel setting under `/proc/sys/` that is missing is misnamed),
 * and the version a program reports (`python3 --version`: version-commands.ts).
 * A GNU tool by the name Homebrew gives it on macOS (`gprintf`, `gsed`) is the
 * author's machine too. A misspelt command (`ehco`, one letter from one this machine has) is the
 * sample's mistake, and still fails, unless the lead-in names it as a word
 * of its own (`tree`, one letter from `tee`, under "the following tree
 * structure:"): the author meant that program. A command the sample shows
 * not found (`ls | bogus_command  #bash: bogus_command: command not found`)
 * is what it demonstrates, not a program of the author's.
 */
export function absentCommandNeed(sample: Sample, output: string): string | undefined {
  if (!isShellRunner(sample.runner) || !sample.expected) return undefined
  const code = sample.code
  for (const match of output.matchAll(notFound)) {
    const name = match[1] ?? ''
    // A command the post shows not found is its point (`ls | bogus_command  #bash: bogus_command:
    // command not found`), no program the author had.
    if (saidNotFound(sample, name)) continue
    // Homebrew's GNU tools on macOS: `gprintf`, `gsed`, `gdate` for this machine's `printf`, `sed`, `date`.
    const gnu = /^g([a-z]{2,})$/.exec(name)?.[1]
    if (gnu && startsCommand(code, name) && !onPath(name) && (onPath(gnu) || builtins.has(gnu))) {
      return `needs the author's machine: \`${name}\`, the GNU \`${gnu}\` Homebrew installs on macOS`
    }
    if (startsCommand(code, name) && !onPath(name) && !(misspelt(name) && !named(sample, name))) {
      return `needs the command \`${name}\`, which this machine does not have`
    }
  }
  for (const match of code.matchAll(lookup)) {
    const name = match[1] ?? ''
    if (!onPath(name) && !builtins.has(name)) {
      return `needs the program \`${name}\` that \`${match[0].trim()}\` looks for, which this machine does not have`
    }
  }
  const version = versionShown(code)
  if (version) return `needs the author's machine: the version of \`${version}\` it has`
  const file = systemFileRead.exec(code)?.[1]
  // A kernel setting every Linux has, missing here, is misnamed (`max_pid` for `pid_max`).
  if (file?.startsWith('/proc/sys/') && output.includes(`${file}: No such file or directory`)) {
    return undefined
  }
  return file === undefined ? undefined : `needs the author's machine: its \`${file}\``
}

/** Whether the sample's code or documented output shows `name` not found, as the shell reports it. */
function saidNotFound(sample: Sample, name: string): boolean {
  const shown = `${sample.code}\n${sample.expected?.lines.join('\n') ?? ''}`
  return new RegExp(
    `(?:^|[\\s:#])${escapeStringRegexp(name)}:\\s*(?:command )?not found`,
    'm',
  ).test(shown)
}

/** bash's `x: line 1: lpq: command not found`, dash's `sh: 1: lpq: not found`. */
const notFound = /:\s*(?:line\s+)?\d+:\s*([\w.+-]+): (?:command )?not found/g
/**
 * `which php`, `whereis -b php`: where a program is on `PATH`. Not `type` or
 * `command -v`, which also report the shell's keywords, builtins, functions
 * and aliases, the ones a sample defines included.
 */
const lookup = /(?:^|[|;&(]|\$\()\s*(?:\$\s+)?(?:which|whereis)\s+(?:-\w+\s+)*([\w.+-]+)/gm
/**
 * A command reading the contents of a file describing the machine's
 * accounts, shells and settings (its name alone is the same everywhere),
 * or a dotfile of the author's home (`tail ~/.bash_profile`).
 */
const systemFileRead =
  /(?:^|[|;&(]|\$\()\s*(?:\$\s+)?(?:sudo\s+)?(?:cat|e?grep|awk|head|tail|cut|sed|less|more|sort|wc)\b[^|;&\n]*?(\/etc\/(?:passwd|group|shadow|shells|hosts|hostname|fstab|os-release|resolv\.conf|profile|bashrc|bash\.bashrc|environment|sudoers|issue)\b|\/proc\/[\w/]+|~\/\.[\w.-]+)/m

/** Shell builtins and keywords, which are no file on `PATH`. */
const builtins = new Set(
  'alias bg bind break builtin cd command continue declare dirs disown echo enable eval exec exit export false fc fg getopts hash help history jobs kill let local logout popd printf pushd pwd read readonly return set shift shopt source test times trap true type typeset ulimit umask unalias unset wait'.split(
    ' ',
  ),
)

/**
 * Whether `name` starts a command of the code: at a line's start (after a `$ `, `❯ `, `% ` or `➜ ` prompt),
 * or after `|`, `;`, `&&`, `(`, `$(` or a backquote, ending at a space or the close of its substitution
 * (`echo "$(cal)"`).
 */
function startsCommand(code: string, name: string): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  return new RegExp(
    `(?:^|[|;&(\`]|\\$\\()\\s*(?:[$❯%➜]\\s+)?(?:sudo\\s+)?${escaped}(?=[\\s)\`]|$)`,
    'm',
  ).test(code)
}

function onPath(name: string): boolean {
  for (const folder of (process.env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
    try {
      accessSync(path.join(folder, name), constants.X_OK)
      return true
    } catch {
      // not in this folder
    }
  }
  return false
}

/** Whether the sample's lead-in names `name` as a word of its own. */
function named(sample: Sample, name: string): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  return new RegExp(`(?<![\\w.-])${escaped}(?![\\w-])`, 'iu').test(sample.leadIn ?? '')
}

/** Commands every tutorial's reader has, whose misspelling is a mistake of the sample's. */
const common =
  'awk basename bash cat chmod chown cp curl cut date diff dirname du env find git grep gzip head less ln ls make man mkdir more mv node npm npx pip pip3 python python3 rm rmdir sed sh sleep sort ssh tail tar tee touch tr uniq wc wget xargs zip'.split(
    ' ',
  )

/** The utilities POSIX names, which a system may leave out (`cal`): no typo, whatever they are near. */
const standardUtilities = new Set(
  'asa at batch bc cal cksum cmp comm compress crontab csplit ctags dd df ed ex expand expr file fold fuser gencat getconf iconv id ipcrm ipcs join lex link locale localedef logger logname lp m4 mailx mesg mkfifo newgrp nice nl nm od paste patch pathchk pax pr ps renice split strings strip stty tabs talk time tput tsort tty uname uncompress unexpand unlink uudecode uuencode vi who write yacc zcat'.split(
    ' ',
  ),
)

/**
 * Whether `name` is one letter (or two swapped letters) from a builtin or a
 * common command. A name of two letters is too short to tell: most two-letter
 * names are a letter from another (`fd`, `rg`, `jq` beside `df`, `cd`).
 */
function misspelt(name: string): boolean {
  if (name.length < 3 || standardUtilities.has(name)) return false
  const sorted = (word: string) => [...word].sort().join('')
  return [...builtins, ...common].some(
    (known) =>
      known !== name &&
      (leven(known, name) <= 1 || (known.length === name.length && sorted(known) === sorted(name))),
  )
}
