import type { Runner } from '../../../runners.js'
import { topLevelStatements } from '../../code/statements.js'
import type { DocumentedOutput, OutputPart } from '../documented-output.js'
import { isProseAmongOutput } from '../fences/prose-among-output.js'

/** A line that is only a value, as Python prints one: a list, dict, tuple, string, number. */
const valueLine = /^(?:\[.*\]|\{.*\}|\(.*\)|'[^']*'|"[^"]*"|-?\d[\d_.,eE+-]*|True|False|None)$/u

/** The value lines ending a sample, blank lines after them aside: `lines.slice(start, end)`. */
function trailingValueLines(lines: string[]): { start: number; end: number } | undefined {
  let end = lines.length
  while (end > 0 && !lines[end - 1]?.trim()) end--
  let start = end
  while (start > 0 && valueLine.test(lines[start - 1]?.trim() ?? '')) start--
  return start === end ? undefined : { start, end }
}

/**
 * Output pasted into the code, under the print it shows, as bare value lines
 * (`print(dir(datetime))` then `['MAXYEAR', ...]`): Python runs such a line as
 * an expression that prints nothing, but the reader is told it is the
 * output. Only at the end of a Python sample, right under a `print` call.
 */
export function pastedOutput(
  code: string,
  fenceLine: number,
  runner: Runner,
): DocumentedOutput | undefined {
  if (runner.id !== 'python') return undefined
  const lines = code.split('\n')
  const trailing = trailingValueLines(lines)
  if (!trailing) return undefined
  const { start, end } = trailing
  const print = lines[start - 1] ?? ''
  if (!/^print\s*\(.*\)\s*$/.test(print)) return undefined
  const pasted = lines.slice(start, end)
  const lineNumbers = pasted.map((_, offset) => fenceLine + 1 + start + offset)
  return {
    kind: 'statements',
    lines: pasted,
    lineNumbers,
    parts: [{ from: start, to: start, value: false, lines: pasted, lineNumbers }],
    reason: `output pasted under the \`print\` at line ${fenceLine + start}, as a value line`,
  }
}

/**
 * Value lines pasted at the end of a Python sample under a marker comment
 * (`print(add(-5, 6, abs))` / `#输出` / `11`; `[x * x for x in L]` /
 * `# Output:` / `[1, 4, 9]`): Python would run them as expressions that print
 * nothing, but the marker says they are the output of the code above it:
 * what that code prints, or, when it prints nothing and ends with an
 * expression, that expression's value as a REPL shows it.
 */
export function pastedUnderMarker(
  code: string,
  fenceLine: number,
  runner: Runner,
): DocumentedOutput | undefined {
  if (runner.id !== 'python') return undefined
  const lines = code.split('\n')
  const trailing = trailingValueLines(lines)
  if (!trailing) return undefined
  const { start, end } = trailing
  let marker = start - 1
  while (marker > 0 && !lines[marker]?.trim()) marker--
  if (marker <= 0 || !outputMarker.test(lines[marker] ?? '')) {
    return valueUnderExpression(lines, end - 1, end, fenceLine, runner)
  }
  const above = lines.slice(0, marker).join('\n')
  const written = above
    .split('\n')
    .filter((line) => !/^\s*#/.test(line))
    .join('\n')
  if (!written.trim()) return undefined
  const pasted = lines.slice(start, end)
  const lineNumbers = pasted.map((_, offset) => fenceLine + 1 + start + offset)
  const reason = `output pasted into the code under \`${(lines[marker] ?? '').trim()}\` at line ${fenceLine + 1 + marker}`
  if (/(?<![\w.])print\s*\(/.test(written)) {
    const part = { from: 1, to: marker, value: false, lines: pasted, lineNumbers }
    return { kind: 'statements', lines: pasted, lineNumbers, parts: [part], reason }
  }
  const last = topLevelStatements(runner, above)?.at(-1)
  if (!last?.expression) return undefined
  const part = { from: last.from, to: last.to, value: true, lines: pasted, lineNumbers }
  return { kind: 'statements', lines: pasted, lineNumbers, parts: [part], reason }
}

/**
 * A value line pasted right under the expression ending a Python sample, as
 * a REPL shows it without its prompts (`[k + '=' + v for k, v in d.items()]`
 * / `['x=A', 'y=B']`): that expression's value. Only where the code above
 * prints nothing and the expression is no call (a call may change what the
 * line shows, `L.append(3)` / `[1, 2, 3]`) and no name alone (a value line
 * may stand for itself under one, as a list of literals does).
 */
function valueUnderExpression(
  lines: readonly string[],
  start: number,
  end: number,
  fenceLine: number,
  runner: Runner,
): DocumentedOutput | undefined {
  if (start < 1 || !lines[start - 1]?.trim()) return undefined
  const above = lines.slice(0, start).join('\n')
  if (/(?<![\w.])print\s*\(/.test(above)) return undefined
  const last = topLevelStatements(runner, above)?.at(-1)
  const text = lines
    .slice((last?.from ?? 1) - 1, last?.to ?? 0)
    .join('\n')
    .trim()
  if (!last?.expression || last.to !== start || /\)$/.test(text) || /^[\w.]+$/.test(text))
    return undefined
  const pasted = lines.slice(start, end)
  const lineNumbers = pasted.map((_, offset) => fenceLine + 1 + start + offset)
  const part = { from: last.from, to: last.to, value: true, lines: pasted, lineNumbers }
  return {
    kind: 'statements',
    lines: pasted,
    lineNumbers,
    parts: [part],
    reason: `value of the expression at line ${fenceLine + last.from}, pasted under it as a REPL shows it`,
  }
}

/**
 * A line that announces the output pasted under it: a comment (`# 输出`,
 * `#执行结果`, `# Output:`, an example of it, `# 输出示例：`, `# Sample output:`)
 * or the words alone with a colon (`运行结果:`).
 */
const outputMarker =
  /^\s*(?:#\s*(?:(?:示例|样例)?输出(?:示例|样例)?|输出结果|执行结果|运行结果|结果|(?:(?:example|sample)\s+)?outputs?|result|results|prints?)\s*[:：]?|(?:(?:示例|样例)?输出(?:示例|样例)?|输出结果|执行结果|运行结果|(?:(?:example|sample)\s+)?output|result)\s*[:：])\s*$/iu
/**
 * The marker as a series of commands writes it, each with its output under
 * it: a note in brackets (`# 输出（bash关键字）`) or what the lines are
 * (`# 输出下标`, `# 输出键。`), but never that nothing is printed (`# 输出为空`).
 */
const seriesMarker =
  /^\s*#\s*(?:输出(?![^\n]*[空无])\p{Script=Han}{0,4}|output)\s*(?:[（(][^）)]*[）)])?\s*[:：。.]?\s*$/iu
/** A line that reads as shell code rather than output: an assignment, a keyword or common command, a pipe. */
const shellCode =
  /^\s*(?:[A-Za-z_]\w*=|(?:if|then|else|elif|fi|for|while|until|do|done|case|esac|function|echo|printf|cd|export|local|return|set|unset|read|source|exit|declare|let|shift|eval|exec|trap|test|sudo|ls|cat|grep|sed|awk|cp|mv|rm|mkdir|touch|curl|wget)\b)|\$\(|&&|\|\||\s\|\s|[{\\]\s*$/
/** The command that ran the script, written under the marker: `# ./test.sh`, `$ bash demo.sh`. */
const runLine = /^\s*[#$]\s*(?:(?:ba|z)?sh\s+)?\.{0,2}\/?[\w./-]+\.(?:sh|bash|zsh)\s*$/

/**
 * Output pasted into a shell sample after its code, under a line that says
 * so (`# 输出` / `foobar`, `#执行结果` / `# ./test.sh` / `10`): the lines
 * after the marker are what the code above prints, not commands, so they
 * become blank lines of the code (every line keeps its number) and the
 * output documented. Lines of the author's words at the end
 * (`单引号内嵌套单引号即可使用变量。`) are not output. `undefined` unless the
 * first line after the marker (and the command line) is not a comment.
 */
export function shellPastedOutput(
  code: string,
  fenceLine: number,
): { code: string; expected: DocumentedOutput } | undefined {
  return pastedSeries(code, fenceLine) ?? pastedAtEnd(code, fenceLine)
}

/** Output pasted under one marker, to the end of the sample. */
function pastedAtEnd(
  code: string,
  fenceLine: number,
): { code: string; expected: DocumentedOutput } | undefined {
  const lines = code.split('\n')
  const marker = lines.findIndex(
    (line, index) =>
      index > 0 && outputMarker.test(line) && !lines[index + 1]?.trim().startsWith('#!'),
  )
  if (
    marker === -1 ||
    !lines.slice(0, marker).some((line) => /^\s*[^#\s]/.test(line)) ||
    inHereDocument(lines, marker)
  ) {
    return undefined
  }
  let start = marker + 1
  while (start < lines.length && !lines[start]?.trim()) start++
  if (runLine.test(lines[start] ?? '')) start++
  while (start < lines.length && !lines[start]?.trim()) start++
  const first = lines[start]
  if (first === undefined || /^\s*#/.test(first)) return undefined
  // A comment heading code (`# result` / `sum=$((a + b))`) is no marker: what follows must not read as code.
  if (lines.slice(start).some((line) => shellCode.test(line))) return undefined
  const above = lines.slice(0, marker).join('\n')
  let end = lines.length
  while (
    end > start &&
    (!lines[end - 1]?.trim() || isProseAmongOutput(lines[end - 1] ?? '', above))
  )
    end--
  const indent = /^\s*/.exec(lines[marker] ?? '')?.[0] ?? ''
  const pasted = lines
    .slice(start, end)
    .map((line) => (line.startsWith(indent) ? line.slice(indent.length) : line.trimStart()))
  const lineNumbers = pasted.map((_, offset) => fenceLine + 1 + start + offset)
  return {
    code: lines.map((line, index) => (index >= marker ? '' : line)).join('\n'),
    expected: {
      kind: 'statements',
      lines: pasted,
      lineNumbers,
      parts: [{ from: 1, to: marker, value: false, pasted: true, lines: pasted, lineNumbers }],
      reason: `output pasted into the code under \`${(lines[marker] ?? '').trim()}\` at line ${fenceLine + 1 + marker}`,
    },
  }
}

/**
 * Commands each followed by a marker and the output pasted under it, the
 * next command after it (`type -t ls` / `# 输出` / `alias`, then a blank line
 * and `type -t for` / `# 输出（bash关键字）` / `keyword`): at least two such
 * markers. Each output is what the command right above its marker prints
 * (with the lines above it that read as code), and runs to a
 * blank or comment line, or to the command above the next marker; the last
 * one runs to the end of the sample unless commands follow it. The lines of
 * output become blank lines of the code. `undefined` unless every marker
 * has commands right above it and output under it, and most of those
 * outputs do not start like a command (`ls is aliased to ...` may).
 */
function pastedSeries(
  code: string,
  fenceLine: number,
): { code: string; expected: DocumentedOutput } | undefined {
  const lines = code.split('\n')
  const markers = lines.flatMap((line, index) =>
    index > 0 && seriesMarker.test(line) && !inHereDocument(lines, index) ? [index] : [],
  )
  if (markers.length < 2) return undefined
  const isCode = (index: number) => {
    const line = lines[index] ?? ''
    return line.trim() !== '' && !/^\s*#/.test(line)
  }
  // The commands a marker documents: the line right above it, and the lines of code above that one.
  const commands = markers.map((marker) => {
    let from = marker
    while (from > 0 && !lines[from - 1]?.trim()) from--
    const last = from
    while (from > 0 && isCode(from - 1) && (from === last || shellCode.test(lines[from - 1] ?? '')))
      from--
    return from
  })
  const parts: OutputPart[] = []
  const blanked = new Set<number>()
  let previousEnd = 0
  let codeLike = 0
  for (const [k, marker] of markers.entries()) {
    const from = commands[k] ?? marker
    if (!isCode(from) || from < previousEnd) return undefined
    const start = marker + 1
    const first = (lines[start] ?? '').trim()
    if (!isCode(start)) return undefined
    // A lone word (`function`, `keyword`: what `type -t` prints) is no command line.
    if (shellCode.test(first) && /[\s=]/.test(first)) codeLike++
    const next = commands[k + 1]
    let end = start
    while (end < lines.length && isCode(end) && (next === undefined || end < next)) end++
    if (next === undefined && !lines.slice(end).some((_, offset) => isCode(end + offset))) {
      const above = lines.slice(0, marker).join('\n')
      end = lines.length
      while (
        end > start &&
        (!lines[end - 1]?.trim() || isProseAmongOutput(lines[end - 1] ?? '', above))
      )
        end--
      for (let index = end; index < lines.length; index++) blanked.add(index)
    }
    if (end === start) return undefined
    const indent = /^\s*/.exec(lines[marker] ?? '')?.[0] ?? ''
    const pasted = lines
      .slice(start, end)
      .map((line) => (line.startsWith(indent) ? line.slice(indent.length) : line.trimStart()))
    const lineNumbers = pasted.map((_, offset) => fenceLine + 1 + start + offset)
    for (let index = start; index < end; index++) blanked.add(index)
    parts.push({
      from: from + 1,
      to: marker,
      value: false,
      pasted: true,
      lines: pasted,
      lineNumbers,
    })
    previousEnd = end
  }
  // Comments heading code (`# output` / `echo hi`) are no markers: most must have output under them.
  if (codeLike * 2 >= parts.length) return undefined
  return {
    code: lines.map((line, index) => (blanked.has(index) ? '' : line)).join('\n'),
    expected: {
      kind: 'statements',
      lines: parts.flatMap((part) => part.lines),
      lineNumbers: parts.flatMap((part) => part.lineNumbers),
      parts,
      reason: `output pasted into the code under each of ${parts.length} markers, the first \`${(lines[markers[0] ?? 0] ?? '').trim()}\` at line ${fenceLine + 1 + (markers[0] ?? 0)}`,
    },
  }
}

/** Whether line `index` is inside a here-document (`cat <<EOF` … `EOF`) opened above it: text, not a marker. */
function inHereDocument(lines: readonly string[], index: number): boolean {
  let end: string | undefined
  for (const line of lines.slice(0, index)) {
    if (end !== undefined) {
      if (line.trim() === end) end = undefined
      continue
    }
    end = /<<-?\s*['"]?([\w-]+)['"]?/.exec(line.replace(/<<</g, ''))?.[1]
  }
  return end !== undefined
}
