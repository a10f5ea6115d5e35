import type { Recogniser } from '../recogniser.js'

/**
 * The version a GNU tool's banner names (the first line of `--version`:
 * `cmp (GNU diffutils) 3.3`, `find (GNU findutils) 4.7.0-git`), which is
 * the reader's, not the author's. Only a version number on a line of that
 * very shape is found, so a number a program computes or prints of its own
 * (`myapp version 1.2.3`) stays compared; the tool's and its package's
 * names must be the same on both sides.
 */
const gnuBanner = /^[\w.+-]+ \(GNU [\w .+-]+\) (\d+(?:\.\d+)+[\w.+-]*)\s*$/

export const toolVersion: Recogniser = {
  kind: 'tool version',
  find: (line) => {
    const version = gnuBanner.exec(line)?.[1]
    if (version === undefined) return []
    const start = line.trimEnd().length - version.length
    return [[start, start + version.length]]
  },
  agree: (want, got) => /^\d+\.\d/.test(want) && /^\d+\.\d/.test(got),
}
