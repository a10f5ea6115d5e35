import path from 'node:path'
import { watch } from 'chokidar'
import { isInside } from '../content/is-inside.js'
import { configNames } from '../content/site-config.js'

/** What the watcher saw change, gathered over a short quiet spell. */
export interface InputChanges {
  /** Absolute paths of the files that changed, came or went. */
  files: Set<string>
  /** Whether a Markdown file or a folder came or went, so the posts found may differ. */
  structure: boolean
  /** Whether a config file changed, came or went. */
  config: boolean
  /** Whether a template changed. */
  templates: boolean
}

/** What to watch. */
export interface WatchOptions {
  /** Post files, folders of posts, or content folders. */
  paths: readonly string[]
  templatesFolder: string
  /** The folder the config file is read from. */
  configFolder: string
  /** Milliseconds without a new event before the changes are passed on. */
  quietMs?: number | undefined
  /** Told of a problem watching, once watching has begun (a folder that cannot be read, say). */
  onError?: ((error: unknown) => void) | undefined
}

/** A running watcher. */
export interface InputWatcher {
  close(): Promise<void>
}

/** No changes yet. */
export function noChanges(): InputChanges {
  return { files: new Set(), structure: false, config: false, templates: false }
}

/** Add what `more` saw to `changes`. */
export function mergeChanges(changes: InputChanges, more: InputChanges): InputChanges {
  return {
    files: new Set([...changes.files, ...more.files]),
    structure: changes.structure || more.structure,
    config: changes.config || more.config,
    templates: changes.templates || more.templates,
  }
}

/**
 * How long a file that came or changed must keep its size before it is
 * passed on, and how often it is looked at meanwhile (Eleventy's values).
 *
 * Note: saving a file often truncates it, then writes it. Without this,
 * chokidar passes on a change as soon as it sees one and drops any change
 * of the same file within 50 ms after (paulmillr/chokidar#1455): the write
 * that followed a truncation, or a save that followed another closely, was
 * never seen, and the site stayed on the half-written file. A change held
 * for this is never dropped, and holding it lets the write finish.
 */
const awaitWriteFinish = { stabilityThreshold: 150, pollInterval: 25 }

/**
 * Watch the posts, the templates and the config file, and call `onChanges`
 * with each batch of changes once events stop for `quietMs` (10 ms; an
 * editor saving writes, renames and touches a file in quick succession).
 * Every change is passed on, the last one after its file's size has held
 * still for 150 ms. Resolves once the initial scan is done and every later
 * change is seen.
 */
export async function watchInputs(
  options: WatchOptions,
  onChanges: (changes: InputChanges) => void,
): Promise<InputWatcher> {
  const configFiles = new Set(configNames.map((name) => path.join(options.configFolder, name)))
  const templatesFolder = path.resolve(options.templatesFolder)
  const watchers = [
    watch([...options.paths, templatesFolder], { ignoreInitial: true, awaitWriteFinish }),
    // Note: in the config folder only the config files matter, not the project under it.
    watch(options.configFolder, {
      ignoreInitial: true,
      awaitWriteFinish,
      depth: 0,
      ignored: (file) => file !== options.configFolder && !configFiles.has(file),
    }),
  ]
  let pending = noChanges()
  let timer: NodeJS.Timeout | undefined
  const onEvent = (event: string, file: string) => {
    const absolute = path.resolve(file)
    pending.files.add(absolute)
    if (configFiles.has(absolute)) pending.config = true
    else if (isInside(templatesFolder, absolute)) pending.templates = true
    else if (event !== 'change' && (event.endsWith('Dir') || absolute.endsWith('.md'))) {
      pending.structure = true
    }
    clearTimeout(timer)
    timer = setTimeout(() => {
      const changes = pending
      pending = noChanges()
      onChanges(changes)
    }, options.quietMs ?? 10)
  }
  const ready = Promise.all(
    watchers.map(
      (watcher) =>
        new Promise<void>((resolve, reject) => {
          watcher.on('all', onEvent)
          watcher.once('error', reject)
          watcher.once('ready', () => {
            watcher.off('error', reject)
            watcher.on('error', (error) => options.onError?.(error))
            resolve()
          })
        }),
    ),
  )
  try {
    await ready
  } catch (error) {
    await Promise.all(watchers.map((watcher) => watcher.close()))
    throw error
  }
  return {
    async close() {
      clearTimeout(timer)
      await Promise.all(watchers.map((watcher) => watcher.close()))
    },
  }
}
