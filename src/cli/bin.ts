#!/usr/bin/env node
import { colorByDefault } from './colors.js'
import { main } from './main.js'

// Note: the first Ctrl-C aborts the build, which removes its staging folder
// and leaves the output as it was; a second one exits at once.
const controller = new AbortController()
const interrupt = () => {
  if (controller.signal.aborted) process.exit(130)
  controller.abort()
}
process.on('SIGINT', interrupt)
process.on('SIGTERM', interrupt)

process.exitCode = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  interactive: process.stderr.isTTY === true,
  color: colorByDefault,
  env: process.env,
  cwd: process.cwd(),
  signal: controller.signal,
})
process.removeListener('SIGINT', interrupt)
process.removeListener('SIGTERM', interrupt)
