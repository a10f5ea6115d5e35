import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { codeFrame } from '../../src/cli/code-frame.js'
import { runCli } from './run-cli.js'

let folder: string
beforeEach(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'postdeck-frames-'))
  await mkdir(path.join(folder, 'posts'))
})
afterEach(async () => {
  await rm(folder, { recursive: true, force: true })
})

/** Build the posts `texts` (by file name) without running samples; what the CLI prints to stderr. */
async function buildPosts(texts: Record<string, string>) {
  for (const [name, text] of Object.entries(texts)) {
    await writeFile(path.join(folder, 'posts', name), text)
  }
  const { code, stderr } = await runCli(
    ['build', 'posts', '--out', 'dist', '--no-verify', '--no-cache'],
    folder,
  )
  // Note: where no sandbox can be made, its warning comes first.
  return { code, stderr: stderr.replace(/^Warning:.*\n/gm, '') }
}

describe('content errors printed with a code frame', () => {
  it('marks an unclosed quote or bracket in front matter where it opens', async () => {
    const { code, stderr } = await buildPosts({
      'quote.md': '---\ntitle: "Hello\ntags: [a, b]\npublished: 2026-02-07\n---\n\nBody\n',
      'bracket.md': '---\ntitle: 括号\ntags: [a, b\npublished: 2026-02-07\n---\n\n正文\n',
    })
    expect(code).toBe(1)
    expect(stderr).toContain(
      [
        `${path.join('posts', 'bracket.md')}:3:7: error Front matter is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ] (front-matter-syntax)`,
        '  1 | ---',
        '  2 | title: 括号',
        '> 3 | tags: [a, b',
        '    |       ^',
        '  4 | published: 2026-02-07',
        '  5 | ---',
        '',
      ].join('\n'),
    )
    expect(stderr).toContain(
      [
        `${path.join('posts', 'quote.md')}:2:8: error Front matter is not valid YAML: Missing closing "quote (front-matter-syntax)`,
        '  1 | ---',
        '> 2 | title: "Hello',
        '    |        ^',
        '  3 | tags: [a, b]',
        '  4 | published: 2026-02-07',
        '',
      ].join('\n'),
    )
  })

  it('frames schema errors, limits passed and CRLF posts at the line the message names', async () => {
    const { stderr } = await buildPosts({
      'image.md':
        '---\r\ntitle: Cover\r\npublished: 2026-02-07\r\nimage: JavaScript:alert(1)\r\n---\r\n\r\nText\r\n',
      'deep.md': `---\ntitle: Deep\npublished: 2026-02-07\n---\n\n${'> '.repeat(1500)}deep\n`,
    })
    expect(stderr).toMatch(
      /image\.md:4:8: error Front matter field `image` .*\n {2}2 \| title: Cover\n {2}3 \| published: 2026-02-07\n> 4 \| image: JavaScript:alert\(1\)\n {4}\| {8}\^\n {2}5 \| ---\n/,
    )
    const deep = stderr.slice(stderr.indexOf('deep.md:6:'))
    expect(deep).toMatch(/^deep\.md:6:1: error .*\(input-limit\)\n.*\n.*\n> 6 \| > > > /)
    // Note: a long line is cut to a window, so a frame stays a few short lines.
    for (const line of deep.split('\n').slice(1, 6)) expect(line.length).toBeLessThan(140)
  })

  it('gives no frame to warnings and shows control characters of the post visibly', async () => {
    const { stderr } = await buildPosts({
      'bell.md':
        '---\ntitle: "\u001b[2Jbell\u0007\ntags: [a]\npublished: 2026-02-07\n---\n\n![](./missing.png)\n',
      'warn.md': '---\ntitle: Warn\npublished: 2026-02-07\n---\n\n![](./missing.png)\n',
    })
    expect(stderr).toContain('> 2 | title: "\\x1b[2Jbell\\x07')
    expect(stderr).not.toContain('\u001b')
    expect(stderr).not.toContain('\u0007')
    expect(stderr).toMatch(/warn\.md:6:1: warning .*\(asset-missing\)\n(?!.*\|)/)
  })
})

describe('codeFrame', () => {
  it('numbers lines as in the file, however far down, and cuts every line to a window around the column', () => {
    const source = `${'line\n'.repeat(99_999)}${'a'.repeat(500)}X${'b'.repeat(500)}\nlast`
    const frame = codeFrame(source, 100_000, 501)
    expect(frame).toMatch(
      /^ {3}99998 \| …\n {3}99999 \| …\n> 100000 \| …a{60}Xb{59}…\n {9}\| {62}\^\n {2}100001 \| …$/,
    )
    expect(codeFrame('one\ntwo', 7)).toBe('')
  })
})
