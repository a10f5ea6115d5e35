import type { Code, Parent, Root } from 'mdast'
import { toString as plainText } from 'mdast-util-to-string'
import { visit } from 'unist-util-visit'
import type { VFile } from 'vfile'
import { reportError, reportWarning, ruleIds } from '../../messages.js'
import { isShellRunner } from '../runner-id.js'
import { outputLanguages, type Runner, runnerFor } from '../runners.js'
import {
  type Annotations,
  annotationComment,
  metaAnnotations,
  parseAnnotations,
  skipMarkOfOtherTool,
} from './annotations.js'
import type { Caveat } from './caveats/caveat.js'
import { caveatOf } from './caveats/read-caveats.js'
import { withFirstLineAligned } from './code/first-line-offset.js'
import { saysUndefined } from './code/fresh-names.js'
import { markNamesShownLater } from './code/names-shown-later.js'
import { readNoBreakSpaces } from './code/no-break-spaces.js'
import { namesWithPrototypeMembers } from './code/prototype-members.js'
import { errorChosenAfter } from './error-claims/chosen-option.js'
import {
  checkerClaimLines,
  compileClaimLines,
  withoutCompileClaims,
} from './error-claims/compile-claims.js'
import { type DocumentedError, documentedError } from './error-claims/error-comments.js'
import { errorStatedBefore } from './error-claims/lead-in-error.js'
import {
  errorStatedAfter,
  type ProseAfter,
  proseAfter,
  type StatedError,
} from './error-claims/prose-error.js'
import { codeQuotedAfter, errorsQuotedBefore } from './error-claims/quoted-errors.js'
import { markExcerpts } from './excerpts.js'
import { inExerciseBlock } from './exercise-blocks.js'
import { marksHighlightsWithTags } from './highlight-tags.js'
import { fenceFile } from './listed-files.js'
import { filesUsed, isPageModule, type NamedFile } from './named-files.js'
import { customCodec, pipInstalledPackages } from './not-checkable/needs/custom-codecs.js'
import { documentedModule } from './not-checkable/needs/page-module.js'
import { cellRaises, cellSkipped, fenceSource } from './notebook-cells.js'
import { otherLanguageIn } from './other-language-fence.js'
import { type DocumentedOutput, findDocumentedOutput } from './outputs/documented-output.js'
import { anyOrderSaid } from './outputs/fences/any-order.js'
import { contentBaseLine } from './outputs/fences/content-lines.js'
import { exerciseSolutions, solutionOutput } from './outputs/fences/exercise-solutions.js'
import { inputAfterCommand } from './outputs/fences/input-after-command.js'
import { markPrintedOutputs } from './outputs/fences/printed-fence.js'
import { isShellOutput } from './outputs/fences/script-runs.js'
import { wrongExpectationAt } from './outputs/fences/wrong-expectation.js'
import { pastedIntoCode } from './outputs/pasted/pasted-into-code.js'
import { shellPastedOutput } from './outputs/pasted/pasted-output.js'
import { pageLanguages, pageScriptNames } from './page-scripts.js'
import { partialListing } from './partial-listings.js'
import {
  proseAssignments,
  proseNamedVariables,
  variablesNamedInProse,
  variablesSetInProse,
} from './prose-variables.js'
import { replReading } from './repl-lines.js'
import { runnableCode as codeOf, needsBashFunctionNames, shebangRunner } from './sample-code.js'
import { sessionInput } from './transcripts/open-continuations.js'
import { isDoctestSession, isIpythonSession } from './transcripts/python-sessions.js'
import { isSessionAfterCode } from './transcripts/session-after-code.js'
import {
  pythonPromptCommand,
  shellSessionAtPythonPrompts,
} from './transcripts/shell-at-python-prompts.js'
import {
  isShellTranscript,
  opensWithDollarPrompt,
  opensWithPrompt,
  readShellTranscript,
  sessionLanguages,
} from './transcripts/shell-transcript.js'
import { unlabelledFenceRunner } from './unlabelled-fences.js'
import { sampleVariants, type Variant } from './variants.js'
import { markDatedNames } from './varying/dated-programs.js'
import { markRandomDraws } from './varying/random-programs.js'
import { builtinNodeVersion } from './versions/newer-builtins.js'
import {
  markPython2Siblings,
  olderVersionLabelled,
  olderVersionSaid,
} from './versions/older-version.js'
import { python2MarkedIn, python2OutputShown } from './versions/python2-output.js'
import {
  python2SampleLine,
  python2StatementLine,
  runsPythonOnCommandLine,
} from './versions/python2-post.js'
import { versionNeeded } from './versions/version-needs.js'

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
  /** The code as a reader runs it: highlighter markers removed, common indentation taken off. */
  code: string
  mode: SampleMode
  expected: DocumentedOutput | undefined
  /** Files of earlier fences the sample names (`bash test.sh`), written beside it before it runs. */
  files: Record<string, string>
  /** The names of the files earlier fences of the page are saved as (`logic.py`), when there are any. */
  pageFiles?: string[]
  /** A line the post says raises an error (`// TypeError: ...`, `# raises ValueError`, `// 报错`). */
  expectedError: DocumentedError | undefined
  /** Lines (within the sample) whose comment says they do not compile (`// 编译时报错`): the type checker's claims. */
  compileClaims?: number[]
  /**
   * Lines of a TypeScript sample whose comment says in words that they fail
   * (`// 报错`, `// Invalid`): the checker's claims too, which the run may also
   * keep by throwing there (a subset of `compileClaims`).
   */
  errorClaims?: number[]
  /** Lines of a TypeScript sample whose comment says they compile (`// 不报错`, `// 正确`). */
  compilesClaims?: number[]
  /** An error the prose right after the fence says the sample raises (`this fails with \`NameError\``, `运行会报错`). */
  statedError?: StatedError
  /** The paragraphs right after the sample, which may explain the error it raises (see `proseAfter`). */
  proseAfter?: ProseAfter
  /** The inline code of the paragraphs after a fence with no documented output, where an error may be quoted. */
  quotedAfter?: string[]
  /** The errors, name and message, the block right above a fence with no documented output quotes. */
  quotedBefore?: string[]
  /** The words of the paragraph right above the fence, its lead-in (`Let's simulate the following tree structure:`). */
  leadIn?: string
  /**
   * Versions of the code the fence shows side by side (`// 报错` / `// 不报错`),
   * each run alone and checked against its claim, in place of `expected`.
   */
  variants?: Variant[]
  annotations: Annotations
  /**
   * `id`s of the earlier samples it takes names from (found in the code), or
   * continues; they run before it, in the same process.
   */
  needs: string[]
  /** The names it takes from earlier samples (those `needs` define). */
  takes?: string[]
  /** Whether what it prints comes from an unseeded random draw, its own or an earlier sample's (random-programs.ts). */
  drawsAtRandom?: boolean
  /** Names holding today's date that the earlier samples it takes state from bound (dated-programs.ts). */
  dated?: string[]
  /** The names earlier samples of its language define, where a misspelt one is told from setup not shown. */
  definedBefore?: string[]
  /**
   * Those of `needs` it takes only because they change a name in place after its definer
   * (`d['k'] = v`, `items.append(v)`): a failure of theirs on output alone does not block it.
   */
  changers?: string[]
  /**
   * Why its class is only part of the class the post builds up (partial-listings.ts): a
   * sample failing with state from it depends on it rather than failing.
   */
  partial?: string
  /** `id` of the first sample of the session it runs in; its own `id` when it runs alone. */
  chain: string
  /** Whether it stands under an exercises heading (`Exercises`, `练习`) or in a lesson's `::: challenge` block: code the reader is to finish. */
  exercise?: boolean
  /** Line of the lead-in that shows the sample's documented output as the wrong expectation. */
  wrongExpectation?: number
  /** What the post says that excuses a difference in its output: another environment, one run, a counterexample. */
  caveat?: Caveat
  /** Line of the earlier sample whose lines this one only quotes, when it does (see `markExcerpts`). */
  excerptOf?: number
  /** Line of the earlier sample whose output this one's lines read as, when they do (see `markPrintedOutputs`). */
  outputOf?: number
  /** The interpreter version the post says the sample needs (`Python 3.12+`): `3.12`. */
  needsVersion?: string
  /** The recent built-in that `needsVersion` comes from, when the code calls one (`Object.groupBy`). */
  needsVersionFor?: string
  /** The older Python the post says the sample is written for (`若你在 Python 2.x 下`): `2.x`. */
  olderVersion?: string
  /** Post line of the Python 2 statement that shows the whole post is written for Python 2 (`print x`). */
  python2StatementAt?: number
  /** Post line of the first Python 2 statement of a sample that is Python 2 code itself, in a post for Python 3. */
  python2SampleAt?: number
  /** The codec its `# coding:` line names, which a package the post installs with pip registers. */
  customCodec?: { codec: string; package: string; declared: boolean }
  /**
   * Names it uses that no earlier sample of its language defines and a later
   * one does, with that sample's line: used before the post shows them.
   */
  shownLater?: Record<string, number>
  /** Names it uses that no earlier sample of its language defines and a later one does, with that sample's line. */
  definedLater?: Record<string, number>
  /** Names it uses and no sample defines that are near spellings of a name another sample of the post defines. */
  nearNames?: Record<string, string>
  /** Methods it calls (`.ap(`) that another sample of its language adds to a prototype, with that sample's line. */
  methodsElsewhere?: Record<string, number>
  /** The post writes highlights in code as `<mark>` tags, taken out of `code` (see `marksHighlightsWithTags`). */
  highlightTags?: true
  /** Names the scripts of earlier HTML fences define for their page, with each fence's line (see `pageScriptNames`). */
  pageNames?: Record<string, number>
  /** The standard module the page documents (`sys` on a page titled `sys 系统特定参数和函数`), for Python samples. */
  pageModule?: string
  /** Shell variables it expands that a sentence above sets in inline code, with their values (see `variablesSetInProse`). */
  proseVariables?: Record<string, string>
  /** Shell variables it expands that a sentence above asks the reader to set with no value, with the sentence's line. */
  proseNeeds?: Record<string, number>
}

/** A fence of code in a language postdeck does not run. */
export interface UnrunFence {
  path: string
  line: number
  language: string
}

declare module 'vfile' {
  interface DataMap {
    /** The runnable code samples of the post, in document order; set by `remarkExtractSamples`. */
    samples: Sample[]
    /** Fences of code in languages postdeck does not run; set by `remarkExtractSamples`. */
    unrunFences: UnrunFence[]
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
    // Note: first, so every reader below sees the shell fences' spaces; undone once samples are read.
    const restoreNoBreakSpaces = readNoBreakSpaces(tree)
    const samples: Sample[] = []
    const unrun: UnrunFence[] = []
    const outputFences = new Set<Code>()
    const namedFiles = new Map<string, NamedFile>()
    let latestScript: NamedFile | undefined
    let latestModule: NamedFile | undefined
    const pageNames = new Map<string, number>()
    let order = 0
    file.data.samples = samples
    file.data.unrunFences = unrun
    const runnable: string[] = []
    visit(tree, 'code', (node: Code) => {
      if (runnerFor(node.lang?.toLowerCase() ?? '')) runnable.push(fenceSource(node))
    })
    const highlightTags = marksHighlightsWithTags(runnable)
    const pageModule = documentedModule(tree)
    const postPython2 = python2MarkedIn(tree)
    const python2Statement = python2StatementLine(tree)
    const pipPackages = pipInstalledPackages(tree)
    const exercises = exerciseSolutions(tree)
    const assignments = proseAssignments(tree)
    const namedVariables = proseNamedVariables(tree)
    const runnableCode = (value: string) => codeOf(value, highlightTags)

    visit(tree, 'code', (node: Code, index, parent: Parent | undefined) => {
      if (index === undefined || !parent) return
      const file = fenceFile(node, parent, index, runnableCode)
      const sample = outputFences.has(node) ? undefined : extract(node, index, parent)
      if (sample) samples.push(sample)
      if (pageLanguages.has(node.lang?.toLowerCase() ?? '')) {
        for (const [defined, line] of pageScriptNames(node.value, node.position?.start.line ?? 1))
          pageNames.set(defined, line)
      }
      order++
      if (file?.content !== undefined) namedFiles.set(file.name, { content: file.content, order })
      if (/^#!.*\b(?:ba|z)?sh\b/.test(node.value)) {
        latestScript = { content: runnableCode(node.value), order }
      }
      if (!file && isPageModule(node.value, node.lang)) {
        latestModule = { content: runnableCode(node.value), order }
      }
    })
    linkSessions(samples, file)
    markExcerpts(samples)
    markPrintedOutputs(samples)
    markPython2Siblings(samples)
    restoreNoBreakSpaces()

    function extract(node: Code, index: number, parent: Parent): Sample | undefined {
      const read = readAnnotations(node, parent, index, file)
      // A notebook cell tagged `skip-execution` is shown, not run, by the notebook's build.
      const annotations = cellSkipped(node) ? { ...read, skip: true } : read
      // A notebook cell's options stand as blank lines, so its code keeps the post's line numbers.
      const value = fenceSource(node)
      const language = node.lang?.toLowerCase() ?? ''
      const line = node.position?.start.line ?? 1
      // A shell session at `>>> ` prompts under a shell label (shell-at-python-prompts.ts).
      const shellAtPythonPrompts =
        sessionLanguages.has(language) || isShellRunner(runnerFor(language))
          ? shellSessionAtPythonPrompts(runnableCode(value))
          : undefined
      const transcript =
        shellAtPythonPrompts !== undefined
          ? readShellTranscript(shellAtPythonPrompts, contentBaseLine(node), pythonPromptCommand)
          : (sessionLanguages.has(language) ||
                runnerFor(language)?.commentPrefixes[0] === '#' ||
                (language === '' && opensWithPrompt(runnableCode(value)))) &&
              // A Python fence opening at a shell prompt (`$ uv venv`): `$` is no Python, so a session.
              (runnerFor(language)?.id !== 'python' || opensWithDollarPrompt(value)) &&
              isShellTranscript(value) &&
              !isDoctestSession(runnableCode(value))
            ? readShellTranscript(runnableCode(value), contentBaseLine(node))
            : undefined
      // A Python session fenced as a shell one (`$ python3`, the banner, `>>>` or IPython's `In [1]:` prompts).
      const pythonSession =
        (!transcript &&
          runnerFor(language)?.commentPrefixes[0] === '#' &&
          (isDoctestSession(runnableCode(value)) || isIpythonSession(runnableCode(value)))) ||
        isSessionAfterCode(node, samples.at(-1)?.runner)
      const written = transcript?.code ?? runnableCode(value)
      const labelled = runnerFor(language)
      const fenceRunner = transcript
        ? runnerFor('bash')
        : pythonSession
          ? runnerFor('python')
          : labelled
            ? (otherLanguageIn(written, labelled) ?? labelled)
            : unlabelledFenceRunner(node, written, samples.at(-1)?.runner)
      // A `>>>` session is Python's whatever `#!` line a highlighter's convention puts over it (`#!bash`).
      const session =
        fenceRunner?.id === 'python' && (isDoctestSession(written) || isIpythonSession(written))
      const named = fenceRunner && !session ? shebangRunner(written) : undefined
      const runner =
        named ??
        (fenceRunner?.id === 'sh' && needsBashFunctionNames(written)
          ? runnerFor('bash')
          : fenceRunner)
      if (!runner) {
        if (!outputLanguages.has(language)) unrun.push({ path: file.path, line, language })
        return undefined
      }
      const pasted = transcript
        ? undefined
        : isShellRunner(runner)
          ? shellPastedOutput(written, line)
          : pastedIntoCode(written, line, runner)
      // A list item's fence whose first line stands left of the rest (first-line-offset.ts); elsewhere
      // such a line is the indentation error a post may show on purpose.
      const asRead = replReading(pasted?.code ?? written, runner)
      const code = parent.type === 'listItem' ? withFirstLineAligned(asRead, runner) : asRead
      // An exercise's expected output is its solution's, not its template's (exercise-solutions.ts).
      const exercise = exercises.get(node)
      const template = exercise?.template === node
      if (template) outputFences.add(exercise.output)
      // A file the post gives under the command, then the command's output (input-after-command.ts).
      const given = exercise || transcript ? undefined : inputAfterCommand(code, parent, index)
      if (given) {
        outputFences.add(given.input)
        outputFences.add(given.output)
      }
      // What the post documents around the fence, by the conventions of outputs/.
      const documentedBelow = () =>
        findDocumentedOutput(
          code,
          node,
          parent,
          index,
          runner,
          samples.map((sample) => sample.code),
        )
      // A transcript with no output under its commands, its output in the block right after the
      // fence (`$ echo HOME`, then a fence of `HOME`): that block is what it prints.
      const outputBlockAfterSilent = (shown: DocumentedOutput | undefined) => {
        // Only a block right under the fence: one after a lead-in may be other code to try.
        if (!shown?.silent || parent?.children[index + 1]?.type !== 'code') return undefined
        const after = documentedBelow()
        // Still silent: a command failing here is the author's machine's, as for a transcript with no block.
        return after?.kind === 'block' && after.lines.some((line) => line.trim() !== '')
          ? { ...after, silent: true }
          : undefined
      }
      const found = template
        ? undefined
        : exercise
          ? solutionOutput(exercise)
          : given
            ? given.documented
            : transcript
              ? (outputBlockAfterSilent(transcript.expected) ?? transcript.expected)
              : (pasted?.expected ?? documentedBelow())
      // `x.length; // 编译时报错` is the type checker's to decide: no printed value, no run error.
      const saidCompile = transcript ? [] : compileClaimLines(code, runner)
      // `a === b // 报错`, `x(1) // 不报错` in TypeScript: the checker's verdicts, not printed values.
      const inWords = transcript ? { errors: [], compiles: [] } : checkerClaimLines(code, runner)
      const compileClaims = [...new Set([...saidCompile, ...inWords.errors])].sort((a, b) => a - b)
      const documented = withoutCompileClaims(found, [...compileClaims, ...inWords.compiles])
      // Versions side by side are checked each against its own claim, not as one program.
      const variants =
        !transcript &&
        inWords.errors.length === 0 &&
        (documented === undefined || documented.kind === 'statements')
          ? sampleVariants(code, line, runner)
          : undefined
      // `f(x)  # TypeError: ...` read as the line's value is the error it raises.
      const expected =
        variants || isErrorValue(documented, code, line, runner) ? undefined : documented
      // A quiz's answer, in the fence after the sample, is output too.
      const answered = (expected?.lineNumbers[0] ?? 0) > (node.position?.end.line ?? Infinity)
      // (An exercise's solution takes the output shown above it: the fences after it are others.)
      // (A quiz's chosen option is no fence: the fences after it are others.)
      if (!exercise && !expected?.chosenOption && (expected?.kind === 'block' || answered)) {
        const fence = parent.children[index + 1]
        const after = fence?.type === 'code' ? fence : parent.children[index + 2]
        if (after?.type === 'code') outputFences.add(after)
        // Past a site generator's template tags too: the fence holding the first output line.
        const holding = fenceHolding(parent, index, expected?.lineNumbers[0])
        if (holding) outputFences.add(holding)
      }
      // The output fenced as `sh` right under a program is not a shell sample, even when the
      // program's comments document its output too.
      const next = parent.children[index + 1]
      // A `>>>` session fenced as `sh` is a session of its own, typed after the program.
      if (next?.type === 'code' && isShellOutput(next, runner) && !isSessionAfterCode(next, runner))
        outputFences.add(next)
      // Note: a sample in versions keeps its first documented error, for when it cannot be split.
      const commented = expected ? undefined : documentedError(code, line, runner)
      const expectedError =
        commented && compileClaims.includes(commented.line) ? undefined : commented
      // The version the post says the sample needs, else the one its recent built-ins need.
      const said = versionNeeded(code, parent, index, runner)
      const newer =
        runner.id === 'javascript' || runner.id === 'typescript'
          ? builtinNodeVersion(code)
          : undefined
      // The older Python the post says the sample is for, else the one its whole post is written in.
      const older =
        (runner.id === 'python' ? olderVersionLabelled(language) : undefined) ??
        olderVersionSaid(code, parent, index, runner) ??
        (runner.id === 'python' ? python2OutputShown(code, expected, postPython2) : undefined)
      // Python code timed or run from a shell command (`python -mtimeit '...'`) is the post's Python too.
      const python2At =
        runner.id === 'python' || (isShellRunner(runner) && runsPythonOnCommandLine(code))
          ? python2Statement
          : undefined
      // A sample that is Python 2 code itself, in a post otherwise for Python 3.
      const python2SampleAt =
        runner.id === 'python' && python2At === undefined && older === undefined
          ? python2SampleLine(code, line)
          : undefined
      const proseVariables = isShellRunner(runner)
        ? variablesSetInProse(code, line, assignments)
        : {}
      const proseNeeds = isShellRunner(runner)
        ? variablesNamedInProse(code, line, namedVariables, proseVariables)
        : {}
      const statedError = expectedError
        ? undefined
        : // A notebook cell tagged `raises-exception` is to stop with an error.
          (cellRaises(node) ??
          errorStatedAfter(parent, index) ??
          // A quiz's lettered options after the sample, the answer choosing one that names an error.
          errorChosenAfter(parent, index) ??
          // A lead-in's claim counts for a sample with no output of its own to compare.
          (expected ? undefined : errorStatedBefore(parent, index)))
      return {
        id: `${file.path}:${line}`,
        path: file.path,
        line,
        language: node.lang?.toLowerCase() || runner.id,
        runner,
        code,
        // An error documented by comment is what the sample is compared with.
        mode:
          (expectedError || variants || compileClaims.length > 0 || inWords.compiles.length > 0) &&
          !annotations.skip
            ? 'compare'
            : modeOf(annotations, expected),
        expected,
        expectedError,
        ...(variants && { variants }),
        // A lead-in saying the lines come in any order says what `unordered` says.
        annotations: anyOrderSaid(parent, expected)
          ? { ...annotations, unordered: true }
          : annotations,
        needs: [],
        chain: '',
        ...((template || isExercise(parent, index)) && { exercise: true }),
        ...(highlightTags && { highlightTags: true as const }),
        ...optional('wrongExpectation', wrongExpectationAt(parent, index)),
        ...optional(
          'caveat',
          caveatOf(parent, index, code, line, expected, node.lang?.toLowerCase() ?? ''),
        ),
        ...optional('statedError', statedError),
        ...(compileClaims.length > 0 && { compileClaims }),
        ...(inWords.errors.length > 0 && { errorClaims: inWords.errors }),
        ...(inWords.compiles.length > 0 && { compilesClaims: inWords.compiles }),
        ...optional('proseAfter', proseAfter(parent, index)),
        ...optional('quotedAfter', expected ? undefined : codeQuotedAfter(parent, index)),
        ...optional('quotedBefore', expected ? undefined : errorsQuotedBefore(parent, index)),
        ...optional('leadIn', leadInText(parent, index)),
        ...optional('needsVersion', said ?? newer?.version),
        ...optional('needsVersionFor', said === undefined ? newer?.builtin : undefined),
        ...optional(
          'olderVersion',
          older ?? ((python2At ?? python2SampleAt) === undefined ? undefined : '2'),
        ),
        ...optional('python2StatementAt', older === undefined ? python2At : undefined),
        ...optional('python2SampleAt', python2SampleAt),
        ...optional(
          'customCodec',
          runner.id === 'python' ? customCodec(code, pipPackages) : undefined,
        ),
        ...optional('pageModule', runner.id === 'python' ? pageModule : undefined),
        ...(Object.keys(proseVariables).length > 0 && { proseVariables }),
        ...(Object.keys(proseNeeds).length > 0 && { proseNeeds }),
        ...(pageNames.size > 0 &&
          (runner.id === 'javascript' || runner.id === 'typescript') && {
            pageNames: Object.fromEntries(pageNames),
          }),
        files: {
          ...filesUsed(code, namedFiles, latestScript, latestModule),
          ...(given && { [given.name]: given.content }),
        },
        ...(namedFiles.size > 0 && { pageFiles: [...namedFiles.keys()] }),
      }
    }
  }
}

/** The code node among the next few after `index` whose lines hold post line `line`. */
function fenceHolding(parent: Parent, index: number, line: number | undefined): Code | undefined {
  if (line === undefined) return undefined
  return parent.children
    .slice(index + 1, index + 5)
    .find(
      (node): node is Code =>
        node.type === 'code' &&
        (node.position?.start.line ?? Infinity) < line &&
        (node.position?.end.line ?? 0) > line,
    )
}

/** `{ [key]: value }` when there is a value, else nothing to spread. */
function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return value === undefined ? {} : ({ [key]: value } as { [P in K]?: V })
}

/** A heading over exercises for the reader: `Exercises: Level 1`, `练习`, `课后作业`. */
const exercisesHeading = /exercis|练习|习题|作业|homework|assignment/iu

/** Whether the nearest heading before a fence is an exercises heading, or the fence is in a lesson's exercise block. */
function isExercise(parent: Parent, index: number): boolean {
  const heading = parent.children.slice(0, index).findLast((node) => node.type === 'heading')
  return (
    (heading !== undefined && exercisesHeading.test(plainText(heading))) ||
    inExerciseBlock(parent, index)
  )
}

/**
 * Whether the only output a sample documents is an error named on a line's
 * value comment (`print(f(lst))  # TypeError: f() missing 4 arguments`),
 * which says the line raises it rather than prints it.
 */
function isErrorValue(
  documented: DocumentedOutput | undefined,
  code: string,
  line: number,
  runner: Runner,
): boolean {
  const [part, ...others] = documented?.kind === 'statements' ? (documented.parts ?? []) : []
  if (!part || others.length > 0 || !part.inline || part.lines.length !== 1) return false
  const error = documentedError(code, line, runner)
  return (
    error?.line === part.to &&
    error.name !== undefined &&
    (part.lines[0] ?? '').startsWith(`${error.name}:`)
  )
}

/**
 * Decide which samples run together, as a reader following the post in one
 * REPL would: a sample takes from the latest earlier sample of its language
 * that defines each name it uses, and from those that changed the name in
 * place after it, and a `continue` from the one before it.
 * A sample needed by one that runs runs too (its syntax is not enough), and
 * samples linked this way form one session, run in one process in document
 * order. Independent samples stay alone, so they run in parallel.
 */
function linkSessions(samples: Sample[], file: VFile): void {
  const definers = new Map<string, Map<string, Sample>>()
  // Per language family, the samples that changed each name since its latest definer.
  const changers = new Map<string, Map<string, Sample[]>>()
  const previous = new Map<string, Sample>()
  const byId = new Map(samples.map((sample) => [sample.id, sample]))
  for (const sample of samples) {
    // Note: shells are one family (an `sh` fence's function is used by the `$ ` transcript
    // of the `shell` fence under it); a session runs in the shell of its first sample.
    const family = isShellRunner(sample.runner)
      ? 'shell'
      : sample.runner.id === 'typescript'
        ? 'javascript'
        : sample.runner.id
    const defined = definers.get(family) ?? new Map<string, Sample>()
    definers.set(family, defined)
    const changed = changers.get(family) ?? new Map<string, Sample[]>()
    changers.set(family, changed)
    const before = previous.get(family)
    previous.set(family, sample)
    if (sample.annotations.continue) {
      if (before) sample.needs.push(before.id)
      else {
        reportWarning(
          file,
          '`continue` has no earlier sample of the same language to continue',
          { line: sample.line, column: 1 },
          ruleIds.verifyAnnotation,
        )
      }
    }
    if (sample.annotations.isolate || sample.mode === 'skip') continue
    if (defined.size > 0) sample.definedBefore = [...defined.keys()]
    const names = namesWithPrototypeMembers(sample.runner, namesSource(sample))
    if (sample.variants) {
      // Versions side by side run alone and give no names; one that takes names from an
      // earlier sample (names it does not define itself) cannot, so it runs as one program
      // after it, checked for its first error.
      const taken = [...names.uses].filter((name) => defined.has(name) && !names.defines.has(name))
      if (taken.length === 0) continue
      delete sample.variants
      if (!sample.expectedError) sample.mode = modeOf(sample.annotations, undefined)
    }
    // A sample saying a name is not defined is a program of its own, not one using it: nor does
    // it run after a sample defining that name for another it uses (`var a, b` above `a = 1`
    // and `console.log(b) // ReferenceError: b is not defined`).
    const fresh = [...names.uses].filter((name) => saysUndefined(sample.code, name))
    const contradicting = new Set(fresh.map((name) => defined.get(name)))
    for (const name of names.uses) {
      if (fresh.includes(name)) continue
      const definer = defined.get(name)
      if (definer && contradicting.has(definer)) continue
      if (definer && !definer.annotations.isolate && !sample.needs.includes(definer.id)) {
        sample.needs.push(definer.id)
      }
      if (definer) sample.takes = [...(sample.takes ?? []), name]
      for (const changer of changed.get(name) ?? []) {
        if (sample.needs.includes(changer.id)) continue
        sample.needs.push(changer.id)
        sample.changers = [...(sample.changers ?? []), changer.id]
      }
    }
    const partial = partialListing(
      sample,
      [...names.defines].map((name) => defined.get(name)).find((other) => other !== undefined),
    )
    if (partial) sample.partial = partial
    for (const name of names.defines) {
      defined.set(name, sample)
      changed.delete(name)
    }
    // A sample that changes a name an earlier one defined (`d['k'] = 1`, `items.append(4)`)
    // holds part of the name's state: a later sample using it replays it after the definer.
    for (const name of names.changes) {
      const definer = defined.get(name)
      if (!definer || definer === sample || definer.annotations.isolate) continue
      changed.set(name, [...(changed.get(name) ?? []), sample])
    }
  }

  // Samples that run need what they take from to run as well.
  const running = samples.filter((sample) => sample.mode === 'compare' || sample.mode === 'run')
  const needed = new Set<Sample>()
  const visitNeeds = (sample: Sample) => {
    for (const id of sample.needs) {
      const other = byId.get(id)
      if (other && !needed.has(other)) {
        needed.add(other)
        visitNeeds(other)
      }
    }
  }
  for (const sample of running) visitNeeds(sample)
  for (const sample of needed) if (sample.mode === 'parse') sample.mode = 'run'
  // Note: a sample taking from a skipped one cannot run without it, so it is skipped too.
  for (const sample of samples) {
    if (sample.needs.some((id) => byId.get(id)?.mode === 'skip')) sample.mode = 'skip'
  }

  // Sessions: samples that run, joined through what they need.
  const root = new Map<Sample, Sample>(samples.map((sample) => [sample, sample]))
  const find = (sample: Sample): Sample => {
    let current = sample
    while (root.get(current) !== current) current = root.get(current) ?? current
    return current
  }
  for (const sample of samples) {
    if (sample.mode !== 'compare' && sample.mode !== 'run') continue
    for (const id of sample.needs) {
      const other = byId.get(id)
      if (!other || (other.mode !== 'compare' && other.mode !== 'run')) continue
      const [a, b] = [find(sample), find(other)]
      if (a !== b) root.set(a.line > b.line ? a : b, a.line > b.line ? b : a)
    }
  }
  for (const sample of samples) sample.chain = find(sample).id
  markNamesShownLater(samples, namesSource)
  markRandomDraws(samples)
  markDatedNames(samples, namesSource)
}

/** The code of a sample whose names count: a `>>>` session's input lines without their prompts. */
function namesSource(sample: Sample): string {
  const session = sample.expected?.doctest
  return session === undefined ? sample.code : sessionInput(session)
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
  const meta = metaAnnotations(node.meta ?? '')
  const fromMeta = parseAnnotations(meta.words, fromComment.annotations)
  node.meta = meta.rest || null
  for (const problem of [...fromComment.problems, ...fromMeta.problems]) {
    reportError(file, `Annotation ${problem}`, node.position, ruleIds.verifyAnnotation)
  }
  for (const word of fromMeta.rest) {
    reportWarning(file, `Unknown annotation \`${word}\``, node.position, ruleIds.verifyAnnotation)
  }
  for (const word of commentText === undefined ? [] : fromComment.rest) {
    reportWarning(
      file,
      `Unknown annotation \`${word}\``,
      before?.position,
      ruleIds.verifyAnnotation,
    )
  }
  // The author marked the block for another doc-testing tool as one not to run.
  const skipped = before?.type === 'html' && skipMarkOfOtherTool(before.value)
  return skipped ? { ...fromMeta.annotations, skip: true } : fromMeta.annotations
}

/** The plain text of the paragraph right above the node at `index`, if one is. */
function leadInText(parent: Parent, index: number): string | undefined {
  const node = parent.children[index - 1]
  return node?.type === 'paragraph' ? plainText(node) : undefined
}
