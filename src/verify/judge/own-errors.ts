import escapeStringRegexp from 'escape-string-regexp'
import globals from 'globals'
import leven from 'leven'
import { callsRemovedBuiltin } from '../read/not-checkable/needs/python2-builtins.js'
import { knownGlobals, nearSpelling } from '../read/not-checkable/needs/unloaded-namespace.js'
import type { Sample } from '../read/remark-extract-samples.js'
import { isShellRunner } from '../runner-id.js'
import { builtinSchemeImport } from './builtin-scheme-imports.js'
import { callsWithPlaceholders } from './placeholder-calls.js'
import { usesStandardModule } from './standard-modules.js'
import { annotatesWithTyping } from './typing-names.js'

/**
 * How a sample with no documented output stopped when run: an error of its
 * own code at one of its lines, which every reader who runs it meets (a
 * failure), or something of the reader's machine it needs (a note, with why).
 */
export type StopCause =
  | { own: true; line: number; error: string }
  | { own: false; why: string; line?: number | undefined }

/**
 * Python errors that are the code's own when raised at a line of the sample
 * (its innermost frame): a name, a type, an attribute, an index, a key, a
 * value, a division by zero, a recursion without end.
 */
const pythonOwn = new Set([
  'NameError',
  'UnboundLocalError',
  'TypeError',
  'AttributeError',
  'ZeroDivisionError',
  'IndexError',
  'KeyError',
  'ValueError',
  'RecursionError',
  'OverflowError',
  'UnicodeEncodeError',
])

/** Python errors raised by what the machine lacks: files, permissions, the network, typed input, a display. */
const pythonMachine: ReadonlyArray<{ error: RegExp; why: string }> = [
  {
    error: /^(?:FileNotFoundError|IsADirectoryError|NotADirectoryError)$/,
    why: "a file or folder of the author's machine",
  },
  { error: /^(?:PermissionError)$/, why: "a permission of the author's machine" },
  { error: /^(?:ModuleNotFoundError|ImportError)$/, why: 'a module that is not installed here' },
  { error: /^EOFError$/, why: 'typed input (`input()`), which a run has none of' },
  {
    error: /Connection|Timeout|gaierror|URLError|HTTPError|socket|SSLError|BrokenPipe|herror/,
    why: 'the network or a server',
  },
  {
    error: /^(?:OSError|TclError|_tkinter\.TclError)$/,
    why: "a device, a display or a service of the author's machine",
  },
  { error: /^KeyboardInterrupt$/, why: 'a reader stopping it with Ctrl-C' },
]

/** JavaScript errors that are the code's own when thrown at a line of the sample. */
const javascriptOwn = new Set([
  'ReferenceError',
  'TypeError',
  'RangeError',
  'SyntaxError',
  'URIError',
])

/** What Node says when a file, a module, a permission or the network is missing. */
const nodeMachine =
  /\b(?:ENOENT|EACCES|EPERM|ECONNREFUSED|ECONNRESET|EADDRINUSE|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|ERR_MODULE_NOT_FOUND|MODULE_NOT_FOUND)\b|Cannot find (?:module|package)/

/**
 * What bash itself says of a line's code, not of the machine: an expansion
 * it cannot make, arithmetic it cannot read, a name it cannot assign.
 */
const shellOwn =
  /: (?:bad substitution|division by 0.*|(?:syntax error|attempted assignment to non-variable|invalid arithmetic operator|operand expected|syntax error: operand expected|syntax error in expression)\b.*|bad array subscript|not a valid identifier|readonly variable|invalid variable name)$/

/**
 * Why the run of a sample with no documented output stopped, from its
 * output: the code's own error at its line, or what of the reader's machine
 * it needs. `undefined` when the output names no error of either kind.
 */
export function stopCause(
  sample: Sample,
  output: string,
  samplePath: string,
): StopCause | undefined {
  if (sample.runner.id === 'python') return pythonStop(sample, output, samplePath)
  if (sample.runner.id === 'javascript' || sample.runner.id === 'typescript') {
    return javascriptStop(sample, output, samplePath)
  }
  if (isShellRunner(sample.runner)) return shellStop(output, samplePath)
  return undefined
}

function pythonStop(sample: Sample, output: string, samplePath: string): StopCause | undefined {
  const lines = output.trimEnd().split('\n')
  const last = lines.at(-1) ?? ''
  const raised = /^([A-Za-z_][\w.]*)(?::\s?(.*))?$/.exec(last)
  if (!raised || !output.includes('Traceback (most recent call last):')) return undefined
  const qualified = raised[1] ?? ''
  const name = qualified.split('.').at(-1) ?? qualified
  const message = raised[2] ?? ''
  const error = message ? `${name}: ${message}` : name
  const frames = [...output.matchAll(/^\s*File "([^"]*)", line (\d+)/gm)]
  const innermost = frames.at(-1)
  const line = innermost?.[1] === samplePath ? Number(innermost[2]) : undefined
  const machine = pythonMachine.find((entry) => entry.error.test(qualified))
  if (machine) return { own: false, why: `needs ${machine.why} (\`${error}\`)`, line }
  if (line === undefined) {
    return { own: false, why: `stops inside a library it calls (\`${error}\`)` }
  }
  if (!pythonOwn.has(name)) return { own: false, why: `raises \`${error}\``, line }
  const text = sample.code.split('\n')[line - 1] ?? ''
  // Command-line arguments and environment variables are the reader's to give.
  if (/\bargv\b/.test(text))
    return { own: false, why: `needs command-line arguments (\`${error}\`)`, line }
  if (/\benviron\b|\bgetenv\b/.test(text)) {
    return { own: false, why: `needs an environment variable (\`${error}\`)`, line }
  }
  if (name === 'NameError') {
    const missing = /name '([^']+)' is not defined/.exec(message)?.[1]
    if (missing !== undefined && !ownName(sample, missing, 'python')) {
      return { own: false, why: setupWhy(missing, error), line }
    }
  }
  return notation(sample, line, error) ?? { own: true, line, error }
}

function javascriptStop(sample: Sample, output: string, samplePath: string): StopCause | undefined {
  const thrown = /^(?:Uncaught )?([A-Z]\w*)(?: \[(\w+)\])?: (.*)$/m.exec(output)
  if (!thrown) return undefined
  const [, name = '', code = '', message = ''] = thrown
  const error = `${name}: ${message}`
  const file = escapeStringRegexp(samplePath)
  const at = new RegExp(`${file}:(\\d+)`).exec(
    output.slice(0, thrown.index + thrown[0].length + 400),
  )
  const line = at ? Number(at[1]) : undefined
  // `import fs from 'fs:node'`: a built-in module's name written as a URL scheme, refused everywhere.
  const schemeLine = builtinSchemeImport(sample.code, code, message)
  if (schemeLine !== undefined) return { own: true, line: schemeLine, error }
  if (nodeMachine.test(`${code} ${message}`)) {
    return {
      own: false,
      why: `needs a file, a module or a server of the author's machine (\`${error}\`)`,
      line,
    }
  }
  if (line === undefined)
    return { own: false, why: `stops inside a library it calls (\`${error}\`)` }
  if (!javascriptOwn.has(name)) return { own: false, why: `throws \`${error}\``, line }
  const missing = /^(\S+) is not defined$/.exec(message)?.[1]
  if (name === 'ReferenceError' && missing !== undefined) {
    if (Object.hasOwn(globals.browser, missing) && !Object.hasOwn(globals.node, missing)) {
      return {
        own: false,
        why: `is written for a browser: \`${missing}\` is a browser's, not Node's`,
        line,
      }
    }
    if (!ownName(sample, missing, 'javascript'))
      return { own: false, why: setupWhy(missing, error), line }
  }
  return notation(sample, line, error) ?? { own: true, line, error }
}

function shellStop(output: string, samplePath: string): StopCause | undefined {
  const file = escapeStringRegexp(samplePath)
  for (const match of output.matchAll(new RegExp(`^${file}: line (\\d+): (.*)$`, 'gm'))) {
    const said = `: ${match[2] ?? ''}`
    // A name in another script (`变量`) is a placeholder of a synopsis, not a name.
    if (/[^\p{ASCII}]/u.test(said) && /not a valid identifier/.test(said)) continue
    if (shellOwn.test(said)) return { own: true, line: Number(match[1]), error: match[2] ?? '' }
  }
  return undefined
}

/** A comment saying the line it ends fails: `// Impossible!`, `# 报错`, `# not allowed`. */
const failingComment =
  /(?:\/\/|#)[^'"`]*(?:!|\b(?:impossible|not allowed|cannot|can't|won't|invalid|illegal|error|fails?)\b|不能|不可以|不允许|错误|报错|无效|非法)/iu

/**
 * A raising line that is not code in earnest: a comment on it saying it
 * fails (the author shows the error on purpose), a type written where a
 * value goes (`int(str)`, a signature's notation), or a value written after
 * `=` as a result (`0.1.toPrecision(21) = 0.1000…`).
 */
function notation(sample: Sample, line: number, error: string): StopCause | undefined {
  const text = sample.code.split('\n')[line - 1] ?? ''
  if (failingComment.test(text)) {
    return { own: false, why: `raises \`${error}\` where its comment says the line fails`, line }
  }
  if (/^TypeError: .* not 'type'$/.test(error)) {
    return {
      own: false,
      why: `passes a type where a value goes, a signature's notation (\`${error}\`)`,
      line,
    }
  }
  // `this.x` read outside any function: a method's body shown without its class.
  const read = /^TypeError: Cannot read properties of undefined \(reading '([^']+)'\)$/.exec(
    error,
  )?.[1]
  if (read !== undefined && new RegExp(`\\bthis\\.${escapeStringRegexp(read)}\\b`).test(text)) {
    return {
      own: false,
      why: `reads \`this.${read}\` outside any function: a method's body shown without its class`,
      line,
    }
  }
  if (/Invalid left-hand side in assignment/.test(error)) {
    return { own: false, why: `writes a result after \`=\`, a notation (\`${error}\`)`, line }
  }
  return undefined
}

/** Python's built-in names a misspelling may be near (`pritn`, `lenght`). */
export const pythonBuiltins =
  'Exception False None True abs all any bool bytes callable chr dict dir divmod enumerate eval exec filter float format frozenset getattr globals hasattr hash hex id input int isinstance issubclass iter len list locals map max min next object open ord pow print property range repr reversed round set setattr slice sorted staticmethod str sum super tuple type vars zip'.split(
    ' ',
  )

/** The names a sample binds: definitions, assignments, imports, loop targets, `as` names. */
function boundNames(code: string, language: 'python' | 'javascript'): Set<string> {
  const bindings =
    language === 'python'
      ? /^\s*(?:async\s+)?(?:def|class)\s+([\p{L}_][\p{L}\p{N}_]*)|^\s*([\p{L}_][\p{L}\p{N}_]*)\s*(?::[^=\n]*)?=(?!=)|\bas\s+([\p{L}_][\p{L}\p{N}_]*)|^\s*for\s+([\p{L}_][\p{L}\p{N}_]*)\s+in\b|^\s*import\s+([\p{L}_][\p{L}\p{N}_]*)/gmu
      : /\b(?:let|const|var|function|class)\s+([\p{L}_$][\p{L}\p{N}_$]*)/gu
  const names = new Set<string>()
  for (const match of code.matchAll(bindings)) {
    const name = match.slice(1).find((group) => group !== undefined)
    if (name) names.add(name)
  }
  // `from m import a, b`: each name imported.
  if (language === 'python') {
    for (const match of code.matchAll(/^\s*from\s+\S+\s+import\s+([^\n#]+)/gmu)) {
      for (const part of (match[1] ?? '').replace(/[()]/g, '').split(',')) {
        const name = part
          .trim()
          .split(/\s+as\s+/)
          .at(-1)
        if (name) names.add(name)
      }
    }
  }
  return names
}

/**
 * Whether a name the code uses and nothing defines is the sample's own
 * fault: it binds the name elsewhere (used before its line), misspells a
 * name it or an earlier sample of the page binds or, by one letter, a built-in one,
 * uses a standard module it never imports (`struct.unpack`; not in a signature whose
 * arguments are all undefined names, `re.split(pattern, string)`) (`cosole`, `lenght`; not
 * `key1` beside `key2`, a placeholder's numbering, `items` beside the loop's `item`, a name under four
 * letters, or one differing by case alone, `regexp` beside `RegExp`), or calls a Python 2 built-in Python 3
 * removed (`reduce`). Any other name is setup the page does not show.
 */
function ownName(sample: Sample, name: string, language: 'python' | 'javascript'): boolean {
  if (language === 'python' && callsRemovedBuiltin(sample.code, name)) return true
  const bound = boundNames(sample.code, language)
  const page = sample.definedBefore ?? []
  if (language === 'python' && usesStandardModule(sample.code, name)) {
    const known = (other: string) =>
      bound.has(other) || page.includes(other) || pythonBuiltins.includes(other)
    return !callsWithPlaceholders(sample.code, name, known)
  }
  if (bound.has(name)) return true
  // A `typing` name in an annotation is the judge's import, not a typo (`List` beside `dist`).
  if (language === 'python' && annotatesWithTyping(sample.code, name)) return false
  const builtins = language === 'python' ? pythonBuiltins : knownGlobals
  const digitless = (text: string) => text.replace(/\d+/g, '')
  // A name and its plural are two names, not a typo: `for item in items`, `rows` beside `row`.
  const plural = (one: string, many: string) => many === `${one}s` || many === `${one}es`
  // Note: names of fewer than four letters are too short to tell a typo (`Row` is not `pow`), and
  // case alone tells a placeholder from a name (`regexp`, `string`, `Cat` beside `cat`).
  const near = (other: string, most: number) =>
    Math.min(name.length, other.length) >= 4 &&
    name.toLowerCase() !== other.toLowerCase() &&
    digitless(name) !== digitless(other) &&
    !plural(name, other) &&
    !plural(other, name) &&
    nearSpelling(name, other) &&
    leven(name, other) <= most
  // A name an earlier sample of the page defines, misspelt (`new Appliacation()` after `class Application`).
  return (
    [...bound, ...page].some((other) => near(other, 2)) || builtins.some((other) => near(other, 1))
  )
}

function setupWhy(name: string, error: string): string {
  return `uses \`${name}\`, which nothing on the page defines: setup the post does not show (\`${error}\`)`
}
