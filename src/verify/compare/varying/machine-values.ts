import { sameFileButUmask } from './listing-modes.js'
import { type Recogniser, ranges } from './recogniser.js'

/**
 * Values that differ from one machine to the next rather than from one run
 * to the next: the names `mktemp` and `tempfile` make up, the owner, size
 * and date of a file in an `ls -l` listing, paths in the author's home
 * folder, the user and host of a prompt, process ids. Each recogniser finds
 * its values by their shape, so the rest of the line stays compared exactly.
 */

/** A file or folder name ending in random letters and digits: `tmp.4GcsWSG4vj`, `tmpk3j_2x9a`. */
const randomName = /^(.*?(?:[.-]|^tmp))([A-Za-z\d_]{6,})$/

/** Whether two path components are one name with random letters of the same template. */
function sameTemplate(want: string, got: string): boolean {
  if (want === got) return true
  const [a, b] = [randomName.exec(want), randomName.exec(got)]
  if (!a || !b || a[1] !== b[1]) return false
  const [x = '', y = ''] = [a[2], b[2]]
  // Random letters mix cases or digits; a word (`tmp.report`) is a name the program chose.
  const random = (text: string) =>
    (/\d/.test(text) && /[A-Za-z]/.test(text)) || (/[a-z]/.test(text) && /[A-Z]/.test(text))
  return x.length === y.length && random(x) && random(y)
}

const partsOf = (path: string) => path.split(/[\\/]/).filter(Boolean)

/** Whether two lists of path components match, random names of one template aside. */
function samePath(want: string[], got: string[]): boolean {
  return (
    want.length === got.length && want.every((part, index) => sameTemplate(part, got[index] ?? ''))
  )
}

/**
 * Whether two paths both end in a separator or both do not: only the home
 * folder varies, a trailing `/` the program printed is compared.
 */
const sameEnd = (want: string, got: string) => /[\\/]$/.test(want) === /[\\/]$/.test(got)

const pathChars = String.raw`[^\s'"()<>,;:\\/]+`
const pathTail = String.raw`(?:[\\/]${pathChars})*[\\/]?`

/** Where temporary files go: `/tmp`, macOS's `/var/folders/…/T`, Windows' `…\AppData\Local\Temp`. */
const temporaryRoot = String.raw`(?:/private)?/var/folders/[\w+-]+/[\w+-]+/T|/tmp|/var/tmp|[A-Za-z]:\\Users\\[^\\\s]+\\AppData\\Local\\Temp|[A-Za-z]:\\Windows\\Temp`
const temporaryPath = new RegExp(
  String.raw`(?<![\w/.~-])(?:${temporaryRoot})(?:[\\/]${pathChars})+[\\/]?`,
  'g',
)
const temporaryStart = new RegExp(`^(?:${temporaryRoot})`)

/** A path in the temporary folder whose names `mktemp` or `tempfile` made up. */
const temporaryName: Recogniser = {
  kind: 'temporary name',
  find: (line) => ranges(line, temporaryPath),
  // Where no sandbox gives a sample its own `/tmp`, its temporary folder is the one it ran in.
  agree: (want, got, { home }) =>
    sameEnd(want, got) &&
    samePath(
      partsOf(want.replace(temporaryStart, '')),
      partsOf(
        home && got.startsWith(`${home}/`)
          ? got.slice(home.length)
          : got.replace(temporaryStart, ''),
      ),
    ),
}

/** A home folder: `/home/ann`, `/Users/ann`, `/root`, `C:\Users\ann`; a sample's is where it ran. */
const homeRoot = String.raw`/home/${pathChars}|/Users/${pathChars}|/root|[A-Za-z]:\\Users\\${pathChars}`
const homePath = new RegExp(
  String.raw`(?<![\w/.~-])(?:${homeRoot}|(?:${temporaryRoot})[\\/]${pathChars})${pathTail}(?![\w.-])`,
  'g',
)

/** The path inside its home folder (`context home` for the sample's), or `undefined` if none. */
function inHome(path: string, home: string | undefined): string[] | undefined {
  if (home && (path === home || path.startsWith(`${home}/`)))
    return partsOf(path.slice(home.length))
  const match = new RegExp(`^(?:${homeRoot})(?=[\\\\/]|$)`).exec(path)
  return match ? partsOf(path.slice(match[0].length)) : undefined
}

/** A path in the author's home folder, printed in the sample's: `/home/ann/notes` for `<home>/notes`. */
const machinePath: Recogniser = {
  kind: 'machine path',
  find: (line) => ranges(line, homePath),
  agree: (want, got, { home }) => {
    const [a, b] = [inHome(want, undefined), inHome(got, home)]
    return a !== undefined && b !== undefined && samePath(a, b) && sameEnd(want, got)
  },
}

/**
 * The owner, group, size and date of an `ls -l` line, in any locale's date
 * form (`Nov 29 00:30`, `12月 28 17:12`, `2024-05-01 12:34`), and the write
 * bits the umask gives the group and others (listing-modes.ts); the rest of
 * the mode, the link count and the name stay compared.
 */
const listingLine =
  /^[-dlcbpsD][rwxsStT-]{3}([rwxsStT-]{6}[.+@]?\s+\d+\s+\S+\s+\S+\s+\d[\d.,]*[KMGTP]?\s+(?:[A-Za-z]{3}\.?\s+\d{1,2}|\d{1,2}月\s+\d{1,2}日?|\d{1,2}\s+[A-Za-z]{3}\.?|\d{4}-\d{2}-\d{2})\s+(?:\d{1,2}:\d{2}|\d{4}))\s+\S/d

const fileListing: Recogniser = {
  kind: 'file listing',
  find: (line) => {
    const span = listingLine.exec(line)?.indices?.[1]
    return span ? [span] : []
  },
  agree: sameFileButUmask,
}

/** The user and host of a shell prompt: `ann@laptop:~$`, `[ann@laptop tmp]$`. */
const userAndHost: Recogniser = {
  kind: 'user and host',
  find: (line) =>
    ranges(line, /(?<![\w.@-])[\w.-]+@[\w.-]+(?=:[~/][^\s]*[$#](?:\s|$)|\s+[~\w./-]*\][$#])/g),
  agree: () => true,
}

/** A process id: `PID 4242`, `pid=4242`, `进程 ID: 4242`, bash's `[1] 4242` for a background job, Node's `(node:4242)`. */
const processId: Recogniser = {
  kind: 'process id',
  find: (line) => [
    ...ranges(line, /(?<=\b(?:pid|PID|Pid|process id|Process ID|process ID)\s*[:=#]?\s*)\d+\b/g),
    ...ranges(line, /(?<=进程\s*(?:ID|号)?\s*[:：=]?\s*)\d+(?!\d)/g),
    ...ranges(line, /(?<=^\[\d+\]\+?\s+)\d+$/g),
    // Node's warnings: `(node:4242) DeprecationWarning: ...`.
    ...ranges(line, /(?<=^\(node:)\d+(?=\) \w*(?:Warning|Error)\b)/g),
  ],
  agree: (want, got) => /^\d+$/.test(want) && /^\d+$/.test(got),
}

/**
 * The file a Python module was loaded from, as its repr shows it:
 * `<module 'random' from '/usr/lib/python3.7/random.py'>`, where the author's
 * Python is installed (`/usr/lib/python3.11/random.py` here,
 * `C:\\Python37\\lib\\random.py`): the same file, a package's `__init__.py`
 * in the same folder name.
 */
const moduleFile: Recogniser = {
  kind: 'machine path',
  find: (line) => ranges(line, /(?<=<module '[\w.]+' from ')[^'\n]+(?='>)/g),
  agree: (want, got) => {
    const [a, b] = [partsOf(want), partsOf(got)]
    const named = a.at(-1) === '__init__.py' ? 2 : 1
    return a.length >= named && a.slice(-named).join('/') === b.slice(-named).join('/')
  },
}

/** Recognisers of what differs between the author's machine and the one a sample runs on. */
export const machineRecognisers: readonly Recogniser[] = [
  temporaryName,
  machinePath,
  moduleFile,
  fileListing,
  userAndHost,
  processId,
]
