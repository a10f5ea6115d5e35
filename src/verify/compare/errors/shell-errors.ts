/**
 * Where bash names itself before its own error, as a reader's terminal shows
 * it: `-bash: ` (a login shell), `bash: `, `bash: line 3: ` (a command given
 * with `-c`).
 */
const interactivePrefix = /^-?bash(?:: line \d+)?: /
/** Where bash names a script it runs before an error, after the sample path was masked: `<sample>: line 4: `. */
const scriptPrefix = /^<sample>: line \d+: /

/**
 * A normalising step for outputs that show bash's errors as a terminal
 * prints them (`-bash: echo1: command not found`), while the sample ran as a
 * script (`<sample>: line 6: echo1: command not found`) or as a transcript's
 * commands typed in a shell (`-bash: ` or `bash: `): all these prefixes read
 * `bash: `, so the error itself is compared. `undefined` when the documented
 * output shows no such error, so a script's own line numbers stay exact.
 */
export function shellErrorPrefixes(
  documented: readonly string[],
): ((line: string, side: 'expected' | 'actual') => string) | undefined {
  if (!documented.some((line) => interactivePrefix.test(line))) return undefined
  // A transcript runs its commands as typed: bash may name itself as a terminal does there too.
  return (line, side) =>
    side === 'expected'
      ? line.replace(interactivePrefix, 'bash: ')
      : line.replace(scriptPrefix, 'bash: ').replace(interactivePrefix, 'bash: ')
}
