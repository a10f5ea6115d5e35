import { fromMarkdown } from 'mdast-util-from-markdown'
import { describe, expect, it } from 'vitest'
import { proseAssignments, variablesSetInProse } from '../../src/verify/read/prose-variables.js'

describe('shell variables a sentence sets', () => {
  const tree = fromMarkdown(
    'Set `param="unix-is-fun"` first.\n\nThen `export DIR=/tmp/x` and `n=$(date)`.\n\n`cmd --x=1`\n',
  )
  const assignments = proseAssignments(tree)

  it('reads literal assignments in inline code, not expansions or options', () => {
    expect(assignments.map(({ name, value }) => [name, value])).toEqual([
      ['param', 'unix-is-fun'],
      ['DIR', '/tmp/x'],
    ])
  })

  it('gives a sample the ones it expands without setting them', () => {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a shell expansion, not a template
    expect(variablesSetInProse('echo ${param:4}', 10, assignments)).toEqual({
      param: 'unix-is-fun',
    })
    expect(variablesSetInProse('ls "$DIR"; echo $other', 10, assignments)).toEqual({
      DIR: '/tmp/x',
    })
  })

  it('leaves a name the sample sets or reads itself, or one set below it', () => {
    expect(variablesSetInProse('param=x\necho $param', 10, assignments)).toEqual({})
    expect(variablesSetInProse('read param; echo $param', 10, assignments)).toEqual({})
    expect(variablesSetInProse("echo '$param'", 10, assignments)).toEqual({})
    expect(variablesSetInProse('echo $param', 1, assignments)).toEqual({})
  })
})
