import { PathError } from '../content/find-posts.js'
import { ConfigError } from '../content/site-config.js'
import { ServeError } from '../dev/serve-site.js'
import { PdfError } from '../pdf/print-decks.js'
import { DiskError, OutputError } from '../write/write-output.js'

/** Exit codes of the `postdeck` command. */
export const exitCodes = { ok: 0, contentError: 1, usageError: 2, interrupted: 130 } as const

/**
 * An error the CLI reports in one line and turns into an exit code; the
 * original error, if any, rides along as `cause`.
 */
export class CliError extends Error {
  override name = 'CliError'
  constructor(
    message: string,
    readonly exitCode: number,
    options?: { cause?: unknown },
  ) {
    super(message, options)
  }
}

/**
 * Rethrow an error that bad usage causes (a missing path, a folder or port
 * not to be had) as a `CliError` exiting 2, and a disk that refused to write
 * (read-only, full) as one exiting 1, with its error code and path.
 */
export function asUsageError(error: unknown): never {
  if (error instanceof DiskError) {
    throw new CliError(error.message, exitCodes.contentError, { cause: error })
  }
  if (
    error instanceof PathError ||
    error instanceof OutputError ||
    error instanceof PdfError ||
    error instanceof ConfigError ||
    error instanceof ServeError
  ) {
    throw new CliError(error.message, exitCodes.usageError, { cause: error })
  }
  throw error
}
