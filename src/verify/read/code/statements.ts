import type { SyntaxNode } from '@lezer/common'
import { isShellRunner, type RunnerId } from '../../runner-id.js'
import { quoteLeftOpen } from '../transcripts/continuation-prompts.js'
import { withoutLeadingSemicolon } from './leading-semicolons.js'
import { maskedPatternTargets } from './pattern-targets.js'
import { syntaxTree } from './syntax-trees.js'

/** A statement at the top level of a sample. */
export interface Statement {
  /** First and last line, 1-based within the sample. */
  from: number
  to: number
  /** Offsets of its text in the sample's code. */
  start: number
  end: number
  text: string
  /** An expression standing alone, whose value a REPL would show. */
  expression: boolean
}

/**
 * The top-level statements of a sample, from its syntax tree (Lezer's
 * Python and JavaScript grammars; lines joined by `\`, `|` or `&&`, and
 * `if`/`for`/`while`/`case` blocks, for shells). `undefined` for a sample
 * that does not parse. With `openBlocks`, the statements of a bare `{ ... }`
 * block at the top level (JavaScript tutorials wrap each example in one to
 * scope its `let` and `const`) stand in for the block, as a reader pasting
 * the block's body into a console runs them one by one; so do those of a
 * Python `if __name__ == "__main__":` block with no `else`, which run at the
 * top level when the file is run (the driver runs them one by one too).
 */
export function topLevelStatements(
  runner: { id: RunnerId },
  code: string,
  { openBlocks = false }: { openBlocks?: boolean } = {},
): Statement[] | undefined {
  if (isShellRunner(runner)) return shellStatements(code)
  // Note: Lezer refuses member expressions as targets of an array pattern (`[a[i], a[j]] = …`):
  // they are given as names of the same length (pattern-targets.ts).
  // Note: Lezer reads `a` then `!b` on the next line as TypeScript's `a!`; no engine does, so
  // a `!` opening a line is parsed as `~`, another unary operator of the same length. Lezer
  // knows no escaped identifier (`var \u0061 = 1`, `\u{61}`): each is parsed as a plain name
  // of the same length (in a string or a regex, such a change leaves it one).
  // Note: Lezer's Python refuses a bare `yield` statement (`yield` alone on its line, as a
  // `@contextmanager` body has it); it is parsed as `None `, an expression of the same length.
  const tree =
    runner.id === 'python'
      ? syntaxTree('python', code.replace(/^(\s*)yield(?=[ \t]*(?:#.*)?$)/gm, '$1None '))
      : syntaxTree(
          runner.id === 'typescript' ? 'typescript' : 'javascript',
          maskedPatternTargets(code)
            .replace(/^(\s*)!/gm, '$1~')
            .replace(/\\u(?:[\da-fA-F]{4}|\{([\da-fA-F]+)\})/g, (escaped, braced?: string) =>
              braced === undefined ? `_${escaped.slice(1)}` : `_u_${braced}_`,
            ),
        )
  const lineOf = lineIndex(code)
  const statements: Statement[] = []
  let broken = false
  tree.iterate({
    enter(node) {
      if (node.type.isError) broken = true
      return !broken
    },
  })
  if (broken) return undefined
  const read = (parent: SyntaxNode): void => {
    for (let node = parent.firstChild; node; node = node.nextSibling) {
      if (/^(?:Comment|LineComment|BlockComment|\{|\}|:)$/.test(node.name)) continue
      if (openBlocks && runner.id !== 'python' && node.name === 'Block') read(node)
      else if (openBlocks && runner.id === 'python' && mainGuard(node, code)) {
        const body = node.getChild('Body')
        if (body) read(body)
      } else statements.push(statementAt(node))
    }
  }
  const statementAt = (node: SyntaxNode): Statement => {
    let text = code.slice(node.from, node.to).replace(/\s+$/, '')
    if (withoutLeadingSemicolon(text) !== text) {
      // Note: up to the statement's last part, the comment before that `;` left out.
      let last = node.lastChild
      while (last && /^(?:;|LineComment|BlockComment)$/.test(last.name)) last = last.prevSibling
      text = last ? code.slice(node.from, last.to) : withoutLeadingSemicolon(text)
    }
    return {
      from: lineOf(node.from),
      to: lineOf(node.from + text.length),
      start: node.from,
      end: node.from + text.length,
      text,
      expression: node.name === 'ExpressionStatement',
    }
  }
  read(tree.topNode)
  return statements
}

/** `if __name__ == "__main__":` (either way round, either quote) with no `elif` or `else`. */
function mainGuard(node: SyntaxNode, code: string): boolean {
  if (node.name !== 'IfStatement' || node.getChild('elif') || node.getChild('else')) return false
  const test = node.getChild('BinaryExpression')
  const condition = test ? code.slice(test.from, test.to).replace(/\s+/g, ' ') : ''
  return /^(?:__name__ == (['"])__main__\1|(['"])__main__\2 == __name__)$/.test(condition)
}

/** A function from an offset in `code` to its 1-based line. */
function lineIndex(code: string): (offset: number) => number {
  const starts = [0]
  for (let index = 0; index < code.length; index++) if (code[index] === '\n') starts.push(index + 1)
  return (offset) => {
    let low = 0
    let high = starts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if ((starts[middle] ?? 0) <= offset) low = middle
      else high = middle - 1
    }
    return low + 1
  }
}

/** Arithmetic expansions and commands, whose `<<` is a shift: `$[...]`, `$((...))`, `((...))`. */
const arithmetic = /\$\[[^\]\n]*\]|\$?\(\((?:[^()\n]|\([^()\n]*\))*\)\)/g
/** A here-document's operator and delimiter word (`<<EOF`, `<<- 'END'`), not a here-string's `<<<`. */
const heredoc = /(?<!<)<<-?(?!<)\s*['"]?(\w+)/
const opens = /^(?:if|for|while|until|case|select)\b|\{\s*$|\(\s*$|\bthen\s*$|\bdo\s*$/
const closes = /^(?:(?:fi|done|esac)\b|\})|^\)/

/** Shell statements: lines, joined where a command goes on (`\`, a pipe, an open block or quote). */
function shellStatements(code: string): Statement[] {
  const lines = code.split('\n')
  const statements: Statement[] = []
  let depth = 0
  let offset = 0
  let current: Statement | undefined
  lines.forEach((line, index) => {
    const trimmed = line.trim()
    const start = offset
    offset += line.length + 1
    if (!current && (trimmed === '' || trimmed.startsWith('#'))) return
    if (!current) {
      current = {
        from: index + 1,
        to: index + 1,
        start,
        end: start + line.length,
        text: line,
        expression: false,
      }
    } else {
      current.to = index + 1
      current.end = start + line.length
      current.text += `\n${line}`
    }
    if (opens.test(trimmed)) depth++
    if (closes.test(trimmed) || /;\s*(?:fi|done|esac)\s*$/.test(trimmed))
      depth = Math.max(0, depth - 1)
    // Note: `<<` in arithmetic (`$[8 << 1]`, `$((x << 2))`) shifts; `<<<` is a here-string.
    const redirections = current.text.replace(arithmetic, '')
    const heredocOpen = heredoc.exec(redirections)
    const goesOn =
      /(?:\\|\||&&|\|\|)\s*$/.test(trimmed) || quoteLeftOpen(current.text) || heredocOpen !== null
    const heredocClosed = heredocOpen
      ? new RegExp(`^\\s*${heredocOpen[1]}\\s*$`, 'm').test(
          current.text.split('\n').slice(1).join('\n'),
        )
      : true
    if (
      depth === 0 &&
      (!goesOn || (heredocOpen && heredocClosed && !/(?:\\|\||&&)\s*$/.test(trimmed)))
    ) {
      statements.push(current)
      current = undefined
    }
  })
  if (current) statements.push(current)
  return statements
}

const functionNodes = new Set([
  'FunctionDeclaration',
  'FunctionExpression',
  'ArrowFunction',
  'MethodDeclaration',
])

/** Whether JavaScript code awaits outside any function, which only a module may. */
export function hasTopLevelAwait(code: string): boolean {
  if (!/\bawait\b/.test(code)) return false
  let found = false
  const tree = syntaxTree('typescript', code)
  tree.iterate({
    enter(node) {
      if (found || functionNodes.has(node.name)) return false
      if (node.name === 'await') found = true
      return undefined
    },
  })
  return found
}
