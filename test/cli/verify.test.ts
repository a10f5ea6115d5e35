import { copyFile, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { create } from 'xmlbuilder2'
import { main } from '../../src/cli/main.js'
import { runCli } from './run-cli.js'

const fixtures = path.join(import.meta.dirname, '..', 'fixtures')
const javascript = path.join('verify-javascript', 'input.md')

const run = (argv: string[]) => runCli(argv, fixtures)

describe('postdeck verify', () => {
  it('writes the real outputs back with `--update`, prints the diff, and then has nothing to do', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'postdeck-update-'))
    const post = path.join(folder, 'post.md')
    await copyFile(path.join(fixtures, 'verify-update', 'post.md'), post)
    const first = await runCli(['verify', 'post.md', '--update', '--no-cache'], folder)
    expect(first.code).toBe(0)
    expect(await readFile(post, 'utf8')).toBe(
      await readFile(path.join(fixtures, 'verify-update', 'expected.md'), 'utf8'),
    )
    expect(first.stdout).toContain('--- a/post.md\n+++ b/post.md\n')
    expect(first.stdout).toContain('-# deck, sample\n+# deck, post, sample\n')
    expect(first.stdout).toContain(' 你好，张三\n+你好，李四\n')
    expect(first.stdout).toContain('-max(numbers)  # => 3\n+print(sorted(numbers))  # [1, 3, 4]\n')
    expect(first.stdout).toContain('-// 输出：7\n+// 输出：6\n')
    expect(first.stderr).toContain('Updated 4 outputs in 1 post\n')

    const second = await runCli(['verify', 'post.md', '--update', '--no-cache'], folder)
    expect([second.code, second.stdout, second.stderr]).toEqual([
      0,
      '',
      'No documented output to update\n',
    ])
    const check = await runCli(['verify', 'post.md', '--no-cache'], folder)
    expect(check.code).toBe(0)
  })

  it('verifies posts in subfolders of the posts folder, a failure at its line', async () => {
    const folder = path.join(fixtures, 'nested-posts')
    for (const paths of [
      ['posts'],
      ['.'],
      [path.join('posts', '2024'), path.join('posts', 'python')],
    ]) {
      const { code, stdout } = await runCli(['verify', ...paths, '--no-cache'], folder)
      expect(code).toBe(1)
      expect(stdout).toContain(
        `✗ ${path.join('posts', '2024', 'a.md')}:18 python output differs from the documented output`,
      )
      expect(stdout).toContain(
        `✗ ${path.join('posts', 'python', '异步', 'index.md')}:18 python output differs from the documented output`,
      )
      expect(stdout.trimEnd().split('\n').at(-1)).toBe('2 passed, 2 failed, 0 skipped')
    }
  })

  it('exits 2 naming the paths when they hold no post, rather than passing on nothing', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'postdeck-empty-'))
    await mkdir(path.join(folder, 'posts', '_drafts'), { recursive: true })
    await writeFile(path.join(folder, 'posts', '_drafts', 'a.md'), '# draft\n')
    for (const command of ['verify', 'build']) {
      const { code, stdout, stderr } = await runCli([command, 'posts', '--no-cache'], folder)
      expect([code, stdout]).toEqual([2, ''])
      expect(stderr).toContain('No posts found in `posts`')
    }
  })

  it('prints a report ending in the tally and exits 1 on a failed sample', async () => {
    const { code, stdout } = await run(['verify', javascript, '--no-cache'])
    expect(code).toBe(1)
    expect(stdout).toContain(`✗ ${javascript}:30 node output differs from the documented output`)
    expect(stdout).toContain('32 │ - 3\n')
    expect(stdout.trimEnd().split('\n').at(-1)).toBe('4 passed, 1 failed, 0 skipped')
  })

  it('exits 0 when every sample passes, and explains the pairing', async () => {
    const { code, stdout } = await run([
      'verify',
      path.join('seed', 'input.md'),
      '--explain',
      '--no-cache',
    ])
    expect(code).toBe(0)
    expect(stdout).toContain(
      'paired with the output block at line 219, after the lead-in `运行结果：`',
    )
    expect(stdout.trimEnd().split('\n').at(-1)).toBe('6 passed, 0 failed, 0 skipped, 1 warning')
  })

  it('counts what was checked and how, and notes pseudo-code without failing', async () => {
    const { code, stdout } = await run([
      'verify',
      path.join('verify-pseudo-code', 'input.md'),
      '--no-cache',
    ])
    expect(code).toBe(1)
    expect(stdout).toContain('not checkable: placeholder `<你的虚拟机名称>` at line 16')
    const lines = stdout.trimEnd().split('\n')
    expect(lines.at(-2)).toBe(
      '11 samples: 0 compared, 0 ran (exit code only), 0 parsed only, 8 not checkable (pseudo-code), 3 failed',
    )
    expect(lines.at(-1)).toBe('0 passed, 3 failed, 0 skipped, 8 noted')
  })

  it("builds the author's kind of post, a shell line with a placeholder included, with no annotation", async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'postdeck-placeholder-'))
    await writeFile(
      path.join(folder, 'vm.md'),
      [
        '---',
        'title: 开机自启',
        'published: 2026-03-04',
        '---',
        '',
        '让虚拟机随宿主机启动：',
        '',
        '```bash',
        'sudo virsh autostart <你的虚拟机名称>',
        '```',
        '',
      ].join('\n'),
    )
    const { code, stderr } = await runCli(
      ['build', path.join(folder, 'vm.md'), '--out', path.join(folder, 'out'), '--no-cache'],
      folder,
    )
    expect(stderr).not.toContain('error')
    expect(code).toBe(0)
  })

  it('writes JUnit XML with a test case per sample', async () => {
    const output = path.join(await mkdtemp(path.join(tmpdir(), 'postdeck-junit-')), 'report.xml')
    const { code } = await run([
      'verify',
      javascript,
      '--no-cache',
      '--reporter',
      'junit',
      '--output',
      output,
    ])
    expect(code).toBe(1)
    const xml = await readFile(output, 'utf8')
    expect(xml).toMatch(
      /<testsuites name="postdeck verify" tests="5" failures="1" errors="0" time="[\d.]+">/,
    )
    expect(xml.match(/<testcase /g)).toHaveLength(5)
    expect(xml).toMatch(
      /<failure message="output differs from the documented output" type="sample-output">/,
    )
  })

  it('writes well-formed XML whatever a sample prints', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'postdeck-junit-'))
    await writeFile(
      path.join(folder, 'post.md'),
      '---\ntitle: T\npublished: 2026-01-01\n---\n\n```python\nprint("\\x1b[31mred\\x00 & <b>")\nraise SystemExit(3)\n# output: red\n```\n',
    )
    const output = path.join(folder, 'report.xml')
    await run([
      'verify',
      path.join(folder, 'post.md'),
      '--no-cache',
      '--reporter',
      'junit',
      '--output',
      output,
    ])
    const xml = await readFile(output, 'utf8')
    expect(() => create(xml)).not.toThrow()
    expect(xml).toContain('red &amp; &lt;b&gt;')
    expect(xml.includes('\u0000') || xml.includes('\u001b')).toBe(false)
  })

  it('escapes workflow command properties and data', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'postdeck-github-'))
    const post = path.join(folder, 'a,b:c.md')
    await writeFile(
      post,
      '---\ntitle: T\npublished: 2026-01-01\n---\n\n```python\nprint("100%")\n# output: 99%\n```\n',
    )
    let stdout = ''
    await main(['verify', post, '--no-cache', '--reporter', 'github'], {
      stdout: (text) => {
        stdout += text
      },
      stderr: () => {},
      interactive: false,
      cwd: folder,
    })
    expect(stdout.split('\n')[0]).toBe(
      '::error file=a%2Cb%3Ac.md,line=8,title=python sample (sample-output)::output differs from the documented output%0A8 │ - 99%25%0A  │ + 100%25',
    )
  })

  it('annotates failed samples for GitHub Actions on the post line', async () => {
    const { stdout } = await run(['verify', javascript, '--no-cache', '--reporter', 'github'])
    expect(stdout.split('\n')[0]).toBe(
      `::error file=${javascript},line=32,title=node sample (sample-output)::output differs from the documented output%0A32 │ - 3%0A   │ + 2`,
    )
  })

  it('prints JSON for programs', async () => {
    const { stdout } = await run(['verify', javascript, '--no-cache', '--reporter', 'json'])
    const report = JSON.parse(stdout) as {
      passed: number
      failed: number
      samples: Array<{ line: number; status: string }>
    }
    expect([report.passed, report.failed]).toEqual([4, 1])
    expect(report.samples.map((sample) => [sample.line, sample.status])).toEqual([
      [6, 'passed'],
      [17, 'passed'],
      [30, 'failed'],
      [37, 'passed'],
      [45, 'passed'],
    ])
  })

  it('splits samples across shards that together cover them all', async () => {
    const lines = async (shard: string) => {
      const { stdout } = await run([
        'verify',
        javascript,
        '--no-cache',
        '--reporter',
        'json',
        '--shard',
        shard,
      ])
      return (JSON.parse(stdout) as { samples: Array<{ line: number }> }).samples.map(
        (sample) => sample.line,
      )
    }
    const [first, second] = [await lines('1/2'), await lines('2/2')]
    expect([...first, ...second].sort((a, b) => a - b)).toEqual([6, 17, 30, 37, 45])
    expect(first.length).toBeGreaterThan(0)
    expect(second.length).toBeGreaterThan(0)
  })

  it('rejects a bad shard or reporter', async () => {
    expect((await run(['verify', '--shard', '3/2'])).code).toBe(2)
    expect((await run(['verify', '--reporter', 'tap'])).code).toBe(2)
    expect((await run(['build', '--reporter', 'json'])).code).toBe(2)
  })
})

describe('postdeck build with samples', () => {
  it('fails on a failed sample, shows its diff, and keeps the output; --no-verify builds', async () => {
    const out = path.join(await mkdtemp(path.join(tmpdir(), 'postdeck-build-')), 'dist')
    const failed = await run(['build', javascript, '--out', out, '--no-cache'])
    expect(failed.code).toBe(1)
    expect(failed.stderr).toContain(
      `${javascript}:32:1: error JavaScript sample output differs from the documented output (sample-output)`,
    )
    expect(failed.stderr).toContain('32 │ - 3')
    const skipped = await run(['build', javascript, '--out', out, '--no-verify'])
    expect(skipped.code).toBe(0)
  })

  it('verifies a post whose front matter lacks what a page needs, with a warning; build refuses it', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'postdeck-theme-'))
    const post = path.join(folder, 'post.md')
    await writeFile(
      post,
      [
        '---',
        'layout: default',
        'parent: 数据结构',
        'nav_order: 2',
        '---',
        '',
        '# 生成器',
        '',
        '```python',
        'print(sum(range(4)))',
        '# Output: 6',
        '```',
        '',
      ].join('\n'),
    )
    const checked = await runCli(['verify', 'post.md', '--no-cache'], folder)
    expect(checked.code).toBe(0)
    expect(checked.stderr).toContain('post.md:1:1')
    expect(checked.stderr).toContain('Front matter field `title` is required')
    expect(checked.stdout.trimEnd().split('\n').at(-1)).toMatch(
      /^1 passed, 0 failed, 0 skipped, 2 warnings$/,
    )

    await writeFile(
      post,
      [
        '---',
        'nav_order: 2',
        '---',
        '',
        '```python',
        'print(sum(range(4)))',
        '# Output: 7',
        '```',
        '',
      ].join('\n'),
    )
    const failed = await runCli(['verify', 'post.md', '--no-cache'], folder)
    expect(failed.code).toBe(1)
    expect(failed.stdout).toContain('at post.md:7\n      7 │ - 7\n')

    const built = await runCli(['build', 'post.md', '--out', path.join(folder, 'dist')], folder)
    expect(built.code).toBe(1)
    expect(built.stderr).toContain('Front matter field `title` is required')
  })
  it.each([
    ['en', 'verify-front-matter-unreadable-en', 'a\n      38 │   b\n      39 │ - c'],
    ['zh', 'verify-front-matter-unreadable-zh', '甲\n      38 │   乙\n      39 │ - 丙'],
  ])(
    'verifies the samples of a post whose front matter is not valid YAML (%s), and still fails on it; build refuses it and keeps dist/',
    async (_, fixture, diff) => {
      const folder = await mkdtemp(path.join(tmpdir(), 'postdeck-bad-yaml-'))
      const post = path.join(folder, 'post.md')
      const text = await readFile(path.join(fixtures, fixture, 'input.md'), 'utf8')
      const sound = text.replace(
        /^---\n[\s\S]*?\n---\n/,
        '---\ntitle: Loops\npublished: 2026-11-30\n---\n',
      )
      await writeFile(post, sound)
      const dist = path.join(folder, 'dist')
      const first = await runCli(['build', 'post.md', '--out', dist, '--no-verify'], folder)
      expect(first.code).toBe(0)
      const page = path.join(dist, 'posts', 'post', 'index.html')
      const before = await readFile(page, 'utf8')

      await writeFile(post, text)
      const checked = await runCli(['verify', 'post.md', '--no-cache'], folder)
      expect(checked.code).toBe(1)
      expect(checked.stderr).toContain(
        'post.md:4:1: error Front matter is not valid YAML: Tabs are not allowed as indentation (front-matter-syntax)',
      )
      expect(checked.stdout).toContain('✓ post.md:12 python output matches')
      expect(checked.stdout).toContain(`at post.md:39\n      37 │   ${diff}\n`)
      expect(checked.stdout).toMatch(/^1 passed, 1 failed, 0 skipped, 1 content error$/m)

      const built = await runCli(['build', 'post.md', '--out', dist], folder)
      expect(built.code).toBe(1)
      expect(built.stderr).toContain('post.md:4:1: error Front matter is not valid YAML')
      expect(await readFile(page, 'utf8')).toBe(before)
    },
  )
})
