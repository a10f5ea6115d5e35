import path from 'node:path'
import { isShellRunner } from '../../../runner-id.js'
import type { Sample } from '../../remark-extract-samples.js'
import { optionTableAt } from '../shown/option-tables.js'
import { absentCommandNeed } from './absent-commands.js'
import { absentFileRun } from './absent-files.js'
import { absentPythonPackageNeed } from './absent-python-package.js'
import { authorListingOwner } from './listing-owners.js'
import { machineStateNeed } from './machine-state.js'
import { networkNeed } from './network.js'
import { systemStateNeed } from './system-state.js'
import { terminalInputLine, typedControlKeyLine } from './terminal-input.js'

/** Error lines naming a file or folder that is not there, each capturing its path. */
const missingPath = [
  // ls: cannot access 'x': No such file or directory
  /cannot access ['‘"]([^'’"\n]+)['’"]/g,
  // bash: cd: bar: No such file or directory; pushd: /x/foo: …; bash: ./x.sh: …
  /: ([^:\n'‘"]+): No such file or directory/g,
  // find: ‘./src’: No such file or directory (GNU find and stat quote the path)
  /: ['‘"]([^'’"\n]+)['’"]: No such file or directory/g,
  // sed: can't read index.html: No such file or directory (GNU sed)
  /can't read ([^:\n'‘"`]+): No such file or directory/g,
  // rev: cannot open stuff.md: No such file or directory (util-linux's tools)
  /cannot open ([^:\n'‘"`]+): No such file or directory/g,
  // mktemp: failed to create file via template ‘/home/ann/tmp.XXXXXXXXXX’: No such file or directory
  /(?:template|file|directory) ['‘"]([^'’"\n]+)['’"]: No such file or directory/g,
  // Python: FileNotFoundError: [Errno 2] No such file or directory: 'x'; can't open file 'x'
  /No such file or directory: ['"]([^'"\n]+)['"]/g,
  /can't open file ['"]([^'"\n]+)['"]/g,
  // file: index.html: cannot open `index.html' (No such file or directory)
  /cannot open [`'‘"]([^'’"\n]+)['’"] \(No such file or directory\)/g,
  // Node: ENOENT: no such file or directory, open 'x'
  /ENOENT: no such file or directory, \w+ ['"]([^'"\n]+)['"]/g,
  // Node: Cannot find module '/tmp/…/modules/foo' imported from … (an ES module's import of a path, not a package)
  /Cannot find module ['"]((?:\.{1,2}\/|\/)[^'"\n]+)['"] imported from /g,
]

/** git's error outside a repository: `fatal: not a git repository (or any of the parent directories): .git`. */
const notRepository = /^fatal: not a git repository\b/m

/** A shell's directory stack or previous folder, asked for before the sample made one. */
const directoryStackError = /(?:pushd|popd|dirs): directory stack empty|cd: OLDPWD not set/

/**
 * What of the author's machine a sample that failed needs, judged from what
 * it did: a file or folder its code names that is not here (`cd ~/project`,
 * `open('/home/ann/data.csv')`, `mktemp -p /home/ann/`), the files of its
 * folder (`ls -al`, whose documented listing is the author's), or the directory
 * stack of the author's shell (`dirs`, `popd`, `cd -` with no `pushd` or
 * `cd` before them), or the git repository it ran in (`git cat-file -p HEAD`). `undefined` when it needs nothing of the kind, the
 * post itself shows such an error, or its author annotated it to run (it
 * says the sample runs anywhere), so a real failure still fails.
 */
export function authorMachineNeed(
  sample: Sample,
  output: string,
  samplePath: string,
  differing?: readonly number[],
): string | undefined {
  if (sample.annotations.run) return undefined
  const absent = absentFileNeed(sample)
  if (absent) return absent
  const offline = networkNeed(sample, output)
  if (offline) return offline
  const python = absentPythonPackageNeed(sample, output)
  if (python) return python
  const documented = sample.expected?.lines.join('\n') ?? ''
  // `git log`, `git cat-file`, `git rev-parse` read the repository the author worked in, which a
  // sample's fresh folder is not (a sample that runs `git init` makes its own, and is checked).
  if (isShell(sample) && notRepository.test(output) && !notRepository.test(documented)) {
    return "needs the author's machine: the git repository it was run in"
  }
  if (isShell(sample) && debuggerPrompt.test(`${sample.code}\n${documented}`)) {
    return 'needs typed input (a debugger session)'
  }
  // A table of the options of `bash` documents no session (option-tables.ts says so).
  const typed = documented && !optionTableAt(sample) ? terminalInputLine(sample) : undefined
  if (typed !== undefined) {
    return `needs typed input (a command reading the terminal, at line ${sample.line + typed})`
  }
  const key = typedControlKeyLine(sample)
  if (key !== undefined) {
    const line = sample.expected?.lineNumbers[key]
    return `needs typed input (the keys typed at the terminal, \`${sample.expected?.lines[key]?.trim().slice(-2)}\`${line === undefined ? '' : ` at line ${line}`})`
  }
  const module = /No module named ['"]?([\w.]+)/.exec(output)?.[1]
  if (
    module &&
    isShell(sample) &&
    new RegExp(`-m\\s+${module.replace(/\./g, '\\.')}(?![\\w.])`).test(sample.code)
  ) {
    return `needs the module ${module}, which no sample provides`
  }
  const code = [sample.code, ...Object.values(sample.files)].join('\n')
  if (!/No such file|cannot access|ENOENT|can't open file/i.test(documented)) {
    const folder = samplePath ? path.dirname(samplePath) : undefined
    for (const pattern of missingPath) {
      for (const match of output.matchAll(pattern)) {
        // A kernel setting (`/proc/sys/kernel/pid_max`) is on every Linux machine: a missing one is misnamed.
        if ((match[1] ?? '').trim().startsWith('/proc/sys/')) continue
        const named = namedInCode(match[1] ?? '', code, folder)
        if (named) return `needs the author's machine: \`${named}\` is not there`
      }
    }
  }
  const state = documented
    ? (machineStateNeed(sample, code, differing) ?? systemStateNeed(sample))
    : undefined
  if (state) return state
  const command = absentCommandNeed(sample, output)
  if (command) return command
  if (isShell(sample) && documented && listsFolder(sample.code)) {
    return "needs the author's machine: the listing of the author's folder"
  }
  const owner = isShell(sample) && documented ? authorListingOwner(documented, output) : undefined
  if (owner) {
    return `needs the author's machine: the \`ls -l\` lines of the author's files (owner \`${owner}\`)`
  }
  if (isShell(sample) && !/directory stack|OLDPWD/.test(documented)) {
    if (directoryStackError.test(output) || usesStackFirst(sample.code)) {
      return "needs the author's shell: its directory stack"
    }
  }
  return undefined
}

/** A debugger's prompt starting a line: `(Pdb) s`, `(gdb) next`, `ipdb> n`. */
const debuggerPrompt = /^(?:\((?:Pdb|gdb|lldb|ipdb)\)|ipdb>)\s/m

/** Commands that fetch packages or pages from the network. */
const networkCommand =
  /(?:\bpip[\d.]*|-m\s+pip)\s+install\b|\b(?:npm|pnpm|yarn)\s+(?:i|install|add)(?=\s+\w)|\bgem\s+install\b/

/**
 * A shell sample that runs a file no sample provides, or fetches packages (`$ python3 x.py` with
 * `x.py` shown in a fence of another language or not at all): the note it
 * gets, decided before its run counts, so a timeout is no failure either.
 */
export function absentFileNeed(sample: Sample): string | undefined {
  if (sample.annotations.run) return undefined
  const file = absentFileRun(sample)
  if (file !== undefined) return `needs the file ${file}, which no sample provides`
  const install = isShellRunner(sample.runner) ? networkCommand.exec(sample.code)?.[0] : undefined
  return install === undefined ? undefined : `needs the network (\`${install.trim()}\`)`
}

/** The part of a missing path that the code names (the path, its folder or its name), if any. */
function namedInCode(
  missing: string,
  code: string,
  folder: string | undefined,
): string | undefined {
  let own = missing.trim()
  if (folder && own.startsWith(`${folder}/`)) own = own.slice(folder.length + 1)
  if (!own) return undefined
  const folderOf = path.posix.dirname(own)
  const candidates = [
    own,
    folderOf === '.' || folderOf === '/' ? '' : folderOf,
    path.posix.basename(own),
  ]
  return candidates.find(
    (candidate) =>
      candidate.length >= 2 && !/^\.+$/.test(candidate) && containsPath(code, candidate),
  )
}

/** Whether `code` names `candidate` as a path or a word of its own, not inside another name. */
function containsPath(code: string, candidate: string): boolean {
  const escaped = candidate.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  return new RegExp(`(?<![\\w.-])${escaped}(?![\\w-])`).test(code)
}

/** Whether a shell sample reads the directory stack (`dirs`, `popd`, `cd -`) before it makes one. */
function usesStackFirst(code: string): boolean {
  for (const line of code.split('\n')) {
    const command = line.trim()
    if (/^(?:pushd|cd)\s+(?!-\s*$)[^\s+-]/.test(command)) return false
    if (/^(?:dirs|popd)\b|^cd\s+-\s*$/.test(command)) return true
  }
  return false
}

/** `ls` of the current folder with no file named (`ls -al`, `echo $(ls)`): what it lists is the author's. */
const folderListing = /(?:^|[;&|(`]\s*|\$\(\s*)ls(?:\s+-[\w-]+)*\s*(?:$|[;&|)`])/m

/** Commands that make files or move to another folder, after which a listing is the sample's own. */
const makesFiles =
  /(?:^|[;&|(]\s*)(?:touch|mkdir|cp|mv|ln|tee|cd|pushd|git|tar|unzip|curl|wget)\b|>/m

/** Whether a shell sample lists the files of the folder it runs in, none of which it made. */
function listsFolder(code: string): boolean {
  // A remark after the command (`$ ls   # <- what happens here?`) is no part of it.
  const commands = code.replace(/(?:^|\s+)#.*$/gmu, '')
  return folderListing.test(commands) && !makesFiles.test(commands)
}

function isShell(sample: Sample): boolean {
  return isShellRunner(sample.runner)
}
