import type { Code, Parent, Root } from 'mdast'
import { visit } from 'unist-util-visit'
import type { VFile } from 'vfile'
import { reportError, reportWarning, ruleIds } from '../messages.js'
import { type Annotations, annotationComment, parseAnnotations } from './annotations.js'
import { type DocumentedOutput, findDocumentedOutput } from './documented-output.js'
import { type Runner, runnerFor } from './runners.js'

/**
 * What verifying a sample means: `compare` its output with the documented
 * one, `run` it and check its exit code, only `parse` it, or `skip` it.
 */
export type SampleMode = 'compare' | 'run' | 'parse' | 'skip'

/** A code sample of a post, with what the post documents about it. */
export interface Sample {
  /** `path:line` of the sample's fence. */
  id: string
  /** The post's file path. */
  path: string
  /** Line of the opening fence in the post. */
  line: number
  /** The fence language as written, lower-cased. */
  language: string
  runner: Runner
  code: string
  mode: SampleMode
  expected: DocumentedOutput | undefined
  annotations: Annotations
  /** `id` of the first sample of its `continue` chain; its own `id` when not continued. */
  chain: string
}

declare module 'vfile' {
  interface DataMap {
    /** The runnable code samples of the post, in document order; set by `remarkExtractSamples`. */
    samples: Sample[]
  }
}

/**
 * Collect the runnable code samples of a post with their documented output
 * and annotations (`<!-- verify: ... -->` right before the fence, or words in
 * the fence meta, which are removed from it so pages never show them).
 * Blocks in languages that cannot be run are left alone.
 */
export function remarkExtractSamples() {
  return (tree: Root, file: VFile): undefined => {
    const samples: Sample[] = []
    file.data.samples = samples
    const lastOfRunner = new Map<string, Sample>()

    visit(tree, 'code', (node: Code, index, parent: Parent | undefined) => {
      const runner = runnerFor(node.lang)
      if (!runner || index === undefined || !parent) return
      const annotations = readAnnotations(node, parent, index, file)
      const expected = findDocumentedOutput(node, parent, index, runner.commentPrefixes)
      const line = node.position?.start.line ?? 1
      const id = `${file.path}:${line}`
      const previous = lastOfRunner.get(runner.id)
      // A sample that another continues runs, so the state it sets up exists.
      if (annotations.continue && previous?.mode === 'parse') previous.mode = 'run'
      if (annotations.continue && !previous) {
        reportWarning(
          file,
          '`continue` has no earlier sample of the same language to continue',
          node.position,
          ruleIds.verifyAnnotation,
        )
      }
      const sample: Sample = {
        id,
        path: file.path,
        line,
        language: node.lang ?? '',
        runner,
        code: node.value,
        // Note: a sample continuing a skipped one cannot run without it, so it is skipped too.
        mode:
          annotations.continue && previous?.mode === 'skip'
            ? 'skip'
            : modeOf(annotations, expected),
        expected,
        annotations,
        chain: annotations.continue && previous ? previous.chain : id,
      }
      samples.push(sample)
      lastOfRunner.set(runner.id, sample)
    })
  }
}

function modeOf(annotations: Annotations, expected: DocumentedOutput | undefined): SampleMode {
  if (annotations.skip) return 'skip'
  if (expected) return 'compare'
  const checksRun = annotations.exitCode !== undefined || annotations.timeoutSeconds !== undefined
  return annotations.run || annotations.continue || checksRun ? 'run' : 'parse'
}

function readAnnotations(node: Code, parent: Parent, index: number, file: VFile): Annotations {
  const before = parent.children[index - 1]
  const commentText = before?.type === 'html' ? annotationComment(before.value) : undefined
  const fromComment = parseAnnotations(commentText ?? '')
  const fromMeta = parseAnnotations(node.meta ?? '', fromComment.annotations)
  node.meta = fromMeta.rest.length > 0 ? fromMeta.rest.join(' ') : null
  for (const problem of [...fromComment.problems, ...fromMeta.problems]) {
    reportError(file, `Annotation ${problem}`, node.position, ruleIds.verifyAnnotation)
  }
  for (const word of commentText === undefined ? [] : fromComment.rest) {
    reportWarning(
      file,
      `Unknown annotation \`${word}\``,
      before?.position,
      ruleIds.verifyAnnotation,
    )
  }
  return fromMeta.annotations
}
