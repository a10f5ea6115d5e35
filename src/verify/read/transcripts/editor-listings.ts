import { shellFilesWritten } from '../shell-files.js'

/** `vim run.sh`, `vi +3 a.py`, `nano hello.sh`: an editor opening one file. */
const editorCommand = /^(?:sudo\s+)?(?:vim?|nvim|nano|emacs|gedit)\s+(?:[+-]\S*\s+)*([\w./-]+)\s*$/u
/** `cat run.sh`: one file shown, nothing else done. */
const catCommand = /^cat\s+([\w./-]+)\s*$/u

/**
 * The lines under a command of a transcript that opens a file in an editor
 * (`[root@box ~]# vim for_3.sh`) or shows a script with `cat` (`$ cat
 * fruits_shop.sh` then `#!/bin/bash`): the file as the author wrote it, not
 * output, for the commands after it to run (`bash for_3.sh`). The command
 * becomes the `printf` writing that file, on its own line; an editor prints
 * nothing to compare, `cat` the file itself. Only for a file no earlier
 * command of the session writes, and for `cat` only a script (its first
 * line a `#!`), so a file's content that a command made is still checked.
 * `undefined` for any other command.
 */
export function listedFile(
  command: string,
  lines: readonly string[],
  earlier: readonly string[],
): { code: string; output: boolean } | undefined {
  const editor = editorCommand.exec(command.trim())
  const cat = editor ? undefined : catCommand.exec(command.trim())
  const file = editor?.[1] ?? cat?.[1]
  if (!file || lines.length === 0) return undefined
  if (cat && !lines[0]?.startsWith('#!')) return undefined
  if (earlier.some((line) => shellFilesWritten(line).includes(file.replace(/^\.\//, '')))) {
    return undefined
  }
  const quoted = lines.map((line) => `'${line.replace(/'/g, `'\\''`)}'`).join(' ')
  // The redirection first, so that a `#` in the file's lines never hides it from readers of the line.
  const write = `> ${file} printf '%s\\n' ${quoted}`
  return { code: cat ? `${write}; cat ${file}` : write, output: !editor }
}
