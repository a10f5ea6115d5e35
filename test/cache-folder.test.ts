import { cp, mkdtemp, readdir, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { cacheFolder } from '../src/cache-folder.js'
import { renderSite } from '../src/pipeline.js'
import { runCli } from './cli/run-cli.js'

const repository = path.join(import.meta.dirname, '..')

async function blog(withPackage: boolean) {
  const folder = await mkdtemp(path.join(tmpdir(), 'postdeck-cache-'))
  await cp(path.join(repository, 'content'), path.join(folder, 'content'), { recursive: true })
  if (withPackage) await writeFile(path.join(folder, 'package.json'), '{"private": true}\n')
  return folder
}

describe('cacheFolder', () => {
  it('is node_modules/.cache/postdeck beside the nearest package.json', async () => {
    const folder = await blog(true)
    expect(cacheFolder(path.join(folder, 'content'))).toEqual({
      path: path.join(folder, 'node_modules', '.cache', 'postdeck'),
      kind: 'project',
    })
  })

  it('is a folder of its own in the user cache folder outside a project', async () => {
    const folder = await blog(false)
    const found = cacheFolder(folder)
    expect(found.kind).toBe('user')
    expect(path.dirname(found.path)).toBe(path.join(String(process.env.XDG_CACHE_HOME), 'postdeck'))
    expect(path.basename(found.path)).toMatch(/^postdeck-cache-\w+-[0-9a-f]{12}$/)
    expect(cacheFolder(folder)).toEqual(found)
  })
})

describe('caches outside a project', () => {
  it('are used by build, and the first build says where', async () => {
    const folder = await blog(false)
    const args = ['build', '--no-verify']
    const first = await runCli(args, folder)
    const where = cacheFolder(folder).path
    expect(first.stderr).toContain(`No package.json above ${folder}: caching in ${where}\n`)
    const second = await runCli(args, folder)
    expect(second.stderr).not.toContain('caching in')
    expect(second.stderr).toMatch(/^Built 1 post \(7 pages, 1 unchanged\) into dist/m)
    expect(await readdir(where)).toEqual(['build'])
  })
})

describe('the API with cache: true', () => {
  it('skips unchanged posts and samples that passed', async () => {
    const folder = await blog(true)
    const cwd = process.cwd()
    process.chdir(folder)
    try {
      const first = await renderSite({ cache: true })
      const second = await renderSite({ cache: true })
      expect(first.rendered).toHaveLength(1)
      expect(second.rendered).toHaveLength(0)
      expect(second.samples.length).toBeGreaterThan(0)
      expect(second.samples.every((sample) => sample.cached || sample.status === 'skipped')).toBe(
        true,
      )
    } finally {
      process.chdir(cwd)
    }
  })
})
