/**
 * Peer tools for `npm run bench`: Marp CLI and reveal-md (installed at pinned
 * versions into a folder the caller gives, never into the project) and Hugo
 * (used when the system has it). Each `time*` function runs the tool once as a
 * child process and returns its wall-clock time in milliseconds, measured
 * around the child's lifetime, after checking that the run wrote its output
 * (removed first, so that a stale file from an earlier run cannot pass).
 */
import { execFile } from 'node:child_process'
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { runCommand } from './run-command.js'

/** The peers' versions, pinned so that the numbers compare from run to run. */
export const peerVersions = {
  '@marp-team/marp-cli': '4.5.1',
  'reveal-md': '6.1.4',
} as const

type PeerName = keyof typeof peerVersions

/** Where the peers are: the JS files their `bin` entries point at, and Hugo's version line. */
export interface Peers {
  marp: string
  revealMd: string
  hugo?: string
}

/** Install the peers into `folder` unless they are there at the pinned versions already. */
export async function preparePeers(folder: string): Promise<Peers> {
  const prefix = path.resolve(folder)
  const names = Object.keys(peerVersions) as PeerName[]
  const installed = await Promise.all(names.map((name) => installedVersion(prefix, name)))
  if (names.some((name, index) => installed[index] !== peerVersions[name])) {
    await mkdir(prefix, { recursive: true })
    // One command for both: an `npm install --no-save` prunes what it was not asked for.
    const specs = names.map((name) => `${name}@${peerVersions[name]}`)
    const args = ['install', '--no-save', '--no-audit', '--no-fund', '--prefix', prefix, ...specs]
    const env = {
      ...process.env,
      PUPPETEER_SKIP_DOWNLOAD: 'true',
      PUPPETEER_SKIP_CHROMIUM_DOWNLOAD: 'true',
    }
    await runCommand('npm', args, { cwd: prefix, env })
    for (const name of names) {
      const version = await installedVersion(prefix, name)
      if (version !== peerVersions[name]) {
        throw new Error(`npm installed ${name}@${version ?? 'nothing'}, not ${peerVersions[name]}`)
      }
    }
  }
  const peers: Peers = {
    marp: await binEntry(prefix, '@marp-team/marp-cli'),
    revealMd: await binEntry(prefix, 'reveal-md'),
  }
  const hugo = await hugoVersion()
  if (hugo !== undefined) peers.hugo = hugo
  return peers
}

/** One run of `marp <seedPost> -o <outDir>/deck.html`: HTML only, so no browser. */
export async function timeMarp(peers: Peers, seedPost: string, outDir: string): Promise<number> {
  const output = path.join(path.resolve(outDir), 'deck.html')
  // --no-stdin: by default Marp CLI also reads a Markdown document from a piped stdin.
  const args = [peers.marp, '--no-config-file', '--no-stdin', seedPost, '-o', output]
  await rm(output, { force: true })
  const { ms } = await runCommand(process.execPath, args)
  await assertWritten(output)
  return ms
}

/** One run of reveal-md's static export; without `--featured-slide` it starts no server or browser. */
export async function timeRevealMd(
  peers: Peers,
  seedPost: string,
  outDir: string,
): Promise<number> {
  const target = path.resolve(outDir)
  const outputs = [
    path.join(target, 'index.html'),
    path.join(target, `${path.basename(seedPost, '.md')}.html`),
  ]
  await Promise.all(outputs.map((file) => rm(file, { force: true })))
  const env = { ...process.env, NO_UPDATE_NOTIFIER: '1' }
  const args = [peers.revealMd, seedPost, '--static', target]
  const { ms } = await runCommand(process.execPath, args, { env })
  for (const file of outputs) await assertWritten(file)
  return ms
}

/**
 * One Hugo build of the corpus' blog pages (no decks) from a minimal site made
 * for the run; `corpusFolder` holds `posts/<slug>/index.md`, `outDir` should be empty.
 */
export async function timeHugo(corpusFolder: string, outDir: string): Promise<number> {
  const content = path.resolve(corpusFolder)
  const destination = path.resolve(outDir)
  const posts = await countBundles(path.join(content, 'posts'), 'index.md')
  const site = await mkdtemp(path.join(tmpdir(), 'postdeck-bench-hugo-'))
  try {
    await writeHugoSite(site, content)
    // Hugo's cache goes into the site folder, removed after the run, as postdeck's is bypassed.
    const cache = path.join(site, 'cache')
    const args = ['--quiet', '--source', site, '--destination', destination, '--cacheDir', cache]
    const { ms } = await runCommand('hugo', args, { cwd: site })
    // Note: Hugo lower-cases and escapes folder names, so the pages are counted, not named.
    const pages = await countBundles(path.join(destination, 'posts'), 'index.html')
    if (pages !== posts) {
      throw new Error(`hugo wrote ${pages} post pages for the ${posts} posts in ${content}`)
    }
    return ms
  } finally {
    await rm(site, { recursive: true, force: true })
  }
}

const hugoConfig = (contentDir: string) => `baseURL = 'https://example.org/'
title = 'postdeck bench'
contentDir = ${JSON.stringify(contentDir)}
disableKinds = ['RSS', 'sitemap', 'taxonomy', 'term']

[markup.highlight]
noClasses = false
`

const hugoLayouts = {
  'baseof.html': `<!doctype html>
<html>
<head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body>{{ block "main" . }}{{ end }}</body>
</html>
`,
  'single.html': `{{ define "main" }}<article>
<h1>{{ .Title }}</h1>
{{ .TableOfContents }}
{{ .Content }}
</article>{{ end }}
`,
  'list.html': `{{ define "main" }}<h1>{{ .Title }}</h1>
<ul>{{ range .RegularPagesRecursive }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>
{{ end }}
`,
}

/** How many folders right under `folder` hold a file named `name`. */
async function countBundles(folder: string, name: string): Promise<number> {
  const entries = await readdir(folder, { withFileTypes: true })
  const found = await Promise.all(
    entries
      .filter((entry) => entry.isDirectory())
      .map((entry) =>
        stat(path.join(folder, entry.name, name)).then(
          (info) => info.isFile(),
          () => false,
        ),
      ),
  )
  return found.filter(Boolean).length
}

async function writeHugoSite(site: string, contentDir: string): Promise<void> {
  await writeFile(path.join(site, 'hugo.toml'), hugoConfig(contentDir))
  const layouts = path.join(site, 'layouts', '_default')
  await mkdir(layouts, { recursive: true })
  for (const [name, text] of Object.entries(hugoLayouts)) {
    await writeFile(path.join(layouts, name), text)
  }
}

/** The version of `name` installed under `prefix`, if any. */
async function installedVersion(prefix: string, name: PeerName): Promise<string | undefined> {
  const manifest = await readManifest(prefix, name).catch(() => undefined)
  return typeof manifest?.version === 'string' ? manifest.version : undefined
}

async function readManifest(
  prefix: string,
  name: PeerName,
): Promise<{ version?: unknown; bin?: unknown }> {
  const file = path.join(prefix, 'node_modules', name, 'package.json')
  return JSON.parse(await readFile(file, 'utf8')) as { version?: unknown; bin?: unknown }
}

/** The JS file of a package's only (or first) `bin` entry. */
async function binEntry(prefix: string, name: PeerName): Promise<string> {
  const { bin } = await readManifest(prefix, name)
  const entry =
    typeof bin === 'string'
      ? bin
      : bin !== null && typeof bin === 'object'
        ? Object.values(bin).find((value) => typeof value === 'string')
        : undefined
  if (typeof entry !== 'string') throw new Error(`${name} has no bin entry`)
  return path.join(prefix, 'node_modules', name, entry)
}

/** The first line of `hugo version`, or undefined when there is no Hugo. */
async function hugoVersion(): Promise<string | undefined> {
  try {
    const { stdout } = await promisify(execFile)('hugo', ['version'])
    return stdout.trim().split('\n')[0]
  } catch {
    return undefined
  }
}

/** Fail unless `file` is there and not empty. */
async function assertWritten(file: string): Promise<void> {
  const info = await stat(file).catch(() => undefined)
  if (!info?.isFile() || info.size === 0) throw new Error(`expected output ${file} was not written`)
}
