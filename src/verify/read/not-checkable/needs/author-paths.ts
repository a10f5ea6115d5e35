import type { Sample } from '../../remark-extract-samples.js'

/** A string literal naming a file by an absolute path in a user's or a temporary folder: `'/tmp/a.txt'`, `` `/home/ann/data.csv` ``. */
const absolutePath = /(['"`])((?:\/tmp|\/home|\/Users|\/root|\/data|\/var\/www)\/[^'"`$\s{}]+)\1/gu

/** A call that writes or makes a file: `writeFile`, `open(p, 'w')`, `mkdir`, `touch`. */
const writes =
  /\bwrite|\bappend|\bmkdir|\bcopy|\bcreate(?!ReadStream)|\bopen\s*\([^)]*,\s*['"][wax]/iu

/**
 * The path of the author's machine a JavaScript or Python sample that failed
 * reads and never writes (`fs.readFile('/tmp/a.txt', ...)`,
 * `open('/home/ann/data.csv')`): a file made on the author's machine before
 * the run, which the post never creates, so what the sample does with it,
 * an error of its own after a failed read included, cannot be had here.
 * `undefined` when the sample names no such path, writes the one it names,
 * or the post shows the file being created (a file of the page).
 */
export function authorPathNeed(sample: Sample): string | undefined {
  if (!['javascript', 'typescript', 'python'].includes(sample.runner.id)) return undefined
  const lines = sample.code.split('\n')
  for (const match of sample.code.matchAll(absolutePath)) {
    const file = match[2] ?? ''
    const name = file.split('/').at(-1) ?? file
    if (Object.hasOwn(sample.files, file) || Object.hasOwn(sample.files, name)) continue
    if (lines.some((line) => line.includes(file) && writes.test(line))) continue
    return `needs the author's file \`${file}\`, which the post never creates`
  }
  return undefined
}
