/**
 * The bench's large site: `count` posts copied from the posts in `content/`
 * and the fixtures in `test/fixtures/` that build without an error, each in
 * a folder of its own (`posts/<slug>/index.md`) with the files beside it, and
 * each with a unique title.
 */
import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'

const root = path.join(import.meta.dirname, '..')

/** A post to copy: its Markdown and the folder whose other files go with it. */
interface Model {
  name: string
  markdown: string
  folder: string
}

/** Posts of the project that build cleanly: the content and the fixtures with no error. */
async function models(): Promise<Model[]> {
  const found: Model[] = []
  const posts = path.join(root, 'content', 'posts')
  for (const entry of await readdir(posts)) {
    if (!entry.endsWith('.md')) continue
    found.push({
      name: path.basename(entry, '.md'),
      markdown: await readFile(path.join(posts, entry), 'utf8'),
      folder: posts,
    })
  }
  const fixtures = path.join(root, 'test', 'fixtures')
  for (const name of (await readdir(fixtures)).sort()) {
    const folder = path.join(fixtures, name)
    const messages = await readFile(path.join(folder, 'messages.txt'), 'utf8').catch(() => '')
    if (messages.includes(' error ')) continue
    const markdown = await readFile(path.join(folder, 'input.md'), 'utf8').catch(() => undefined)
    if (markdown !== undefined) found.push({ name, markdown, folder })
  }
  return found
}

/** Give a copy its own title, whether the front matter has one or not. */
function retitle(markdown: string, suffix: string): string {
  const titled = markdown.replace(/^(title:[ \t]*)(.*)$/m, (_, key: string, value: string) => {
    const bare = value.trim().replace(/^(['"])(.*)\1$/, '$2')
    return `${key}${JSON.stringify(`${bare} ${suffix}`)}`
  })
  return titled
}

/** Files that go with a post: everything in its folder but Markdown and test snapshots. */
function isAsset(name: string): boolean {
  return !/\.(md|html|txt)$/.test(name)
}

/** Write `count` posts under `<target>/posts/`; returns the slugs written. */
export async function makeCorpus(target: string, count: number): Promise<string[]> {
  const sources = await models()
  const slugs: string[] = []
  for (let index = 0; index < count; index++) {
    const model = sources[index % sources.length]
    if (!model) throw new Error('no post to copy')
    const slug = `${String(index + 1).padStart(4, '0')}-${model.name}`
    const folder = path.join(target, 'posts', slug)
    await mkdir(folder, { recursive: true })
    for (const entry of await readdir(model.folder)) {
      if (isAsset(entry))
        await cp(path.join(model.folder, entry), path.join(folder, entry), { recursive: true })
    }
    await writeFile(path.join(folder, 'index.md'), retitle(model.markdown, `#${index + 1}`))
    slugs.push(slug)
  }
  return slugs
}
