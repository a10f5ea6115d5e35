import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { verify } from '../../src/index.js'

const seed = path.join(import.meta.dirname, '..', '..', 'content', 'posts', 'asyncio-异步编程.md')
const source = await readFile(seed, 'utf8')

/** A folder holding `text` as `post.md`, with the seed's diagram beside it. */
async function postFolder(text: string): Promise<string> {
  const folder = await mkdtemp(path.join(tmpdir(), 'postdeck-mutant-'))
  await cp(path.join(path.dirname(seed), 'Resource'), path.join(folder, 'Resource'), {
    recursive: true,
  })
  await writeFile(path.join(folder, 'post.md'), text)
  return path.join(folder, 'post.md')
}

/** Replace the `occurrence`-th (1-based, counting from the end when negative) match of `from` in the seed. */
function mutate(from: string, to: string, occurrence = 1): string {
  const parts = source.split(from)
  const count = parts.length - 1
  const index = occurrence > 0 ? occurrence : count + occurrence + 1
  if (index < 1 || index > count) throw new Error(`\`${from}\` occurs ${count} times`)
  return parts.slice(0, index).join(from) + to + parts.slice(index).join(from)
}

async function verifyText(text: string) {
  const result = await verify({ paths: [await postFolder(text)] })
  return result.samples.filter((sample) => sample.status === 'failed')
}

describe('the seed post', () => {
  it('verifies as written, with no annotation', async () => {
    const result = await verify({ paths: [await postFolder(source)] })
    expect(
      result.samples.map((sample) => [sample.sample.line, sample.sample.mode, sample.status]),
    ).toEqual([
      [43, 'compare', 'passed'],
      [115, 'parse', 'passed'],
      [145, 'parse', 'passed'],
      [161, 'parse', 'passed'],
      [173, 'parse', 'passed'],
      [187, 'compare', 'passed'],
    ])
  })
})

const sequentialTasks = [
  [
    '    task1 = asyncio.create_task(fetch_url(url))',
    '    task2 = asyncio.create_task(read_file(filename))',
    '    fetch_result = await task1',
    '    read_result = await task2',
  ].join('\n'),
  '    fetch_result = await fetch_url(url)\n    read_result = await read_file(filename)',
] as const

// Every mutation must fail, at the line it concerns, with a diff or a reason.
describe.each([
  [
    'a word of the documented output',
    mutate('Fetching The URL\nReading', 'Fetching the URL\nReading', -1),
    220,
    '-',
    'Fetching the URL',
  ],
  [
    'the order of two output lines',
    mutate('Finished Fetching\nFinished Reading', 'Finished Reading\nFinished Fetching', -1),
    222,
    '-',
    'Finished Reading',
  ],
  [
    'a timing off by a second',
    mutate('Execution Time: 1.02', 'Execution Time: 2.02'),
    224,
    '-',
    'Execution Time: 2.02',
  ],
  [
    'a missing output line',
    mutate('Reading File\nFinished Fetching', 'Finished Fetching', -1),
    221,
    '+',
    'Reading File',
  ],
  [
    'sequential awaits instead of tasks',
    mutate(sequentialTasks[0], sequentialTasks[1], -1),
    219,
    '-',
    'Reading File',
  ],
  [
    'a word of the code',
    mutate("print('Finished Reading')", "print('Finished reading')", -1),
    223,
    '+',
    'Finished reading',
  ],
  [
    'a word of the comment output',
    mutate('was never awaited', 'was not awaited'),
    53,
    '-',
    'was not awaited',
  ],
  [
    'a syntax error in a fragment',
    mutate('async def fetch_url(url):', 'async def fetch_url(url)', 1),
    146,
    'syntax',
    'SyntaxError',
  ],
])('a mutation of %s', (_, text, line, kind, needle) => {
  it(`fails at line ${line}`, async () => {
    const failures = await verifyText(text)
    expect(failures).toHaveLength(1)
    const [failure] = failures
    if (kind === 'syntax') {
      expect(failure?.summary).toContain(needle)
      expect(failure?.line).toBe(line)
      return
    }
    const side = kind === '-' ? 'expected' : 'actual'
    const changed = failure?.comparison?.diff.filter((entry) => entry.kind === side) ?? []
    expect(changed.map((entry) => entry.text)).toContainEqual(expect.stringContaining(needle))
    expect(failure?.line).toBe(line)
  })
})
