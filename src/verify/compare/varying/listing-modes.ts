/**
 * Whether two spans of `ls -l` lines, from the group's permission bits to the date
 * (`rw-r--  1 ann staff 11 Dec 28 13:39`), can be one file's on two machines: the
 * group's and others' bits alike but for the write bits, which the umask sets
 * (`002` where each user has a group of their own, `022` elsewhere), and the
 * same link count; the owner, group, size and date are the machine's.
 */
export function sameFileButUmask(want: string, got: string): boolean {
  const [a, b] = [modeAndLinks.exec(want), modeAndLinks.exec(got)]
  if (!a || !b) return false
  const masked = (bits: string) => `${bits[0]}-${bits.slice(2, 4)}-${bits.slice(5)}`
  return masked(a[1] ?? '') === masked(b[1] ?? '') && a[2] === b[2]
}

/** The group's and others' bits, then the link count. */
const modeAndLinks = /^([rwxsStT-]{6})[.+@]?\s+(\d+)\s/
