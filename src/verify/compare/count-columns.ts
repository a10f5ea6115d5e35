/** A count right-aligned in a column of its own width, then the rest of the line: `   3 apple`. */
const paddedCount = /^[ \t]+(?=\d+[ \t]+\S)/
/** Counts side by side at the start of a line, as `wc` prints lines, words and bytes: `1       8      41 f.txt`. */
const countRun = /^\d+(?:[ \t]+\d+)+(?=[ \t]+\S|$)/

/**
 * A line of a shell tool's counts without the spaces that right-align them:
 * `uniq -c`, `wc` and the like pad a count to a width of their own, and the
 * width differs between systems (BSD `uniq -c` pads to 4 columns, GNU's to 7;
 * GNU `wc` on one file not at all), so `   3 apple` in a post run on a Mac is
 * `      3 apple` on Linux. Only spaces before a count that starts the line
 * go, and those between counts side by side there (`wc`'s lines, words and
 * bytes, each padded to a column: `1       8      41 f.txt` on a Mac, `1  8 41
 * f.txt` on Linux) shrink to one; every other space stays exact.
 */
export function withoutCountPadding(line: string): string {
  return line
    .replace(paddedCount, '')
    .replace(countRun, (counts) => counts.split(/[ \t]+/).join(' '))
}
