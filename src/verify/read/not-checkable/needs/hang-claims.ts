import type { Sample } from '../../remark-extract-samples.js'

/** Words saying a program never ends: `卡死`, `一直阻塞`, `死锁`, `hangs`, `blocks forever`, `never returns`. */
const hangWords =
  /卡死|卡住|死锁|一直(?:阻塞|等待)|永远(?:阻塞|等待)|\bhangs?\b|\bdeadlocks?\b|\bblocks forever\b|\bnever (?:returns|ends|finishes|completes)\b/iu

/**
 * Why a sample stopped by the timeout did what its post says: the output it
 * documents says it hangs (`### 输出结果： 卡死，无`, `# hangs here`). The
 * words, `undefined` when it documents no such thing.
 */
export function hangClaimed(sample: Sample): string | undefined {
  const said = sample.expected?.lines.find((line) => hangWords.test(line))
  return said === undefined ? undefined : `the post says it never ends (\`${said.trim()}\`)`
}
