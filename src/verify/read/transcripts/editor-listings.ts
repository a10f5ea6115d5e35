import escapeStringRegexp from 'escape-string-regexp'
import { shellFilesWritten } from '../shell-files.js'

/** `vim run.sh`, `vi +3 a.py`, `nano hello.sh`: an editor opening one file. */
const editorCommand = /^(?:sudo\s+)?(?:vim?|nvim|nano|emacs|gedit)\s+(?:[+-]\S*\s+)*([\w./-]+)\s*$/u
/** `cat run.sh`: one file shown, nothing else done. */
const catCommand = /^cat\s+([\w./-]+)\s*$/u
/** What a shell says when a file it is asked to run is not executable. */
const notExecutable = /Permission denied/u

/** What a transcript shows after the command that lists a file: its later commands and the lines under them. */
export interface LaterInTranscript {
  commands: readonly string[]
  shown: readonly string[]
}

/**
 * The lines under a command of a transcript that opens a file in an editor
 * (`[root@box ~]# vim for_3.sh`) or shows a file with `cat` (`$ cat
 * fruits_shop.sh` then `#!/bin/bash`): the file as the author wrote it, not
 * output, for the commands after it to run (`bash for_3.sh`). The command
 * becomes the `printf` writing that file, on its own line; an editor prints
 * nothing to compare, `cat` the file itself. Only for a file no earlier
 * command of the session writes, so a file's content that a command made is
 * still checked; and for `cat`, a script (its first line a `#!`) or a file of
 * the folder the transcript names again later (`$ cat employee.txt`, then
 * `$ join employee.txt bonus.txt` or a listed script reading it), as the
 * reader recreates it to follow along. A file the transcript later runs by
 * its path (`$ ./arraymanip01.sh`) was executable on the author's machine,
 * unless the transcript shows it refused (`Permission denied`): it is made
 * so. `undefined` for any other command.
 */
export function listedFile(
  command: string,
  lines: readonly string[],
  earlier: readonly string[],
  later: LaterInTranscript = { commands: [], shown: [] },
): { code: string; output: boolean } | undefined {
  const editor = editorCommand.exec(command.trim())
  const cat = editor ? undefined : catCommand.exec(command.trim())
  const file = editor?.[1] ?? cat?.[1]
  const content = withoutTrailingNotes(lines)
  if (!file || content.length === 0) return undefined
  const name = file.replace(/^\.\//, '')
  const named = new RegExp(`(?<![\\w./-])(?:\\./)?${escapeStringRegexp(name)}(?![\\w.-])`, 'u')
  const namedLater = [...later.commands, ...later.shown].some((line) => named.test(line))
  if (cat && !content[0]?.startsWith('#!') && !(isFolderFile(name) && namedLater)) return undefined
  if (earlier.some((line) => shellFilesWritten(line).includes(name))) return undefined
  const quoted = content.map((line) => `'${line.replace(/'/g, `'\\''`)}'`).join(' ')
  // The redirection first, so that a `#` in the file's lines never hides it from readers of the line.
  const written = `> ${file} printf '%s\\n' ${quoted}`
  const runByPath = new RegExp(`(?:^|[\\s;&|(])\\./${escapeStringRegexp(name)}(?![\\w.-])`, 'u')
  const executable =
    later.commands.some((line) => runByPath.test(line)) &&
    !later.shown.some((line) => notExecutable.test(line))
  const write = executable ? `${written}; chmod +x ${file}` : written
  return { code: cat ? `${write}; cat ${file}` : write, output: !editor }
}

/** A note of the author's under a listing: `# comment` lines set apart by a blank line, kept out of the file. */
function withoutTrailingNotes(lines: readonly string[]): readonly string[] {
  let end = lines.length
  while (end > 0 && /^#\s+\S/u.test(lines[end - 1] ?? '')) end--
  if (end === lines.length || end === 0 || lines[end - 1]?.trim() !== '') return lines
  while (end > 0 && lines[end - 1]?.trim() === '') end--
  return lines.slice(0, end)
}

/** The lines of the files a transcript's script writes for its listings (`> x.sh printf '%s\n' 'a' 'b'`), for reading their code. */
export function listedLines(script: string): string[] {
  return listedFiles(script).flatMap((listed) => listed.lines)
}

/** The files a transcript's script writes for its listings, each with its lines. */
export function listedFiles(script: string): Array<{ file: string; lines: string[] }> {
  const files: Array<{ file: string; lines: string[] }> = []
  for (const match of script.matchAll(
    /> ([\w./-]+) printf '%s\\n' ((?:'(?:[^']|'\\'')*'\s?)+)/gu,
  )) {
    const lines: string[] = []
    for (const quoted of (match[2] ?? '').matchAll(/'((?:[^']|'\\'')*)'/gu)) {
      lines.push((quoted[1] ?? '').replace(/'\\''/g, "'"))
    }
    files.push({ file: match[1] ?? '', lines })
  }
  return files
}

/** A file of the folder the transcript runs in: no absolute path, home, variable or glob. */
function isFolderFile(name: string): boolean {
  return !/^[/~]/.test(name) && !/[$*?[\]{}]/.test(name)
}
