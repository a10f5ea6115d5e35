import type { parseArgs } from 'node:util'

/** One command-line option: what `parseArgs` reads, and how the help shows it. */
export interface OptionSpec {
  type: 'string' | 'boolean'
  /** Name of its value in the help. */
  value?: string
  /** How it shows in the help when not `--name` (a negated boolean). */
  flag?: string
  short?: string
  multiple?: boolean
  help: string
}

/** Options by name (without the leading `--`). */
export type OptionTable = Readonly<Record<string, OptionSpec>>

/** What `parseArgs` read of the options, by name. */
export type OptionValues = ReturnType<typeof parseArgs>['values']

/** An option's value when given as text; `undefined` when absent. */
export function textValue(values: OptionValues, option: string): string | undefined {
  const value = values[option]
  return typeof value === 'string' ? value : undefined
}

/** An option's value when given as a flag (`--x` or `--no-x`); `undefined` when absent. */
export function flagValue(values: OptionValues, option: string): boolean | undefined {
  const value = values[option]
  return typeof value === 'boolean' ? value : undefined
}
