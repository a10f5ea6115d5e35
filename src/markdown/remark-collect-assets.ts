import path from 'node:path'
import type { Definition, Html, Image, Link, Root } from 'mdast'
import type { Position } from 'unist'
import { visit } from 'unist-util-visit'
import type { VFile } from 'vfile'
import { isInside } from '../content/is-inside.js'
import { reportError, reportWarning, ruleIds } from '../messages.js'

/** A local file that a post refers to and that ships beside its page. */
export interface Asset {
  /** The URL as the post writes it. */
  url: string
  /** Absolute path of the file as the post names it (not yet checked on disk). */
  source: string
  /** Path of the copy, relative to the post's page folder, with `/` separators. */
  output: string
  /** Where the post refers to it. */
  position: Position | undefined
  /** Folder the file must stay inside: the content folder, or the site's `public/` folder. */
  root: string
  /** Set by `checkAssets` when the file is not there: reported, and not copied. */
  missing?: boolean
}

/** Options of `remarkCollectAssets`. */
export interface CollectAssetsOptions {
  /**
   * Folder that site-absolute paths (`/images/x.png`) are read from, as
   * Astro serves them. By default `public/` beside the content folder, or,
   * for a content folder in `src/` (Astro's `src/content`), beside `src/`.
   */
  publicDir?: string | undefined
}

declare module 'vfile' {
  interface DataMap {
    /** Folder a post's assets must stay inside; set by the loader. */
    contentRoot: string
    /** The post's slug (`2024/a` for a nested post), which sets how deep its page is; set by the loader. */
    slug: string
    /** Local files the post refers to; set by `remarkCollectAssets`. */
    assets: Asset[]
    /** The front matter's cover image: a path relative to the page folder, or a URL. */
    coverImage: string
    /** Paths of local files named in raw HTML, as written, and their copies' paths relative to the page folder. */
    htmlAssetPaths: Record<string, string>
  }
}

declare module 'mdast' {
  interface ImageData {
    /** Path of the asset relative to the post's page folder. */
    assetPath?: string
  }
  interface LinkData {
    /** Path of the asset relative to the post's page folder. */
    assetPath?: string
  }
  interface DefinitionData {
    /** Path of the asset relative to the post's page folder. */
    assetPath?: string
  }
}

const hasScheme = /^[a-z][a-z\d+.-]*:|^\/\//i
const windowsPath = /^[a-z]:[\\/]/i
const remote = /^(?:https?:)?\/\//i
// `<image>` is read as `<img>` by HTML parsers (the HTML standard says so), and some posts write it.
const htmlTag = /<(image|img|video|audio|source|track|a)\b([^>]*)>/gi
const htmlUrl = /\b(src|href|poster)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi

/** The folder site-absolute paths are read from, for posts of `contentRoot`. */
export function publicFolder(contentRoot: string, publicDir: string | undefined): string {
  if (publicDir) return path.resolve(publicDir)
  const parent = path.dirname(contentRoot)
  return path.join(path.basename(parent) === 'src' ? path.dirname(parent) : parent, 'public')
}

/**
 * Collect the local files that images and links refer to, in Markdown and in
 * raw HTML (`<img>` or `<image>`, `<video>`, `<source>`, `<a href>`), resolved against
 * the post's folder, and point their URLs at the copies that ship beside the
 * page. Site-absolute paths (`/images/x.png`) are read from the site's
 * `public/` folder and copied to the output's root. A path leaving the
 * content folder (`../../etc/passwd`, a file-system path) is an error; a
 * remote image is a warning. Links to pages (`/posts/other/`, folders,
 * other Markdown files) are left alone.
 *
 * Does not touch the disk: whether a file exists, and where a symlink leads,
 * is checked by `checkAssets` in the content stage.
 */
export function remarkCollectAssets(options: CollectAssetsOptions = {}) {
  return (tree: Root, file: VFile): undefined => {
    const assets: Asset[] = []
    file.data.assets = assets
    const htmlPaths: Record<string, string> = {}
    file.data.htmlAssetPaths = htmlPaths
    const postFolder = file.dirname
    const contentRoot = file.data.contentRoot ?? postFolder
    if (postFolder === undefined || contentRoot === undefined) return
    const publicRoot = publicFolder(contentRoot, options.publicDir)
    // Note: the page is at `posts/<slug>/`, one folder deeper for each `/` of a nested slug.
    const toSiteRoot = '../'.repeat(1 + (file.data.slug ?? '').split('/').length)

    /** Record the local file `url` names; returns its output path, or `undefined` if it is not one. */
    const collect = (url: string, position: Position | undefined): string | undefined => {
      const target = localTarget(url)
      if (target === undefined) return undefined
      if (target.startsWith('/') && !target.startsWith('//')) {
        // A site path: the file is in `public/` and is published at the site's root.
        const source = path.join(publicRoot, target)
        if (!isInside(publicRoot, source)) return undefined
        const output = `${toSiteRoot}${path.relative(publicRoot, source).split(path.sep).join('/')}`
        assets.push({ url, source, output, position, root: publicRoot })
        return output
      }
      const source = path.resolve(postFolder, target)
      if (path.isAbsolute(target) || windowsPath.test(target) || !isInside(contentRoot, source)) {
        reportError(
          file,
          `\`${url}\` leaves the content folder: keep assets beside the post`,
          position,
          ruleIds.assetOutsideContent,
        )
        return undefined
      }
      const output = path
        .relative(postFolder, source)
        .split(path.sep)
        .map((segment) => (segment === '..' ? '_parent' : segment))
        .join('/')
      assets.push({ url, source, output, position, root: contentRoot })
      return output
    }

    visit(tree, ['image', 'link', 'definition', 'html'], (node) => {
      if (node.type === 'html') {
        for (const { tag, url, position } of htmlUrls(node as Html)) {
          if (tag === 'a' ? !isFileLink(url) : !isLocalMedia(url, file, position)) continue
          const output = collect(url, position)
          if (output !== undefined) htmlPaths[url] = encodeURI(output) + suffixOf(url)
        }
        return
      }
      const reference = node as Image | Link | Definition
      if (
        reference.type === 'image'
          ? !isLocalMedia(reference.url, file, reference.position)
          : !isFileLink(reference.url)
      )
        return
      const output = collect(reference.url, reference.position)
      if (output === undefined) return
      reference.url = encodeURI(output) + suffixOf(reference.url)
      reference.data = { ...reference.data, assetPath: output }
    })

    // The cover image of the front matter, when it is a file beside the post
    // (a site path such as `/images/cover.png` belongs to the site, not the post).
    const cover = file.data.frontMatter?.image
    if (cover && !cover.startsWith('/')) {
      const yaml = tree.children.find((node) => node.type === 'yaml')
      const output = collect(cover, yaml?.position)
      file.data.coverImage = output === undefined ? cover : encodeURI(output)
    } else if (cover) file.data.coverImage = cover
  }
}

/**
 * Whether a link names a file to copy: site pages (`/posts/other/`, `/about`),
 * folders and other posts are pages, not files; a site path with a file
 * extension (`/files/talk.pdf`) is a file of `public/`.
 */
function isFileLink(url: string): boolean {
  const target = localTarget(url)
  if (!target || target.endsWith('/') || /\.(md|markdown|mdx|html?)$/i.test(target)) return false
  return !target.startsWith('/') || /\.[a-z\d]+$/i.test(target)
}

/** Whether an image or a video names a local file; a remote one is reported, for it is fetched from elsewhere. */
function isLocalMedia(url: string, file: VFile, position: Position | undefined): boolean {
  if (remote.test(url.trim())) {
    reportWarning(
      file,
      `Image \`${url}\` is loaded from another site: keep a copy beside the post`,
      position,
      ruleIds.remoteImage,
    )
    return false
  }
  return localTarget(url) !== undefined
}

/** The URLs in a raw HTML block's media tags and links, each with its place in the file. */
function htmlUrls(node: Html): Array<{ tag: string; url: string; position: Position | undefined }> {
  const found: Array<{ tag: string; url: string; position: Position | undefined }> = []
  const start = node.position?.start
  for (const tag of node.value.matchAll(htmlTag)) {
    const name = (tag[1] ?? '').toLowerCase()
    for (const attribute of (tag[2] ?? '').matchAll(htmlUrl)) {
      const isLink = (attribute[1] ?? '').toLowerCase() === 'href'
      if (isLink !== (name === 'a')) continue
      const before = node.value.slice(0, tag.index)
      const line = before.split('\n').length - 1
      const column =
        line === 0 ? (start?.column ?? 1) + before.length : before.length - before.lastIndexOf('\n')
      const point = start && { line: start.line + line, column }
      found.push({
        tag: name,
        url: attribute[2] ?? attribute[3] ?? attribute[4] ?? '',
        position: point && { start: point, end: point },
      })
    }
  }
  return found
}

/** The decoded file path a URL names, or `undefined` for remote and in-page URLs. */
function localTarget(written: string): string | undefined {
  const url = written.trim()
  if (windowsPath.test(url)) return url
  if (url === '' || url.startsWith('#') || url.startsWith('?') || hasScheme.test(url)) {
    return undefined
  }
  const bare = url.replace(/[?#].*$/s, '')
  try {
    return decodeURI(bare)
  } catch {
    return bare
  }
}

function suffixOf(url: string): string {
  return /[?#].*$/s.exec(url)?.[0] ?? ''
}
