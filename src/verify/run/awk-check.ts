import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { Command } from '../runners.js'

/**
 * awk programs inside shell samples, which `bash -n` sees as one quoted
 * word: each is parsed by the machine's awk without running it (mawk's
 * `-W dump`, gawk's `--pretty-print`, both of which compile the program,
 * print it and stop), so `{return trim($0)}` outside a function fails where
 * the reader's awk would stop.
 */

/** An awk program written in a shell sample, as one single-quoted word. */
export interface AwkProgram {
  text: string
  /** 1-based line of the sample the program starts on. */
  line: number
}

/**
 * `awk`, its options (`-F:`, `-F '\t'`, `-v n=1`), then the program in single
 * quotes, standing alone as a word (not `'{print "'"$x"'"}'`, spliced with
 * the shell's own text).
 */
const awkCall =
  /(?:^|[\s;&|(`])(?:g|m|n)?awk((?:\s+-[Fv]\s*(?:'[^'\n]*'|"[^"\n]*"|[^\s'"]+)|\s+-[\w-]+)*)\s+'([^']*)'(?=\s|$|[;&|)<>`\\])/g

/** What only gawk knows, which another awk would refuse: the check is left to the reader's awk. */
const gawkOnly =
  /\b(?:BEGINFILE|ENDFILE|gensub|strftime|systime|mktime|asorti?|patsplit|strtonum|isarray|typeof|lshift|rshift|compl|xor|and|or)\b|@(?:include|load|namespace)|\bPROCINFO\b/

/** The awk programs of a shell sample, with the line each starts on. */
export function awkPrograms(code: string): AwkProgram[] {
  const programs: AwkProgram[] = []
  for (const match of code.matchAll(awkCall)) {
    const text = match[2] ?? ''
    if (!text.trim() || gawkOnly.test(text) || /\bf\b/.test(match[1] ?? '')) continue
    const start = match.index + match[0].indexOf(`'${text}'`)
    programs.push({ text, line: code.slice(0, start).split('\n').length })
  }
  return programs
}

/** Names of the program files, in order. */
function programFile(index: number): string {
  return `program-${index + 1}.awk`
}

/**
 * Checks each file with the awk on the machine, compiling without running:
 * mawk's `-W dump`, gawk's `--pretty-print`; another awk (BusyBox, BWK) has
 * no such option, and nothing is checked. Prints `program N` before the
 * error of the first program that does not compile.
 */
const checker = `for file in "$@"; do
  if awk -W version 2>&1 | grep -q mawk; then awk -W dump -f "$file" >/dev/null 2>awk-error
  elif awk --version 2>/dev/null | grep -q 'GNU Awk'; then awk --pretty-print=/dev/null -f "$file" 2>awk-error
  else exit 0
  fi || { echo "$file"; cat awk-error; exit 1; }
done
`

/** Write the programs and the checker into `folder`; the command that checks them. */
export async function writeAwkCheck(folder: string, programs: AwkProgram[]): Promise<Command> {
  const files = programs.map((_, index) => programFile(index))
  await Promise.all(
    programs.map((program, index) =>
      writeFile(path.join(folder, programFile(index)), program.text),
    ),
  )
  await writeFile(path.join(folder, 'check-awk.sh'), checker)
  return { command: 'bash', args: ['check-awk.sh', ...files] }
}

/** Where the check's output says a program does not compile: its line in the sample, and awk's words. */
export function awkProblem(
  output: string,
  programs: readonly AwkProgram[],
): { line: number; message: string } | undefined {
  const index = /^program-(\d+)\.awk$/m.exec(output)?.[1]
  const program = index === undefined ? undefined : programs[Number(index) - 1]
  if (!program) return undefined
  const error = output
    .split('\n')
    .find((line) => /\S/.test(line) && !/^program-\d+\.awk$/.test(line))
  const at = /\.awk(?::| line |: line )\s*(\d+)/.exec(error ?? '')?.[1]
  const message = (error ?? 'it does not compile')
    .replace(/^\w*awk: (?:(?:cmd\. line|[\w.-]+\.awk):?\s*(?:line )?\d+:\s*)?/, '')
    .trim()
  return { line: program.line + (at === undefined ? 0 : Number(at) - 1), message }
}
