// Statements reading an environment variable, whose value is the reader's, not the post's.

import type { Sample } from '../read/remark-extract-samples.js'
import { type PartLines, scriptStatement } from './part-statement.js'

/** `process.env.USER_ID`, `process.env['USER_ID']`. */
const environmentRead =
  /(?<![\w$.])process\.env(?:\.([A-Za-z_$][\w$]*)|\[\s*['"]([A-Za-z_$][\w$]*)['"]\s*\])/u

/**
 * The environment variable a JavaScript statement of a part reads, when the
 * sample does not set it itself (`console.log(process.env.PORT) // "3000"`
 * shows what the command line running it set, `PORT=3000 node app.js` or
 * `node --env-file=.env app.js`); `undefined` otherwise.
 */
export function environmentVariableRead(
  sample: Sample,
  code: readonly string[],
  part: PartLines,
): string | undefined {
  const statement = scriptStatement(sample, code, part)
  const match = statement === undefined ? null : environmentRead.exec(statement)
  const name = match?.[1] ?? match?.[2]
  if (name === undefined) return undefined
  const set = new RegExp(`process\\.env(?:\\.${name}|\\[\\s*['"]${name}['"]\\s*\\])\\s*=(?!=)`)
  return set.test(sample.code) ? undefined : name
}
