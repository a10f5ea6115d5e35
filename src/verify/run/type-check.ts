import { readFileSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'
import { runProcess } from './run-process.js'
import { inTemporaryFolder } from './temporary-folder.js'

/** The seconds the type checker may take over one sample. */
const timeoutSeconds = 60

/**
 * The TypeScript compiler's script, when the `typescript` package is
 * installed where postdeck runs; `undefined` otherwise.
 */
function compilerScript(): string | undefined {
  try {
    const manifest = createRequire(import.meta.url).resolve('typescript/package.json')
    const { bin } = JSON.parse(readFileSync(manifest, 'utf8')) as { bin?: { tsc?: string } }
    return bin?.tsc === undefined ? undefined : path.join(path.dirname(manifest), bin.tsc)
  } catch {
    return undefined
  }
}

/**
 * The lines (1-based) of a TypeScript sample the type checker reports an
 * error at, checked as a module of its own with `--strict` (the checks a
 * tutorial's errors may need), in a process of its own: the code is read, never
 * run (run-process.ts runs the checker, as it runs every process). `undefined` when no TypeScript compiler is installed or it could not
 * check the sample.
 */
export async function typeErrorLines(code: string): Promise<number[] | undefined> {
  const script = compilerScript()
  if (script === undefined) return undefined
  return inTemporaryFolder(async (folder) => {
    const file = path.join(folder, 'sample.ts')
    // A module of its own, as each sample is: no clash with the page's global names.
    await writeFile(file, `${code}\nexport {}\n`)
    const args = [
      script,
      '--noEmit',
      '--strict',
      '--pretty',
      'false',
      '--target',
      'es2022',
      '--lib',
      'es2022,dom',
      '--types',
      '',
      'sample.ts',
    ]
    const run = await runProcess(
      { command: process.execPath, args },
      { cwd: folder, timeoutMs: timeoutSeconds * 1000, outputCap: 1024 * 1024, stdoutOnly: true },
    )
    // tsc exits with 1 or 2 when it reports errors; a kill, a timeout or a crash says nothing.
    const output =
      run.exitCode !== null && run.exitCode <= 2 && !run.timedOut && !run.truncated
        ? run.output
        : undefined
    if (output === undefined) return undefined
    const lines = [...output.matchAll(/^sample\.ts\((\d+),\d+\): error TS\d+/gmu)].map((match) =>
      Number(match[1]),
    )
    return [...new Set(lines)]
  })
}
