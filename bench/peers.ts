/**
 * Peer tools for `npm run bench`: Marp CLI and reveal-md (installed at pinned
 * versions into a folder the caller gives, never into the project) and Hugo
 * (used when the system has it). Each `time*` function runs the tool once as a
 * child process and returns its wall-clock time in milliseconds, measured
 * around the child's lifetime, after checking that the run wrote its output.
 */
import { execFile, spawn } from 'node:child_process'
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

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
    await run('npm', args, { cwd: prefix, env })
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
  const started = Date.now()
  const { ms } = await run(process.execPath, args)
  await assertWritten(output, started)
  return ms
}

/** One run of reveal-md's static export; without `--featured-slide` it starts no server or browser. */
export async function timeRevealMd(
  peers: Peers,
  seedPost: string,
  outDir: string,
): Promise<number> {
  const target = path.resolve(outDir)
  const env = { ...process.env, NO_UPDATE_NOTIFIER: '1' }
  const started = Date.now()
  const { ms } = await run(process.execPath, [peers.revealMd, seedPost, '--static', target], {
    env,
  })
  await assertWritten(path.join(target, 'index.html'), started)
  await assertWritten(path.join(target, `${path.basename(seedPost, '.md')}.html`), started)
  return ms
}

/** One Hugo build of the corpus' blog pages (no decks) from a minimal site made for the run. */
export async function timeHugo(corpusFolder: string, outDir: string): Promise<number> {
  const content = path.resolve(corpusFolder)
  const destination = path.resolve(outDir)
  const posts = (await readdir(content, { recursive: true })).filter(
    (file) => path.basename(file) === 'index.md',
  ).length
  const site = await mkdtemp(path.join(tmpdir(), 'postdeck-bench-hugo-'))
  try {
    await writeHugoSite(site, content)
    const args = ['--quiet', '--source', site, '--destination', destination]
    const { ms } = await run('hugo', args, { cwd: site })
    const pages = (await readdir(destination, { recursive: true })).filter(
      (file) => path.basename(file) === 'index.html',
    ).length
    if (pages < posts) {
      throw new Error(`hugo wrote ${pages} index.html files for ${posts} posts in ${content}`)
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

/** Fail unless `file` was written at or after `since` (with slack for coarse timestamps). */
async function assertWritten(file: string, since: number): Promise<void> {
  const info = await stat(file).catch(() => undefined)
  if (!info?.isFile()) throw new Error(`expected output ${file} was not written`)
  if (info.mtimeMs < since - 2000) throw new Error(`output ${file} is older than the run`)
}

interface RunOptions {
  cwd?: string
  env?: NodeJS.ProcessEnv
}

/** Run a command to its end; its wall time in ms, or an error with its output if it fails. */
function run(
  command: string,
  args: string[],
  options: RunOptions = {},
): Promise<{ ms: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const started = performance.now()
    let ended = started
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk
    })
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk
    })
    child.on('exit', () => {
      ended = performance.now()
    })
    child.on('error', reject)
    child.on('close', (code, signal) => {
      if (code === 0) {
        resolve({ ms: ended - started, stdout, stderr })
        return
      }
      const status = signal === null ? `exit code ${code}` : `signal ${signal}`
      const output = [stderr.trim(), stdout.trim().slice(-2000)].filter(Boolean).join('\n')
      reject(new Error(`${command} ${args.join(' ')} failed (${status})\n${output}`))
    })
  })
}
