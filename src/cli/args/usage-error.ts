import { CliError, exitCodes } from '../cli-error.js'

/** A usage error: one line, exit code 2. */
export function usageError(reason: string, cause?: unknown): CliError {
  return new CliError(reason, exitCodes.usageError, { cause })
}
