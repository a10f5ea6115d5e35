import type { Point, Position } from 'unist'
import type { VFile } from 'vfile'

/** Rule ids of every message postdeck reports about content; stable so tests and users can match them. */
export const ruleIds = {
  frontMatterLanguage: 'front-matter-language',
  frontMatterSyntax: 'front-matter-syntax',
  frontMatterSchema: 'front-matter-schema',
  duplicateSlug: 'duplicate-slug',
  imageAlt: 'image-alt',
  assetMissing: 'asset-missing',
  assetOutsideContent: 'asset-outside-content',
  verifyAnnotation: 'verify-annotation',
  sampleOutput: 'sample-output',
  sampleExit: 'sample-exit',
  sampleSyntax: 'sample-syntax',
  sampleTimeout: 'sample-timeout',
  sampleOutputTooLarge: 'sample-output-too-large',
  interpreterMissing: 'interpreter-missing',
} as const

/** Rule ids of failed code samples, which sample reports show with their diffs. */
export const sampleRuleIds: ReadonlySet<string> = new Set([
  ruleIds.sampleOutput,
  ruleIds.sampleExit,
  ruleIds.sampleSyntax,
  ruleIds.sampleTimeout,
  ruleIds.sampleOutputTooLarge,
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
