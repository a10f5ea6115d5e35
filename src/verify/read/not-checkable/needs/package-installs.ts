import { isShellRunner } from '../../../runner-id.js'
import type { Sample } from '../../remark-extract-samples.js'

/**
 * A command installing packages from a registry: `npm install -g json`,
 * `npm i lodash`, `yarn add`, `pnpm add`, `pip install requests`,
 * `gem install`, `cargo install`, `apt-get install`, `brew install`.
 */
const installCommand =
  /(?:^|[\s;&|(`]|\$ )((?:sudo\s+)?(?:npm\s+(?:install|i|add)|yarn\s+(?:global\s+)?add|pnpm\s+(?:install|i|add)|pip3?\s+install|python3?\s+-m\s+pip\s+install|gem\s+install|cargo\s+install|apt(?:-get)?\s+install|brew\s+install)\b[^\n;&|]*)/u

/**
 * A command making a virtual environment, which installs pip or a whole
 * interpreter into it: `python3 -m venv env`, `virtualenv env`, `uv venv`,
 * `conda create -n env`.
 */
const environmentCommand =
  /(?:^|[\s;&|(`]|\$ )((?:python3?(?:\.\d+)?\s+-m\s+(?:venv|virtualenv)|virtualenv|uv\s+venv|(?:conda|mamba)\s+create)\b[^\n;&|]*)/u

/**
 * Why a shell sample stopped by the timeout could not end here: it installs
 * packages from a registry (the install waits on a network samples run
 * without), or makes a virtual environment (which copies pip or an
 * interpreter into it, longer than a sample may take). A note naming the
 * command and its line; `undefined` for a sample of another language, or one
 * that does neither.
 */
export function packageInstallAt(sample: Sample): string | undefined {
  if (!isShellRunner(sample.runner)) return undefined
  const lines = sample.code.split('\n')
  for (const [index, line] of lines.entries()) {
    if (/^\s*#/.test(line)) continue
    const at = sample.line + 1 + index
    const command = installCommand.exec(line)?.[1]
    if (command !== undefined) {
      return `it installs packages (\`${command.trim()}\` at line ${at}), which needs the network, and was stopped by the timeout`
    }
    const environment = environmentCommand.exec(line)?.[1]
    if (environment !== undefined) {
      return `it makes a virtual environment (\`${environment.trim()}\` at line ${at}), which installs into it, and was stopped by the timeout`
    }
  }
  return undefined
}
