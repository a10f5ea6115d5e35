/**
 * The bench's large site: `count` posts copied from the posts in `content/`
 * and the fixtures in `test/fixtures/` that build without an error into a
 * page and a deck, each in
 * a folder of its own (`posts/<slug>/index.md`) with the files beside it, and
 * each with a unique title.
 */
import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'

const root = path.join(import.meta.dirname, '..')

/** A post to copy: its name, its Markdown and the files that go with it. */
interface Model {
  name: string
  markdown: string
  assets: string[]
}

const titleLine = /^(title:[ \t]*)(.*)$/m

/**
 * Posts of the project that build cleanly into a page and a deck: the content
 * and the fixtures with no error, without drafts and `slides: false` posts.
 */
async function models(): Promise<Model[]> {
  const found = [...(await contentModels()), ...(await fixtureModels())]
  return found.filter((model) => {
    const head = frontMatter(model.markdown)
    return titleLine.test(head) && !/^(draft:[ \t]*true|slides:[ \t]*false)[ \t]*$/m.test(head)
  })
}

/** The posts of `content/posts/`: `<slug>.md` with the folder's shared files, or `<slug>/index.md` with its own. */
async function contentModels(): Promise<Model[]> {
  const posts = path.join(root, 'content', 'posts')
  const entries = (await readdir(posts, { withFileTypes: true })).sort((a, b) =>
    a.name.localeCompare(b.name),
  )
  const folderPosts = new Map<string, string>()
  for (const entry of entries) {
    if (!entry.isDirectory()) continue
    const markdown = await readFile(path.join(posts, entry.name, 'index.md'), 'utf8').catch(
      () => undefined,
    )
    if (markdown !== undefined) folderPosts.set(entry.name, markdown)
  }
  const shared = entries
    .filter((entry) => isAsset(entry.name) && !folderPosts.has(entry.name))
    .map((entry) => path.join(posts, entry.name))
  const found: Model[] = []
  for (const entry of entries) {
    const markdown = folderPosts.get(entry.name)
    if (markdown !== undefined) {
      const folder = path.join(posts, entry.name)
      found.push({ name: entry.name, markdown, assets: await assetsIn(folder) })
    } else if (entry.isFile() && entry.name.endsWith('.md')) {
      const markdown = await readFile(path.join(posts, entry.name), 'utf8')
      found.push({ name: path.basename(entry.name, '.md'), markdown, assets: shared })
    }
  }
  return found
}

/** The fixtures whose expected messages hold no error, with the files beside their `input.md`. */
async function fixtureModels(): Promise<Model[]> {
  const fixtures = path.join(root, 'test', 'fixtures')
  const found: Model[] = []
  for (const name of (await readdir(fixtures)).sort()) {
    const folder = path.join(fixtures, name)
    const messages = await readFile(path.join(folder, 'messages.txt'), 'utf8').catch(() => '')
    if (messages.includes(' error ')) continue
    const markdown = await readFile(path.join(folder, 'input.md'), 'utf8').catch(() => undefined)
    if (markdown !== undefined) found.push({ name, markdown, assets: await assetsIn(folder) })
  }
  return found
}

/** Files that go with a post: everything in its folder but Markdown and test snapshots. */
function isAsset(name: string): boolean {
  return !/\.(md|html|txt)$/.test(name)
}

async function assetsIn(folder: string): Promise<string[]> {
  return (await readdir(folder)).filter(isAsset).map((name) => path.join(folder, name))
}

/** The front matter block of a post, `---` lines included, or '' when it has none. */
function frontMatter(markdown: string): string {
  return /^---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/.exec(markdown)?.[0] ?? ''
}

/** Give a copy its own title: its front matter's `title` with `suffix` added. */
function retitle(markdown: string, suffix: string): string {
  const head = frontMatter(markdown)
  const titled = head.replace(titleLine, (_, key: string, value: string) => {
    const bare = value.trim().replace(/^(['"])(.*)\1$/, '$2')
    return `${key}${JSON.stringify(`${bare} ${suffix}`)}`
  })
  return titled + markdown.slice(head.length)
}

/** Write `count` posts under `<target>/posts/`; returns the slugs written, in order. */
export async function makeCorpus(target: string, count: number): Promise<string[]> {
  const sources = await models()
  const slugs: string[] = []
  for (let index = 0; index < count; index++) {
    const model = sources[index % sources.length]
    if (!model) throw new Error('no post to copy')
    const slug = `${String(index + 1).padStart(4, '0')}-${model.name}`
    const folder = path.join(target, 'posts', slug)
    await mkdir(folder, { recursive: true })
    for (const asset of model.assets) {
      await cp(asset, path.join(folder, path.basename(asset)), { recursive: true })
    }
    await writeFile(path.join(folder, 'index.md'), retitle(model.markdown, `#${index + 1}`))
    slugs.push(slug)
  }
  return slugs
}
