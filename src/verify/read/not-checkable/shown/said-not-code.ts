import type { Sample } from '../../remark-extract-samples.js'

/**
 * A comment of the sample saying it is not real code: `// This is not the
 * syntax for creating functions, for explanation purposes.`, `# pseudo-code`,
 * `// these lines cannot be run`, `// 伪代码`, `// 这不是合法的语法`,
 * `// 下面两句不能执行，只是示意一下基本的语法格式`.
 */
const notCode =
  /\b(?:not (?:the |a |valid |real |actual |correct )?(?:syntax|code|javascript|python)\b|pseudo-?code\b|for (?:explanation|illustration) purposes?\b|(?:can(?:no|')t|cannot|won't|will not|do(?:es)? not|don't) (?:be )?(?:run|ran|executed?)\b)|伪代码|(?:不是|并非)(?:合法|正确|真正|有效)?的?(?:语法|代码)|(?:不能|无法|不可以?)(?:直接)?(?:执行|运行)|只是示意/iu

/**
 * Why a JavaScript sample that failed is no code to run, in its own words: a comment
 * saying so (`// This is not the syntax for creating functions`, `// 伪代码`).
 * `undefined` when no comment of the sample says so.
 */
export function saidNotCode(sample: Sample): string | undefined {
  const { id } = sample.runner
  if (id !== 'javascript' && id !== 'typescript') return undefined
  for (const [index, line] of sample.code.split('\n').entries()) {
    const prefix = sample.runner.commentPrefixes.find((candidate) => line.includes(candidate))
    if (prefix === undefined) continue
    const comment = line.slice(line.indexOf(prefix) + prefix.length).trim()
    if (notCode.test(comment)) {
      return `its comment at line ${sample.line + index + 1} says it is not code to run (\`${comment}\`)`
    }
  }
  return undefined
}
