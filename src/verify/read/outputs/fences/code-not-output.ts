import type { Code } from 'mdast'
import { isShellRunner } from '../../../runner-id.js'
import { type Runner, runnerFor } from '../../../runners.js'
import { isOtherLanguageCode } from './other-language-code.js'
import { outputOnlyAsAction } from './output-verb.js'
import { isTraceback } from './printed-fence.js'

/** Words naming what follows as output (`Output:`, `the following output`, `运行结果如下：`), looked for in the last clause. */
const outputNoun = /\boutputs?\b|\bresults?\b|输出|结果|效果/iu

/** The last clause of a lead-in: `we use the printf builtin` in `To print each element, we use the printf builtin:`. */
function lastClause(text: string): string {
  const clauses = text.replace(/[:：]\s*$/u, '').split(/[,，;；。.!?！？]\s*/u)
  return clauses.filter((clause) => clause.trim() !== '').at(-1) ?? ''
}

/** A line that runs a script file: `./hello.sh`, `/path/to/script.sh`, `$ python3 app.py`. */
const scriptInvocation =
  /^\s*(?:[$❯]\s+)?(?:(?:sudo\s+)?(?:(?:ba|z)?sh|python3?|node|deno|bun)\s+)?[\w./~-]*\.(?:sh|bash|py|m?js|ts)(?:\s.*)?$/u

/** A line only code is made of: a declaration, an import, a call that prints. */
const statementLine =
  /^\s*(?:(?:var|let|const)\s+[\w${}[\], ]+\s*=|import\s|from\s+\S+\s+import\s|def\s+\w+\s*\(|function\s*\w*\s*\(|console\.log\s*\(|print\s*\(|\w+\s*=\s*require\s*\()/

function isStatement(line: string): boolean {
  return statementLine.test(line)
}

/**
 * Whether the fence after a sample, which the lead-in would make its
 * output, is code rather than output: a fence in the sample's own language
 * (the next step of the same program, `printf ...` after `fruits=(...)`),
 * or a program of another language (one postdeck runs, with statements, or
 * one it only shows, ```` ```c ````), unless the last clause of the lead-in
 * names it output (a sample of its own in the same language is code even then);
 * or lines that only run
 * a script file, which tell the reader how to start the program, not what
 * it prints (`Now you can run the script like this:` / `/path/to/script.sh`);
 * or a script opening with its `#!` line, whatever the lead-in says.
 * A table of code and what it means (`x + y      Add`) is neither.
 * Note: phmdoctest pairs a sample only with an unlabelled or output fence,
 * for the same reason.
 */
export function isCodeNotOutput(
  fence: Code,
  runner: Runner,
  leadIn: string | undefined,
  code = '',
): boolean {
  const lines = fence.value.split('\n').filter((line) => line.trim() !== '')
  // A traceback quotes the lines it ran (`print(10/i)`), but no program starts with one.
  if (isTraceback(lines)) return false
  if (lines.length > 0 && lines.every((line) => scriptInvocation.test(line))) return true
  if (isScriptOfItsOwn(lines, code)) return true
  // `不输出stdout`, `将结果输出到文件` say what the code does: the verb names no output (output-verb.ts).
  const clause = lastClause(leadIn ?? '')
  const namedOutput = outputNoun.test(clause) && !outputOnlyAsAction(clause)
  if (!namedOutput && isReferenceTable(lines)) return true
  if (isSampleOfItsOwn(fence, runner, lines, code)) return true
  // A page's markup or data (`html`, `json`) under code that writes nothing is the value the code
  // builds (a template, a document), however the lead-in names it: only a shell prints uncalled.
  if (
    markupLanguages.has(fence.lang?.toLowerCase() ?? '') &&
    !isShellRunner(runner) &&
    !writesOutput.test(code)
  )
    return true
  if (namedOutput) return false
  if (isOtherLanguageCode(fence.lang) || namesItsLanguage(fence, leadIn)) return true
  // Only a shell sample prints without a call to do it (`cat .env` shows `KEY=value`).
  if (!fence.lang && !isShellRunner(runner) && isUnprintedCode(lines, code)) return true
  if (!fence.lang && !isShellRunner(runner) && isProgramNotPrinted(lines, code)) return true
  const fenceRunner = runnerFor(fence.lang?.toLowerCase() ?? '')
  // A program of another language (`var path = require('path')` after a `bash` fence) is
  // the next example, not what the sample printed.
  return fenceRunner?.id === runner.id || (fenceRunner !== undefined && lines.some(isStatement))
}

/** A command showing a file's text, which may be a script's: `cat hello.sh`, `head -n 3 run.sh`. */
const showsFile = /(?:^|[|;&]\s*|\$\s+)(?:cat|head|tail|less|more|bat|type)\s/m

/**
 * Whether the fence opens with a `#!` line naming an interpreter
 * (`#!/bin/bash`, `#!/usr/bin/env python3`): a script the reader saves and
 * runs, the next example, not what the sample printed, unless the sample
 * shows a file's text (`cat hello.sh`), which may be such a script.
 */
function isScriptOfItsOwn(lines: readonly string[], code: string): boolean {
  return /^#!\s*\/\S+/.test(lines[0] ?? '') && !showsFile.test(code)
}

/**
 * Whether the lead-in's last clause names the language the fence is labelled
 * with (`如果用 TypeScript 写法描述如下：` above ```` ```typescript ````, `In Python:`):
 * it introduces the same idea written in that language, code, not output.
 */
function namesItsLanguage(fence: Code, leadIn: string | undefined): boolean {
  const label = fence.lang?.toLowerCase()
  const runner = label ? runnerFor(label) : undefined
  if (!label || !runner || !leadIn) return false
  const clause = lastClause(leadIn)
  return [runner.id, label].some((name) =>
    new RegExp(`(?<![A-Za-z])${name.replace(/[^\w]/gu, '\\$&')}(?![A-Za-z])`, 'iu').test(clause),
  )
}

/** Languages of a document or of data, which code builds as a value as often as it prints them. */
const markupLanguages = new Set([
  'html',
  'xml',
  'svg',
  'json',
  'yaml',
  'yml',
  'toml',
  'css',
  'markdown',
  'md',
])

/** An assignment or a statement only code is made of: `user = {**a, **b}`, `let x = 1`. */
const assignment = /^\s*[\p{L}_$][\p{L}\p{N}_$.]*(?:\[[^\]]*\])?\s*(?:[-+*/%]|\*\*|\/\/)?=(?![=>])/u
/** A call that writes output, anywhere in a sample: a print, a log, an echo, a write to stdout. */
const writesOutput =
  /(?:^|[^\w.$])(?:print\s*\(|console\.\w+\s*\(|echo\b|printf\b|puts\b|alert\s*\(|document\.write|(?:sys|process)\.std(?:out|err)|pprint\b|display\s*\()/m

/**
 * Whether an unlabelled fence holds code the sample cannot have printed:
 * assignments or statements only code is made of, under a sample that
 * writes nothing at all (`def merge_dict(...)` / `user = merge_dict(...)`,
 * then "with `**` it reads:" / `user = {**a, **b}`). A program that prints
 * nothing can only show an error, and a traceback is told apart above.
 */
function isUnprintedCode(lines: readonly string[], code: string): boolean {
  if (code.trim() === '' || writesOutput.test(code)) return false
  return lines.some((line) => isStatement(line) || assignment.test(line))
}

/** Code that may print code: a function's source (`fn.toString()`), a file read, a regex's source. */
const printsCode = /\.toString\s*\(\s*\)|\.source\b|readFile|\binspect\.getsource\b/u

/**
 * Whether an unlabelled fence after a sample that prints is a program of
 * its own, not what the sample printed: two statement lines or more
 * (`const smb = Symbol('hello');`, `console.log(smb);`), half its lines at
 * least, under a sample that prints no code (no `fn.toString()`).
 */
function isProgramNotPrinted(lines: readonly string[], code: string): boolean {
  if (code.trim() === '' || printsCode.test(code)) return false
  const statements = lines.filter(isStatement).length
  return statements >= 2 && statements * 2 >= lines.length
}

/**
 * Whether a fence in the sample's own language is a sample in its own right,
 * even after a lead-in that names output (`Which outputs like this:`,
 * `所以最终的是这样的结果：`): a `>>>` session, which runs code at its prompts
 * and shows its own output under them, or code with statements of its own
 * (`var reg = ...`, `console.log(reg.test(x)) // false`), which no program
 * of that language prints; in a shell, a variable set and then expanded
 * (`url="a.com"` / `echo ${#url}`), unless the sample shows a file's text
 * (`cat run.sh`), which may be such a script.
 */
function isSampleOfItsOwn(
  fence: Code,
  runner: Runner,
  lines: readonly string[],
  code: string,
): boolean {
  if (runnerFor(fence.lang?.toLowerCase() ?? '')?.id !== runner.id) return false
  const session = lines.some((line) => /^\s*>>>\s\S/.test(line))
  if (session || lines.some(isStatement)) return true
  return isShellRunner(runner) && !showsFile.test(code) && setsAndExpands(lines)
}

/** A shell variable set on a line of its own: `url="a.com"`, `export PATH=...`, `local n=3`. */
const shellAssignment = /^\s*(?:(?:export|local|readonly|declare(?:\s+-\w+)*)\s+)?([A-Za-z_]\w*)=/u

/** Whether a line sets a shell variable that a later line expands (`$url`, `${url:1:4}`, `${#url}`). */
function setsAndExpands(lines: readonly string[]): boolean {
  return lines.some((line, index) => {
    const name = shellAssignment.exec(line)?.[1]
    if (name === undefined) return false
    const expansion = new RegExp(`\\$(?:\\{[#!]?)?${name}(?!\\w)`, 'u')
    return lines.slice(index + 1).some((later) => expansion.test(later))
  })
}

/** A row of a table of code and what it means: `x // y     Floor divide`, `abs(x)     绝对值`. */
const codeAndMeaning = /^\s*(?<code>\S(?:.*\S)?)\s{2,}(?<meaning>\p{L}[^=+*<>{};]*)$/u
/** Operators or a call: what makes the first column code rather than a word or a value. */
const codeMark = /[-+*/%&|^~<>=!]|[\p{L}_]\w*\s*\(/u

/**
 * Whether a fence is a reference table, two rows or more of code and words
 * saying what it does (`Common operations:` / `x + y      Add`): the post
 * explains the language there, and no program prints that.
 */
function isReferenceTable(lines: readonly string[]): boolean {
  return (
    lines.length >= 2 &&
    lines.every((line) => {
      const row = codeAndMeaning.exec(line)?.groups
      return (
        row?.code !== undefined &&
        codeMark.test(row.code) &&
        /\p{L}{2,}|\p{Script=Han}/u.test(row.meaning ?? '')
      )
    })
  )
}

/**
 * Whether a fence labelled as a shell holds lines every one of which opens
 * with a number (`    7   man   man  /var/cache/man`, `10000`): no command
 * starts so, so they are what a command printed, not commands, whatever
 * label the author gave the fence.
 */
export function isShellFenceOfNumberedRows(fence: Code): boolean {
  const runner = runnerFor(fence.lang?.toLowerCase() ?? '')
  const lines = fence.value.split('\n').filter((line) => line.trim() !== '')
  return (
    runner !== undefined &&
    isShellRunner(runner) &&
    lines.length > 0 &&
    lines.every((line) => /^\s*[-+]?\d+(?:\.\d+)?(?:\s|$)/u.test(line))
  )
}
