import { existsSync } from 'node:fs'
import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import * as z from 'zod'
import { nearestName } from '../nearest-name.js'

/** The site's settings, from `postdeck.config.{ts,mjs,js,json}`; every one has a default. */
export const siteConfigSchema = z.strictObject({
  /** Name of the site, in the header, page titles and feed; by default "Blog" in the site's language. */
  title: z.string().trim().min(1).optional(),
  /** Address the site is published at; needed for canonical links, Open Graph, the feed and the sitemap. */
  url: z.url({ protocol: /^https?$/ }).optional(),
  /** Default language of posts that set none (`zh_CN` is read as `zh-CN`); guessed from the text when absent. */
  lang: z
    .string()
    .transform((value) => value.trim().replaceAll('_', '-'))
    .optional(),
  /** Author named in the feed and the structured data. */
  author: z.string().trim().optional(),
  /** Description of the site, for the home page and the feed. */
  description: z.string().trim().optional(),
  /** Pass raw HTML in posts through unsanitised; only for posts whose every author you trust. */
  trustRawHtml: z.boolean().default(false),
  /** Folder site-absolute paths (`/images/x.png`) are read from; by default `public/` beside the content folder. */
  publicDir: z.string().trim().min(1).optional(),
  /** Words of the interface replaced, by language: `{ 'zh-CN': { contents: '本文目录' } }`. */
  words: z.record(z.string(), z.record(z.string(), z.string())).default({}),
  /** Posts in the Atom feed, the newest ones; each is there whole. */
  feedLimit: z.number().int().positive().default(20),
  /** Run code samples in a sandbox: `auto` where the OS allows, `required` (fail where it cannot), `off`. */
  sandbox: z.enum(['required', 'auto', 'off']).default('auto'),
  /** Resource limits of each code sample; each has a default. */
  limits: z
    .strictObject({
      memoryMiB: z.number().int().positive().optional(),
      processes: z.number().int().positive().optional(),
      fileSizeMiB: z.number().int().positive().optional(),
      cpuSeconds: z.number().int().positive().optional(),
    })
    .default({}),
})

/** Validated site settings. */
export type SiteConfig = z.output<typeof siteConfigSchema>

/** Site settings as written in `postdeck.config.*`; every one is optional. */
export type PostdeckConfig = z.input<typeof siteConfigSchema>

/** Return `config` as it is; in `postdeck.config.ts` it lets editors check and complete the settings. */
export function defineConfig(config: PostdeckConfig): PostdeckConfig {
  return config
}

/** The config file was unreadable or invalid. */
export class ConfigError extends Error {
  override name = 'ConfigError'
}

/** The config file's possible names, in the order they are looked for. */
export const configNames = [
  'postdeck.config.ts',
  'postdeck.config.mjs',
  'postdeck.config.js',
  'postdeck.config.json',
]

/**
 * Read the site config from `folder` (the first of `postdeck.config.ts`,
 * `.mjs`, `.js`, `.json`; a module's default export), or the defaults when
 * there is none. Throws a `ConfigError` naming the file and the field.
 */
export async function loadSiteConfig(
  folder: string,
): Promise<{ config: SiteConfig; file: string | undefined }> {
  const file = configNames
    .map((name) => path.join(folder, name))
    .find((candidate) => existsSync(candidate))
  if (!file) return { config: siteConfigSchema.parse({}), file: undefined }
  let data: unknown
  try {
    if (file.endsWith('.json')) data = JSON.parse(await readFile(file, 'utf8'))
    else {
      // Note: the query names this version of the file, so a config edited
      // while `postdeck dev` runs is imported afresh, not from the module cache.
      const url = `${pathToFileURL(file).href}?mtime=${(await stat(file)).mtimeMs}`
      if (file.endsWith('.ts')) {
        const { tsImport } = await import('tsx/esm/api')
        data = defaultExport(await tsImport(url, import.meta.url))
      } else data = defaultExport(await import(url))
    }
  } catch (error) {
    throw new ConfigError(
      `${file}: cannot be read: ${error instanceof Error ? error.message : String(error)}`,
      {
        cause: error,
      },
    )
  }
  const result = siteConfigSchema.safeParse(data ?? {})
  if (!result.success) {
    const [issue] = result.error.issues
    if (issue?.code === 'unrecognized_keys')
      throw new ConfigError(`${file}: ${unknownKeys(issue.keys)}`)
    const field = issue?.path.length ? `\`${issue.path.join('.')}\`: ` : ''
    throw new ConfigError(`${file}: ${field}${issue?.message ?? 'invalid'}`)
  }
  return { config: result.data, file }
}

/** Keys the config does not know, with the known key nearest to each: ``unknown key `titel` (did you mean `title`?)``. */
function unknownKeys(keys: readonly string[]): string {
  const known = Object.keys(siteConfigSchema.shape)
  const described = keys.map((key) => {
    const nearest = nearestName(key, known)
    return `\`${key}\`${nearest ? ` (did you mean \`${nearest}\`?)` : ''}`
  })
  return `unknown ${keys.length === 1 ? 'key' : 'keys'} ${described.join(', ')}; the keys are ${known.map((key) => `\`${key}\``).join(', ')}`
}

/**
 * A module's default export. Note: a `.ts` config read as CommonJS comes
 * back wrapped twice (`{ default: { default: config } }`), so it is unwrapped
 * as long as a `default` is all there is.
 */
function defaultExport(module: unknown): unknown {
  let value =
    typeof module === 'object' && module !== null && 'default' in module
      ? module.default
      : undefined
  while (
    typeof value === 'object' &&
    value !== null &&
    'default' in value &&
    Object.keys(value).length === 1
  ) {
    value = value.default
  }
  return value
}
