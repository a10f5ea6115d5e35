import { type Recogniser, ranges } from './recogniser.js'

/**
 * Identifiers a program makes up afresh on each run: UUIDs, hex digests,
 * object ids (addresses) and salted string hashes.
 */

const sameCase = (want: string, got: string) =>
  (want === want.toLowerCase()) === (got === got.toLowerCase())

/** A UUID, of the same version and case on both sides. */
export const uuid: Recogniser = {
  kind: 'uuid',
  find: (line) =>
    ranges(
      line,
      /(?<![\w-])[\da-f]{8}-[\da-f]{4}-[1-8][\da-f]{3}-[89ab][\da-f]{3}-[\da-f]{12}(?![\w-])/gi,
    ),
  // Same case and version: uuid1() against uuid4() is a different program.
  agree: (want, got) => sameCase(want, got) && want[14]?.toLowerCase() === got[14]?.toLowerCase(),
}

/** A hex digest: 16 hex digits or more, both digits and letters, of the same length and case. */
export const hexDigest: Recogniser = {
  kind: 'hex digest',
  find: (line) => ranges(line, /(?<![\w-])(?:[\da-f]{16,}|[\dA-F]{16,})(?![\w-])/g),
  agree: (want, got) =>
    want.length === got.length &&
    sameCase(want, got) &&
    [want, got].every((text) => /\d/.test(text) && /[a-f]/i.test(text)),
}

const wholeNumber = /(?<![\w.-])\d{9,}(?![\w.])/g

/**
 * What `id()` prints on CPython: an object's address, a multiple of 8 below
 * 2^48. Two runs place objects pages apart, so a near miss stays a failure;
 * ten digits from 1 are seconds since 1970, left to `timestamp`.
 */
export const objectId: Recogniser = {
  kind: 'object id',
  find: (line) => ranges(line, wholeNumber),
  agree: (want, got) => {
    const [a, b] = [BigInt(want), BigInt(got)]
    if ([want, got].some((text) => /^1\d{9}$/.test(text))) return false
    const isAddress = (value: bigint) =>
      value % 8n === 0n && value >= 2n ** 20n && value < 2n ** 48n
    const apart = a > b ? a - b : b - a
    return isAddress(a) && isAddress(b) && apart >= 4096n
  },
}

/** What `hash()` of a string prints: salted per run, on lines that say it is a hash. */
export const hashValue: Recogniser = {
  kind: 'hash value',
  find: (line) => (/hash/i.test(line) ? ranges(line, /(?<![\w.])-?\d{9,}(?![\w.])/g) : []),
  agree: (want, got) => /^-?\d+$/.test(want) && /^-?\d+$/.test(got),
}
