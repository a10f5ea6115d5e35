import { createHash } from 'node:crypto'

/** The digest of a file's bytes: a build knows by it whether the file changed. */
export function contentDigest(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}
