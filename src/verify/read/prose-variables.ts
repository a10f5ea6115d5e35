import type { InlineCode, Root } from 'mdast'
import { visit } from 'unist-util-visit'

/** A shell variable a sentence of the post sets in inline code (`param="unix-is-fun"`), and where. */
export interface ProseAssignment {
  name: string
  value: string
  line: number
}

/**
 * `name=value`, `export name=value` alone in inline code, the value a literal
 * the shell reads as itself: a word, or a quoted string without expansions
 * (`"unix-is-fun"`, `'a b'`).
 */
const assignment =
  /^(?:export\s+)?([A-Za-z_]\w*)=(?:([^\s'"`$\\;&|<>()]+)|"([^"`$\\]*)"|'([^']*)')$/u

/** Every shell assignment the post's sentences hold in inline code, in document order. */
export function proseAssignments(tree: Root): ProseAssignment[] {
  const found: ProseAssignment[] = []
  visit(tree, 'inlineCode', (node: InlineCode) => {
    const match = assignment.exec(node.value.trim())
    if (!match?.[1]) return
    const value = match[2] ?? match[3] ?? match[4] ?? ''
    found.push({ name: match[1], value, line: node.position?.start.line ?? 0 })
  })
  return found
}

/** Variables bash or the sandbox sets itself, which a sentence does not change for a run. */
const setByShell =
  /^(?:BASH\w*|EUID|GROUPS|HOME|HOSTNAME|HOSTTYPE|IFS|LANG|LC_\w+|LINENO|MACHTYPE|OLDPWD|OPT\w+|OSTYPE|PATH|PPID|PS\d|PWD|RANDOM|SECONDS|SHELL\w*|SHLVL|TMPDIR|UID|PYTHON\w*|NO_COLOR|TERM|VIRTUAL_ENV|PYENV_\w+|SYSTEMROOT)$/u

/**
 * The variables a shell sample expands without setting them itself that a
 * sentence above it sets (`` `param="unix-is-fun"` `` then `echo ${param:4}`),
 * each with the value the latest such sentence gives: a reader following the
 * post typed that line into the shell first, so the sample runs with it.
 * Empty when the sample sets or reads each name itself (`read name`, `for
 * name in`), or no sentence above sets it.
 */
export function variablesSetInProse(
  code: string,
  line: number,
  assignments: readonly ProseAssignment[],
): Record<string, string> {
  const variables: Record<string, string> = {}
  const expanded = expandedNames(code)
  for (const { name, value, line: at } of assignments) {
    if (at >= line || !expanded.has(name) || setByShell.test(name)) continue
    if (setsItself(code, name)) continue
    variables[name] = value
  }
  return variables
}

/** The names a shell sample expands, `$name` or `${name...}`, outside single quotes. */
function expandedNames(code: string): Set<string> {
  const text = code.replace(/'[^'\n]*'/g, "''")
  return new Set([...text.matchAll(/\$\{?([A-Za-z_]\w*)/g)].map((match) => match[1] ?? ''))
}

/** Whether the sample assigns or reads the name itself. */
function setsItself(code: string, name: string): boolean {
  return new RegExp(
    `(?:^|[\\s;&|(])${name}\\+?=|\\b(?:read|for|export|declare|local|typeset|readonly|getopts|unset|select|mapfile|readarray)\\b[^\\n;]*\\b${name}\\b`,
    'm',
  ).test(code)
}

/** A shell variable a sentence asks the reader to set, with no value given (`` set `API_URL` first ``), and where. */
export interface ProseNamedVariable {
  name: string
  line: number
}

/** Words asking the reader to set a variable: `set`, `export`, `define`, `设置`, `定义`, `赋值`. */
const settingWords =
  /\b(?:set|sets|setting|export|exporting|define|defining|assign|assigning)\b|设置|设定|定义|赋值|导出/iu

/** A variable's name alone in inline code: `NAME`, `$NAME`, `${NAME}`. */
const variableName = /^\$?\{?([A-Za-z_]\w*)\}?$/u

/** The variables sentences ask the reader to set without giving a value, in document order. */
export function proseNamedVariables(tree: Root): ProseNamedVariable[] {
  const found: ProseNamedVariable[] = []
  visit(tree, 'paragraph', (paragraph) => {
    const text = paragraph.children
      .map((child) => (child.type === 'text' ? child.value : ' '))
      .join('')
    if (!settingWords.test(text)) return
    for (const child of paragraph.children) {
      if (child.type !== 'inlineCode') continue
      const name = variableName.exec(child.value.trim())?.[1]
      // A lower-case word alone is a command or a value as often as a variable: only `$name` counts.
      if (name === undefined || (!/^[A-Z_\d]+$/u.test(name) && !child.value.includes('$'))) continue
      found.push({ name, line: child.position?.start.line ?? 0 })
    }
  })
  return found
}

/**
 * The variables a shell sample expands without setting them that a sentence
 * above asks the reader to set, giving no value (`` Set `$API_URL` to your
 * server first ``), with the sentence's line: the value is the reader's, so
 * what the sample prints with it cannot be checked here.
 */
export function variablesNamedInProse(
  code: string,
  line: number,
  named: readonly ProseNamedVariable[],
  given: Readonly<Record<string, string>>,
): Record<string, number> {
  const needs: Record<string, number> = {}
  const expanded = expandedNames(code)
  for (const { name, line: at } of named) {
    if (at >= line || !expanded.has(name) || name in given || setByShell.test(name)) continue
    if (!setsItself(code, name)) needs[name] = at
  }
  return needs
}

/** Why a shell sample that failed cannot be checked: it expands a variable a sentence asks the reader to set. */
export function proseVariableNeed(sample: {
  proseNeeds?: Record<string, number>
}): string | undefined {
  const [name, line] = Object.entries(sample.proseNeeds ?? {})[0] ?? []
  if (name === undefined) return undefined
  return `needs \`$${name}\`, which the text at line ${line} asks the reader to set, with a value of their own`
}
