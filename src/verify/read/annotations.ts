/** How a sample is to be verified, as the author annotated it. */
export interface Annotations {
  /** Neither run nor check this sample. */
  skip: boolean
  /** Run it even without documented output, and check its exit code. */
  run: boolean
  /** Run it in the same process as the previous sample of its language, after it. */
  continue: boolean
  /** Run it alone: it takes no names from earlier samples and gives none to later ones. */
  isolate: boolean
  /** Compare output lines in any order. */
  unordered: boolean
  /** Compare stdout only; stderr is shown but not compared. */
  stdoutOnly: boolean
  /** Seconds before the sample is killed. */
  timeoutSeconds?: number
  /** Expected exit code. */
  exitCode?: number
  /** Allowed absolute difference of decimals on duration lines. */
  tolerance?: number
  /** Give the sample the network (it has none by default). */
  network?: boolean
  /** Memory limit, MiB. */
  memoryMiB?: number
  /** Process limit. */
  processes?: number
}

/** The annotations of a sample nobody annotated. */
export const noAnnotations: Annotations = Object.freeze({
  skip: false,
  run: false,
  continue: false,
  isolate: false,
  unordered: false,
  stdoutOnly: false,
})

const flags = {
  skip: 'skip',
  run: 'run',
  continue: 'continue',
  isolate: 'isolate',
  unordered: 'unordered',
  'stdout-only': 'stdoutOnly',
  network: 'network',
} as const

/** Annotations with a number, and the field each sets. */
const limits = { memory: 'memoryMiB', processes: 'processes' } as const

/** Annotations read from words, and the words that are not annotations. */
export interface ParsedAnnotations {
  annotations: Annotations
  /** Words that look like annotations but are not valid ones, with why. */
  problems: string[]
  /** Words that are not annotations at all (kept as fence meta). */
  rest: string[]
}

/**
 * Read annotation words such as `skip`, `timeout=30`, `exit=1`,
 * `tolerance=0.1`, separated by spaces or commas, on top of `base`.
 */
export function parseAnnotations(
  text: string,
  base: Annotations = noAnnotations,
): ParsedAnnotations {
  const annotations: Annotations = { ...base }
  const problems: string[] = []
  const rest: string[] = []
  for (const word of text.split(/[\s,]+/).filter(Boolean)) {
    const [key = '', value] = word.split('=', 2)
    if (value === undefined && key in flags) {
      annotations[flags[key as keyof typeof flags]] = true
      continue
    }
    if (
      value === undefined ||
      !['timeout', 'exit', 'tolerance', 'memory', 'processes'].includes(key)
    ) {
      rest.push(word)
      continue
    }
    const number = Number(value)
    if (value === '' || !Number.isFinite(number) || number < 0) {
      problems.push(`\`${word}\` needs a number that is not negative`)
    } else if (key in limits) {
      if (Number.isInteger(number) && number > 0)
        annotations[limits[key as keyof typeof limits]] = number
      else problems.push(`\`${word}\` needs a whole number, 1 or more`)
    } else if (key === 'timeout') {
      annotations.timeoutSeconds = number
    } else if (key === 'exit') {
      if (Number.isInteger(number)) annotations.exitCode = number
      else problems.push(`\`${word}\` needs a whole number`)
    } else {
      annotations.tolerance = number
    }
  }
  return { annotations, problems, rest }
}

const commentAnnotation = /^<!--\s*verify:?\s*([\s\S]*?)\s*-->$/
/** `verify=skip`, `verify=timeout=30,exit=1` or `verify="timeout=30 exit=1"` in a fence's meta. */
const metaAnnotation = /(?:^|\s)verify=(?:"([^"]*)"|'([^']*)'|(\S+))/

/**
 * The annotation words of a fence's meta (`verify=...`, a form no other
 * tool uses) and the meta without them. Other words (`run`, `title="a.js"`,
 * `{1,3-5}`) belong to other tools and are left alone.
 */
export function metaAnnotations(meta: string): { words: string; rest: string } {
  const match = metaAnnotation.exec(meta)
  if (!match) return { words: '', rest: meta }
  const rest = `${meta.slice(0, match.index)} ${meta.slice(match.index + match[0].length)}`
  return { words: match[1] ?? match[2] ?? match[3] ?? '', rest: rest.trim() }
}

/**
 * Another doc-testing tool's mark, in an HTML comment right before a fence,
 * that the block is not to run: pytest-markdown-docs' and pytest-codeblocks'
 * `<!--pytest.mark.skip-->`, pytest-codeblocks' `<!--pytest-codeblocks:skip-->`,
 * Sybil's `<!-- skip: next -->`, phmdoctest's `<!--phmdoctest-skip-->`. A
 * condition (`skipif(...)`) is not one: where it does not hold, the block runs.
 */
const otherToolSkip =
  /^<!--\s*(?:pytest\.mark\.skip(?:\(\s*(?:reason\s*=\s*)?(?:"[^"]*"|'[^']*')?\s*\))?|pytest-codeblocks:skip|skip:\s*next|phmdoctest-skip)\s*-->$/

/** Whether an HTML comment is another doc-testing tool's mark to skip the fence after it. */
export function skipMarkOfOtherTool(html: string): boolean {
  return otherToolSkip.test(html.trim())
}

/** The text of a `<!-- verify: ... -->` comment, or `undefined` for other HTML. */
export function annotationComment(html: string): string | undefined {
  return commentAnnotation.exec(html.trim())?.[1]
}
