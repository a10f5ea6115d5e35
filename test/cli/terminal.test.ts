import { execFile } from 'node:child_process'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { main } from '../../src/cli/main.js'

const repository = path.join(import.meta.dirname, '..', '..')
const site = path.join(import.meta.dirname, 'site')
const tsx = import.meta.resolve('tsx')
const bin = path.join(repository, 'src', 'cli', 'bin.ts')
const run = promisify(execFile)

/** SGR colour codes (not the cursor and erase codes the progress line uses). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching terminal escapes is the point
const colour = /\u001b\[\d+(;\d+)*m/

/**
 * `postdeck verify` of the test site run under a pseudo-terminal by
 * util-linux `script`, as from a shell, with `env` added to a bare environment.
 */
async function inTerminal(env: Record<string, string>): Promise<string> {
  const command = [process.execPath, '--import', tsx, bin, 'verify', '--no-cache']
    .map((part) => `'${part}'`)
    .join(' ')
  const { stdout } = await run('script', ['-qec', command, '/dev/null'], {
    cwd: site,
    env: { PATH: process.env.PATH ?? '', TERM: 'xterm-256color', ...env },
  }).catch((error: { stdout: string }) => error)
  return stdout
}

describe('postdeck verify at a terminal', () => {
  it('redraws a progress line for reading and verifying, and colours the report', async () => {
    const output = await inTerminal({})
    expect(output).toContain('\r\u001b[2K')
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the progress line is drawn with escapes
    const plain = output.replace(/\u001b\[[\d;]*[A-Za-z]/g, '')
    expect(plain).toMatch(/\[3\/3\] reading … 1 with errors so far/)
    expect(plain).toMatch(/\[\d\/4\] verifying/)
    expect(plain).toMatch(/\[4\/4\] verifying … 1 failed so far/)
    expect(output).toMatch(colour)
    expect(output).toContain('\u001b[31m✗\u001b[39m')
  }, 60_000)

  it('prints no colour with NO_COLOR', async () => {
    const output = await inTerminal({ NO_COLOR: '1' })
    expect(output).toContain('✗ content/posts/counting.md:15 js')
    expect(output).not.toMatch(colour)
  }, 60_000)

  it('prints colour without a terminal with FORCE_COLOR, and no redrawn line', async () => {
    const piped = await run(
      process.execPath,
      ['--import', tsx, bin, 'verify', path.join('content', 'posts', 'counting.md'), '--no-cache'],
      { cwd: site, env: { PATH: process.env.PATH ?? '', FORCE_COLOR: '1' } },
    ).catch((error: { stdout: string; stderr: string }) => error)
    expect(piped.stdout).toMatch(colour)
    expect(piped.stderr).not.toContain('\r')
  }, 60_000)
})

describe('postdeck verify in a log', () => {
  it('prints a progress line now and then, not a redrawn one', async () => {
    let stderr = ''
    const code = await main(
      ['verify', '--no-cache', '--cache-dir', await mkdtemp(path.join(tmpdir(), 'postdeck-'))],
      {
        stdout: () => {},
        stderr: (text) => {
          stderr += text
        },
        interactive: false,
        cwd: site,
        progressIntervalMs: 20,
      },
    )
    expect(code).toBe(1)
    expect(stderr).not.toContain('\r')
    expect(stderr).toMatch(/^\[\d\/4\] verifying ….* \(\d+ s\)$/m)
  })

  it('groups many identical warnings into one line', async () => {
    const { formatProblems } = await import('../../src/cli/format-problems.js')
    const { colorsFor } = await import('../../src/cli/colors.js')
    const problems = Array.from({ length: 300 }, (_, index) => ({
      file: `content/posts/post-${index % 7}.md`,
      line: 5 + index,
      column: 1,
      severity: 'warning' as const,
      reason: 'Image `./a.png` has no description: write one in its alt text',
      ruleId: 'image-alt',
    }))
    const lines = formatProblems(problems, { verbose: false, colors: colorsFor(false) })
    expect(lines).toEqual([
      'image-alt: 300 warnings in 7 posts, first at content/posts/post-0.md:5:1: warning Image `./a.png` has no description: write one in its alt text (image-alt) (--verbose lists them all)',
    ])
    expect(formatProblems(problems, { verbose: true, colors: colorsFor(false) })).toHaveLength(300)
  })
})
