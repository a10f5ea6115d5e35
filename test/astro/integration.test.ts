import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { PostdeckBuildError, postdeck } from '../../src/astro/integration.js'

// The hooks as Astro calls them, on a site of one post whose sample fails.
const failing = `---
title: Wrong sum
published: 2026-06-01
---

\`\`\`python
print(1 + 1)
# output:
# 3
\`\`\`
`

async function site(post: string) {
  const root = await mkdtemp(path.join(tmpdir(), 'postdeck-astro-hooks-'))
  await writeFile(path.join(root, 'package.json'), '{"private": true}\n')
  await mkdir(path.join(root, 'src', 'content', 'posts'), { recursive: true })
  await writeFile(path.join(root, 'src', 'content', 'posts', 'Wrong Sum.md'), post)
  return root
}

function astro(root: string, command: 'dev' | 'build') {
  const logged: Record<'info' | 'warn' | 'error', string[]> = { info: [], warn: [], error: [] }
  const updates: unknown[] = []
  return {
    logged,
    updates,
    setup: {
      config: { root: pathToFileURL(`${root}/`) },
      command,
      updateConfig: (config: unknown) => updates.push(config),
      logger: {
        info: (message: string) => logged.info.push(message),
        warn: (message: string) => logged.warn.push(message),
        error: (message: string) => logged.error.push(message),
      },
    },
  }
}

describe('postdeck/astro hooks', () => {
  it('fail the build on a failed sample, naming post.md:LINE, with the diff in the log', async () => {
    const root = await site(failing)
    const { setup, logged } = astro(root, 'build')
    const running = postdeck().hooks['astro:config:setup'](setup)
    await expect(running).rejects.toBeInstanceOf(PostdeckBuildError)
    await expect(running).rejects.toThrow(
      'postdeck found an error in the posts: src/content/posts/Wrong Sum.md:9',
    )
    expect(logged.error.join('\n')).toContain('9 │ - 3')
  })

  it('warn in dev, and mark the failed sample', async () => {
    const root = await site(failing)
    const { setup, logged, updates } = astro(root, 'dev')
    await postdeck().hooks['astro:config:setup'](setup)
    expect(logged.warn.join('\n')).toContain('src/content/posts/Wrong Sum.md:9:1: error')
    expect(JSON.stringify(updates)).toContain('"failed":true')
  })

  it('write each deck at Astro’s slug, and nothing of the blog', async () => {
    const root = await site(failing.replace('# 3', '# 2'))
    const { setup, logged } = astro(root, 'build')
    const integration = postdeck({ route: '/posts/' })
    await integration.hooks['astro:config:setup'](setup)
    const dist = path.join(root, 'dist')
    await integration.hooks['astro:build:done']({
      dir: pathToFileURL(`${dist}/`),
      logger: setup.logger,
    })
    expect(existsSync(path.join(dist, 'posts', 'wrong-sum', 'slides', 'index.html'))).toBe(true)
    expect(existsSync(path.join(dist, 'assets', 'deck.css'))).toBe(true)
    expect(existsSync(path.join(dist, 'posts', 'wrong-sum', 'index.html'))).toBe(false)
    expect(existsSync(path.join(dist, 'index.html'))).toBe(false)
    expect(logged.info).toContain('1 deck written to /posts/<slug>/slides/')
  })
})
