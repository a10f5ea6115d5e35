import { spawnSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { markNamesShownLater } from '../../src/verify/read/code/names-shown-later.js'
import { ownMessageClaim } from '../../src/verify/read/error-claims/bare-error-messages.js'
import { absentCommandNeed } from '../../src/verify/read/not-checkable/needs/absent-commands.js'
import { authorMachineNeed } from '../../src/verify/read/not-checkable/needs/author-machine.js'
import { setupNotShownNeed } from '../../src/verify/read/not-checkable/needs/setup-not-shown.js'
import type { Sample } from '../../src/verify/read/remark-extract-samples.js'
import { sampleOf } from './sample-of.js'

const thrown = (error: string) =>
  `<sample>:1\nx\n^\n\n${error}\n    at Object.<anonymous> (<sample>:1:1)\n`

/** The sample, which the test made. */
/** Whether this machine has `cal`, which the test of a missing standard utility needs absent. */
const hasCal = spawnSync('sh', ['-c', 'command -v cal']).status === 0

function must(sample: Sample | undefined): Sample {
  if (!sample) throw new Error('no such sample')
  return sample
}

/** The samples of a post, marked with what the rest of the post says of their names. */
function post(...codes: string[]) {
  const samples = codes.map((code, index) => sampleOf('js', code, '', 10 * index + 1))
  markNamesShownLater(samples, (sample) => sample.code)
  return samples
}

describe('a name whose setup the post shows later or not at all', () => {
  it('notes a name no sample defines, and one a later sample defines', () => {
    const [box, some] = post('Box(1).map(x => x)', 'Some(2).map(f)', 'const Some = (v) => ({ v })')
    expect(setupNotShownNeed(must(box), thrown('ReferenceError: Box is not defined'))).toBe(
      'needs setup the post does not show (name `Box`)',
    )
    expect(setupNotShownNeed(must(some), thrown('ReferenceError: Some is not defined'))).toBe(
      'needs `Some`, which the post defines later, at line 21',
    )
  })

  it('notes a method another sample adds to a prototype', () => {
    const [ap] = post(';[f].ap([1])', 'Array.prototype.ap = function (xs) { return xs }')
    expect(setupNotShownNeed(must(ap), thrown('TypeError: [f].ap is not a function'))).toBe(
      'needs the method `ap`, which the sample at line 11 adds to a prototype',
    )
  })

  it('still fails a typo, of a name of the sample, of the post or of a global', () => {
    const [own, other] = post('const total = 3\nconsole.log(totl)', 'Som(1)', 'const Some = 1')
    expect(
      setupNotShownNeed(must(own), thrown('ReferenceError: totl is not defined')),
    ).toBeUndefined()
    expect(
      setupNotShownNeed(must(other), thrown('ReferenceError: Som is not defined')),
    ).toBeUndefined()
    const [global] = post('cosole.log(1)')
    expect(
      setupNotShownNeed(must(global), thrown('ReferenceError: cosole is not defined')),
    ).toBeUndefined()
  })

  it('still fails a call to a function the sample defined under another name and never calls', () => {
    const [renamed] = post(
      'function isIterator(o) {\n  return typeof o[Symbol.iterator] === "function"\n}\nconsole.log(isIterable([1]))',
    )
    expect(
      setupNotShownNeed(must(renamed), thrown('ReferenceError: isIterable is not defined')),
    ).toBeUndefined()
    const [used] = post('function isIterator(o) {}\nisIterator(1)\nconsole.log(isIterable([1]))')
    expect(setupNotShownNeed(must(used), thrown('ReferenceError: isIterable is not defined'))).toBe(
      'needs setup the post does not show (name `isIterable`)',
    )
  })

  it('still fails a plain value the sample forgot, used in an expression', () => {
    const [value] = post('const 单价 = 5\nconst 个数 = 4\nconsole.log(单价 * 数目)')
    expect(
      setupNotShownNeed(must(value), thrown('ReferenceError: 数目 is not defined')),
    ).toBeUndefined()
  })

  it('still fails a name the sample binds in a block and reads outside it', () => {
    const [block] = post('{\n  let inner = 1\n}\nconsole.log(inner)')
    expect(
      setupNotShownNeed(must(block), thrown('ReferenceError: inner is not defined')),
    ).toBeUndefined()
  })

  it('takes a type its documented value is written in for the one the post means', () => {
    const samples = [
      sampleOf('js', 'const constant = a => () => a', '', 1),
      sampleOf('js', 'Constant(1).map(f)', 'Constant(1)', 11),
    ]
    markNamesShownLater(samples, (sample) => sample.code)
    expect(
      setupNotShownNeed(must(samples[1]), thrown('ReferenceError: Constant is not defined')),
    ).toBe('needs setup the post does not show (name `Constant`)')
  })
})

describe('the message of an error the sample throws itself', () => {
  const code = "const f = (n) => {\n  throw new Error('Contract violated: expected int')\n}"
  it('is a claim that the line raises it', () => {
    expect(ownMessageClaim("f('x') // x", 'Contract violated: expected int', code)).toMatchObject({
      name: 'Error',
    })
  })

  it('is no claim on a print call, in a sample that catches, or for other words', () => {
    expect(
      ownMessageClaim('console.log(f(1))', 'Contract violated: expected int', code),
    ).toBeUndefined()
    expect(
      ownMessageClaim("f('x')", 'Contract violated: expected int', `${code}\ntry {} catch {}`),
    ).toBeUndefined()
    expect(ownMessageClaim("f('x')", 'returns a number', code)).toBeUndefined()
  })
})

describe("the author's tools and files in a transcript", () => {
  it('notes a two-letter command this machine lacks after a ❯ prompt, still fails a typo', () => {
    const fd = sampleOf('bash', 'fd -t f .', 'README.md')
    expect(absentCommandNeed(fd, 'x: line 1: fd: command not found\n')).toBe(
      'needs the command `fd`, which this machine does not have',
    )
    const typo = sampleOf('bash', 'ehco hi', 'hi')
    expect(absentCommandNeed(typo, 'x: line 1: ehco: command not found\n')).toBeUndefined()
  })

  it.skipIf(hasCal)(
    'notes a standard utility this machine lacks, inside a substitution too (English, Chinese)',
    () => {
      const english = sampleOf('bash', 'echo "$(cal)"', '   November 2021')
      expect(absentCommandNeed(english, 'x: line 1: cal: command not found\n')).toBe(
        'needs the command `cal`, which this machine does not have',
      )
      const chinese = sampleOf('bash', 'echo "今天：`cal`"', '今天：   十一月 2021')
      expect(absentCommandNeed(chinese, 'x: line 1: cal: command not found\n')).toBe(
        'needs the command `cal`, which this machine does not have',
      )
    },
  )

  it("reads a GNU tool by Homebrew's name on macOS as the author's machine, not as a typo", () => {
    const gsed = sampleOf('bash', "gsed 's/a/o/' <<< ab", 'ob')
    expect(absentCommandNeed(gsed, 'x: line 1: gsed: command not found\n')).toBe(
      "needs the author's machine: `gsed`, the GNU `sed` Homebrew installs on macOS",
    )
    const gecko = sampleOf('bash', 'gecko run', 'ok')
    expect(absentCommandNeed(gecko, 'x: line 1: gecko: command not found\n')).not.toMatch(
      /Homebrew/,
    )
  })

  it('reads a near spelling of a common command as the program the lead-in names', () => {
    const tree = {
      ...sampleOf('bash', 'tree /', '/\n└── etc'),
      leadIn: 'Let’s simulate the following tree structure:',
    }
    expect(absentCommandNeed(tree, 'x: line 1: tree: command not found\n')).toBe(
      'needs the command `tree`, which this machine does not have',
    )
    const zh = { ...sampleOf('bash', 'tree /', '/\n└── etc'), leadIn: '用 tree 命令看看目录结构：' }
    expect(absentCommandNeed(zh, 'x: line 1: tree: command not found\n')).toMatch(/`tree`/)
    // A lead-in that does not name it leaves the near spelling a typo.
    const typo = { ...sampleOf('bash', 'ehco hi', 'hi'), leadIn: 'Print a greeting with echo:' }
    expect(absentCommandNeed(typo, 'x: line 1: ehco: command not found\n')).toBeUndefined()
    const unnamed = sampleOf('bash', 'tree /', '/\n└── etc')
    expect(absentCommandNeed(unnamed, 'x: line 1: tree: command not found\n')).toBeUndefined()
  })

  it("notes a file of the author's that `rev` cannot open", () => {
    const rev = sampleOf('bash', 'rev stuff.md', 'eerhT')
    expect(
      authorMachineNeed(rev, 'rev: cannot open stuff.md: No such file or directory\n', ''),
    ).toBe("needs the author's machine: `stuff.md` is not there")
  })
})
