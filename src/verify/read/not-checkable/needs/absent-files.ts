import escapeStringRegexp from 'escape-string-regexp'
import { isShellRunner } from '../../../runner-id.js'
import type { Sample } from '../../remark-extract-samples.js'

/** A program that runs the file named after its options: `python3.13 x.py`, `node app.js`, `pytest test_x.py`. */
const interpreter =
  /^(?:python[\d.]*|pypy[\d.]*|node|nodejs|deno|bun|tsx|ts-node|ruby|perl|php|(?:ba|z|da)?sh|pytest)$/
/** Modules of Python run with `-m` that take the file to run as their argument. */
const fileRunningModules = new Set(['pdb', 'pytest', 'cProfile', 'profile', 'trace', 'doctest'])
/** A word that is a file (`hello.py`, `./run`, `src/app.js`), not an argument value. */
const fileLike =
  /^(?:\.{0,2}\/)?[\p{L}\p{N}_./-]*[\p{L}\p{N}_-]\.(?:py|js|mjs|cjs|ts|rb|pl|php|sh|bash|zsh)$/u

/**
 * The file a shell sample runs that no sample of the post provides and that
 * its own commands do not make (`$ python3 triple_quotes.py` where the
 * script was shown in a fence of another language, or only described), so
 * what it printed on the author's machine cannot be had here, as doctest
 * cannot run an example whose file is not there. `undefined` when every
 * file it runs is provided (a script run from the fence above still runs and
 * is compared).
 */
export function absentFileRun(sample: Sample): string | undefined {
  if (!isShellRunner(sample.runner)) return undefined
  const lines = sample.code.split('\n')
  for (const [index, line] of lines.entries()) {
    for (const command of line.split(/&&|\|\||;|\|/)) {
      const file = fileRunBy(command.trim().split(/\s+/))
      if (file === undefined) continue
      const name = file.split('/').at(-1) ?? file
      if (Object.hasOwn(sample.files, name) || Object.hasOwn(sample.files, file)) continue
      if (madeBefore(lines.slice(0, index), file, name)) continue
      return file
    }
  }
  return undefined
}

/** The file a command's words run, if it runs one: `./x.sh`, `python3 -m pdb x.py`, `node app.js`. */
function fileRunBy(words: string[]): string | undefined {
  const start = words.findIndex((word) => !/^\w+=/.test(word) && word !== 'sudo' && word !== 'time')
  const [program = '', ...rest] = words.slice(Math.max(start, 0))
  if (/^\.\/[\p{L}\p{N}_.-]+$/u.test(program)) return program.slice(2)
  if (!interpreter.test(program.split('/').at(-1) ?? '')) return undefined
  for (let at = 0; at < rest.length; at += 1) {
    const word = rest[at] ?? ''
    if (word === '-m') {
      const module = rest[at + 1] ?? ''
      if (!fileRunningModules.has(module)) return undefined
      at += 1
      continue
    }
    if (word === '-c' || word === '-e' || word === '--eval' || word === '-p') return undefined
    if (word.startsWith('-')) continue
    return fileLike.test(word) ? word.replace(/^\.\//, '') : undefined
  }
  return undefined
}

/** Whether earlier commands of the sample make the file (`cat > x.py`, `touch x.sh`, `cp a x.py`, `git clone`). */
function madeBefore(before: string[], file: string, name: string): boolean {
  const named = new RegExp(
    `(?<![\\w.-])(?:${escapeStringRegexp(file)}|${escapeStringRegexp(name)})(?![\\w-])`,
  )
  return before.some(
    (line) => named.test(line) || /\b(?:git\s+clone|curl|wget|unzip|tar)\b/.test(line),
  )
}
