import type { MachineReads } from '../../read/varying/machine-reads.js'

/** A kind of value that a program prints differently from one run, or one machine, to the next. */
export type VaryingKind =
  | 'date'
  | 'time'
  | 'timestamp'
  | 'duration'
  | 'benchmark ratio'
  | 'random number'
  | 'uuid'
  | 'hex digest'
  | 'object id'
  | 'hash value'
  | 'hash order'
  | 'temporary name'
  | 'file listing'
  | 'machine path'
  | 'user and host'
  | 'process id'
  | 'file descriptor'
  | 'clock reading'
  | 'tool version'
  | 'locale format'
  | 'time zone'
  | 'shell flags'
  | 'user name'
  | 'host name'
  | 'script name'
  | 'object size'
  | 'thread order'
  | 'path separator'

/** What a comparison knows of the run. */
export interface VaryingSettings {
  /** When the real output was printed, to within a few minutes. */
  now: Date
  /** Whether set and dict literals print in hash order (Python), not in insertion order (JavaScript). */
  hashOrders: boolean
  /**
   * Whether the code builds sets of strings (`buildsStringSets`), so the strings of a list or
   * tuple made from one (`['click', 'httpx']`) may come in another order too.
   */
  stringSetOrders?: boolean | undefined
  /** The folder the sample ran in, its `HOME`: where the author's home folder is, for it. */
  home?: string | undefined
  /**
   * Whether the code reads the clock (`date.today()`, `datetime.now()`): a line differing from
   * the documented one only in its numbers (`19487` days since a birthday) varies with the day.
   */
  clockNumbers?: boolean | undefined
  /**
   * Whether the code never waits on purpose (read/code/planned-sleeps.ts): a documented timing
   * as round as a sleep's (`0.3127 seconds`) is then the author's machine too, not what it does.
   */
  waitsNever?: boolean | undefined
  /**
   * Whether the program draws at random, unseeded (random-programs.ts): a line differing from the
   * documented one only in its numbers, or in the order of its items once numbers are set aside
   * (a list sorted by the numbers drawn), varies with the draw.
   */
  randomNumbers?: boolean | undefined
  /**
   * The machine values the program prints (read/machine-reads.ts): a line differing from the
   * documented one only in such a value (a process id, a moment in another time zone) varies.
   */
  machineReads?: MachineReads | undefined
}

/** What a recogniser knows when it judges two values. */
export interface Context extends Pick<VaryingSettings, 'now' | 'home' | 'waitsNever'> {
  /** The real line. */
  line: string
}

/** A recogniser of one kind of varying value in a line. */
export interface Recogniser {
  kind: VaryingKind
  /** Where values of this kind are in the line, as `[start, end)` ranges. */
  find: (line: string) => Array<[number, number]>
  /** Whether a documented and a real value, never equal, can be two runs' prints of this kind. */
  agree: (want: string, got: string, context: Context) => boolean
}

/** Where `pattern` (global) matches in `line`, as `[start, end)` ranges. */
export function ranges(line: string, pattern: RegExp): Array<[number, number]> {
  return [...line.matchAll(pattern)].map((match) => [match.index, match.index + match[0].length])
}
