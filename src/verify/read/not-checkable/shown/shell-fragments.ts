import { isShellRunner } from '../../../runner-id.js'
import type { Sample } from '../../remark-extract-samples.js'
import { printedLineAt } from './printed-lines.js'

/**
 * Shell fences that are not a script, judged by what stands where the shell
 * stopped: conditions shown without their body (`if [ -f filename ]`, a
 * table of `if [ "$a" = "$b" ]` forms), a reference table of test operators
 * written in words (`-z   字符串长度为0`), a placeholder the reader fills in
 * (`scp <file> <user>@<ip>:<url>`), a line a program printed (printed-lines.ts), the environment as `env` lists it,
 * or a call in another language's notation
 * (`console.log(process.env.PATH)`, the `help()` text `num_square(n)`), a
 * program's help text pasted whole (`Usage: sed [OPTION]...` and its options), or
 * a template whose `then`, `do` or `else` has no body at all (`if [ -d $d ];then`
 * / `fi`), which bash refuses and a reader fills in. A
 * real script that forgot its `fi` (it has its `then`) or has any other
 * syntax error still fails.
 */
export function shellFragmentAt(
  sample: Sample,
  output: string,
  line: number | undefined,
): string | undefined {
  if (!isShellRunner(sample.runner)) return undefined
  const lines = sample.code.split('\n')
  const wrongAt = unclosedQuote.test(output) ? openingQuote(lines) : line
  const wrong = markedWrong(lines, wrongAt)
  if (wrong) return `the post marks the command at line ${sample.line + (wrongAt ?? 0)} as ${wrong}`
  const empty = emptyBodyLine(lines)
  if (empty !== undefined && (syntaxError.test(output) || endOfFile.test(output))) {
    const text = (lines[empty - 1] ?? '').trim()
    return `a template with an empty body (\`${text}\`) at line ${sample.line + empty}`
  }
  if (endOfFile.test(output)) {
    const open = unclosedCompounds(lines)
    // A body written as `...` (`if [ -z "$x" ]; then ...`): the rest, `fi` with it, left out.
    const elided = lines.findIndex((text) =>
      /(?:^|[\s;])(?:then|do|else|\{)\s*(?:\.\.\.|…)\s*$|^\s*(?:\.\.\.|…)\s*$/u.test(
        stripQuoted(text).trimEnd(),
      ),
    )
    if (open.length > 0 && elided !== -1) {
      return `code left out (\`...\`) at line ${sample.line + elided + 1}`
    }
    if (open.length === 0 || open.some((compound) => compound.body)) return undefined
    const [first] = open
    if (!first) return undefined
    const text = (lines[first.line - 1] ?? '').trim()
    if (/(?:\.\.\.|…)/.test(stripQuoted(text))) {
      return `code left out (\`...\`) at line ${sample.line + first.line}`
    }
    return `a condition shown without its body (\`${text}\`) at line ${sample.line + first.line}`
  }
  if (line === undefined || !syntaxError.test(output)) return undefined
  const text = lines[line - 1] ?? ''
  const usage = lines.find((other) => other.trim() !== '') ?? ''
  if (usageLine.test(usage)) {
    return `a program's usage text (\`${usage.trim()}\`), as its \`--help\` prints it, not a script`
  }
  const slot = placeholderWord.exec(text)
  if (slot) return `placeholder \`${slot[0]}\` at line ${sample.line + line}`
  if (operatorInWords.test(text)) {
    return `a table of operators described in words (\`${text.trim()}\`) at line ${sample.line + line}`
  }
  const call = foreignCall.exec(text)
  const rest = lines.filter((other, index) => index !== line - 1 && other.trim() !== '')
  const method = call?.[1]?.includes('.')
  if (call && (method || (call[2] && rest.every((other) => proseWords.test(other.trim()))))) {
    return `a call in another language's notation (\`${text.trim()}\`) at line ${sample.line + line}`
  }
  // A fence paired with an earlier sample's output is told as that (syntax-job.ts).
  if (sample.outputOf === undefined && environmentListing(lines)) {
    return `a listing of environment variables, as \`env\` prints them, not a script (\`${text.trim()}\`) at line ${sample.line + line}`
  }
  if (sample.outputOf === undefined && printedLineAt(output, text)) {
    return `output or words, not a command (\`${text.trim()}\`) at line ${sample.line + line}`
  }
  return undefined
}

/**
 * Whether every line of the fence (three at least) is `NAME=value`, as `env`
 * and `printenv` print the environment, with nothing a script would do with
 * them: no command, no quoting (a value `1.27.0 (latest)` is printed, not typed).
 */
function environmentListing(lines: readonly string[]): boolean {
  const filled = lines.filter((text) => text.trim() !== '')
  return (
    filled.length >= 3 &&
    filled.every((text) => /^[A-Za-z_][A-Za-z0-9_]*=[^'"\s]*(?:\s[^'"=]*)?$/.test(text))
  )
}

/**
 * The first line of a program's help text: `Usage: sed [OPTION]... {script} [input-file]...`,
 * `usage: git [--version]`, `用法：grep [选项]... 模式 [文件]...`: the program's name, then its
 * arguments. A script's own usage note is a comment (`# Usage: ./run.sh <dir>`) or an `echo`.
 */
const usageLine = /^\s*(?:usage|用法)\s*[:：]\s*[\w.-]+(?:\s+\S+)+\s*$/iu

/** bash's words for a quote left open to the end of the script. */
const unclosedQuote = /unexpected EOF while looking for matching/
/** A comment saying the command under it is wrong: `# 不正确`, `# wrong`, `# 错误写法`. */
const wrongComment =
  /^\s*#\s*(?:不正确|错误|错误写法|错误示范|不对|不行|报错|会报错|wrong|incorrect|bad|invalid|error|doesn't work|does not work|won't work)[\s:：!！.。]*$/iu

/**
 * How the comment right above the command a syntax error stops at says it is
 * wrong (`# 不正确` / `$ echo it's`): the error is the one the post shows.
 */
function markedWrong(lines: readonly string[], line: number | undefined): string | undefined {
  if (line === undefined) return undefined
  let above = line - 2
  while (above >= 0 && !lines[above]?.trim()) above--
  const comment = lines[above] ?? ''
  if (!wrongComment.test(comment)) return undefined
  return `wrong (\`${comment.trim()}\`), and it is`
}

/**
 * The first line (1-based) that leaves a quote open on its own: where a
 * command typed at a prompt, read line by line, goes wrong (`echo it's`).
 */
function openingQuote(lines: readonly string[]): number | undefined {
  const index = lines.findIndex((text) => {
    let open: string | undefined
    for (let at = 0; at < text.length; at++) {
      const char = text[at] ?? ''
      if (open) {
        if (char === '\\' && open === '"') at++
        else if (char === open) open = undefined
      } else if (char === '\\') at++
      else if (char === '#' && (at === 0 || /\s/.test(text[at - 1] ?? ''))) break
      else if (char === "'" || char === '"') open = char
    }
    return open !== undefined
  })
  return index === -1 ? undefined : index + 1
}

/** bash's and dash's words for a compound command left open at the end of the script. */
const endOfFile = /unexpected end of file|end of file unexpected/
const syntaxError = /syntax error|Syntax error/

/**
 * A word in angle brackets, which no shell reads as code (`<` then `>` with no
 * file between): `<file>`, `<foo.sh>`, `<user>@<ip>`.
 */
const placeholderWord = /<[\p{L}_][\p{L}\d_.@:/-]*>/u

/** A test operator followed by what it means in words: `-eq  检查两个数是否相等`, `-z  true if empty`. */
const operatorInWords =
  /^\s*(?:-[a-zA-Z]{1,3}|!?==?|!=|[<>]=?)\s+(?:[\p{Script=Han}]|(?:true|false|if|is|checks?|returns?)\b)/u

/**
 * `name(args)` or `object.method(args)`, which a shell never reads as a command, perhaps
 * assigned and followed by a `//` comment, as cheat sheets write JavaScript's methods
 * (`re = list.splice(1)     // re = [b,c,d,e]`, `list.splice(2, 1, X)  // list == [a,b,X]`).
 */
const foreignCall =
  /^\s*(?:[A-Za-z_$][\w$]*\s*=\s*)?([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*)\s*\((\s*[^)\s].*)?\)+\s*;?\s*(?:\/\/.*)?$/

/** A line of words, as `help()` prints under a signature: `Returns the square of a number.` */
const proseWords = /^[\p{L}][\p{L}'’-]*(?:\s+[\p{L}\d'’,-]+)+\s*[.。]$/u

interface Compound {
  /** 1-based line of the word that opens it. */
  line: number
  kind: 'if' | 'loop' | 'case' | 'group'
  /** Whether its `then` or `do` came: it has a body, so the code is more than a condition. */
  body: boolean
}

/** Separators after which a word is in command position. */
const separator = /^(?:;;?|&&?|\|\|?|\(|\)|!)$/
/** Keywords after which the next word is a command again. */
const leadsCommand = new Set(['if', 'then', 'elif', 'else', 'while', 'until', 'do', '{', '!'])

/**
 * The compound commands (`if`, `while`, `for`, `case`, `{`) a shell fence
 * leaves open, outermost first, read from keywords in command position
 * (quoted text and comments aside).
 */
export function unclosedCompounds(lines: readonly string[]): Compound[] {
  const open: Compound[] = []
  lines.forEach((raw, index) => {
    let command = true
    for (const word of words(raw)) {
      if (separator.test(word)) {
        command = true
        continue
      }
      if (!command) continue
      command = leadsCommand.has(word)
      const top = open.at(-1)
      if (word === 'if') open.push({ line: index + 1, kind: 'if', body: false })
      else if (/^(?:while|until|for|select)$/.test(word)) {
        open.push({ line: index + 1, kind: 'loop', body: false })
        // `for x in a b`: the rest of the header is words, not commands.
      } else if (word === 'case') open.push({ line: index + 1, kind: 'case', body: true })
      else if (word === '{') open.push({ line: index + 1, kind: 'group', body: true })
      else if (word === 'then' && top?.kind === 'if') top.body = true
      else if (word === 'do' && top?.kind === 'loop') top.body = true
      else if (
        (word === 'fi' && top?.kind === 'if') ||
        (word === 'done' && top?.kind === 'loop') ||
        (word === 'esac' && top?.kind === 'case') ||
        (word === '}' && top?.kind === 'group')
      ) {
        open.pop()
      }
    }
  })
  return open
}

/**
 * The first line (1-based) of a `then`, `do` or `else` in command position
 * followed by nothing but separators before the word that ends it (`fi`,
 * `done`, `elif`, `else`): a body left empty, which no shell accepts.
 */
export function emptyBodyLine(lines: readonly string[]): number | undefined {
  let command = true
  let opened: number | undefined
  for (const [index, raw] of lines.entries()) {
    for (const word of [...words(raw), ';']) {
      if (separator.test(word)) {
        command = true
        continue
      }
      if (!command) continue
      if (opened !== undefined && /^(?:fi|done|elif|else)$/.test(word)) return opened
      opened = /^(?:then|do|else)$/.test(word) ? index + 1 : undefined
      command = leadsCommand.has(word)
    }
  }
  return undefined
}

/** The words and separators of a line, without quoted text or its comment. */
function words(line: string): string[] {
  const bare = stripQuoted(line).replace(/(?:^|\s)#.*$/, '')
  return bare.match(/;;|&&|\|\||[;&|()]|[^\s;&|()]+/g) ?? []
}

/** A line with quoted text replaced by an empty pair of quotes. */
function stripQuoted(line: string): string {
  return line.replace(/'[^']*'|"(?:\\.|[^"\\])*"/g, '""')
}
