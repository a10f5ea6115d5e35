import { nearSpelling } from '../not-checkable/needs/unloaded-namespace.js'
import type { Sample } from '../remark-extract-samples.js'
import { sampleNames } from './sample-names.js'

/** `Array.prototype.ap = function ...`: a method a sample adds to a prototype, by name. */
const prototypeMethod = /\.prototype\.([\p{L}_$][\p{L}\p{N}_$]*)\s*=(?!=)/gu

/**
 * Mark, on each sample, the names it uses that no earlier sample of its
 * language defines and a later one imports (`@dataclass` in one fence, `from
 * dataclasses import dataclass` three fences down), with the line of the
 * first such later sample: a reader running the post in order meets a
 * `NameError` there, so the name is used before the post shows it, not
 * setup the page leaves out. `namesSource` gives the code whose names count.
 *
 * Note: only an import counts. A later sample that makes the object anew
 * (`parser = argparse.ArgumentParser()` after a post said `parser` is the one
 * an earlier part made) says nothing of where the earlier use took it from.
 */
export function markNamesShownLater(
  samples: readonly Sample[],
  namesSource: (sample: Sample) => string,
): void {
  const names = samples.map((sample) => sampleNames(sample.runner, namesSource(sample)))
  samples.forEach((sample, index) => {
    const earlier = new Set<string>()
    for (const [k, other] of samples.slice(0, index).entries()) {
      if (other.runner.id === sample.runner.id)
        for (const name of names[k]?.defines ?? []) earlier.add(name)
    }
    const later: Record<string, number> = {}
    for (const name of names[index]?.uses ?? []) {
      if (earlier.has(name) || names[index]?.defines.has(name)) continue
      const definer = samples.findIndex(
        (other, k) =>
          k > index && other.runner.id === sample.runner.id && names[k]?.imports.has(name),
      )
      const line = samples[definer]?.line
      if (line !== undefined) later[name] = line
    }
    if (Object.keys(later).length > 0) sample.shownLater = later
  })
  markNamesElsewhere(samples, names)
}

/**
 * Mark, on each sample, what the rest of the post says of the names it uses
 * without defining them, nor any earlier sample of its language: the later
 * sample that defines one (`definedLater`: a glossary's `Some(1).map(...)`
 * before the section that makes `Some`), the name of the post's samples one is
 * a near spelling of (`nearNames`: `Appliacation` for `Application`, a typo,
 * wherever the definition stands), and the methods it calls that another
 * sample adds to a prototype (`methodsElsewhere`: `.ap(` and `Array.prototype.ap
 * = ...`), each with its line.
 */
function markNamesElsewhere(
  samples: readonly Sample[],
  names: readonly ReturnType<typeof sampleNames>[],
): void {
  samples.forEach((sample, index) => {
    const same = samples
      .map((other, k) => ({ other, k }))
      .filter(({ other }) => other.runner.id === sample.runner.id)
    const own = names[index]
    const definedLater: Record<string, number> = {}
    const nearNames: Record<string, string> = {}
    for (const name of own?.uses ?? []) {
      if (own?.defines.has(name)) continue
      const definer = same.find(({ k }) => k > index && names[k]?.defines.has(name))
      if (definer) definedLater[name] = definer.other.line
      const near = same
        .flatMap(({ k }) => [...(names[k]?.defines ?? [])])
        .find((other) => nearSpelling(name, other))
      if (near !== undefined) nearNames[name] = near
    }
    const methodsElsewhere: Record<string, number> = {}
    for (const { other } of same) {
      if (other === sample) continue
      for (const match of other.code.matchAll(prototypeMethod)) {
        const method = match[1] ?? ''
        if (methodsElsewhere[method] !== undefined) continue
        if (new RegExp(`\\.${method.replace(/\$/g, '\\$')}\\s*\\(`, 'u').test(sample.code)) {
          methodsElsewhere[method] = other.line
        }
      }
    }
    if (Object.keys(definedLater).length > 0) sample.definedLater = definedLater
    if (Object.keys(nearNames).length > 0) sample.nearNames = nearNames
    if (Object.keys(methodsElsewhere).length > 0) sample.methodsElsewhere = methodsElsewhere
  })
}
