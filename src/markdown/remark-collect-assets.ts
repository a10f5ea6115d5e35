import path from 'node:path'
import type { Definition, Image, Link, Root } from 'mdast'
import type { Position } from 'unist'
import { visit } from 'unist-util-visit'
import type { VFile } from 'vfile'
import { isInside } from '../content/is-inside.js'
import { reportError, ruleIds } from '../messages.js'

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
}

declare module 'vfile' {
  interface DataMap {
    /** Folder a post's assets must stay inside; set by the loader. */
    contentRoot: string
    /** Local files the post refers to; set by `remarkCollectAssets`. */
    assets: Asset[]
    /** The front matter's cover image: a path relative to the page folder, or a URL. */
    coverImage: string
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

/**
 * Collect the local files that images and links refer to, resolved against
 * the post's folder, and point their URLs at the copies that ship beside the
 * page. An image path leaving the content folder (`../../etc/passwd`, an
 * absolute path) is an error. Links to pages (`/posts/other/`, folders,
 * other Markdown files) are left alone.
 *
 * Does not touch the disk: whether a file exists, and where a symlink leads,
 * is checked by `checkAssets` in the content stage.
 */
export function remarkCollectAssets() {
  return (tree: Root, file: VFile): undefined => {
    const assets: Asset[] = []
    file.data.assets = assets
    const postFolder = file.dirname
    const contentRoot = file.data.contentRoot ?? postFolder
    if (postFolder === undefined || contentRoot === undefined) return

    /** Record the local file `url` names; returns its output path, or `undefined` if it is not one. */
    const collect = (url: string, position: Position | undefined): string | undefined => {
      const target = localTarget(url)
      if (target === undefined) return undefined
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
      assets.push({ url, source, output, position })
      return output
    }

    visit(tree, ['image', 'link', 'definition'], (node) => {
      const reference = node as Image | Link | Definition
      if (reference.type !== 'image') {
        // Site links (`/posts/other/`), folders and other posts are pages, not files to copy.
        const target = localTarget(reference.url)
        if (
          !target ||
          target.startsWith('/') ||
          target.endsWith('/') ||
          /\.(md|markdown)$/i.test(target)
        )
          return
      }
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
