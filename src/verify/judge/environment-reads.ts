// Statements reading an environment variable, whose value is the reader's, not the post's.

import type { Sample } from '../read/remark-extract-samples.js'

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
  part: { from: number; to: number },
): string | undefined {
  if (sample.runner.id !== 'javascript' && sample.runner.id !== 'typescript') return undefined
  const statement = code.slice(part.from - 1, part.to).join('\n')
  const match = environmentRead.exec(statement.replace(/\/\/.*$/gm, ''))
  const name = match?.[1] ?? match?.[2]
  if (name === undefined) return undefined
  const set = new RegExp(`process\\.env(?:\\.${name}|\\[\\s*['"]${name}['"]\\s*\\])\\s*=(?!=)`)
  return set.test(sample.code) ? undefined : name
}
