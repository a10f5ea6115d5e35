import { syntaxTree } from '../../code/syntax-trees.js'
import type { Sample } from '../../remark-extract-samples.js'

/** A line that is only a comment naming a program file: `// a.js`, `# file: util.py`, `// 文件：b.js`. */
const header =
  /^\s*(?:\/\/|#)\s*(?:(?:file(?:name)?|文件)\s*[:：]?\s*)?([\p{L}\p{N}_./-]+\.(?:[cm]?js|jsx|[cm]?ts|tsx|py|sh|bash|rb))\s*$/iu

/** One file of a fence that holds several: its name and first and last lines (1-based). */
export interface FencePart {
  name: string
  start: number
  end: number
}

/**
 * The files a fence holds when it shows several, each under a comment line
 * naming it (`// a.js` … blank line … `// b.js`), as Sybil's and MDX's
 * tutorials and many posts write a small project in one block. The first
 * header opens the fence and each later one follows a blank line; fewer than
 * two distinct names is one file, and `[]` is returned.
 */
export function filesInFence(code: string): FencePart[] {
  const lines = code.split('\n')
  const starts: { name: string; index: number }[] = []
  lines.forEach((text, index) => {
    const name = header.exec(text)?.[1]
    if (name === undefined) return
    const opens = lines.slice(0, index).every((line) => line.trim() === '')
    if (opens || (starts.length > 0 && (lines[index - 1] ?? '').trim() === '')) {
      starts.push({ name, index })
    }
  })
  if (starts.length < 2 || new Set(starts.map((s) => s.name)).size !== starts.length) return []
  return starts.map((part, i) => ({
    name: part.name,
    start: part.index + 1,
    end: starts[i + 1]?.index ?? lines.length,
  }))
}

/**
 * Why a failure of a fence holding several files is not its code's: run as
 * one program, a name each file declares is declared twice (`Identifier
 * 'init' has already been declared`), or one file loads another that is
 * not saved as its own file (`Cannot find module './b'`, `No module named
 * 'b'`), or the fence imports the very name it exports above, a module and
 * the code using it (importOfOwnExport). `undefined` for any other error,
 * which stays the code's.
 */
export function severalFilesNote(sample: Sample, output: string): string | undefined {
  const parts = filesInFence(sample.code)
  // No comment names each file: a module and the code importing its export, one after the other.
  if (parts.length === 0) return importOfOwnExport(sample.code, output)
  const names = parts.map((part) => `\`${part.name}\``).join(', ')
  const note = `several files in one fence (${names}), each saved on its own, not one program`
  const stems = new Set(parts.map((part) => (part.name.split('/').at(-1) ?? '').split('.')[0]))
  // One file loading another of the fence (`import * as circle from '../circle'`, `require('../a.js')`):
  // run as one program, the file it loads is not there or not yet evaluated. A syntax error that is
  // a file of it has on its own (`add: function () { ... };` in an object, `export defaut {`) stays.
  if (loadsAnother(sample.code, parts) && !(syntaxError(output) && partMisparses(sample, parts)))
    return note
  const twice = /Identifier '([^']+)' has already been declared/.exec(output)?.[1]
  if (twice !== undefined && declaredInTwo(sample.code, parts, twice)) return note
  const loaded =
    /Cannot find (?:module|package) '\.\/([^'/]+)'/.exec(output)?.[1] ??
    /No module named '([^'.]+)'/.exec(output)?.[1]
  const stem = loaded?.split('.')[0]
  if (stem !== undefined && stems.has(stem)) return note
  return undefined
}

function syntaxError(output: string): boolean {
  return /^(?:Uncaught )?SyntaxError\b/m.test(output)
}

/** Whether a file of the fence, read alone, does not parse (Lezer recovers with an error node). */
function partMisparses(sample: Sample, parts: readonly FencePart[]): boolean {
  const grammar = sample.runner.id === 'python' ? 'python' : 'javascript'
  const lines = sample.code.split('\n')
  return parts.some((part) => {
    let broken = false
    syntaxTree(grammar, lines.slice(part.start - 1, part.end).join('\n')).iterate({
      enter: (node) => {
        if (node.type.isError) broken = true
        return !broken
      },
    })
    return broken
  })
}

/** Whether a file of the fence imports or requires another of its files (`./circle`, `./a.js`). */
function loadsAnother(code: string, parts: readonly FencePart[]): boolean {
  const lines = code.split('\n')
  const stem = (name: string) => (name.split('/').at(-1) ?? '').replace(/\.[cm]?[jt]sx?$/, '')
  return parts.some((part) => {
    const text = lines.slice(part.start - 1, part.end).join('\n')
    const loaded = [
      ...text.matchAll(/(?:\bfrom\s*|\brequire\s*\(\s*|^\s*import\s*)['"]\.{1,2}\/([^'"]+)['"]/gmu),
    ].map((match) => stem(match[1] ?? ''))
    return parts.some((other) => other !== part && loaded.includes(stem(other.name)))
  })
}

/** Whether two of the files declare `name` at their top level. */
function declaredInTwo(code: string, parts: readonly FencePart[], name: string): boolean {
  const lines = code.split('\n')
  const id = `(?<![\\p{L}\\p{N}_$])${name.replace(/[$]/g, '\\$')}(?![\\p{L}\\p{N}_$])`
  const declares = new RegExp(
    `^(?:export\\s+)?(?:(?:async\\s+)?function\\*?\\s+${id}|(?:const|let|var|class)\\s+${id}|import\\s.*${id})`,
    'u',
  )
  const declaring = parts.filter((part) =>
    lines.slice(part.start - 1, part.end).some((line) => declares.test(line)),
  )
  return declaring.length >= 2
}

/**
 * A fence that shows a module and the code importing it, with no header
 * naming each file (`// module file you have installed from npm` / `export
 * function doSomething` … `import { doSomething } from 'module-name'`): Node
 * refuses the import, its name `already been declared` by the `export` above
 * in the same fence. No one file can import the name it exports itself, so
 * the import begins a second file. `undefined` otherwise: a name declared
 * twice without an `export` stays the code's error.
 */
function importOfOwnExport(code: string, output: string): string | undefined {
  const name = /Identifier '([^']+)' has already been declared/.exec(output)?.[1]
  if (name === undefined) return undefined
  const id = `(?<![\\p{L}\\p{N}_$])${name.replace(/[$]/g, '\\$')}(?![\\p{L}\\p{N}_$])`
  const exported = new RegExp(
    `^\\s*export\\s+(?:default\\s+)?(?:(?:async\\s+)?function\\*?\\s+${id}|(?:const|let|var|class)\\s+${id})`,
    'u',
  )
  const importing = new RegExp(
    `^\\s*import\\s*\\{[^}]*${id}[^}]*\\}\\s*from\\s*(['"])([^'"]+)\\1`,
    'u',
  )
  const lines = code.split('\n')
  const exportAt = lines.findIndex((line) => exported.test(line))
  if (exportAt < 0) return undefined
  const source = lines
    .slice(exportAt + 1)
    .map((line) => importing.exec(line)?.[2])
    .find((from) => from !== undefined)
  if (source === undefined) return undefined
  return `several files in one fence: the module exporting \`${name}\` and the code importing it from \`${source}\`, each saved on its own, not one program`
}
