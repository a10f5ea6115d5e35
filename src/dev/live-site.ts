import path from 'node:path'
import type { VFile } from 'vfile'
import { diffText } from '../cli/reporters/sample-report.js'
import { loadSiteConfig, type SiteConfig } from '../content/site-config.js'
import { displayPath, formatMessages, hasErrors } from '../messages.js'
import { interfaceWords } from '../render/words/interface-words.js'
import type { InterfaceWords } from '../render/words/word-list.js'
import { type BuildCache, createMemoryBuildCache, withMemory } from '../site-builder/build-cache.js'
import { createWatchedInputFiles } from '../site-builder/input-files.js'
import { createSiteBuilder, type SiteBuilder, type SiteRun } from '../site-builder/site-builder.js'
import { samplesSignature } from '../verify/sample-signature.js'
import { type VerifyPostsOptions, verifyPostFiles } from '../verify/verify-posts.js'
import type { SampleResult } from '../verify/verify-samples.js'
import { createOutputUpdater } from '../write/update-output.js'
import { codeFrames } from './code-frames.js'
import { type InputChanges, mergeChanges, noChanges } from './watch-inputs.js'

/** Settings of a live site. */
export interface LiveSiteOptions {
  /** The folder the config file is read from; messages name files relative to it. */
  cwd: string
  /** Absolute post files, folders of posts, or content folders. */
  paths: readonly string[]
  /** Absolute output folder, kept equal to the latest good build. */
  outDir: string
  drafts: boolean
  /** Verify changed samples in the background. */
  verify: boolean
  samples: VerifyPostsOptions
  /** The on-disk build cache, if any; a memory of it is kept in front. */
  cache?: BuildCache | undefined
  threads?: number | undefined
}

/** A failing sample, as the browser names it. */
export interface SampleFailure {
  /** `file:line`, the file relative to the working folder. */
  location: string
  /** A link that opens the post at that line in an editor (VS Code's `vscode://file/` scheme). */
  href: string
  summary: string
  /** The rule it broke (`sample-output`, …), for the overlay to say why in the page's language. */
  ruleId: string
  /** The diff of a failed comparison, as the terminal shows it; empty for other failures. */
  diff: string[]
}

/** What the browser shows of the site's state besides its pages. */
export interface LiveState {
  /** Counts the builds, failed ones too; a page served before the latest one may be stale. */
  build: number
  /** Formatted messages of the build that failed; empty when the last build succeeded. */
  errors: string[]
  /** The lines of the post around each of `errors`, marked; `''` when it has no place. */
  frames: string[]
  failures: SampleFailure[]
  /** Whether samples are being verified. */
  verifying: boolean
}

/** What happened, for the terminal and the browser. */
export type LiveEvent =
  | { type: 'built'; run: SiteRun; written: string[]; ms: number; recovered: boolean }
  | { type: 'failed'; files: VFile[]; error?: Error | undefined; ms: number }
  | { type: 'verifying'; posts: number }
  | { type: 'verified'; results: SampleResult[] }
  /** Verification itself failed (the sample cache could not be written, say); retried when the samples change. */
  | { type: 'unverified'; error: Error }

/** A site rebuilt as its inputs change: the engine of `postdeck dev`. */
export interface LiveSite {
  /** Rebuild for `changes`, after any rebuild under way; changes that come meanwhile are merged. */
  changed(changes: InputChanges): void
  /** Resolves once no rebuild is under way or waiting. */
  settled(): Promise<void>
  state(): LiveState
  /** The interface words for pages in `lang` (the site's language when none), with the config's own `words`. */
  words(lang: string | undefined): InterfaceWords
  /** Stop rebuilding and verifying; samples running are killed. */
  close(): Promise<void>
}

/**
 * Make a live site that builds into `outDir` whenever told of changes (the
 * first call builds everything). Only the posts that changed are read and
 * rendered, and only the files that changed are written; a build with
 * content errors writes nothing and puts its messages in the state.
 *
 * Pages are rendered before their samples are verified: verification runs
 * in the background, for the posts whose samples changed, and a rebuild
 * then shows the outputs of the samples that passed.
 */
export function createLiveSite(
  options: LiveSiteOptions,
  onEvent: (event: LiveEvent) => void,
): LiveSite {
  const inputs = createWatchedInputFiles()
  const cache = options.cache ? withMemory(options.cache) : createMemoryBuildCache()
  const updater = createOutputUpdater(options.outDir)
  const stop = new AbortController()
  const state: LiveState = { build: 0, errors: [], frames: [], failures: [], verifying: false }
  let builder: SiteBuilder | undefined
  let site: SiteConfig | undefined
  let pending: InputChanges | undefined = {
    files: new Set(),
    structure: true,
    config: true,
    templates: true,
  }
  let building: Promise<void> | undefined
  let closed: Promise<void> | undefined

  // Verdicts by post path, with the signature of the samples they are for.
  const verified = new Map<string, { signature: string; results: SampleResult[] }>()
  let toVerify = new Map<string, VFile>()
  let verifying: Promise<void> | undefined
  // Files changed since the output was last updated: a copied file that
  // changed while builds failed is copied again once one succeeds.
  const unwritten = new Set<string>()

  async function drain(): Promise<void> {
    while (pending && !stop.signal.aborted) {
      const changes = pending
      pending = undefined
      await rebuild(changes)
    }
    building = undefined
  }

  async function rebuild(changes: InputChanges): Promise<void> {
    const started = performance.now()
    inputs.forget(changes.files, { structure: changes.structure })
    for (const file of changes.files) unwritten.add(file)
    try {
      if (changes.config || changes.templates || !builder) {
        const { config } = await loadSiteConfig(options.cwd)
        site = config
        await builder?.close()
        builder = createSiteBuilder({
          paths: options.paths,
          drafts: options.drafts,
          site: config,
          cache,
          inputs,
          threads: options.threads,
        })
      }
      const knownResults = new Map(
        [...verified].map(([post, { results }]) => [post, results] as const),
      )
      const run = await builder.run({ verify: false, knownResults, signal: stop.signal })
      if (!run.ok) {
        const failed = run.files.filter(hasErrors)
        state.errors = formatMessages(failed, options.cwd)
        state.frames = await codeFrames(failed)
        state.build++
        onEvent({ type: 'failed', files: failed, ms: performance.now() - started })
        return
      }
      const written = await updater.update(run.outputs, unwritten)
      unwritten.clear()
      const recovered = state.errors.length > 0
      state.errors = []
      state.frames = []
      state.build++
      onEvent({ type: 'built', run, written, ms: performance.now() - started, recovered })
      if (options.verify) scheduleVerification(run.files)
    } catch (error) {
      if (stop.signal.aborted) return
      const failure = asError(error)
      // Note: a config or output folder problem; the next change tries again from scratch.
      await builder?.close()
      builder = undefined
      state.errors = [failure.message]
      state.frames = ['']
      state.build++
      onEvent({ type: 'failed', files: [], error: failure, ms: performance.now() - started })
    }
  }

  function scheduleVerification(files: readonly VFile[]): void {
    const present = new Set(files.map((file) => file.path))
    for (const post of verified.keys()) if (!present.has(post)) verified.delete(post)
    for (const file of files) {
      const samples = file.data.samples ?? []
      const signature = samplesSignature(samples)
      if (verified.get(file.path)?.signature === signature) toVerify.delete(file.path)
      else if (samples.length === 0) verified.set(file.path, { signature, results: [] })
      else toVerify.set(file.path, file)
    }
    updateFailures()
    if (toVerify.size > 0) verifying ??= verifyChanged()
  }

  async function verifyChanged(): Promise<void> {
    while (toVerify.size > 0 && !stop.signal.aborted) {
      const files = [...toVerify.values()]
      toVerify = new Map()
      state.verifying = true
      onEvent({ type: 'verifying', posts: files.length })
      let results: SampleResult[] | undefined
      let failure: Error | undefined
      try {
        results = await verifyPostFiles(files, { ...options.samples, signal: stop.signal })
      } catch (error) {
        if (stop.signal.aborted) break
        failure = asError(error)
      }
      // Note: a verification that failed is remembered too, so it is tried
      // again when the samples change, not in a loop.
      for (const file of files) {
        verified.set(file.path, {
          signature: samplesSignature(file.data.samples ?? []),
          results: results ? (file.data.sampleResults ?? []) : [],
        })
      }
      state.verifying = toVerify.size > 0
      updateFailures()
      if (results) {
        onEvent({ type: 'verified', results })
        // Show the outputs of the samples that passed.
        live.changed(noChanges())
      } else if (failure) onEvent({ type: 'unverified', error: failure })
    }
    state.verifying = false
    verifying = undefined
  }

  function updateFailures(): void {
    state.failures = [...verified.values()].flatMap(({ results }) =>
      results
        .filter((result) => result.status === 'failed')
        .map((result) => ({
          location: `${displayPath(result.sample.path, options.cwd)}:${result.line}`,
          href: `vscode://file${encodeURI(result.sample.path.split(path.sep).join('/').replace(/^\/?/, '/'))}:${result.line}:1`,
          summary: result.summary,
          ruleId: result.ruleId ?? '',
          diff: diffText(result),
        })),
    )
  }

  const live: LiveSite = {
    changed(changes) {
      pending = pending ? mergeChanges(pending, changes) : changes
      building ??= drain()
    },
    async settled() {
      while (building) await building
    },
    state: () => ({ ...state }),
    words: (lang) => interfaceWords(lang ?? site?.lang ?? 'en', site?.words),
    close() {
      closed ??= (async () => {
        stop.abort()
        await Promise.allSettled([building, verifying])
        await builder?.close()
      })()
      return closed
    },
  }
  building = drain()
  return live
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error))
}
