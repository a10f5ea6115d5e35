import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { siteConfigSchema } from '../../src/content/site-config.js'
import { renderSite } from '../../src/index.js'
import {
  createFileBuildCache,
  createMemoryBuildCache,
  writeOnly,
} from '../../src/site-builder/build-cache.js'
import { createInputFiles, type InputFiles } from '../../src/site-builder/input-files.js'
import { createSiteBuilder } from '../../src/site-builder/site-builder.js'
import type { OutputFile } from '../../src/write/output-file.js'

const fixtures = path.join(import.meta.dirname, '..', 'fixtures')

/** A content folder with three posts, published a day apart, one with an image. */
async function site() {
  const folder = await mkdtemp(path.join(tmpdir(), 'postdeck-builder-'))
  const posts = path.join(folder, 'content', 'posts')
  await mkdir(posts, { recursive: true })
  for (const [slug, day] of [
    ['first', 1],
    ['second', 2],
    ['third', 3],
  ] as const) {
    await mkdir(path.join(posts, slug))
    await writeFile(
      path.join(posts, slug, 'index.md'),
      `---\ntitle: Post ${slug}\npublished: 2026-03-0${day}\ntags: [${slug}]\n---\n\n## Part\n\nText of ${slug}.\n\n![A pixel](./pixel.gif)\n`,
    )
    await cp(path.join(fixtures, 'links', 'pixel.gif'), path.join(posts, slug, 'pixel.gif'))
  }
  return { content: path.join(folder, 'content'), posts, folder }
}

function contentsOf(outputs: readonly OutputFile[]): Map<string, string> {
  return new Map(
    outputs.map((output) => [
      output.path,
      'contents' in output ? String(output.contents) : `copy of ${output.copyFrom}`,
    ]),
  )
}

describe('the build cache', () => {
  it('renders only posts whose text, assets or neighbours changed', async () => {
    const { content, posts } = await site()
    const cache = createMemoryBuildCache()
    const options = { paths: [content], verify: false, cache }

    const first = await renderSite(options)
    expect(first.ok).toBe(true)
    expect(first.rendered).toHaveLength(3)

    const again = await renderSite(options)
    expect(again.rendered).toHaveLength(0)
    expect(contentsOf(again.outputs)).toEqual(contentsOf(first.outputs))

    // The body of the oldest post: only that post.
    const oldest = path.join(posts, 'first', 'index.md')
    await writeFile(oldest, (await readFile(oldest, 'utf8')).replace('Text of', 'New text of'))
    const edited = await renderSite(options)
    expect(edited.rendered).toEqual([oldest])
    const page = contentsOf(edited.outputs).get('posts/first/index.html')
    expect(page).toContain('New text of first')

    // An asset the post refers to: that post again.
    await writeFile(
      path.join(posts, 'second', 'pixel.gif'),
      await readFile(path.join(fixtures, 'deck-long', 'tall.png')),
    )
    expect((await renderSite(options)).rendered).toHaveLength(1)

    // The title of the middle post: it, and the two that link to it.
    const middle = path.join(posts, 'second', 'index.md')
    await writeFile(middle, (await readFile(middle, 'utf8')).replace('Post second', 'Renamed'))
    const renamed = await renderSite(options)
    expect(renamed.rendered.map((file) => path.basename(path.dirname(file))).sort()).toEqual([
      'first',
      'second',
      'third',
    ])
    expect(contentsOf(renamed.outputs).get('posts/third/index.html')).toContain('Renamed')
    expect(contentsOf(renamed.outputs).get('index.html')).toContain('Renamed')
  })

  it('renders everything again for new site settings, or when only written (`--force`)', async () => {
    const { content } = await site()
    const cache = createMemoryBuildCache()
    await renderSite({ paths: [content], verify: false, cache })
    const retitled = await renderSite({
      paths: [content],
      verify: false,
      cache,
      site: { title: 'Another blog' },
    })
    expect(retitled.rendered).toHaveLength(3)
    const forced = await renderSite({
      paths: [content],
      verify: false,
      cache: writeOnly(cache),
      site: { title: 'Another blog' },
    })
    expect(forced.rendered).toHaveLength(3)
    expect(
      (
        await renderSite({
          paths: [content],
          verify: false,
          cache,
          site: { title: 'Another blog' },
        })
      ).rendered,
    ).toEqual([])
  })

  it("renders everything again when postdeck's own code changed", async () => {
    const { content } = await site()
    const cache = createMemoryBuildCache()
    const files = createInputFiles()
    let code = 'this code'
    // Note: a suffix is asked for only for postdeck's own modules.
    const inputs: InputFiles = {
      ...files,
      digestFolder: async (folder, suffix) => (suffix ? code : files.digestFolder(folder)),
    }
    const build = async () => {
      const builder = createSiteBuilder({
        paths: [content],
        drafts: false,
        site: siteConfigSchema.parse({}),
        cache,
        inputs,
      })
      try {
        return (await builder.run({ verify: false })).rendered.length
      } finally {
        await builder.close()
      }
    }
    expect(await build()).toBe(3)
    expect(await build()).toBe(0)
    code = 'other code'
    expect(await build()).toBe(3)
  })

  describe('with a post edited while a build reads it', () => {
    /**
     * A site whose second post is edited once its digest is taken: `build`
     * runs with the digest taken before the edit, or with the disk's when
     * `now`; it gives the post's page.
     */
    async function editedWhileRead() {
      const { content, posts } = await site()
      const cache = createMemoryBuildCache()
      const post = path.join(posts, 'second', 'index.md')
      const before = await readFile(post, 'utf8')
      const digestBefore = await createInputFiles().digest(post)
      const build = async ({ now }: { now: boolean }) => {
        const files = createInputFiles()
        const inputs: InputFiles = now
          ? files
          : {
              ...files,
              digest: async (file) => (file === post ? digestBefore : files.digest(file)),
            }
        const builder = createSiteBuilder({
          paths: [content],
          drafts: false,
          site: siteConfigSchema.parse({}),
          cache,
          inputs,
        })
        try {
          const run = await builder.run({ verify: false })
          return contentsOf(run.outputs).get('posts/second/index.html') ?? ''
        } finally {
          await builder.close()
        }
      }
      return { posts, post, before, build }
    }

    it('keeps it under the text read, not the text before', async () => {
      const { post, before, build } = await editedWhileRead()
      await writeFile(post, before.replace('Text of second.', 'Edited text.'))
      expect(await build({ now: false })).toContain('Edited text.')
      // The edit undone: the page shows the text as it is again.
      await writeFile(post, before)
      const page = await build({ now: true })
      expect(page).toContain('Text of second.')
      expect(page).not.toContain('Edited text.')
    })

    it('does not keep it when it is read again to render it for a neighbour', async () => {
      const { posts, post, before, build } = await editedWhileRead()
      expect(await build({ now: true })).toContain('Text of second.')
      // Its neighbour renamed, it is rendered again; edited meanwhile, it is read as it is.
      const third = path.join(posts, 'third', 'index.md')
      await writeFile(third, (await readFile(third, 'utf8')).replace('Post third', 'Renamed'))
      await writeFile(post, before.replace('Text of second.', 'Edited text.'))
      expect(await build({ now: false })).toContain('Edited text.')
      await writeFile(post, before)
      const page = await build({ now: true })
      expect(page).toContain('Text of second.')
      expect(page).not.toContain('Edited text.')
    })
  })

  it('keeps what it learnt on disk, from one process to the next', async () => {
    const { content, folder } = await site()
    const cacheFolder = path.join(folder, 'cache')
    const first = await renderSite({
      paths: [content],
      verify: false,
      cache: createFileBuildCache(cacheFolder),
    })
    const second = await renderSite({
      paths: [content],
      verify: false,
      cache: createFileBuildCache(cacheFolder),
    })
    expect(second.rendered).toHaveLength(0)
    expect(contentsOf(second.outputs)).toEqual(contentsOf(first.outputs))
  })

  it('renders again a post whose asset went missing, though its text is unchanged', async () => {
    const { content, posts } = await site()
    const cache = createMemoryBuildCache()
    expect((await renderSite({ paths: [content], verify: false, cache })).ok).toBe(true)
    const image = path.join(posts, 'third', 'pixel.gif')
    const bytes = await readFile(image)
    await rm(image)
    // A missing file is a warning: the post is rendered again, without it.
    const broken = await renderSite({ paths: [content], verify: false, cache })
    expect(broken.ok).toBe(true)
    expect(broken.rendered).toHaveLength(1)
    expect(broken.outputs.map((output) => output.path)).not.toContain('posts/third/pixel.gif')
    // Still missing: nothing changed since, so the post comes from the cache.
    const again = await renderSite({ paths: [content], verify: false, cache })
    expect(again.rendered).toHaveLength(0)
    await writeFile(image, bytes)
    const mended = await renderSite({ paths: [content], verify: false, cache })
    expect(mended.ok).toBe(true)
    expect(mended.rendered).toHaveLength(1)
  })
})

describe('worker threads', () => {
  it('render the same site as the main thread', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'postdeck-threads-'))
    for (const name of ['cjk-text', 'deck-long', 'image-width', 'links', 'verify-python']) {
      await cp(path.join(fixtures, name), path.join(folder, 'posts', name), { recursive: true })
      await cp(path.join(fixtures, name, 'input.md'), path.join(folder, 'posts', name, 'index.md'))
    }
    const here = await renderSite({ paths: [folder], verify: false, threads: 1 })
    const threaded = await renderSite({ paths: [folder], verify: false, threads: 3 })
    expect(here.ok).toBe(true)
    expect(here.posts).toBe(5)
    expect(threaded.rendered).toHaveLength(5)
    expect(contentsOf(threaded.outputs)).toEqual(contentsOf(here.outputs))
  })
})
