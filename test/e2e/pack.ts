import { execFile } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import type { TestProject } from 'vitest/node'

const run = promisify(execFile)
const repository = path.join(import.meta.dirname, '..', '..')

declare module 'vitest' {
  interface ProvidedContext {
    /** postdeck packed as npm publishes it (`npm pack`, which compiles it first). */
    postdeckTarball: string
  }
}

/** Pack postdeck once for the tests that install it the way a blog would. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const folder = await mkdtemp(path.join(tmpdir(), 'postdeck-pack-'))
  const { stdout } = await run('npm', ['pack', '--pack-destination', folder, '--silent'], {
    cwd: repository,
    maxBuffer: 16 * 1024 * 1024,
  })
  const name = stdout.trim().split('\n').at(-1) ?? ''
  project.provide('postdeckTarball', path.join(folder, name))
  return () => rm(folder, { recursive: true, force: true })
}

/** Run `command` in `cwd`; the exit code and both outputs, whatever the outcome. */
export async function runIn(
  cwd: string,
  command: string,
  args: readonly string[],
  timeout = 300_000,
): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run(command, args, {
      cwd,
      timeout,
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    })
    return { code: 0, output: `${stdout}${stderr}` }
  } catch (error) {
    const failed = error as { code?: unknown; stdout?: string; stderr?: string }
    const code = typeof failed.code === 'number' ? failed.code : 1
    return { code, output: `${failed.stdout ?? ''}${failed.stderr ?? ''}` }
  }
}

/** Install `packages` into the npm project at `cwd`, from the registry (and npm's cache). */
export async function npmInstall(cwd: string, packages: readonly string[]): Promise<void> {
  const { code, output } = await runIn(cwd, 'npm', [
    'install',
    '--no-audit',
    '--no-fund',
    '--loglevel=error',
    ...packages,
  ])
  if (code !== 0) throw new Error(`npm install ${packages.join(' ')} failed:\n${output}`)
}
