import path from 'node:path'
import { watch } from 'chokidar'
import { isInside } from '../content/is-inside.js'
import { configNames } from '../content/site-config.js'
import { waitWhileEmptied } from './emptied-files.js'
import { recheckFiles } from './recheck-files.js'

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
 * How long after a batch is passed on its files are looked at again.
 *
 * Note: chokidar drops a change of a file that comes within 50 ms of the
 * one it passed on (paulmillr/chokidar#1455), and sends nothing later.
 * Saving a file often empties it, then writes it: the rebuild read the
 * emptied file and the write was never told of, and a save that followed
 * another closely was lost the same way. Waiting for a file to keep its
 * size (chokidar's `awaitWriteFinish`, as Eleventy does) held every rebuild
 * back by that wait; instead a batch is passed on at once and its files are
 * looked at again once chokidar's window is over, as Vite reads a file again
 * when it read it empty. A file that is not what it was when passed on is
 * passed on again, and looked at again after that.
 */
const recheckMs = 150

/**
 * How long a batch with an emptied file waits for it to be written, at
 * most: a save's write comes later than its truncation on a busy machine.
 */
const emptiedLimitMs = 1000

/**
 * Watch the posts, the templates and the config file, and call `onChanges`
 * with each batch of changes once events stop for `quietMs` (10 ms; an
 * editor saving writes, renames and touches a file in quick succession).
 * A batch with an emptied file waits for it to be written (1 s at most).
 * Each file of a batch is looked at again 150 ms after the batch is passed
 * on, and passed on again if it changed meanwhile, so no save is missed.
 * Resolves once the initial scan is done and every later change is seen.
 */
export async function watchInputs(
  options: WatchOptions,
  onChanges: (changes: InputChanges) => void,
): Promise<InputWatcher> {
  const configFiles = new Set(configNames.map((name) => path.join(options.configFolder, name)))
  const templatesFolder = path.resolve(options.templatesFolder)
  const watchers = [
    watch([...options.paths, templatesFolder], { ignoreInitial: true }),
    // Note: in the config folder only the config files matter, not the project under it.
    watch(options.configFolder, {
      ignoreInitial: true,
      depth: 0,
      ignored: (file) => file !== options.configFolder && !configFiles.has(file),
    }),
  ]
  let pending = noChanges()
  let timer: NodeJS.Timeout | undefined
  let closed = false
  const onEvent = (event: string, file: string) => {
    const absolute = path.resolve(file)
    pending.files.add(absolute)
    if (configFiles.has(absolute)) pending.config = true
    else if (isInside(templatesFolder, absolute)) pending.templates = true
    else if (event !== 'change' && (event.endsWith('Dir') || absolute.endsWith('.md'))) {
      pending.structure = true
    }
    clearTimeout(timer)
    timer = setTimeout(() => void passOn(), options.quietMs ?? 10)
  }
  const rechecks = recheckFiles(recheckMs, onEvent)
  /** Pass the pending changes on, once no file of theirs is emptied and what they are now is noted. */
  const passOn = async () => {
    const changes = pending
    pending = noChanges()
    await waitWhileEmptied(changes.files, emptiedLimitMs)
    await rechecks.note(changes.files)
    if (!closed) onChanges(changes)
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
    closed = true
    rechecks.close()
    await Promise.all(watchers.map((watcher) => watcher.close()))
    throw error
  }
  return {
    async close() {
      closed = true
      clearTimeout(timer)
      rechecks.close()
      await Promise.all(watchers.map((watcher) => watcher.close()))
    },
  }
}
