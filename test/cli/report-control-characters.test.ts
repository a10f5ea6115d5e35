import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from './run-cli.js'

let folder: string
beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'postdeck-control-'))
  await mkdir(path.join(folder, 'content', 'posts'), { recursive: true })
  // One sample fails on a diff with control characters, one on its exit code after printing them.
  await writeFile(
    path.join(folder, 'content', 'posts', 'control.md'),
    [
      '---',
      'title: 控制字符',
      'published: 2026-02-07',
      '---',
      '',
      '```bash',
      String.raw`printf 'a\033[2J\007\000b\r\u202ec\n'`,
      '# output:',
      '# ab',
      '```',
      '',
      '<!-- verify: run -->',
      '```bash',
      String.raw`printf '\033]0;owned\007\033[31mred\n'; false`,
      '```',
      '',
    ].join('\n'),
  )
})
afterAll(async () => {
  await rm(folder, { recursive: true, force: true })
})

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
const raw = /[\u0000-\u0008\u000b-\u001f\u007f\u202e]/

describe('reports safe to print', () => {
  it('shows control characters of sample output visibly in the pretty report', async () => {
    const { code, stdout } = await runCli(['verify', '--no-cache'], folder)
    expect(code).toBe(1)
    expect(stdout).not.toMatch(raw)
    expect(stdout).toContain(String.raw`+ a\x1b[2J\x07\x00b`)
    expect(stdout).toContain(String.raw`+ \u202ec`)
    expect(stdout).toContain(String.raw`\x1b]0;owned\x07\x1b[31mred`)
  })

  it('shows them visibly in GitHub annotations', async () => {
    const { stdout } = await runCli(['verify', '--no-cache', '--reporter', 'github'], folder)
    expect(stdout).not.toMatch(raw)
    expect(stdout).toMatch(/^::error file=content\/posts\/control\.md,line=\d+/m)
    expect(stdout).toContain(String.raw`\x1b[2J\x07\x00b`)
  })
})
