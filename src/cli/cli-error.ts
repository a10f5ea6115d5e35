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
