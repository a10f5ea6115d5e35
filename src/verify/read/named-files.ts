import escapeStringRegexp from 'escape-string-regexp'
import type { Code, Parent } from 'mdast'
import { toString as plainText } from 'mdast-util-to-string'

/** A file name a reader would save code under: `hello.py`, `test.sh`, `data.json`. */
const fileName =
  /(?<![\p{L}\p{N}_/.-])([\p{L}\p{N}_-]+(?:\.[\p{L}\p{N}_-]+)*\.(?:sh|bash|zsh|py|js|mjs|cjs|ts|mts|json|txt|csv|log|ya?ml|toml|ini|cfg|conf|env|html|xml|md))(?![\w-])/u
const metaName = /(?:^|\s)(?:title|filename|file|name)=["']?([^"'\s]+)["']?/
const commentName =
  /^\s*(?:#|\/\/|<!--)\s*(?:[\p{L}]+(?:[:：]\s*|\s+)){0,3}([\p{L}\p{N}_./-]+\.\w+)\s*(?:-->)?\s*$/u

/**
 * The name a post gives the code of a fence, so a later sample can run or
 * read it (`$ bash test.sh`, `open("data.json")`): a `title=`/`filename=`
 * in the meta, a first line that is only a comment naming a file, or the
 * paragraph just before naming one (`Save this as `test.sh`:`), unless the
 * fence is a `>>>` session or a `$ ` transcript, typed at a prompt.
 */
export function fenceFileName(node: Code, parent: Parent, index: number): string | undefined {
  const fromMeta = metaName.exec(node.meta ?? '')?.[1]
  if (fromMeta && fileName.test(fromMeta)) return baseName(fromMeta)
  // The first line, or the one after a `#!` line, that is only a comment naming a file.
  const [first = '', second = ''] = node.value.split('\n')
  const fromComment = commentName.exec(first.startsWith('#!') ? second : first)?.[1]
  if (fromComment && fileName.test(fromComment)) return baseName(fromComment)
  // A `>>>` session or a prompt's transcript is typed at a prompt, never a file's text.
  if (/^\s*(?:>>>|In \[\d+\]:|\$ )/u.test(node.value)) return undefined
  const before = parent.children[index - 1]
  if (before?.type === 'paragraph') {
    const text = plainText(before)
    const names = [...new Set([...text.matchAll(new RegExp(fileName, 'gu'))].map((m) => m[1]))]
    const last = names.at(-1)
    // A lead-in ending in a colon names the file it shows; a sentence naming one file of the
    // fence's own kind (`a script test.sh.` before a bash fence) does too.
    // A fence that names the file itself (`nano hello.sh`) is a command about it, not its text.
    const aboutIt = last !== undefined && node.value.includes(last)
    if (
      last &&
      !aboutIt &&
      (/[:：]\s*$/.test(text) || (names.length === 1 && suits(last, node.lang)))
    ) {
      return baseName(last)
    }
  }
  return undefined
}

const extensionsOf: Record<string, readonly string[]> = {
  sh: ['bash', 'sh', 'shell', 'zsh'],
  bash: ['bash', 'sh', 'shell'],
  zsh: ['zsh', 'sh', 'shell'],
  py: ['python', 'py', 'python3'],
  js: ['js', 'javascript', 'node'],
  mjs: ['js', 'javascript', 'mjs'],
  cjs: ['js', 'javascript', 'cjs'],
  ts: ['ts', 'typescript'],
  json: ['json'],
  csv: ['csv'],
  txt: ['text', 'txt', ''],
}

/** Languages of fences that hold any text: a file of any kind may be shown in one. */
const anyText = new Set(['', 'text', 'txt', 'plain', 'plaintext'])

/**
 * Whether a fence's language is another program's than its file name says
 * (a `ruby` fence named `triple_quotes.py`, kept for its colours): what it
 * holds is not that file as the post runs it, so no sample is given it.
 */
export function inOtherLanguage(name: string, language: string | null | undefined): boolean {
  const extension = name.split('.').at(-1) ?? ''
  const fitting = extensionsOf[extension]
  const lang = language?.toLowerCase() ?? ''
  return (
    fitting !== undefined &&
    ['sh', 'bash', 'zsh', 'py', 'js', 'mjs', 'cjs', 'ts'].includes(extension) &&
    !anyText.has(lang) &&
    !fitting.includes(lang)
  )
}

/** Whether a file name's extension fits a fence language. */
function suits(name: string, language: string | null | undefined): boolean {
  const extension = name.split('.').at(-1) ?? ''
  return extensionsOf[extension]?.includes(language?.toLowerCase() ?? '') ?? false
}

/**
 * The files of earlier fences a sample's code names (`bash test.sh`,
 * `open("data.json")`, `import module1` for `module1.py`). A script the sample runs (`./hello.sh`, `bash
 * hello.sh`) that no fence was named as is the latest earlier shell script
 * (a fence starting with `#!`), as a reader saves the script just shown.
 */
export function filesUsed(
  code: string,
  earlier: ReadonlyMap<string, NamedFile>,
  latestScript?: NamedFile | undefined,
  latestModule?: NamedFile | undefined,
): Record<string, string> {
  const files: Record<string, string> = {}
  for (const [name, file] of earlier) {
    const pattern = new RegExp(`(?<![\\w.-])${escapeStringRegexp(name)}(?![\\w-])`)
    // A Python module is named without its extension: `import module1`, `from module1 import foo`.
    // In a `>>>` session too: `>>> from module1 import foo`; a module may have any letter (`订单.py`).
    const module = /^([\p{L}\p{N}_]+)\.py$/u.exec(name)?.[1]
    const imported =
      module &&
      new RegExp(
        `^\\s*(?:(?:>>>|In \\[\\d+\\]:)\\s*)?(?:import|from)\\s+${module}(?![\\p{L}\\p{N}_])`,
        'mu',
      ).test(code)
    if (pattern.test(code) || imported || requiredWithoutExtension(code, name)) {
      files[name] = file.content
    }
  }
  if (latestScript !== undefined) {
    for (const match of code.matchAll(scriptRun)) {
      const name = match[1]
      const named = name === undefined ? undefined : earlier.get(name)
      if (name && (!named || named.order < latestScript.order)) files[name] = latestScript.content
    }
  }
  // A module shown again under no name (`exports.FunA = FunA` after the fence `//b.js`) is the
  // file as the post now has it, for the sample that loads that one file of the page after it.
  const loaded = [...new Set([...code.matchAll(localModule)].map((m) => withExtension(m[1] ?? '')))]
  const [only] = loaded
  const named = only === undefined ? undefined : earlier.get(only)
  if (
    latestModule &&
    only &&
    loaded.length === 1 &&
    named &&
    named.order < latestModule.order &&
    // Note: a later module not holding the names the sample imports (`import { firstName }`)
    // is another module of the page, not the file shown again.
    namesImported(code).every((name) => wordIn(latestModule.content, name))
  ) {
    files[only] = latestModule.content
  }
  return files
}

/**
 * Whether CommonJS code loads a page file by its name without the extension
 * (`require('./tutorial')` for `tutorial.js`), which Node's `require` resolves
 * by trying `.js`, `.json` and `.node`; an ES `import` needs the full name.
 */
function requiredWithoutExtension(code: string, name: string): boolean {
  const stem = /^([\p{L}\p{N}_.-]+)\.(?:js|json)$/u.exec(name)?.[1]
  if (stem === undefined) return false
  return new RegExp(
    `\\brequire\\s*\\(\\s*(['"\`])\\./${escapeStringRegexp(stem)}\\1\\s*\\)`,
    'u',
  ).test(code)
}

/** A page file a JavaScript sample loads: `require('./b.js')`, `from './b'`. */
const localModule = /(?:\brequire\s*\(\s*|\bfrom\s+|^\s*import\s+)['"]\.\/([\p{L}\p{N}_.-]+)['"]/gmu

/** The names a sample imports by name from a page file: `import { a, b as c } from './x'` gives `a`, `b`. */
function namesImported(code: string): string[] {
  const lists = [...code.matchAll(/\bimport\s*\{([^}]*)\}\s*from\s*['"]\.\//gu)]
  return lists.flatMap((list) =>
    (list[1] ?? '')
      .split(',')
      .map((item) => item.trim().split(/\s+as\s+/)[0] ?? '')
      .filter((name) => name !== ''),
  )
}

function wordIn(text: string, name: string): boolean {
  return new RegExp(
    `(?<![\\p{L}\\p{N}_$])${escapeStringRegexp(name)}(?![\\p{L}\\p{N}_$])`,
    'u',
  ).test(text)
}

function withExtension(name: string): string {
  return /\.[cm]?js$/.test(name) ? name : `${name}.js`
}

/**
 * Whether a fence is a JavaScript module, one that exports (`module.exports = f`,
 * `exports.f = f`, `export function f`) and loads no file of the page itself.
 */
export function isPageModule(code: string, language: string | null | undefined): boolean {
  return (
    ['js', 'javascript', 'node', 'mjs', 'cjs'].includes(language?.toLowerCase() ?? '') &&
    /^\s*(?:(?:module\.)?exports(?:\.[\p{L}\p{N}_$]+)?\s*=|export\s+(?:default|function|const|let|var|class|\{))/mu.test(
      code,
    ) &&
    !new RegExp(localModule.source, 'mu').test(code)
  )
}

/** The text of a fence a later sample may use as a file, and where it stands among the fences. */
export interface NamedFile {
  content: string
  order: number
}

/** A shell script run by name: `./hello.sh`, `bash hello.sh`, `sh ./hello.sh`. */
const scriptRun =
  /(?:^|[\s;&|$])(?:(?:bash|sh|zsh|source|\.)\s+)?(?:\.\/)?([\w-]+\.(?:sh|bash))(?![\w-])/gm

function baseName(name: string): string {
  return name.split('/').at(-1) ?? name
}

/** Write the files a sample uses into its folder, scripts executable, before it runs. */
export async function writeNamedFiles(
  folder: string,
  files: Record<string, string>,
): Promise<void> {
  const { writeFile } = await import('node:fs/promises')
  const path = await import('node:path')
  await Promise.all(
    Object.entries(files).map(([name, content]) =>
      writeFile(path.join(folder, name), content.endsWith('\n') ? content : `${content}\n`, {
        mode: 0o755,
      }),
    ),
  )
}
