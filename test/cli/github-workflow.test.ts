import { execFile } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { parseCommand } from '../../src/cli/parse-args.js'
import { postdeckVersion } from '../../src/version.js'

const repository = path.join(import.meta.dirname, '..', '..')
const workflowFile = path.join(repository, 'examples', 'github-workflow.yml')

interface Step {
  id?: string
  uses?: string
  run?: string
  with?: Record<string, unknown>
}
interface Job {
  needs?: string
  if?: string
  permissions?: Record<string, string>
  steps: Step[]
}
interface Workflow {
  env: Record<string, string>
  jobs: Record<string, Job>
}

const text = await readFile(workflowFile, 'utf8')
const workflow = parse(text) as Workflow
const steps = Object.values(workflow.jobs).flatMap((job) => job.steps)
const runLines = steps.flatMap((step) => (step.run ? step.run.split('\n').filter(Boolean) : []))

/** `${{ expression }}` of a workflow, written without a template literal's look. */
const expression = (text: string) => `$\{{ ${text} }}`

/** A line with the workflow's expressions filled in as a runner would. */
function expand(line: string): string {
  return line.replaceAll(expression('matrix.shard'), '1')
}

describe('the GitHub workflow of the README', () => {
  it('is the one the README shows', async () => {
    const readme = await readFile(path.join(repository, 'README.md'), 'utf8')
    expect(readme).toContain(text.trim())
  })

  it('runs postdeck commands and options that exist', () => {
    const postdeckLines = runLines.filter((line) => line.startsWith('npx postdeck '))
    expect(postdeckLines.length).toBeGreaterThanOrEqual(2)
    for (const line of postdeckLines) {
      const argv = expand(line).split(/\s+/).slice(2)
      expect(() => parseCommand(argv), line).not.toThrow()
    }
    expect(
      parseCommand(
        expand(postdeckLines[0] ?? '')
          .split(/\s+/)
          .slice(2),
      ),
    ).toMatchObject({
      name: 'verify',
      shard: { index: 1, count: 3 },
      reporters: [
        { name: 'github', file: undefined },
        { name: 'junit', file: 'reports/verify-1.xml' },
      ],
    })
    for (const line of runLines) expect(line, line).toMatch(/^(npm ci|npx |echo )/)
  })

  it('reads postdeck’s version as its step does', async () => {
    const step = steps.find((candidate) => candidate.id === 'postdeck')
    const command = /\$\((node -p .*)\)"/.exec(step?.run ?? '')?.[1] ?? ''
    const script = /node -p "(.*)"$/.exec(command)?.[1] ?? ''
    const { stdout } = await promisify(execFile)(process.execPath, ['-p', script], {
      cwd: repository,
    })
    expect(stdout.trim()).toBe(postdeckVersion)
  })

  it('keeps the sample cache outside node_modules, keyed on the posts and postdeck’s version', () => {
    expect(workflow.env.POSTDECK_CACHE_DIR).toBe('.cache/postdeck')
    const cache = workflow.jobs.verify?.steps.find((step) =>
      step.uses?.startsWith('actions/cache@'),
    )
    expect(cache?.with?.path).toBe(workflow.env.POSTDECK_CACHE_DIR)
    expect(cache?.with?.key).toContain(expression('steps.postdeck.outputs.version'))
    expect(cache?.with?.key).toContain("hashFiles('content/**')")
  })

  it('keeps the merged report, and builds and deploys the site in jobs of their own', () => {
    const report = workflow.jobs.report?.steps ?? []
    expect(report.some((step) => step.run?.includes('jrm reports/verify.xml'))).toBe(true)
    expect(
      report.some(
        (step) =>
          step.uses?.startsWith('actions/upload-artifact@') &&
          step.with?.path === 'reports/verify.xml',
      ),
    ).toBe(true)
    const build = workflow.jobs.build
    expect(build?.needs).toBe('verify')
    expect(
      build?.steps.some((step) => step.uses?.startsWith('actions/upload-pages-artifact@')),
    ).toBe(true)
    const deploy = workflow.jobs.deploy
    expect(deploy?.needs).toBe('build')
    expect(deploy?.permissions).toEqual({ pages: 'write', 'id-token': 'write' })
    expect(deploy?.steps.some((step) => step.uses?.startsWith('actions/deploy-pages@'))).toBe(true)
    for (const step of steps) if (step.uses) expect(step.uses).toMatch(/^actions\/[\w-]+@v\d+$/)
  })
})
