import type { Sample } from './remark-extract-samples.js'
import { sampleNames } from './sample-names.js'

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
}
