import type { Root } from 'mdast'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import {
  exerciseSolutions,
  isExerciseTemplate,
  solutionOutput,
} from '../../src/verify/read/outputs/fences/exercise-solutions.js'

const tree = (markdown: string) => unified().use(remarkParse).parse(markdown) as Root
const fence = (code: string, lang = 'bash') => `\`\`\`${lang}\n${code}\n\`\`\`\n\n`

describe('isExerciseTemplate', () => {
  it("reads a comment asking for the reader's code, or a blank to fill in", () => {
    expect(isExerciseTemplate('NAMES=(a b)\n# write your code here')).toBe(true)
    expect(isExerciseTemplate('# Change this code\nX=')).toBe(true)
    expect(isExerciseTemplate('TOTAL= ?\necho "$TOTAL"')).toBe(true)
    expect(isExerciseTemplate('nums = [1, 2]\n# 在这里写你的代码')).toBe(true)
    expect(isExerciseTemplate('echo "is it ok?"\n# prints the list')).toBe(false)
  })
})

describe('exerciseSolutions', () => {
  it('gives the expected output after a template to the solution under `Solution:`', () => {
    const read = exerciseSolutions(
      tree(
        `${fence('N=(1 2)\n# write your code here')}Expected output:\n\n${fence('1\n2', '')}Solution:\n\n${fence('N=(1 2)\necho 1; echo 2')}`,
      ),
    )
    const [exercise] = [...read.values()]
    expect(exercise?.template.value).toContain('write your code here')
    expect(exercise?.solution.value).toContain('echo 1')
    expect(exercise && solutionOutput(exercise).lines).toEqual(['1', '2'])
  })

  it('reads a solution in the list item a `Solution:` paragraph opens, and in Chinese', () => {
    const markdown = `${fence('# 请补全代码')}**期望输出**：\n\n${fence('3', '')}- **参考答案**：\n\n    ${'```bash'}\n    echo 3\n    ${'```'}\n`
    const [exercise] = [...exerciseSolutions(tree(markdown)).values()]
    expect(exercise?.solution.value).toBe('echo 3')
  })

  it('is nothing for code that is no template, or an output not followed by a solution', () => {
    expect(
      exerciseSolutions(
        tree(`${fence('echo 1')}Output:\n\n${fence('1', '')}Solution:\n\n${fence('echo 1')}`),
      ).size,
    ).toBe(0)
    expect(
      exerciseSolutions(
        tree(
          `${fence('# write your code here')}Output:\n\n${fence('1', '')}Next:\n\n${fence('echo 1')}`,
        ),
      ).size,
    ).toBe(0)
  })
})
