import { type SampleResult, verdict } from '../run/job.js'

/** `>>> parser = argparse.ArgumentParser(...)`: the example binds a name from a module's attribute. */
const boundFromModule = /^(?:>>>\s*)?([\p{L}_][\p{L}\p{N}_]*)\s*=\s*([\p{L}_][\p{L}\p{N}_]*)\./u

/**
 * A `>>>` session that failed at its first example only because a module is
 * not imported, where that example makes the very object (`parser =
 * argparse.ArgumentParser()`) that other sessions of the post take from
 * setup the post does not show (`parser.add_argument(...)` with no fence
 * making `parser`): the post goes on from a session set up elsewhere (an
 * earlier article of a series), which imported that module, so the session
 * is noted as needing that setup, not failed. A module left unimported in
 * a post that shows all its setup stays a failure, as doctest reports it.
 */
export function withModulesOfSetupNotShown(results: readonly SampleResult[]): SampleResult[] {
  const setupNames = new Map<string, Set<string>>()
  for (const result of results) {
    if (result.setupName === undefined) continue
    const names = setupNames.get(result.sample.path) ?? new Set<string>()
    names.add(result.setupName)
    setupNames.set(result.sample.path, names)
  }
  if (setupNames.size === 0) return [...results]
  return results.map((result) => {
    const names = setupNames.get(result.sample.path)
    const { sample } = result
    if (!names || result.status !== 'failed' || sample.expected?.kind !== 'transcript') {
      return result
    }
    const source = (sample.expected.doctest ?? sample.code).split('\n')
    const example = source[result.line - sample.line - 1] ?? ''
    const [, bound, module] = boundFromModule.exec(example.trim()) ?? []
    if (!bound || !module || !names.has(bound)) return result
    const raised = (result.comparison?.diff ?? []).find(
      (line) => line.kind === 'actual' && /^NameError:/.test(line.text),
    )
    if (raised?.text !== `NameError: name '${module}' is not defined`) return result
    const summary = `not checkable: needs setup not shown (module \`${module}\`, which makes \`${bound}\`), at line ${result.line}`
    return {
      ...verdict(sample, 'noted', summary),
      line: result.line,
      check: 'pseudo-code',
      ...(result.run && { run: result.run }),
      setupName: bound,
      cached: result.cached,
    }
  })
}
