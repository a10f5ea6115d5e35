import path from 'node:path'
import type { Point, Position } from 'unist'
import type { VFile } from 'vfile'
import { isInside } from './content/is-inside.js'

/** Rule ids of every message postdeck reports about content; stable so tests and users can match them. */
export const ruleIds = {
  frontMatterLanguage: 'front-matter-language',
  frontMatterSyntax: 'front-matter-syntax',
  frontMatterSchema: 'front-matter-schema',
  inputLimit: 'input-limit',
  duplicateSlug: 'duplicate-slug',
  imageAlt: 'image-alt',
  assetMissing: 'asset-missing',
  assetOutsideContent: 'asset-outside-content',
  remoteImage: 'remote-image',
  unknownDirective: 'unknown-directive',
  embeddedFrame: 'embedded-frame',
  foreignSyntax: 'foreign-syntax',
  verifyAnnotation: 'verify-annotation',
  sampleOutput: 'sample-output',
  sampleExit: 'sample-exit',
  sampleSyntax: 'sample-syntax',
  sampleTimeout: 'sample-timeout',
  sampleOutputTooLarge: 'sample-output-too-large',
  sampleLimit: 'sample-limit',
  interpreterMissing: 'interpreter-missing',
} as const

/** Rule ids of failed code samples, which sample reports show with their diffs. */
export const sampleRuleIds: ReadonlySet<string> = new Set([
  ruleIds.sampleOutput,
  ruleIds.sampleExit,
  ruleIds.sampleSyntax,
  ruleIds.sampleTimeout,
  ruleIds.sampleOutputTooLarge,
  ruleIds.sampleLimit,
  ruleIds.interpreterMissing,
])

/** A rule id from `ruleIds`. */
export type RuleId = (typeof ruleIds)[keyof typeof ruleIds]

const source = 'postdeck'

/** Report a problem that makes the build fail, at `place` in `file`. */
export function reportError(
  file: VFile,
  reason: string,
  place: Point | Position | undefined,
  ruleId: RuleId,
): void {
  const message = file.message(reason, { place, ruleId, source })
  message.fatal = true
}

/** Report a problem worth fixing that does not stop the build. */
export function reportWarning(
  file: VFile,
  reason: string,
  place: Point | Position | undefined,
  ruleId: RuleId,
): void {
  file.message(reason, { place, ruleId, source })
}

/** Whether `file` carries a message that fails the build. */
export function hasErrors(file: VFile): boolean {
  return file.messages.some((message) => message.fatal === true)
}

/**
 * Rule ids of a post's assets and front matter: they stop its page, never the
 * checking of its code samples, whose lines stay those of the file.
 */
const pageOnlyRuleIds: ReadonlySet<string> = new Set([
  ruleIds.assetMissing,
  ruleIds.assetOutsideContent,
  ruleIds.frontMatterSyntax,
  ruleIds.frontMatterSchema,
  ruleIds.frontMatterLanguage,
])

/** Whether a post has an error that keeps its samples from being verified (any but an asset's or its front matter's). */
export function hasSampleBlockingErrors(file: VFile): boolean {
  return file.messages.some(
    (message) => message.fatal === true && !pageOnlyRuleIds.has(message.ruleId ?? ''),
  )
}

/**
 * Format one message as `file:line:col: severity message (rule)`, the shape
 * editors and CI annotations understand; the path is relative to `cwd`.
 */
export function formatMessage(
  file: VFile,
  message: VFile['messages'][number],
  cwd: string,
): string {
  const name = file.path ? displayPath(file.path, cwd) : '<input>'
  const severity = message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info'
  const rule = message.ruleId ? ` (${message.ruleId})` : ''
  return `${name}:${message.line ?? 1}:${message.column ?? 1}: ${severity} ${message.reason}${rule}`
}

/** Every message of `files`, formatted, in file order and then by position. */
export function formatMessages(files: readonly VFile[], cwd: string): string[] {
  return files.flatMap((file) =>
    sortedMessages(file).map((message) => formatMessage(file, message, cwd)),
  )
}

/** The messages of `file` by position, as `formatMessages` lists them. */
export function sortedMessages(file: VFile): VFile['messages'] {
  return [...file.messages].sort(
    (a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0),
  )
}

/** A file's path as messages name it: relative to `cwd`, or whole when it lies outside. */
export function displayPath(file: string, cwd: string): string {
  return isInside(cwd, file) ? path.relative(cwd, file) || file : file
}
