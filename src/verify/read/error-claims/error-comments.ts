import type { Runner } from '../../runners.js'
import { bracketOpeningLine } from '../code/bracket-opening.js'
import { topLevelStatements } from '../code/statements.js'
import { commentStart, trailingComment } from '../outputs/comments/trailing-comments.js'
import { errorOfBareMessage, topLevelMessageClaim } from './bare-error-messages.js'
import { commentedTracebackError } from './commented-tracebacks.js'
import {
  insideDefinition,
  inUncalledFunction,
  quotedErrorInCalledBody,
} from './function-body-comments.js'
import { saysFailsInProse } from './prose-error-claims.js'
import { printRaisesNamedError, printsCaughtError } from './raised-by-print.js'
import { saysFailsInWords } from './worded-errors.js'

/** An error the post says a line of the sample raises. */
export interface DocumentedError {
  /** Line within the sample (1-based). */
  line: number
  /** Last line the error may come from (a statement over several lines, a block under a heading); `line` when absent. */
  through?: number
  /** Line in the post of the statement said to raise it. */
  postLine: number
  /** The error's name when the comment gives one (`TypeError`, `ValueError`). */
  name: string | undefined
  /** The error's message when the comment gives one after its name. */
  message?: string
  /** The comment as written, for messages. */
  comment: string
  /** Line in the post of the comment, when it stands away from the statement (inside the function a call runs). */
  commentLine?: number
  /** Line in the post of a pasted traceback's last line, the message (commented-tracebacks.ts): output, compared as doctest does. */
  traceback?: number
}

const errorName = /(?:^|[^A-Za-z])([A-Z][A-Za-z]*(?:Error|Exception|Exit|Interrupt))\b/
/** A comment that says the line fails: `// SyntaxError: ...`, `# raises ValueError`, `// 报错`, `// Error!`. */
const claimsError =
  /^(?:[→=<>!✗×❌\s-]*)(?:uncaught\s+\(in promise\)|(?:uncaught\s+)?(?:[A-Z][A-Za-z]*(?:Error|Exception)\b|exception\b|(?:syntax|type|reference|range|name|value|key|index|attribute|runtime)\s?error\b|error\b|报错|出错|错误|异常|会报错|抛出|raises?\b|throws?\b|will (?:throw|raise|fail)|fails?\b))/iu
/** A claim that a statement fails without naming the error: `// 报错`, `# raises`, `// Syntax error`, `// error: ...`. */
const unnamedError =
  /^\W*(?:uncaught\s+\(in promise\)|报错|exception\s*(?:[:：!]|$)|出错|会报错|抛出|raises?\b|throws?\b|will (?:throw|raise|fail)|(?:\w+\s)?error\s*(?:[:：!]|$))/iu
/** Words saying a statement throws, not text it prints: `报错`, `throws`, `Uncaught`. */
const throwsWords =
  /^\W*(?:报错|出错|会报错|抛出|raises?\b|throws?\b|uncaught\b|will (?:throw|raise|fail))/iu

/** Whether a comment says in words that its statement throws (`// 报错ReferenceError`), rather than showing printed text. */
export function saysThrows(comment: string | undefined): boolean {
  return comment !== undefined && (throwsWords.test(comment) || saysFailsInProse(comment))
}

/** A line that defines a function or class, run later if at all. */
const definition = /^\s*(?:async\s+)?(?:def|class|function)\b|^\s*@\w/

/** A claim naming the lines under it: `// 以下两行都会报错`, `// both lines below throw`. */
export const linesBelowFail =
  /^(?:以下|下面)(?:的)?([两二三四五六七八九十几\d]*)(?:行|句|条语句)(?:代码)?都?(?:会)?(?:报错|出错)|^(?:both|all|each of the|the)\s+(?:(?:following|next)\s+)?(two|three|four|five|\d+)?\s*lines?\s*(?:below\s+)?(?:will\s+)?(?:throw|raise|fail|error)/iu

/** Whether a line is code with a trailing comment that claims no error (`!Boolean(obj) // false`). */
export function headsValueComment(line: string, runner: Runner): boolean {
  if (line.trim() === '' || commentText(line, runner) !== undefined) return false
  const value = trailingComment(line, runner)?.trim()
  return value !== undefined && value !== '' && errorClaim(value) === undefined
}

/**
 * Whether a comment's whole text is the text of a string literal the code
 * holds, `"出错了"` for `// 出错了`, other than an error's message it throws
 * (`throw new Error('Contract violated')`, `raise ValueError("...")`), which
 * the comment may quote as the error.
 */
export function quotedInCode(comment: string, code: string): boolean {
  const text = comment.trim()
  if (text === '') return false
  return ['"', "'", '`'].some((quote) => {
    const literal = `${quote}${text}${quote}`
    const at = code.indexOf(literal)
    return (
      at !== -1 &&
      !/(?:\bthrow\b|\braise\b|Error\s*\(|Exception\s*\()[^\n;]*$/u.test(code.slice(0, at))
    )
  })
}

/**
 * The first line the post says raises an error (a reader is told the line
 * fails; the lines after it are not reached): a trailing comment on the
 * line (`let x = 2; // 报错`), the comment lines right under a statement
 * (`const foo;` then `// SyntaxError: Missing initializer ...`, a message
 * that may go on over a second comment line), or a comment heading the
 * lines under it, up to a blank line (`// 报错`, `// 以下两行都会报错`).
 * `undefined` when no comment says so.
 */
export function documentedError(
  code: string,
  fenceLine: number,
  runner: Runner,
): DocumentedError | undefined {
  const lines = code.split('\n')
  const comment = (line: string) => commentText(line, runner)
  for (const [index, line] of lines.entries()) {
    const own = comment(line)
    if (own !== undefined) {
      const above = lines[index - 1] ?? ''
      const startsParagraph = above.trim() === ''
      const indent = (text: string) => text.length - text.trimStart().length
      const underStatement =
        !startsParagraph && comment(above) === undefined && indent(line) <= indent(above)
      // A traceback pasted in comment lines under the statement: its last line is the claim.
      const traceback =
        runner.id === 'python' && underStatement
          ? commentedTracebackError(lines.slice(index).map(comment))
          : undefined
      // A comment line: under a statement, or heading the lines under it.
      const claim = statementError(traceback?.text ?? own)
      if (!claim) continue
      // The text of a string the code holds (`reject("出错了")` / `// 出错了`) is what it prints.
      if (traceback === undefined && quotedInCode(own, code)) continue
      // Words over a line documenting its own value (`// 错误：空对象也为 true` / `!Boolean(obj) // false`)
      // label the way that line does it, wrong or right: they claim no error.
      if (claim.name === undefined && headsValueComment(lines[index + 1] ?? '', runner)) continue
      // Over code commented out (`# 访问报错` / `# print(u.__grade)`): the claim is about that code.
      if (traceback === undefined && commentedOutBelow(lines, index, runner)) continue
      // Right under a block a keyword opens (`if (…) {…}`, `for`, a function) and right over a
      // statement, a claim in words heads that statement, as the sample's other comments do.
      const headed = !startsParagraph && blockAbove(code, index, runner) && claimsInWords(own)
      const next = headed ? paragraphBelow(lines, index, runner) : undefined
      if (next && next.from === index + 2 && indent(lines[index + 1] ?? '') === indent(line)) {
        return {
          line: next.from,
          ...(next.to !== next.from && { through: next.to }),
          postLine: fenceLine + next.from,
          ...claim,
        }
      }
      if (underStatement) {
        const statement = statementEnding(code, index, runner)
        // Inside a block (a function's first line), the comment is about no statement of its own.
        if (!statement) continue
        const message = traceback?.text ?? [own, ...continuation(lines, index, runner)].join(' ')
        return {
          line: statement.from,
          ...(statement.to !== statement.from && { through: statement.to }),
          postLine: fenceLine + statement.from,
          ...(errorClaim(message) ?? claim),
          ...messageOf(message),
          ...(traceback !== undefined && { traceback: fenceLine + index + 1 + traceback.offset }),
        }
      }
      const below = paragraphBelow(lines, index, runner)
      // A comment over a definition describes what it does when called (`# raises ValueError if ...`).
      const defines = below && definition.test(lines[below.from - 1] ?? '')
      // So does one inside a function's body, over the lines it runs when called.
      if (startsParagraph && below && !defines && !insideDefinition(lines, index)) {
        return {
          line: below.from,
          ...(below.to !== below.from && { through: below.to }),
          postLine: fenceLine + below.from,
          ...claim,
        }
      }
      // Inside a function the sample calls, over the line the call raises at.
      const raising = quotedErrorInCalledBody(lines, index, own)
      if (raising !== undefined) {
        return {
          line: raising,
          postLine: fenceLine + raising,
          commentLine: fenceLine + index + 1,
          ...claim,
          ...messageOf(own),
        }
      }
      continue
    }
    for (const prefix of runner.commentPrefixes) {
      const start = commentStart(line, prefix)
      if (start === undefined) continue
      const text = line.slice(start + prefix.length).trim()
      const claim = errorClaim(text) ?? topLevelMessageClaim(line, text, code)
      if (!claim) continue
      // A print whose arguments can show the error it names (`print(repr(e))  # => E('x')`) prints it.
      if (printsShownError(line.slice(0, start), text, code)) continue
      // In the body of a function nothing calls, the line never runs: a claim naming an error raised
      // when it runs (`// ReferenceError!`) is about a call. One naming none may be an early error.
      const runtime = claim.name !== undefined && claim.name !== 'SyntaxError'
      if (runtime && inUncalledFunction(lines, index)) continue
      // On the line closing a block (`}//error`), the claim is about the block it closes; in a
      // function's body, about the statement its brackets close (`});` under `f(a, {`).
      const closes = closesBlock(line.slice(0, start))
      const closed = closes ? statementEnding(code, index + 1, runner) : undefined
      const opened =
        closes && !closed?.from ? bracketOpeningLine(lines, index, line.slice(0, start)) : undefined
      const from = closed && closed.to === index + 1 ? closed.from : (opened ?? index + 1)
      return {
        line: from,
        ...(from !== index + 1 && { through: index + 1 }),
        postLine: fenceLine + from,
        ...claim,
        ...messageOf(text),
      }
    }
  }
  return undefined
}

/** A statement commented out: a call, an assignment or an increment (`print(x)`, `obj[1] = 'b'`, `i++`). */
const statementShape =
  /^(?:[\p{L}_$][\p{L}\p{N}_$]*(?:\.[\p{L}_$][\p{L}\p{N}_$]*|\[[^\]]*\])*)\s*(?:\(.*\)\s*;?|(?:[-+*/%]?=(?!=)).+|\+\+;?|--;?)$/u

/** Whether the comment line under line `index` is a statement commented out, which the comment heads. */
function commentedOutBelow(lines: readonly string[], index: number, runner: Runner): boolean {
  const below = commentText(lines[index + 1] ?? '', runner)
  return below !== undefined && statementShape.test(below.trim())
}

/** Words alone saying the statement throws (`报错`, `报错，访问不到i`, `throws`), not the error's display. */
function claimsInWords(comment: string): boolean {
  return (
    throwsWords.test(comment) &&
    !/^\W*(?:uncaught\s+)?[A-Z][A-Za-z]*(?:Error|Exception)\b/u.test(comment)
  )
}

/** Whether the top-level statement ending on the line before `index` (0-based) is a block a keyword opens. */
function blockAbove(code: string, index: number, runner: Runner): boolean {
  if (!closesBlock(code.split('\n')[index - 1] ?? '')) return false
  const statement = topLevelStatements(runner, code)?.find((candidate) => candidate.to === index)
  return (
    statement !== undefined &&
    /^(?:if|for|while|do|switch|try|(?:async\s+)?function\*?|class)\b/u.test(statement.text.trim())
  )
}

/** Whether a line's code before its comment only closes brackets (`}`, `});`). */
function closesBlock(code: string): boolean {
  return /^\s*[}\])]+[;,]?\s*$/.test(code)
}

/**
 * The check and cross marks that decorate a verdict (`# ❌ 错误：...`, `// ✅ Good`,
 * `# ✔️ correct`): the words after them make the claim, as they do without them.
 */
const verdictMarks =
  /^(?:[\u2705\u2713\u2714\u2716\u2717\u2718\u274C\u274E\u2B55\u{1F44D}\u{1F44E}\u{1F6AB}]\uFE0F?\s*)+/u

/** The text of a line that is only a comment, or `undefined` for a line of code or a blank one. */
export function commentText(line: string, runner: Runner): string | undefined {
  const trimmed = line.trimStart()
  const prefix = runner.commentPrefixes.find((candidate) => trimmed.startsWith(candidate))
  return prefix === undefined
    ? undefined
    : trimmed.slice(prefix.length).trim().replace(verdictMarks, '')
}

/** The error a comment's text says its line raises, with its name when given; `undefined` if it says none. */
export function errorClaim(
  comment: string,
): { name: string | undefined; comment: string } | undefined {
  if (claimsError.test(comment)) return { name: errorName.exec(comment)?.[1], comment }
  // The error as the console shows it after a label in words, `执行函数后，控制台报错：Uncaught
  // ReferenceError: ...`, or the words after their subject, `This will raise a TypeError:`.
  // The claim after a clause set off by a comma: `先调用，报错TypeError`, `called first, throws TypeError`.
  const afterClause = comment.replace(leadingClause, '')
  if (afterClause !== comment && claimsError.test(afterClause))
    return { name: errorName.exec(afterClause)?.[1], comment }
  const shown = labelledError.exec(comment)?.[1] ?? comment.replace(claimSubject, '')
  if (shown === comment || !claimsError.test(shown)) {
    return saysFailsInProse(comment) ? { name: errorName.exec(comment)?.[1], comment } : undefined
  }
  const name = errorName.exec(shown)?.[1]
  if (name !== undefined) return { name, comment }
  // `This throws an error because x is not defined`: the subject's statement fails, unconditionally.
  return genericError.test(shown) && !condition.test(shown)
    ? { name: undefined, comment }
    : undefined
}

/** An error named by a common noun after the verb: `throws an error`, `will raise an exception`. */
const genericError = /^(?:will (?:throw|raise)|raises?|throws?)\s+(?:an?\s+)?(?:error|exception)\b/i
/** A condition on the claim: `throws an error if x is negative`, `when called twice`. */
const condition = /\b(?:if|when|unless|whenever)\b/i

/** A clause before the claim, set off by a comma: `先调用，报错TypeError`, `called first, throws TypeError` (not one with a condition). */
const leadingClause =
  /^(?:[^，。；：:]{1,20}，\s*(?=(?:会)?报错|出错|抛出)|[^,.;:，]{1,30},\s*(?=(?:throws?|raises?|will (?:throw|raise))\b(?!.*\b(?:if|when|unless|whenever)\b)))/iu

/** A label in words before an error named as a console shows it: `打印结果：Uncaught TypeError: ...`. */
const labelledError = /^[^:：]*[:：]\s*((?:Uncaught\s+)?[A-Z][A-Za-z]*(?:Error|Exception)\b.*)$/u
/** The subject of a claim that the line fails: `This will raise`, `The next call throws`. */
const claimSubject =
  /^(?:this|it|that|the (?:next|following) (?:line|call|statement))\s+(?=will (?:throw|raise|fail)|raises?\b|throws?\b|fails?\b)/i

/**
 * A claim that names an error or plainly says the statement fails; words that merely mention
 * errors claim none. The error's message alone, in the console's words, names the error too
 * (`console.log(b) // Cannot access 'b' before initialization`): bare-error-messages.ts.
 */
export function statementError(
  comment: string,
): { name: string | undefined; comment: string } | undefined {
  const claim = errorClaim(comment)
  if (
    claim &&
    (claim.name !== undefined ||
      unnamedError.test(comment) ||
      unnamedError.test(comment.replace(claimSubject, '')) ||
      unnamedError.test(comment.replace(leadingClause, '')) ||
      saysFailsInWords(comment) ||
      saysFailsInProse(comment))
  )
    return claim
  const bare = errorOfBareMessage(comment)
  return bare ? { name: bare, comment } : undefined
}

/** The message after the error's name (`SyntaxError: Missing initializer`), when the comment gives one. */
function messageOf(comment: string): { message: string } | Record<string, never> {
  // `Error: the i variable is not visible here` is the author's words, not the message.
  if (saysFailsInWords(comment)) return {}
  const message = /(?:Error|Exception)\s*[:：]\s*(\S.*)$/u.exec(comment)?.[1]?.trim()
  return message ? { message } : {}
}

/** Comment lines after `index` that go on with its message, up to a blank, code, or another claim. */
function continuation(lines: readonly string[], index: number, runner: Runner): string[] {
  const more: string[] = []
  for (let next = index + 1; next < lines.length; next++) {
    const text = commentText(lines[next] ?? '', runner)
    if (!text || statementError(text) || !/^[a-z(]/.test(text)) break
    more.push(text)
  }
  return more
}

/**
 * The lines (1-based) of the top-level statement that ends on the line before
 * `index` (0-based); `undefined` when none ends there.
 */
function statementEnding(
  code: string,
  index: number,
  runner: Runner,
): { from: number; to: number } | undefined {
  const statements = topLevelStatements(runner, code)
  // Code that does not parse (the error documented may be that): the line above.
  if (!statements) return { from: index, to: index }
  const statement = statements.find((candidate) => candidate.to === index)
  return statement ? { from: statement.from, to: statement.to } : undefined
}

/** The code lines under a heading comment at `index`, up to a blank line; `undefined` when none. */
function paragraphBelow(
  lines: readonly string[],
  index: number,
  runner: Runner,
): { from: number; to: number } | undefined {
  let from: number | undefined
  let to: number | undefined
  for (let next = index + 1; next < lines.length; next++) {
    const line = lines[next] ?? ''
    if (line.trim() === '') break
    if (commentText(line, runner) !== undefined) continue
    from ??= next + 1
    to = next + 1
  }
  return from === undefined || to === undefined ? undefined : { from, to }
}

/** A print call opening a line: `print(...)`, `console.log(...)`. */
const printOpening = /^\s*(?:print|console\.(?:log|info|warn|error))\s*\(/u

/**
 * Whether `before`, the code ahead of a comment, is a print call that shows
 * the error its comment names rather than raising it: the error's repr
 * (`print(repr(e))  # <<< MyException('x')`), or, after an output mark
 * (`=>`, `<<<`), what its arguments can print, as raised-by-print.ts tells
 * them apart (`print(type(e).__name__)  # => ValueError`).
 */
function printsShownError(before: string, comment: string, code: string): boolean {
  if (!printOpening.test(before) || saysThrows(comment)) return false
  const shown = comment.replace(/^(?:==?>|->|→|<<<|>>>)\s*/u, '')
  // An error's repr, `E('x')`: a traceback never shows one so, only a print does.
  if (/^[A-Z]\w*\(.*\)$/u.test(shown)) return true
  // A caught error's name or message (`console.log(e.name); // TypeError`) is what the print shows.
  if (shown === comment) return printsCaughtError(before.trim(), code)
  return !printRaisesNamedError(before.trim(), shown, code)
}
