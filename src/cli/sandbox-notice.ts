import { type SandboxMode, sandboxSupport } from '../verify/run/sandbox.js'
import { CliError, exitCodes } from './cli-error.js'

/**
 * The one warning to print when samples are to run and no sandbox can be
 * made, or `undefined`. With `required`, that is an error (exit 1) instead.
 */
export function sandboxNotice(mode: SandboxMode | undefined): string | undefined {
  if (mode === 'off') return undefined
  const support = sandboxSupport()
  if (support.available) return undefined
  if (mode === 'required') {
    throw new CliError(
      `No sandbox for code samples, and \`--sandbox=required\`: ${support.reason}`,
      exitCodes.contentError,
    )
  }
  return `Warning: code samples run without a sandbox (${support.reason}): they can read and change your files and use the network. Use \`--sandbox=required\` to make this an error.`
}
