import { type Recogniser, ranges } from './recogniser.js'

/**
 * The path of a process substitution, `<(cmd)` or `>(cmd)`: `/dev/fd/63`.
 * The number is whichever descriptor the shell has free, which differs from
 * one shell, version and run to the next (bash takes 63 and down, zsh 11 and
 * up); the rest of the line stays compared exactly.
 */
export const fileDescriptorPath: Recogniser = {
  kind: 'file descriptor',
  find: (line) => ranges(line, /(?<=\/dev\/fd\/)\d+\b|(?<=\/proc\/self\/fd\/)\d+\b/g),
  agree: (want, got) => /^\d+$/.test(want) && /^\d+$/.test(got),
}
