import { nearestName } from '../../nearest-name.js'
import type { Shard } from '../../verify/verify-posts.js'
import { flagValue, type OptionTable, type OptionValues, textValue } from './option-spec.js'
import type { PostsCommand } from './shared-options.js'
import { usageError } from './usage-error.js'

/** Formats `postdeck verify` reports in. */
export const reporters = ['pretty', 'json', 'junit', 'github'] as const

/** A report format. */
export type ReporterName = (typeof reporters)[number]

/** A report to make: its format, and the file to write it to (standard output when absent). */
export interface ReporterChoice {
  name: ReporterName
  file: string | undefined
}

/** `postdeck verify`: run the code samples and report. */
export interface VerifyCommand extends PostsCommand {
  name: 'verify'
  /** The reports to make, each to standard output or its own file. */
  reporters: ReporterChoice[]
  explain: boolean
  shard: Shard | undefined
  /** Write the real outputs into the posts (`--update`). */
  update: boolean
}

/** The options of `postdeck verify` alone, in the order of the help. */
export const verifyOptions = {
  reporter: {
    type: 'string',
    value: 'NAME[:FILE]',
    multiple: true,
    help: 'pretty (default), json, junit or github, to FILE if given; repeat for several reports',
  },
  output: {
    type: 'string',
    value: 'FILE',
    help: 'write the report (of the one --reporter without a FILE) to FILE',
  },
  explain: { type: 'boolean', help: 'show what each sample was paired with, and why' },
  shard: {
    type: 'string',
    value: 'I/N',
    help: 'verify part I of N (for CI jobs side by side)',
  },
  update: {
    type: 'boolean',
    help: 'write the real outputs into the posts where they differ, and print the diff applied instead of a report',
  },
} as const satisfies OptionTable

/** `postdeck verify` with the shared options `common`. */
export function readVerifyCommand(common: PostsCommand, values: OptionValues): VerifyCommand {
  const reporterValues = values.reporter
  const shard = textValue(values, 'shard')
  return {
    ...common,
    name: 'verify',
    reporters: reporterChoices(
      (Array.isArray(reporterValues) ? reporterValues : []).filter(
        (value) => typeof value === 'string',
      ),
      textValue(values, 'output'),
    ),
    explain: flagValue(values, 'explain') ?? false,
    update: flagValue(values, 'update') ?? false,
    shard: shard === undefined ? undefined : parseShard(shard),
  }
}

function reporterChoices(values: readonly string[], output: string | undefined): ReporterChoice[] {
  const choices = (values.length > 0 ? values : ['pretty']).map((value): ReporterChoice => {
    const colon = value.indexOf(':')
    const name = colon === -1 ? value : value.slice(0, colon)
    const file = colon === -1 ? undefined : value.slice(colon + 1)
    if (!isReporter(name)) {
      const nearest = nearestName(name, reporters)
      throw usageError(
        `Unknown reporter \`${name}\`${nearest ? ` (did you mean \`${nearest}\`?)` : ''}: use ${reporters.join(', ')}`,
      )
    }
    if (file === '') throw usageError(`\`--reporter ${value}\` names no file after the colon`)
    return { name, file }
  })
  const toStdout = choices.filter((choice) => choice.file === undefined)
  if (output !== undefined) {
    const [only, ...others] = toStdout
    if (!only || others.length > 0) {
      throw usageError('`--output` needs exactly one `--reporter` without a file of its own')
    }
    only.file = output
  } else if (toStdout.length > 1) {
    throw usageError(
      `Only one report can go to standard output; give the others a file, as in \`--reporter ${toStdout[1]?.name}:reports/verify.${toStdout[1]?.name === 'junit' ? 'xml' : 'txt'}\``,
    )
  }
  return choices
}

function isReporter(name: string): name is ReporterName {
  return (reporters as readonly string[]).includes(name)
}

function parseShard(text: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(text)
  const index = Number(match?.[1])
  const count = Number(match?.[2])
  if (!match || count < 1 || index < 1 || index > count) {
    throw usageError(`\`--shard ${text}\` must be I/N with 1 ≤ I ≤ N, such as 1/3`)
  }
  return { index, count }
}
