import { describe, expect, it } from 'vitest'
import { objectMembersAt } from '../../src/verify/read/not-checkable/shown/code-shapes.js'
import type { Sample } from '../../src/verify/read/remark-extract-samples.js'
import { runnerFor } from '../../src/verify/runners.js'

const js = runnerFor('js')
if (!js) throw new Error('no javascript runner')
const sample = (code: string): Sample => ({ code, line: 10, runner: js }) as unknown as Sample

describe('objectMembersAt', () => {
  it('reads a quoted key opening an object, shown without the braces around it, as members', () => {
    const part = "'handlers': {\n    'console': {\n        'level': 'INFO',\n    },\n},"
    expect(objectMembersAt(sample(part))).toBe(1)
    expect(objectMembersAt(sample(`    ${part.replaceAll('\n', '\n    ')}`))).toBe(1)
  })

  it('reads no members in a labelled block, nor in members that do not parse', () => {
    expect(objectMembersAt(sample('outer: {\n  break outer\n}'))).toBeUndefined()
    expect(objectMembersAt(sample("'handlers': {\n  'console' 'INFO'\n},"))).toBeUndefined()
  })
})
