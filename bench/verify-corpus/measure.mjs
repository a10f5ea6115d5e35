#!/usr/bin/env node
// Measure `postdeck verify` on the real-post corpus against the hand-judged truth table.
//
//   node measure.mjs <path/to/postdeck/lib/cli/bin.js> <posts folder> [--truth truth.tsv] [--out DIR] [--label NAME] [--jobs N]
//
// Runs `verify --reporter json --no-cache` once per post (so a content error stops only that post),
// joins every reported sample with truth.tsv on (post, fence line), and prints and writes:
//   DIR/<label>-summary.md   the summary table
//   DIR/<label>-samples.csv  one row per sample (reported or judged)
//   DIR/<label>-reports/     the raw JSON reports and stderr of each post
// Defaults: truth = truth.tsv beside this script, out = this script's folder, label = "run".
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const here = path.dirname(fileURLToPath(import.meta.url))
const args = process.argv.slice(2)
const option = (name, fallback) => {
  const i = args.indexOf(name)
  if (i === -1) return fallback
  const value = args[i + 1]
  args.splice(i, 2)
  return value
}
const truthPath = path.resolve(option('--truth', path.join(here, 'truth.tsv')))
const outDir = path.resolve(option('--out', here))
const label = option('--label', 'run')
const jobs = Number(option('--jobs', '2'))
const reuse = args.includes('--reuse')
if (reuse) args.splice(args.indexOf('--reuse'), 1)
const [binArg, postsArg] = args
if (!binArg || !postsArg) {
  console.error(
    'usage: node measure.mjs <bin.js> <posts folder> [--truth F] [--out DIR] [--label NAME] [--jobs N]',
  )
  process.exit(2)
}
const bin = path.resolve(binArg)
const postsDir = path.resolve(postsArg)
const reportsDir = path.join(outDir, `${label}-reports`)
mkdirSync(reportsDir, { recursive: true })

/** Every .md post under the folder (not images or other files). */
function findPosts(dir) {
  const out = []
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name)
    if (entry.isDirectory()) out.push(...findPosts(p))
    else if (entry.name.endsWith('.md')) out.push(p)
  }
  return out.sort()
}

function runPost(abs) {
  const rel = path.relative(postsDir, abs)
  const safe = rel.replace(/[\\/]/g, '__')
  const jsonPath = path.join(reportsDir, `${safe}.json`)
  if (reuse) {
    const text = existsSync(jsonPath) ? readFileSync(jsonPath, 'utf8') : ''
    const errPath = path.join(reportsDir, `${safe}.stderr.txt`)
    const stderr = existsSync(errPath) ? readFileSync(errPath, 'utf8').trim() : ''
    return Promise.resolve({
      rel,
      code: undefined,
      stderr,
      report: text.trim() ? JSON.parse(text) : undefined,
      ms: 0,
    })
  }
  return new Promise((resolve) => {
    const started = Date.now()
    const child = spawn(
      process.execPath,
      [bin, 'verify', rel, '--reporter', 'json', '--output', jsonPath, '--no-cache'],
      {
        cwd: postsDir,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    )
    let stderr = ''
    let stdout = ''
    child.stdout.on('data', (d) => (stdout += d))
    child.stderr.on('data', (d) => (stderr += d))
    if (existsSync(jsonPath)) writeFileSync(jsonPath, '')
    child.on('close', (code) => {
      writeFileSync(path.join(reportsDir, `${safe}.stderr.txt`), stderr + stdout)
      let report
      try {
        const text = readFileSync(jsonPath, 'utf8')
        report = text.trim() ? JSON.parse(text) : undefined
      } catch {
        report = undefined
      }
      resolve({ rel, code, stderr: stderr.trim(), report, ms: Date.now() - started })
    })
  })
}

async function runAll(posts) {
  const results = new Array(posts.length)
  let next = 0
  const worker = async () => {
    while (next < posts.length) {
      const i = next++
      results[i] = await runPost(posts[i])
      process.stderr.write('.')
    }
  }
  await Promise.all(Array.from({ length: jobs }, worker))
  process.stderr.write('\n')
  return results
}

function readTruth() {
  if (!existsSync(truthPath)) return []
  const lines = readFileSync(truthPath, 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
  const header = lines.shift().split('\t')
  return lines.map((line) => {
    const cells = line.split('\t')
    return Object.fromEntries(header.map((h, i) => [h, (cells[i] ?? '').trim()]))
  })
}

const posts = findPosts(postsDir)
const results = await runAll(posts)
const truth = readTruth()
const truthByKey = new Map(truth.map((t) => [`${t.post}:${t.line}`, t]))

const rows = []
const runErrors = []
const contentErrorsByPost = []
const seen = new Set()
for (const r of results) {
  const samples = r.report?.samples ?? []
  // Content errors print as `post.md:LINE:COL: error message (rule-id)`.
  const contentErrors = r.stderr.split('\n').filter((l) => /:\d+:\d+: error /.test(l))
  if (contentErrors.length) contentErrorsByPost.push({ post: r.rel, errors: contentErrors })
  if (!r.report || (samples.length === 0 && contentErrors.length > 0)) {
    runErrors.push({
      post: r.rel,
      code: r.code,
      errors: contentErrors.length ? contentErrors : [r.stderr.split('\n')[0] ?? ''],
    })
  }
  for (const s of samples) {
    const key = `${r.rel}:${s.line}`
    seen.add(key)
    const t = truthByKey.get(key)
    rows.push({
      post: r.rel,
      line: s.line,
      language: s.language,
      mode: s.mode,
      status: s.status,
      summary: s.summary ?? '',
      failureLine: s.failureLine ?? '',
      truthRow: t,
    })
  }
}
// Judged samples the run did not report (not recognised as a sample, or lost to a run error).
for (const t of truth) {
  const key = `${t.post}:${t.line}`
  if (!seen.has(key))
    rows.push({
      post: t.post,
      line: Number(t.line),
      language: t.language,
      mode: 'not-reported',
      status: 'not-reported',
      summary: '',
      failureLine: '',
      truthRow: t,
    })
}
rows.sort((a, b) => (a.post < b.post ? -1 : a.post > b.post ? 1 : a.line - b.line))

// Statuses that count as a failure in any build: "failed"; notes such as "varies" or "not checkable" never do.
const isFailure = (row) => row.status === 'failed'
const isCompared = (row) => row.mode === 'compare' || /compare|transcript|doctest/.test(row.mode)
const reported = rows.filter((r) => r.mode !== 'not-reported')
const failures = reported.filter(isFailure)
const judged = (r) => r.truthRow !== undefined
const trueFailures = failures.filter((r) => r.truthRow?.truth === 'real-failure')
// A true failure is reported at its line when the report's failure line is the judged one (or the fence line when none was judged).
const atLine = (r) => !r.truthRow?.fail_line || String(r.failureLine) === r.truthRow.fail_line
const trueAtLine = trueFailures.filter(atLine)
const falseFailures = failures.filter((r) => judged(r) && r.truthRow.truth !== 'real-failure')
const unjudgedFailures = failures.filter((r) => !judged(r))
const realInTruth = truth.filter((t) => t.truth === 'real-failure')
const missed = rows.filter((r) => r.truthRow?.truth === 'real-failure' && !isFailure(r))
// Documented outputs that can be checked: on samples that run here (not pseudo-code, not needing input/network/browser).
const checkable = (r) => ['ok', 'real-failure', 'needs-state', 'varies'].includes(r.truthRow.truth)
const documentedAll = rows.filter(
  (r) => r.truthRow?.documented_output && r.truthRow.documented_output !== 'none',
)
const documented = documentedAll.filter(checkable)
const documentedCompared = documented.filter(isCompared)
const postsWithFalse = new Set(falseFailures.map((r) => r.post))
const postsFailingOnlyFalse = [...postsWithFalse].filter(
  (p) => !trueFailures.some((r) => r.post === p),
)

const count = (list, key) => {
  const m = new Map()
  for (const item of list) m.set(key(item), (m.get(key(item)) ?? 0) + 1)
  return [...m.entries()].sort((a, b) => b[1] - a[1])
}
const causeOf = (r) =>
  r.truthRow?.cause || `(no cause noted; truth=${r.truthRow?.truth ?? 'unjudged'})`
// The rows of the table of known causes each cause belongs to.
const causeGroup = {
  state: 'state from earlier samples',
  'fence-words': "a site's own fence words",
  pseudo: 'pseudo-code and elisions',
  'error-comment': 'errors documented in comments',
  'sh-bash': '`sh` fences with bash code',
  'pycon-comment': '`>>>` session starting with a `#` comment',
  varies: 'varying values',
  'per-statement': 'per-statement outputs',
}
const groupOf = (cause) => causeGroup[cause] ?? 'others'
const modes = count(reported, (r) => `${r.mode}/${r.status}`)
const conventionsMissed = count(
  documented.filter((r) => !isCompared(r)),
  (r) => r.truthRow.documented_output,
)
const truthKinds = count(truth, (t) => t.truth)
const sources = new Set(posts.map((p) => path.relative(postsDir, p).split(path.sep)[0]))

const pct = (a, b) => (b === 0 ? '–' : `${((100 * a) / b).toFixed(1)}%`)
const md = []
md.push(`# verify on the real-post corpus: ${label}`)
md.push('')
md.push(`postdeck: \`${bin}\`  `)
md.push(
  `posts: ${posts.length} from ${sources.size} sources (\`${postsDir}\`); truth: ${truth.length} judged samples (\`${path.basename(truthPath)}\`)`,
)
md.push('')
md.push('| figure | value |')
md.push('|---|---|')
md.push(`| samples reported | ${reported.length} |`)
md.push(
  `| judged samples not reported (not a sample to postdeck, or lost to a run error) | ${rows.length - reported.length} |`,
)
md.push(`| failures reported | ${failures.length} |`)
md.push(
  `| true failures caught | ${trueFailures.length} of ${realInTruth.length} (${trueAtLine.length} at the judged line) |`,
)
md.push(`| true failures missed | ${missed.length} |`)
md.push(
  `| false failures | ${falseFailures.length} (${pct(falseFailures.length, failures.length)} of failures; ${((100 * falseFailures.length) / Math.max(1, reported.length)).toFixed(1)} per 100 samples) |`,
)
md.push(`| failures on samples not in truth.tsv | ${unjudgedFailures.length} |`)
md.push(
  `| posts with a false failure / failing on false failures alone | ${postsWithFalse.size} / ${postsFailingOnlyFalse.length} |`,
)
md.push(
  `| documented outputs compared / present (on checkable samples) | ${documentedCompared.length} / ${documented.length} (${pct(documentedCompared.length, documented.length)}) |`,
)
md.push(
  `| documented outputs on pseudo-code or not-runnable samples (not counted above) | ${documentedAll.length - documented.length} |`,
)
md.push(`| posts stopped by a run error | ${runErrors.length} |`)
md.push('')
md.push('## Samples by mode/status')
md.push('')
md.push('| mode/status | samples |')
md.push('|---|---|')
for (const [k, v] of modes) md.push(`| ${k} | ${v} |`)
md.push('')
md.push('## Judged samples not reported by this build')
md.push('')
for (const r of rows.filter((x) => x.mode === 'not-reported'))
  md.push(`- ${r.post}:${r.line} (${r.truthRow.truth}): ${r.truthRow.note}`)
md.push('')
md.push('## Truth of the judged samples')
md.push('')
md.push('| truth | samples |')
md.push('|---|---|')
for (const [k, v] of truthKinds) md.push(`| ${k} | ${v} |`)
md.push('')
md.push('## Causes of false failures')
md.push('')
md.push('| cause | row of the table of known causes | samples | posts |')
md.push('|---|---|---|---|')
for (const [k, v] of count(falseFailures, causeOf)) {
  const postsHit = new Set(falseFailures.filter((r) => causeOf(r) === k).map((r) => r.post)).size
  md.push(`| ${k} | ${groupOf(k)} | ${v} | ${postsHit} |`)
}
md.push('')
md.push('## Documented outputs not compared, by convention')
md.push('')
md.push('| convention | samples | posts |')
md.push('|---|---|---|')
for (const [k, v] of conventionsMissed) {
  const postsHit = new Set(
    documented
      .filter((r) => !isCompared(r) && r.truthRow.documented_output === k)
      .map((r) => r.post),
  ).size
  md.push(`| ${k} | ${v} | ${postsHit} |`)
}
md.push('')
md.push('## True failures')
md.push('')
for (const t of realInTruth) {
  const r = rows.find((x) => x.post === t.post && String(x.line) === t.line)
  const where = isFailure(r)
    ? atLine(r)
      ? `caught at line ${r.failureLine}`
      : `caught, but reported at line ${r.failureLine} (judged ${t.fail_line})`
    : 'MISSED'
  md.push(`- ${t.post}:${t.line} ${where}: ${t.note}`)
}
md.push('')
if (contentErrorsByPost.length) {
  md.push('## Content errors reported (file:line: error)')
  md.push('')
  for (const e of contentErrorsByPost)
    md.push(`- ${e.post}: ${e.errors.length} (${e.errors[0].trim()})`)
  md.push('')
}
if (runErrors.length) {
  md.push('## Run errors (a post stopped before its samples)')
  md.push('')
  for (const e of runErrors)
    md.push(`- ${e.post} (exit ${e.code}): ${e.errors.slice(0, 2).join(' / ')}`)
  md.push('')
}
if (unjudgedFailures.length) {
  md.push('## Failures on samples missing from truth.tsv (judge them)')
  md.push('')
  for (const r of unjudgedFailures) md.push(`- ${r.post}:${r.line} ${r.language} ${r.summary}`)
  md.push('')
}
const summary = md.join('\n')
writeFileSync(path.join(outDir, `${label}-summary.md`), `${summary}\n`)

const csvCell = (v) => {
  const s = String(v ?? '')
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}
const verdict = (r) => {
  if (!r.truthRow) return isFailure(r) ? 'unjudged-failure' : 'unjudged'
  if (isFailure(r)) return r.truthRow.truth === 'real-failure' ? 'true-failure' : 'false-failure'
  if (r.truthRow.truth === 'real-failure') return 'missed-failure'
  return 'no-failure'
}
const csv = [
  [
    'source',
    'post',
    'line',
    'language',
    'mode',
    'status',
    'failure_line',
    'summary',
    'documented_output',
    'truth',
    'cause',
    'verdict',
    'note',
  ].join(','),
  ...rows.map((r) =>
    [
      r.post.split(path.sep)[0],
      r.post,
      r.line,
      r.language,
      r.mode,
      r.status,
      r.failureLine,
      r.summary,
      r.truthRow?.documented_output,
      r.truthRow?.truth,
      r.truthRow?.cause,
      verdict(r),
      r.truthRow?.note,
    ]
      .map(csvCell)
      .join(','),
  ),
]
writeFileSync(path.join(outDir, `${label}-samples.csv`), `${csv.join('\n')}\n`)
console.log(summary)
console.log(
  `\nwritten: ${path.join(outDir, `${label}-summary.md`)}, ${path.join(outDir, `${label}-samples.csv`)}, ${reportsDir}/`,
)
