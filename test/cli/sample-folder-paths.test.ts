import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { githubReport } from '../../src/cli/reporters/github.js'
import { jsonReport } from '../../src/cli/reporters/json.js'
import { junitReport } from '../../src/cli/reporters/junit.js'
import { prettyReport } from '../../src/cli/reporters/pretty.js'
import { withSampleFilesNamed } from '../../src/verify/run/temporary-folder.js'
import type { SampleResult } from '../../src/verify/verify-samples.js'
import { sampleOf } from '../verify/sample-of.js'

const folder = path.join(tmpdir(), 'postdeck-sample-Ab12Cd')

describe('paths of the temporary folder a sample ran in', () => {
  it('name the sample `<sample>` and its other files by their names', () => {
    expect(withSampleFilesNamed(`File "${folder}/sample.py", line 4, in <module>`)).toBe(
      'File "<sample>", line 4, in <module>',
    )
    expect(withSampleFilesNamed(`at f (${folder}/sample_2.py:3)`)).toBe('at f (<sample>:3)')
    expect(withSampleFilesNamed(`${folder}/.sample.bash: line 2: nosuch`)).toBe(
      '<sample>: line 2: nosuch',
    )
    expect(withSampleFilesNamed(`open('${folder}/data.txt')`)).toBe("open('data.txt')")
    expect(withSampleFilesNamed(`declare -x PWD="${folder}"`)).toBe(
      'declare -x PWD="<sample folder>"',
    )
  })

  it('reach no report of an error claim the run contradicts', () => {
    const sample = sampleOf('python', "prices = {}\nprices['tea']  # IndexError")
    const output = [
      'Traceback (most recent call last):',
      `  File "${folder}/sample.py", line 2, in <module>`,
      "    prices['tea']  # IndexError",
      "KeyError: 'tea'",
    ].join('\n')
    const result: SampleResult = {
      sample,
      status: 'failed',
      summary: `failed, but not with \`IndexError\` at line 3 as its comment says (${folder}/sample.py)`,
      ruleId: 'sample-exit',
      line: 3,
      run: {
        exitCode: 1,
        signal: null,
        output,
        timedOut: false,
        truncated: false,
        durationMs: 10,
        startError: undefined,
      },
      flaky: false,
      cached: false,
    }
    const reports = [
      prettyReport([result], { cwd: '.', timings: false }),
      jsonReport([result], '.'),
      junitReport([result], '.'),
      githubReport([result], '.'),
    ]
    for (const report of reports) {
      expect(report).not.toContain('postdeck-sample')
      expect(report).not.toContain(tmpdir())
      expect(report).toMatch(/<sample>|&lt;sample&gt;/)
    }
    expect(reports[0]).toContain('│   File "<sample>", line 2, in <module>')
  })
})
