import type { Code, Parent, Root } from 'mdast'
import { toString as plainText } from 'mdast-util-to-string'
import { visit } from 'unist-util-visit'
import { runnerFor } from '../../../runners.js'
import type { DocumentedOutput } from '../documented-output.js'
import { contentBaseLine } from './content-lines.js'
import { leadInKind } from './lead-ins.js'

/** An exercise whose expected output is its solution's: the template, that output and the solution. */
export interface ExerciseSolution {
  template: Code
  output: Code
  solution: Code
}

/**
 * A comment telling the reader to write or change the code, as course
 * sites set exercises (learnshell.org, learnpython.org): `# write your code
 * here`, `# Change this code`, `# modify above variables`, `// your code
 * here`, `# TODO`, `# 在这里写代码`, `# 请补全代码`.
 */
const exerciseComment =
  /^\s*(?:#|\/\/)\s*(?:.*\b(?:write|enter|add|put|insert|type|change|modify|complete|fill\s+in|finish|edit)\b.*\b(?:code|here|below|above|variables?|this)\b|.*\byour\s+(?:code|solution|answer)\b|TODO\b|.*(?:在这里|在此|此处|请|补全|填写|修改|编写|完成).*(?:代码|这里|此处|变量))/iu
/** A blank the reader fills in: `TOTAL= ?`, `print(?)`, a line of `???`. */
const blank = /(?:^\s*|[=(,]\s*)\?{1,3}\s*(?:$|[)#,;])/mu
/** A lead-in naming the answer: `Solution:`, `**Answer**`, `参考答案：`, `解答`. */
const solutionLeadIn =
  /^(?:(?:the\s+|a\s+|one\s+)?(?:possible\s+)?(?:solutions?|answers?)|参考答案|答案|解答|题解|解决方案|参考代码)\s*[:：]?$/iu

/** Whether code is an exercise's template: a comment asking for the reader's code, or a blank to fill in. */
export function isExerciseTemplate(code: string): boolean {
  return code.split('\n').some((line) => exerciseComment.test(line)) || blank.test(code)
}

/**
 * Exercises set as course sites set them: a template to complete (a comment
 * asking for the reader's code, or a blank), the output the finished code
 * prints (`Expected Output:`), then the solution under a `Solution:` lead-in
 * (a paragraph, or a list item opening with it, as notes nest it). The
 * output is the solution's, as the reader who runs the solution sees it,
 * not the template's, which prints something else or nothing until
 * completed. Keyed by the template and by the solution.
 */
export function exerciseSolutions(tree: Root): Map<Code, ExerciseSolution> {
  const found = new Map<Code, ExerciseSolution>()
  visit(tree, (node) => {
    if (!('children' in node)) return
    const parent = node as Parent
    parent.children.forEach((child, index) => {
      if (child.type !== 'code' || !runnerFor(child.lang?.toLowerCase() ?? '')) return
      if (!isExerciseTemplate(child.value)) return
      let at = index + 1
      const lead = parent.children[at]
      if (lead?.type === 'paragraph' && leadInKind(plainText(lead).trim()) === 'output') at++
      const output = parent.children[at]
      if (output?.type !== 'code' || at === index + 1) return
      const solution = solutionAfter(parent.children[at + 1], parent.children[at + 2])
      if (!solution || (solution.lang ?? '') !== (child.lang ?? '')) return
      const exercise = { template: child, output, solution }
      found.set(child, exercise)
      found.set(solution, exercise)
    })
  })
  return found
}

/** The code under a `Solution:` lead-in: the fence after the paragraph, or in the list item it opens. */
function solutionAfter(
  node: Parent['children'][number] | undefined,
  next: Parent['children'][number] | undefined,
): Code | undefined {
  if (node?.type === 'paragraph' && solutionLeadIn.test(plainText(node).trim()))
    return next?.type === 'code' ? next : undefined
  if (node?.type !== 'list') return undefined
  const [item] = node.children
  const [first, second] = item?.children ?? []
  return first?.type === 'paragraph' &&
    solutionLeadIn.test(plainText(first).trim()) &&
    second?.type === 'code'
    ? second
    : undefined
}

/** The expected output of an exercise, as its solution's documented output. */
export function solutionOutput(exercise: ExerciseSolution): DocumentedOutput {
  const fenceLine = contentBaseLine(exercise.output)
  const lines = exercise.output.value.split('\n')
  return {
    kind: 'block',
    lines,
    lineNumbers: lines.map((_, offset) => fenceLine + 1 + offset),
    reason: `output block at line ${fenceLine}, the exercise's expected output, shown above its solution`,
  }
}
