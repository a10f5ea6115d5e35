import { isShellRunner } from '../../../runner-id.js'
import type { Sample } from '../../remark-extract-samples.js'

/** A positional parameter read: `$1` … `$9`, `${1}`. */
const positional = /\$(?:[1-9]|\{[1-9]\})/u
/** A function's header opening its body on the line: `sum(){`, `function sum {`. */
const functionHeader = /^\s*(?:function\s+[\w-]+(?:\s*\(\s*\))?|[\w-]+\s*\(\s*\))\s*\{\s*$/u

/**
 * The line (1-based) where a shell script reads a command-line argument
 * (`n1=$1`, `echo "First Argument: "$1`) outside any function, when nothing in
 * it sets them (`set -- a b`): the post runs it as `./sum.sh 3 4`, a sample
 * runs with none, so what it printed is not checkable here. A function's body
 * reads the arguments of its call, which the sample gives.
 */
export function scriptArgumentLine(sample: Sample): number | undefined {
  if (!isShellRunner(sample.runner)) return undefined
  const lines = sample.code.split('\n')
  if (lines.some((line) => /^\s*set\s+--/u.test(line))) return undefined
  let inFunction = false
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? ''
    if (!inFunction && functionHeader.test(line)) {
      inFunction = true
      continue
    }
    if (inFunction) {
      if (/^\s*\}\s*$/u.test(line)) inFunction = false
      continue
    }
    const code = line.replace(/(?:^|\s)#.*$/u, '').replace(/'[^']*'/gu, "''")
    if (positional.test(code)) return index + 1
  }
  return undefined
}

/** Why such a script is not checkable here, or `undefined`. */
export function scriptArgumentNeed(sample: Sample): string | undefined {
  const line = scriptArgumentLine(sample)
  return line === undefined
    ? undefined
    : `it reads a command-line argument the post passes to the script, at line ${sample.line + line}, and runs here with none`
}
