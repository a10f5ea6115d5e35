/**
 * A line of a long listing (`ls -l`, `ls -il`, `ls -al`): an inode number
 * perhaps, a file's mode (written with spaces between its letters too, `-rwx
 * - - - - - -`), its link count, then its owner and group.
 */
const longListing =
  /^\s*(?:\d+\s+)?[-dlcbps](?:[rwxsStT-]\s?){9}[.+@]?\s+\d+\s+([\p{L}\p{N}_.-]+)\s+([\p{L}\p{N}_.-]+)\s+\d/gmu

/**
 * The owner of the files a documented long listing shows, when the run
 * lists none of that name: `-rw-rw-r-- 1 rich shared 0 Sep 20 23:13
 * testfile` is a file of the author's machine, made by the author's user,
 * with the author's sizes and dates, which no reader's run shows. `undefined`
 * when the listing names no owner, or one the run shows too (`root`), or the
 * run printed nothing to tell whose files it lists.
 */
export function authorListingOwner(documented: string, output: string): string | undefined {
  // A run that printed nothing says nothing of whose files are listed.
  if (!output.trim()) return undefined
  for (const match of documented.matchAll(longListing)) {
    const owner = match[1] ?? ''
    if (/^\d+$/.test(owner)) continue
    if (
      !new RegExp(
        `(?<![\\p{L}\\p{N}_.-])${owner.replace(/[.]/g, '\\.')}(?![\\p{L}\\p{N}_.-])`,
        'u',
      ).test(output)
    )
      return owner
  }
  return undefined
}
