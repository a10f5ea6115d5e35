/**
 * postdeck's command run from its compiled modules (`lib/cli/main.js`)
 * rather than the bundle, so that a CPU profile names the package each
 * function comes from. The bench's profile run uses it.
 */
import { main } from '../lib/cli/main.js'

process.exitCode = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  interactive: false,
  cwd: process.cwd(),
})
