import { accessSync, constants } from 'node:fs'
import path from 'node:path'
import type { Recogniser } from './recogniser.js'

/**
 * The version a GNU tool's banner names (the first line of `--version`:
 * `cmp (GNU diffutils) 3.3`, `find (GNU findutils) 4.7.0-git`), or the
 * banner `name version 2.11.1` of a program installed on this machine
 * (`git version 2.11.1` under `$ git --version`), which is the reader's,
 * not the author's. Only a version number on a line of that very shape is
 * found, so a number a program computes or prints of its own (`myapp
 * version 1.2.3`, a program no `PATH` holds) stays compared; the tool's and
 * its package's names must be the same on both sides.
 */
const gnuBanner = /^[\w.+-]+ \(GNU [\w .+-]+\) (\d+(?:\.\d+)+[\w.+-]*)\s*$/
const installedBanner = /^([a-z][\w.+-]*) version (\d+(?:\.\d+)+[\w.+-]*)\s*$/

/** Whether an executable `name` is on this machine's `PATH`. */
function installed(name: string): boolean {
  return (process.env.PATH ?? '')
    .split(path.delimiter)
    .filter(Boolean)
    .some((folder) => {
      try {
        accessSync(path.join(folder, name), constants.X_OK)
        return true
      } catch {
        return false
      }
    })
}

export const toolVersion: Recogniser = {
  kind: 'tool version',
  find: (line) => {
    const banner = installedBanner.exec(line)
    const version =
      gnuBanner.exec(line)?.[1] ??
      (banner?.[1] !== undefined && installed(banner[1]) ? banner[2] : undefined)
    if (version === undefined) return []
    const start = line.trimEnd().length - version.length
    return [[start, start + version.length]]
  },
  agree: (want, got) => /^\d+\.\d/.test(want) && /^\d+\.\d/.test(got),
}
