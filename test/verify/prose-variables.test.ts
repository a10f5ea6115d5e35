import { fromMarkdown } from 'mdast-util-from-markdown'
import { describe, expect, it } from 'vitest'
import {
  proseAssignments,
  proseNamedVariables,
  proseVariableNeed,
  variablesNamedInProse,
  variablesSetInProse,
} from '../../src/verify/read/prose-variables.js'

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

describe('shell variables a sentence asks the reader to set', () => {
  const tree = fromMarkdown(
    'Set `$api_url` to your server, and `TOKEN` too.\n\n`name` is a word.\n\n先设置 `$dir`。\n\nThen `base=/srv`.\n',
  )
  const named = proseNamedVariables(tree)

  it('reads `$name` and upper-case names in a sentence about setting them', () => {
    expect(named.map(({ name }) => name)).toEqual(['api_url', 'TOKEN', 'dir'])
  })

  it('gives the ones a sample expands without a value or a setting of its own, and a note', () => {
    const needs = variablesNamedInProse('echo $api_url $dir $base', 20, named, { base: '/srv' })
    expect(needs).toEqual({ api_url: 1, dir: 5 })
    expect(variablesNamedInProse('api_url=x; echo $api_url', 20, named, {})).toEqual({})
    expect(proseVariableNeed({ proseNeeds: needs })).toBe(
      'needs `$api_url`, which the text at line 1 asks the reader to set, with a value of their own',
    )
  })
})
