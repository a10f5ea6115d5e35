import escapeStringRegexp from 'escape-string-regexp'
import { topLevelStatements } from '../../code/statements.js'
import { syntaxTree } from '../../code/syntax-trees.js'
import type { Sample } from '../../remark-extract-samples.js'

/**
 * Samples that show the shape of some code rather than a program to run:
 * one name defined twice in two ways side by side, an anonymous class or
 * function left alone from an expression, or declarations only, shown with
 * an error that needs code the sample does not have.
 */

/**
 * The lines of two alternative definitions of one name, for a sample Node
 * rejects as declaring it twice: nothing between them uses the name, so
 * the second is another way to write the first (`const square = a => a * a`
 * / `// Equivalent regular function` / `function square(a) {...}`), not a
 * program that redefines what it used. `undefined` otherwise.
 */
export function alternativeDefinitions(
  sample: Sample,
  output: string,
): { name: string; lines: [number, number] } | undefined {
  const found = /SyntaxError: Identifier '([^'\s]+)' has already been declared/.exec(output)?.[1]
  if (found === undefined) return undefined
  // Names in any script (`平方`), not only ASCII.
  const name = escapeStringRegexp(found)
  const lines = sample.code.split('\n')
  const declares = new RegExp(
    `^\\s*(?:(?:const|let|var)\\s+|(?:async\\s+)?function\\*?\\s+|class\\s+)${name}(?![\\p{L}\\p{N}_$])`,
    'u',
  )
  const declarations = lines.flatMap((line, index) => (declares.test(line) ? [index] : []))
  const [first, second] = declarations
  if (first === undefined || second === undefined) return undefined
  // A declaration whose comment says it throws is the redeclaration the post shows failing
  // (`let a = 5; // TypeError: Identifier 'a' has already been declared`), no other way to write it.
  if (declarations.some((index) => claimsError.test(lines[index] ?? ''))) return undefined
  const uses = new RegExp(`(?<![\\p{L}\\p{N}_$.])${name}(?![\\p{L}\\p{N}_$])`, 'u')
  const between = lines.slice(first + 1, second).map((line) => line.replace(/\/\/.*$/, ''))
  if (between.some((line) => uses.test(line))) return undefined
  return { name: found, lines: [first + 1, second + 1] }
}

/** A trailing comment saying its line throws: `// TypeError: ...`, `// SyntaxError`, `// 报错`, `// throws`. */
const claimsError = /\/\/.*(?:\b[A-Z]\w*Error\b|报错|错误|\bthrows?\b|\berror\b)/u

/** A statement that starts as an anonymous class or function, valid only inside an expression. */
const anonymousStart =
  /^\s*(?:class\s*(?:extends\s+[\w$.]+\s*)?\{|(?:async\s+)?function\s*\*?\s*\()/

/** The line of a fragment of an expression the sample starts with (`class { m() {} }`), or `undefined`. */
export function expressionFragment(sample: Sample, line: number | undefined): number | undefined {
  if (sample.runner.id !== 'javascript' && sample.runner.id !== 'typescript') return undefined
  if (line === undefined) return undefined
  const text = sample.code.split('\n')[line - 1] ?? ''
  return anonymousStart.test(text) ? line : undefined
}

/** The first line of a sample that is one object literal shown as a value, or `undefined`. */
export function objectLiteralAt(sample: Sample): number | undefined {
  if (sample.runner.id !== 'javascript' && sample.runner.id !== 'typescript') return undefined
  return objectLiteralSample(sample) ? firstCodeLine(sample.code) : undefined
}

/**
 * Whether the whole sample is one object literal shown as a value (`{`
 * `target: 'on', action() {...} }`): as statements it is a block that does
 * not parse, as an expression it does.
 */
function objectLiteralSample(sample: Sample): boolean {
  const code = sample.code.trim().replace(/[,;]$/u, '')
  if (!code.startsWith('{') || !code.endsWith('}')) return false
  return parsesAsExpression(sample, code)
}

/**
 * A line opening a member of an object literal: `name: function (a) {`, `name: (a) => {`, `name(a) {`,
 * or a quoted key opening an object or an array (`'handlers': {`), as a configuration's part is shown;
 * a bare `name: {` is a labelled block, code.
 */
const memberStart =
  /^\s*(?:[\p{L}_$][\p{L}\p{N}_$]*\s*(?::\s*(?:async\s+)?(?:function\b|\([^)]*\)\s*=>)|\([^)]*\)\s*\{)|(['"])[^'"\n]+\1\s*:\s*[{[])/u

/**
 * The first line of a sample that is members of an object literal shown
 * without its braces (`_transformDatum: function(datum) {` … `},`, an
 * excerpt of a library's prototype): as statements it does not parse, inside
 * `{` and `}` it does. `undefined` otherwise.
 */
export function objectMembersAt(sample: Sample): number | undefined {
  if (sample.runner.id !== 'javascript' && sample.runner.id !== 'typescript') return undefined
  const first = firstCodeLine(sample.code)
  const lines = sample.code.split('\n')
  const opening = lines[first - 1] ?? ''
  if (!memberStart.test(opening)) return undefined
  // `greet(name) {` alone is a function missing its keyword, a mistake; a
  // shorthand method is a member only beside another one at its indentation.
  const indent = /^\s*/u.exec(opening)?.[0] ?? ''
  const siblings = lines.filter(
    (text) =>
      text.startsWith(indent) && !/^\s/u.test(text.slice(indent.length)) && memberStart.test(text),
  )
  if (
    !/^\s*(?:[\p{L}_$][\p{L}\p{N}_$]*|(['"])[^'"\n]+\1)\s*:/u.test(opening) &&
    siblings.length < 2
  )
    return undefined
  const members = sample.code.trim().replace(/[,;]$/u, '')
  return parsesAsExpression(sample, `{\n${members}\n}`) ? first : undefined
}

/** Whether `code` parses as one expression in the sample's language. */
function parsesAsExpression(sample: Sample, code: string): boolean {
  const tree = syntaxTree(
    sample.runner.id === 'typescript' ? 'typescript' : 'javascript',
    `(${code})`,
  )
  let parses = true
  tree.iterate({
    enter: (node) => {
      if (node.type.isError) parses = false
    },
  })
  return parses
}

/** The number of the first line of code that is not blank. */
function firstCodeLine(code: string): number {
  return code.split('\n').findIndex((line) => line.trim() !== '') + 1
}

/**
 * Whether a sample only declares (classes, functions) and so runs nothing
 * that could raise the error its documented output shows: the error needs
 * a use of them the post has elsewhere or not at all.
 */
export function declaresOnly(sample: Sample): boolean {
  const statements = topLevelStatements(sample.runner, sample.code)
  if (!statements || statements.length === 0) return false
  const declaration =
    sample.runner.id === 'python'
      ? /^(?:async\s+)?(?:def|class)\s|^@/
      : /^(?:export\s+)?(?:(?:async\s+)?function\b|class\s)/
  return statements.every((statement) => declaration.test(statement.text.trim()))
}
